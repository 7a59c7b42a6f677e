#pragma once

#include "timeline/timelinepainter.h"
#include "timeline/today.h"

#include <QWidget>

class QLabel;
class QLayout;
class QToolButton;

namespace Shortlist {

// The timeline on screen: the painter's picture, with the details of what is under the
// mouse in a tooltip, a click that selects a position or study, Ctrl+wheel zooming around
// the mouse (months appear once they can be read), dragging or the wheel to scroll in time,
// and a way back to the whole career.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // `keepZoom` keeps the months shown (the same career, read again as it is edited).
    void setCandidates(const QList<TimelinePainter::Candidate> &candidates, QDate today = Shortlist::today(),
        bool keepZoom = false);
    void clear();
    TimelinePainter &timelinePainter() { return m_painter; }
    const TimelinePainter &timelinePainter() const { return m_painter; }

    // Shows every dated entry across the width.
    void fitAll();
    // Zooms by `factor` (> 1 in) keeping the month under `x` where it is.
    void zoom(double factor, qreal x);
    // Scrolls by `months` (positive: later).
    void scrollMonths(double months);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void positionActivated(int candidate, int workIndex);
    void educationActivated(int candidate, int educationIndex);
    void zoomChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setVisible(MonthSpan months);

    TimelinePainter m_painter;
    std::optional<QPointF> m_dragFrom;
    MonthSpan m_dragStart;
    bool m_dragged = false;
};

// A timeline with its title and its buttons (zoom out, zoom in, fit all).
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);
    TimelineView *view() const { return m_view; }
    QToolButton *fitButton() const { return m_fit; }
    // The height that shows every lane at this width, the title bar included.
    int heightToShowAll(int width) const;

private:
    TimelineView *m_view;
    QToolButton *m_fit;
    QLayout *m_bar = nullptr;
};

} // namespace Shortlist
