#include "timelineview.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace Shortlist {

namespace {

// The closest one may zoom: six months across the whole width.
constexpr int kFewestMonths = 6;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // what a scroll area asks to know how tall the lanes are
    setSizePolicy(policy);
    m_painter.setPalette(palette());
    m_painter.setFont(font());
    setAccessibleName(tr("Career timeline"));
}

void TimelineView::setCandidates(const QList<TimelinePainter::Candidate> &candidates, QDate today, bool keepZoom)
{
    const MonthSpan shown = m_painter.visibleMonths();
    const bool zoomed = keepZoom && m_painter.fullRange() && shown != *m_painter.fullRange();
    m_painter.setCandidates(candidates, today);
    if (zoomed)
        setVisible(shown);
    updateGeometry();
    update();
    Q_EMIT zoomChanged();
}

void TimelineView::clear()
{
    setCandidates({});
}

int TimelineView::heightForWidth(int width) const
{
    return int(std::ceil(m_painter.heightFor(width)));
}

QSize TimelineView::sizeHint() const
{
    return {480, heightForWidth(480)};
}

QSize TimelineView::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 4};
}

void TimelineView::setVisible(MonthSpan months)
{
    const auto full = m_painter.fullRange();
    if (!full)
        return;
    // Never closer than a few months, never further out than the whole career, never past
    // either end of it.
    const int span = std::clamp(months.months(), kFewestMonths, full->months());
    months.last = months.first + span - 1;
    if (months.first < full->first)
        months = {full->first, full->first + span - 1};
    if (months.last > full->last)
        months = {full->last - span + 1, full->last};
    m_painter.setVisibleMonths(months);
    update();
    Q_EMIT zoomChanged();
}

void TimelineView::fitAll()
{
    if (const auto full = m_painter.fullRange())
        setVisible(*full);
}

void TimelineView::zoom(double factor, qreal x)
{
    const MonthSpan visible = m_painter.visibleMonths();
    m_painter.layout(rect());
    const QRectF axis = m_painter.axisRect();
    const double at = visible.first + (x - axis.left()) / std::max(1.0, axis.width()) * visible.months();
    const int months = std::max(kFewestMonths, int(std::lround(visible.months() / factor)));
    const double share = (at - visible.first) / visible.months();
    const int first = int(std::lround(at - share * months));
    setVisible({first, first + months - 1});
}

void TimelineView::scrollMonths(double months)
{
    const MonthSpan visible = m_painter.visibleMonths();
    const int by = int(std::lround(months));
    setVisible({visible.first + by, visible.last + by});
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        m_painter.layout(rect());
        if (const auto item = m_painter.itemAt(help->pos()))
            QToolTip::showText(help->globalPos(), m_painter.describe(*item), this, item->rect.toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_painter.paint(&painter, rect());
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragFrom = event->position();
    m_dragStart = m_painter.visibleMonths();
    m_dragged = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    m_painter.layout(rect());
    const auto item = m_painter.itemAt(event->position());
    const bool clickable = item
        && (item->kind == TimelinePainter::Item::Kind::Position || item->kind == TimelinePainter::Item::Kind::Education
            || item->kind == TimelinePainter::Item::Kind::Undated);
    if (!m_dragFrom) {
        setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    // Dragging moves through time.
    const qreal dx = event->position().x() - m_dragFrom->x();
    if (std::abs(dx) < 4 && !m_dragged)
        return;
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    const double perMonth = m_painter.axisRect().width() / std::max(1, m_dragStart.months());
    const int by = int(std::lround(-dx / std::max(0.5, perMonth)));
    setVisible({m_dragStart.first + by, m_dragStart.last + by});
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_dragFrom && !m_dragged && event->button() == Qt::LeftButton;
    m_dragFrom.reset();
    unsetCursor();
    if (!click)
        return;
    m_painter.layout(rect());
    const auto item = m_painter.itemAt(event->position());
    if (!item)
        return;
    using Kind = TimelinePainter::Item::Kind;
    if (item->kind == Kind::Position || item->kind == Kind::Undated)
        Q_EMIT positionActivated(item->candidate, item->index);
    else if (item->kind == Kind::Education)
        Q_EMIT educationActivated(item->candidate, item->index);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        // Ctrl+wheel: 1.25× per notch, around the mouse.
        zoom(std::pow(1.25, angle.y() / 120.0), event->position().x());
        event->accept();
        return;
    }
    const MonthSpan visible = m_painter.visibleMonths();
    const auto full = m_painter.fullRange();
    if (!full || visible.months() >= full->months()) {
        event->ignore(); // nothing to scroll: let the page scroll
        return;
    }
    const int delta = angle.x() != 0 ? angle.x() : angle.y();
    scrollMonths(-delta / 120.0 * std::max(1, visible.months() / 8));
    event->accept();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_painter.setPalette(palette());
        m_painter.setFont(font());
        updateGeometry();
        update();
    }
}

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(this))
    , m_fit(new QToolButton(this))
{
    auto *title = new QLabel(tr("<b>Timeline</b>"), this);
    auto *zoomOut = new QToolButton(this);
    zoomOut->setIcon(themeIcon(QStringLiteral("zoom-out")));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    zoomOut->setAutoRaise(true);
    auto *zoomIn = new QToolButton(this);
    zoomIn->setIcon(themeIcon(QStringLiteral("zoom-in")));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    zoomIn->setAutoRaise(true);
    m_fit->setIcon(themeIcon(QStringLiteral("zoom-fit-best")));
    m_fit->setToolTip(tr("Show the whole career"));
    m_fit->setAutoRaise(true);
    m_fit->setObjectName(QStringLiteral("fitTimeline"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 2, 0);
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(m_fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    // Lanes that need more height than the panel has scroll; they are never squeezed.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the mouse scrolls it, as it zooms the timeline
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_bar = bar;

    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoom(1.5, m_view->width() / 2.0); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoom(1 / 1.5, m_view->width() / 2.0); });
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
}

int TimelinePanel::heightToShowAll(int width) const
{
    return m_bar->sizeHint().height() + m_view->heightForWidth(width);
}

} // namespace Shortlist
