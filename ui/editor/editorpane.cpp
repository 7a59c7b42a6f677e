#include "editorpane.h"

#include "codeeditor.h"
#include "edit/unifieddiff.h"
#include "export/markdownexport.h"
#include "findbar.h"
#include "icons.h"
#include "io/atomicwrite.h"
#include "io/profilefile.h"
#include "markdownhighlighting.h"
#include "profileform.h"
#include "profileview.h"
#include "timeline/timelineview.h"
#include "timeline/today.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace Shortlist {

using namespace Qt::StringLiterals;

EditorPane::EditorPane(QWidget *parent)
    : QWidget(parent)
    , m_text(new CodeEditor(this))
    , m_findBar(new FindBar(m_text, this))
    , m_form(new ProfileForm(this))
    , m_preview(new ProfileView(this))
    , m_timeline(new TimelinePanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerChoices(new QWidget(m_banner))
    , m_previewTimer(new QTimer(this))
    , m_recoveryTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_text->setObjectName(u"profileText"_s);
    m_form->setObjectName(u"profileForm"_s);
    m_preview->setObjectName(u"profilePreview"_s);
    m_highlighter = MarkdownHighlighting::attach(m_text->document(), palette());

    // A change on disk: what happened, and what to do about it.
    m_banner->setObjectName(u"diskBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText->setWordWrap(true);
    auto *reload = new QPushButton(tr("Reload"), m_bannerChoices);
    reload->setObjectName(u"reload"_s);
    reload->setToolTip(tr("Show the file as it is on disk now; Undo brings your changes back"));
    auto *keep = new QPushButton(tr("Keep Mine"), m_bannerChoices);
    keep->setObjectName(u"keepMine"_s);
    keep->setToolTip(tr("Keep your text; saving will replace the file on disk"));
    auto *compare = new QPushButton(tr("Compare…"), m_bannerChoices);
    compare->setObjectName(u"compare"_s);
    auto *choices = new QHBoxLayout(m_bannerChoices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(reload);
    choices->addWidget(keep);
    choices->addWidget(compare);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(themeIcon(u"dialog-warning"_s).pixmap(22, 22));
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerChoices);
    m_banner->hide();
    connect(reload, &QPushButton::clicked, this, [this] {
        if (mayDropChanges(tr("Reload")))
            reloadFromDisk();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_acceptedDisk = readDisk();
        m_banner->hide();
    });
    connect(compare, &QPushButton::clicked, this, &EditorPane::compareWithDisk);

    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_findBar);

    // The preview, with the career's timeline over it.
    auto *previewPane = new QSplitter(Qt::Vertical, this);
    previewPane->addWidget(m_timeline);
    previewPane->addWidget(m_preview);
    previewPane->setStretchFactor(1, 1);
    previewPane->setChildrenCollapsible(false);

    m_splitter->addWidget(m_form);
    m_splitter->addWidget(textPane);
    m_splitter->addWidget(previewPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &EditorPane::reparseNow);
    m_recoveryTimer->setObjectName(u"recoveryTimer"_s);
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(kRecoveryDelayMs);
    connect(m_recoveryTimer, &QTimer::timeout, this, &EditorPane::writeRecoveryCopy);

    connect(m_text->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_loading)
            return;
        reparse();
        // Not restarted by each keystroke: an hour of typing is never more than the delay
        // away from its copy.
        if (isModified() && !m_recoveryTimer->isActive())
            m_recoveryTimer->start();
    });
    connect(m_text->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!modified) {
            m_recoveryTimer->stop();
            m_recovery.remove(m_path);
        }
        Q_EMIT modificationChanged(modified);
    });
    connect(m_form, &ProfileForm::editRequested, this, &EditorPane::applyEdit);
    connect(m_form, &ProfileForm::fieldFocused, this, [this](const SourceRange &range) {
        // Show where the field is written without taking the focus from the form.
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(range.begin));
        cursor.setPosition(int(std::min<qsizetype>(range.end, m_text->document()->characterCount() - 1)),
            QTextCursor::KeepAnchor);
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    });
    // "Show in File" in the preview: the preview's ranges are positions in this text.
    connect(m_preview, &ProfileView::showInFileRequested, this,
        [this](const QString &, const SourceRange &range) { selectSourceRange(range); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorPane::diskChanged);
    // A bar on the timeline selects where that position or study is written.
    connect(m_timeline->view(), &TimelineView::positionActivated, this, [this](int, int index) {
        if (m_profile.isValid() && index < m_profile.profile.work.size())
            selectSourceRange(m_profile.profile.work.at(index).range);
    });
    connect(m_timeline->view(), &TimelineView::educationActivated, this, [this](int, int index) {
        if (m_profile.isValid() && index < m_profile.profile.education.size())
            selectSourceRange(m_profile.profile.education.at(index).range);
    });
}

EditorPane::~EditorPane() = default;

bool EditorPane::isModified() const
{
    return m_text->document()->isModified();
}

QString EditorPane::text() const
{
    // toPlainText() would turn no-break spaces into spaces; the raw text keeps every
    // character, with paragraph separators for line feeds.
    QString raw = m_text->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n'); // between blocks; a U+2028 in the text stays
    if (!m_paragraphStandIn.isNull())
        raw.replace(m_paragraphStandIn, QChar::ParagraphSeparator); // the file's own
    return raw;
}

QString EditorPane::toDocumentText(QString text)
{
    if (!text.contains(QChar::ParagraphSeparator))
        return text;
    if (m_paragraphStandIn.isNull()) {
        // Unused in what the document holds and in what comes into it.
        const QString document = m_text->document()->toRawText();
        char16_t candidate = 0xE000;
        while (candidate < 0xF8FF && (text.contains(QChar(candidate)) || document.contains(QChar(candidate))))
            ++candidate;
        m_paragraphStandIn = QChar(candidate);
    }
    return text.replace(QChar::ParagraphSeparator, m_paragraphStandIn);
}

std::optional<QByteArray> EditorPane::readDisk() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

bool EditorPane::open(const QString &path, const std::optional<RecoveryStore::Copy> &recovered)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const ProfileFile file = loadProfileFile(absolute);
    if (!file.isValid()) {
        QMessageBox::warning(this, tr("Cannot Edit Profile"),
            tr("%1 cannot be edited: it %2.").arg(QFileInfo(path).fileName(), file.error));
        return false;
    }
    // The text of a PDF or Word file is markdown Shortlist made of it: saving it there would
    // destroy the original (the window imports such a file into markdown first).
    if (isImported(file.kind)) {
        QMessageBox::warning(this, tr("Cannot Edit Profile"),
            tr("%1 is %2, which Shortlist does not change.").arg(QFileInfo(path).fileName(), describedKind(file.kind)));
        return false;
    }
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = absolute;
    m_watcher->addPath(m_path);
    m_file = EditableText::fromBytes(file.source.fileBytes());
    m_base = RecoveryStore::fingerprintOf(m_file.fileBytes());
    m_acceptedDisk.reset();
    m_banner->hide();
    if (!recovered) {
        loadText(m_file.text(), false);
        return true;
    }
    loadText(recovered->text, recovered->text != m_file.text());
    if (isModified() && recovered->base != m_base) {
        m_base = recovered->base;
        showBanner(tr("%1 may have changed on disk since your unsaved changes were copied.")
                       .arg(QFileInfo(m_path).fileName()),
            true);
    }
    return true;
}

void EditorPane::loadText(const QString &text, bool modified)
{
    m_loading = true;
    const int position = m_text->textCursor().position();
    m_paragraphStandIn = {};
    m_text->setPlainText(toDocumentText(text)); // also clears the undo history
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::min(position, m_text->document()->characterCount() - 1));
    m_text->setTextCursor(cursor);
    m_loading = false;
    m_text->document()->setModified(modified);
    if (modified)
        m_recoveryTimer->start();
    reparseNow();
}

void EditorPane::closeFile()
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_recoveryTimer->stop();
    m_path.clear();
    m_file = {};
    m_base.clear();
    m_banner->hide();
    loadText(QString(), false);
    m_preview->clearProfile();
}

void EditorPane::reparse()
{
    m_profileCurrent = false;
    m_previewTimer->start();
}

void EditorPane::reparseNow()
{
    m_previewTimer->stop();
    m_profile = parseTextProfile(m_path, text());
    m_profileCurrent = true;
    if (m_profile.isValid()) {
        m_preview->showProfile(m_profile.profile, m_path);
        m_form->setProfile(m_profile.profile);
        m_timeline->view()->setCandidates({{m_profile.profile.basics.name.value, m_profile.profile}}, today(), true);
    } else {
        m_preview->clearProfile();
        m_preview->setHtml(tr("<p>%1</p>").arg(tr("Nothing to show: the text %1.").arg(m_profile.error).toHtmlEscaped()));
    }
}

bool EditorPane::applyEdit(const FieldEdit &edit)
{
    if (!m_profileCurrent)
        reparseNow();
    if (!m_profile.isValid())
        return false;
    const CheckedEdit checked = makeCheckedEdit(m_path, text(), m_profile.profile, edit);
    if (!checked.isValid()) {
        // Refused: the text stays as it is, and the form says why.
        m_form->showError(edit.path, checked.error);
        return false;
    }
    const TextEdit &change = checked.change;
    if (change.isNoOp())
        return true;
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(change.begin));
    cursor.setPosition(int(change.end), QTextCursor::KeepAnchor);
    cursor.insertText(toDocumentText(change.text));
    cursor.endEditBlock();
    // Show the change where it was made, and the form and preview as it reads now.
    cursor.setPosition(int(change.begin));
    cursor.setPosition(int(change.begin + change.text.size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    reparseNow();
    return true;
}

void EditorPane::normalizeToHouseStyle()
{
    if (!m_profileCurrent)
        reparseNow();
    if (!m_profile.isValid())
        return;
    const QString house = toHouseStyleMarkdown(m_profile.profile);
    if (house == text())
        return;
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock(); // one undo step
    cursor.select(QTextCursor::Document);
    cursor.insertText(toDocumentText(house));
    cursor.endEditBlock();
    reparseNow();
}

std::optional<QByteArray> EditorPane::bytesToSave()
{
    QString error;
    if (auto bytes = m_file.bytesFor(text(), &error))
        return bytes;
    // The file's encoding (Windows-1252) cannot hold a character: offer UTF-8 rather than
    // writing something else than what is in the editor.
    const auto answer = QMessageBox::question(this, tr("Save as UTF-8?"),
        tr("%1 cannot be saved as it is: %2.\n\nSave it as UTF-8?").arg(QFileInfo(m_path).fileName(), error),
        QMessageBox::Save | QMessageBox::Cancel);
    if (answer != QMessageBox::Save)
        return std::nullopt;
    QString written = text();
    written.replace(u'\n', m_file.newline());
    return written.toUtf8();
}

bool EditorPane::write(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        QMessageBox::critical(this, tr("Cannot Save"),
            tr("%1 %2.\n\nYour changes are still in the editor, not saved.").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return true;
}

bool EditorPane::save()
{
    if (m_path.isEmpty())
        return false;
    const std::optional<QByteArray> disk = readDisk();
    if (disk && RecoveryStore::fingerprintOf(*disk) != m_base && disk != m_acceptedDisk) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
            tr("%1 was changed on disk since you opened it. Replace it with your text?")
                .arg(QFileInfo(m_path).fileName()),
            QMessageBox::Cancel, this);
        QPushButton *overwrite = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        overwrite->setObjectName(u"replace"_s);
        box.exec();
        if (box.clickedButton() != overwrite)
            return false;
    }
    const auto bytes = bytesToSave();
    if (!bytes || !write(m_path, *bytes))
        return false;
    m_file = EditableText::fromBytes(*bytes);
    m_base = RecoveryStore::fingerprintOf(*bytes);
    m_acceptedDisk.reset();
    m_banner->hide();
    m_watcher->addPath(m_path); // the file written is a new one (renamed over the old)
    m_text->document()->setModified(false);
    Q_EMIT saved(m_path);
    return true;
}

bool EditorPane::saveAs(const QString &path)
{
    const auto bytes = bytesToSave();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!bytes || !write(absolute, *bytes))
        return false;
    const QString old = m_path;
    m_recovery.remove(old);
    m_watcher->removePath(old);
    m_path = absolute;
    m_watcher->addPath(m_path);
    m_file = EditableText::fromBytes(*bytes);
    m_base = RecoveryStore::fingerprintOf(*bytes);
    m_acceptedDisk.reset();
    m_banner->hide();
    m_text->document()->setModified(false);
    Q_EMIT pathChanged(old, m_path);
    Q_EMIT saved(m_path);
    return true;
}

void EditorPane::revert()
{
    if (mayDropChanges(tr("Revert")))
        reloadFromDisk();
}

bool EditorPane::mayDropChanges(const QString &title)
{
    return !isModified()
        || QMessageBox::question(this, title,
               tr("Drop your changes to %1 and show it as it is on disk?").arg(QFileInfo(m_path).fileName()),
               QMessageBox::Discard | QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void EditorPane::reloadFromDisk()
{
    const std::optional<QByteArray> disk = readDisk();
    if (!disk) {
        showBanner(tr("%1 cannot be read from disk any more; your text stays here until you save it.")
                       .arg(QFileInfo(m_path).fileName()),
            false);
        return;
    }
    m_file = EditableText::fromBytes(*disk);
    m_base = RecoveryStore::fingerprintOf(*disk);
    m_acceptedDisk.reset();
    m_banner->hide();
    replaceText(m_file.text());
    m_recovery.remove(m_path);
}

// The whole text replaced as one edit, so that Undo brings back what was there (and marks
// it unsaved again); the text as it is now is the saved state.
void EditorPane::replaceText(const QString &text)
{
    const int position = m_text->textCursor().position();
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(toDocumentText(text));
    cursor.endEditBlock();
    cursor.setPosition(std::min(position, m_text->document()->characterCount() - 1));
    m_text->setTextCursor(cursor);
    m_text->document()->setModified(false);
    reparseNow();
}

bool EditorPane::maybeClose()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
        tr("Save the changes to %1?").arg(QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChanges"_s);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_text->document()->setModified(false); // removes the recovery copy
        return true;
    default:
        return false;
    }
}

void EditorPane::diskChanged()
{
    if (m_path.isEmpty())
        return;
    // An atomic save elsewhere replaces the file: watch the new one.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const std::optional<QByteArray> disk = readDisk();
    if (!disk) {
        showBanner(tr("%1 was deleted or moved on disk. Your text stays here; saving writes it again.")
                       .arg(QFileInfo(m_path).fileName()),
            false);
        return;
    }
    if (RecoveryStore::fingerprintOf(*disk) == m_base || disk == m_acceptedDisk) {
        m_banner->hide();
        return;
    }
    if (!isModified()) {
        reloadFromDisk(); // nothing of the user's to lose
        return;
    }
    showBanner(tr("%1 was changed on disk while you were editing it.").arg(QFileInfo(m_path).fileName()), true);
}

void EditorPane::showBanner(const QString &message, bool offerChoices)
{
    m_bannerText->setText(message);
    m_bannerChoices->setVisible(offerChoices);
    QPalette palette = m_banner->palette();
    QColor warning(0xF6, 0x74, 0x00);
    warning.setAlpha(60);
    palette.setColor(QPalette::Window, warning);
    m_banner->setPalette(palette);
    m_banner->show();
}

void EditorPane::compareWithDisk()
{
    const std::optional<QByteArray> disk = readDisk();
    if (!disk)
        return;
    const QString name = QFileInfo(m_path).fileName();
    const QString diff = unifiedDiff(EditableText::fromBytes(*disk).text(), text(), tr("%1 (on disk)").arg(name),
        tr("%1 (yours)").arg(name));
    QDialog dialog(this);
    dialog.setObjectName(u"compareDialog"_s);
    dialog.setWindowTitle(tr("Changes from the File on Disk to Yours"));
    auto *view = new QPlainTextEdit(diff, &dialog);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(m_text->font());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}

void EditorPane::writeRecoveryCopy()
{
    if (!m_path.isEmpty() && isModified())
        m_recovery.save(m_path, text(), m_base);
}

void EditorPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light to dark or back: the text's colours are chosen again for the new palette.
    if (event->type() == QEvent::PaletteChange)
        MarkdownHighlighting::setPalette(m_highlighter, palette());
}

void EditorPane::setWordWrap(bool wrap)
{
    m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void EditorPane::setLineNumbersVisible(bool visible)
{
    m_text->setLineNumbersVisible(visible);
}

void EditorPane::showFind()
{
    m_findBar->showFind();
}

void EditorPane::showReplace()
{
    m_findBar->showReplace();
}

void EditorPane::selectSourceRange(const SourceRange &range)
{
    if (range.isValid())
        m_text->selectRange(range.begin, range.end);
    m_text->setFocus();
}

} // namespace Shortlist
