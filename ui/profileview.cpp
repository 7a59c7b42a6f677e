#include "profileview.h"

#include "focusframe.h"
#include "profilehtml.h"
#include "timeline/today.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QDate>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>

namespace Shortlist {

namespace {

constexpr int kFocusWidth = 2;

} // namespace

ProfileView::ProfileView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(18);
    // Room for the focus frame inside the border (see event()).
    const int frame = frameWidth();
    setViewportMargins(std::max(0, kFocusWidth - frame), std::max(0, kFocusWidth - frame),
        std::max(0, kFocusWidth - frame), std::max(0, kFocusWidth - frame));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == kOriginUrl) {
            Q_EMIT originRequested(m_path);
            return;
        }
        // Links leave the application only when the user clicks them.
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    // Text put in by someone else (an error message, say) is not the profile any more.
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_rendering)
            forgetProfile();
    });
}

QVariant ProfileView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name == placeholderAvatarUrl())
        return placeholderAvatar(palette(), qRound(64 * devicePixelRatioF()));
    return {}; // nothing else is loaded: no network, no files
}

void ProfileView::clearProfile()
{
    clear();
    forgetProfile();
}

void ProfileView::forgetProfile()
{
    m_profile.reset();
    m_path.clear();
    m_ranges.clear();
}

void ProfileView::showProfile(const Profile &profile, const QString &path, const QString &origin)
{
    m_profile = profile;
    m_path = path;
    m_origin = origin;
    render();
    verticalScrollBar()->setValue(0);
}

void ProfileView::render()
{
    const ProfilePage page
        = renderProfilePage(*m_profile, palette(), today(), QFileInfo(m_path).fileName(), m_origin);
    const QScopedValueRollback guard(m_rendering, true);
    // The avatar is drawn in the palette's colours: replace any copy the document cached.
    document()->addResource(QTextDocument::ImageResource, placeholderAvatarUrl(),
        loadResource(QTextDocument::ImageResource, placeholderAvatarUrl()));
    setHtml(page.html);
    m_ranges = page.ranges;
}

bool ProfileView::event(QEvent *event)
{
    const bool handled = QTextBrowser::event(event);
    // Text to read shows no cursor, and styles draw no focus around it: a frame between the
    // border and the text says where the keys act.
    if (event->type() == QEvent::Paint && hasFocus()) {
        QPainter painter(this);
        drawFocusFrame(&painter, rect(), palette(), false, kFocusWidth);
    }
    return handled;
}

void ProfileView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    update();
}

void ProfileView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    update();
}

void ProfileView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_profile)
        return;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

SourceRange ProfileView::sourceRangeAt(const QPoint &viewportPos) const
{
    if (!m_profile)
        return {};
    const QPointF documentPos
        = viewportPos + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int position = layout->hitTest(documentPos, Qt::FuzzyHit);
    if (position < 0)
        return {};
    const QTextBlock block = document()->findBlock(position);
    if (!layout->blockBoundingRect(block).contains(documentPos))
        return {};
    return m_ranges.value(block.userState());
}

bool ProfileView::revealRange(const SourceRange &range)
{
    if (!m_profile || !range.isValid())
        return false;
    QTextCursor cursor;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!range.contains(m_ranges.value(block.userState())))
            continue;
        if (cursor.isNull()) {
            cursor = QTextCursor(block);
        }
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    }
    if (cursor.isNull())
        return false;
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

QMenu *ProfileView::createContextMenu(const QPoint &viewportPos)
{
    const QPoint documentPos
        = viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QMenu *menu = createStandardContextMenu(documentPos);
    const SourceRange range = sourceRangeAt(viewportPos);
    if (!range.isValid())
        return menu;
    auto *show = new QAction(tr("Show in File"), menu);
    connect(show, &QAction::triggered, this,
        [this, range, path = m_path] { Q_EMIT showInFileRequested(path, range); });
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, show);
    menu->insertSeparator(first);
    return menu;
}

void ProfileView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Shortlist
