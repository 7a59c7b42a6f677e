#pragma once

#include "careertimeline.h"
#include "profile/profile.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace Shortlist {

// Draws careers on a time axis with a QPainter into a rectangle: the screen's timeline
// widget and the PDF export both use it, so they show the same picture.
//
// One lane group per candidate: a bar per position labelled "title @ company" (ongoing
// ones reaching today, edges a year alone leaves uncertain drawn faded), overlapping
// positions on lanes of their own with the overlap marked, gaps shaded and labelled with
// their length, education on its own lane, and undated positions listed beside the axis
// in file order (never placed on invented dates). The axis shows years, and months once
// a month is wide enough to be read.
class TimelinePainter
{
public:
    struct Candidate
    {
        QString name; // shown over its group when there is more than one
        Profile profile;
    };

    // What is under a point: a position, a study, a gap, an overlap or an undated position.
    struct Item
    {
        enum class Kind { Position, Education, Gap, Overlap, Undated };
        Kind kind = Kind::Position;
        int candidate = 0;
        int index = 0; // in the profile's work or education list, or in the gaps/overlaps
        QRectF rect;
    };

    TimelinePainter() = default;

    void setCandidates(const QList<Candidate> &candidates, QDate today);
    const QList<Candidate> &candidates() const { return m_candidates; }
    const CareerTimeline &timeline(int candidate) const { return m_timelines.at(candidate); }

    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setFont(const QFont &font)
    {
        m_font = font;
        m_laidOut = false;
    }

    // The months shared by every candidate's dated entries (with a little room), or none.
    std::optional<MonthSpan> fullRange() const;
    // The months shown from the left edge of the axis to the right one; fullRange() by
    // default. Zooming and scrolling set it.
    void setVisibleMonths(const MonthSpan &months)
    {
        m_visible = months;
        m_laidOut = false;
    }
    MonthSpan visibleMonths() const;

    // Height the drawing needs for `width`. With `listedLines` >= 0, a list of undated
    // positions counts as at most that many lines and a line for "…and N more".
    qreal heightFor(qreal width, int listedLines = -1) const;

    // Lays out and draws into `rect`.
    void paint(QPainter *painter, const QRectF &rect);

    // After paint() (or layout()): the item under `point`, and the x of the start of a month.
    // Laying out again for the same rectangle and content does nothing, so hovering over the
    // widget costs no more than a hit test.
    void layout(const QRectF &rect);
    std::optional<Item> itemAt(const QPointF &point) const;
    const QList<Item> &items() const { return m_items; }
    // How many undated positions of a candidate the rectangle had no room to list.
    int unlistedCount(int candidate) const { return m_unlisted.value(candidate).second; }
    qreal xForMonth(double monthIndex) const;
    QRectF axisRect() const { return m_axis; }

    // What a tooltip says about an item: title, company, dates, tenure, location.
    QString describe(const Item &item) const;

private:
    qreal lineHeight() const;
    qreal undatedWidth(qreal width) const;
    void drawAxis(QPainter *painter) const;
    void drawGroup(QPainter *painter, int candidate) const;

    QList<Candidate> m_candidates;
    QList<CareerTimeline> m_timelines;
    QPalette m_palette;
    QFont m_font;
    std::optional<MonthSpan> m_visible;
    QDate m_today;

    // Layout, in the coordinates of the last rectangle.
    QRectF m_rect;
    QRectF m_axis; // the band with the year labels, under the lanes
    QRectF m_plot; // where months are mapped to x
    QRectF m_undated; // the list of undated positions
    QList<QRectF> m_groups; // one per candidate: its lanes
    QList<QRectF> m_annotations; // one per candidate: the row overlaps are labelled in
    QList<std::pair<QRectF, int>> m_unlisted; // one per candidate: where "…and N more" goes, and N
    QList<Item> m_items;
    bool m_laidOut = false;
};

} // namespace Shortlist
