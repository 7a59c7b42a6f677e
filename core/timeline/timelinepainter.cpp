#include "timelinepainter.h"

#include "i18n/translations.h"
#include "library/libraryentry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Shortlist {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::TimelinePainter)
};

constexpr qreal kMargin = 6;
constexpr qreal kGroupSpacing = 10;

// A colour between two others: palette-aware tints for bars and shading.
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QString monthYear(int monthIndex)
{
    return interfaceLocale().monthName(monthIndex % 12 + 1, QLocale::ShortFormat) + QLatin1Char(' ')
        + QString::number(monthIndex / 12);
}

QString datesOf(const TimelineEntry &entry)
{
    const QString start = entry.startUncertain ? QString::number(entry.span.first / 12) : monthYear(entry.span.first);
    if (entry.ongoing)
        return Strings::tr("%1 – present").arg(start);
    const int lastYear = entry.possible.last / 12;
    const QString end = entry.endUncertain ? QString::number(lastYear) : monthYear(entry.span.last);
    return start == end ? start : Strings::tr("%1 – %2").arg(start, end);
}

} // namespace

void TimelinePainter::setCandidates(const QList<Candidate> &candidates, QDate today)
{
    m_candidates = candidates;
    m_today = today;
    m_timelines.clear();
    for (const Candidate &c : candidates)
        m_timelines.append(careerTimeline(c.profile, today));
    m_visible.reset();
    m_items.clear();
    m_laidOut = false;
}

std::optional<MonthSpan> TimelinePainter::fullRange() const
{
    std::optional<MonthSpan> range;
    for (const CareerTimeline &t : m_timelines) {
        if (const auto extent = t.extent()) {
            if (!range)
                range = extent;
            range->first = std::min(range->first, extent->first);
            range->last = std::max(range->last, extent->last);
        }
    }
    if (!range)
        return std::nullopt;
    // A little room at both ends, and at least two years, so that short careers do not
    // stretch over the whole width.
    range->first -= 3;
    range->last += 3;
    if (const int missing = 24 - range->months(); missing > 0) {
        range->first -= missing / 2;
        range->last += missing - missing / 2;
    }
    return range;
}

MonthSpan TimelinePainter::visibleMonths() const
{
    if (m_visible)
        return *m_visible;
    return fullRange().value_or(MonthSpan {m_today.year() * 12 - 24, m_today.year() * 12 + 11});
}

qreal TimelinePainter::lineHeight() const
{
    return std::ceil(QFontMetricsF(m_font).height() * 1.6);
}

qreal TimelinePainter::undatedWidth(qreal width) const
{
    bool anyUndated = false, anyDated = false;
    for (const CareerTimeline &t : m_timelines) {
        anyUndated = anyUndated || !t.undated.isEmpty();
        anyDated = anyDated || !t.positions.isEmpty() || !t.education.isEmpty();
    }
    if (!anyUndated)
        return 0;
    if (!anyDated)
        return width - 2 * kMargin; // nothing to place on an axis: the list is the picture
    return std::min(width * 0.34, 300.0);
}

qreal TimelinePainter::heightFor(qreal width, int listedLines) const
{
    const QFontMetricsF metrics(m_font);
    const qreal text = metrics.height() + 2;
    qreal height = kMargin;
    for (int c = 0; c < m_candidates.size(); ++c) {
        const CareerTimeline &t = m_timelines[c];
        qreal lanes = 0;
        if (m_candidates.size() > 1)
            lanes += text + 2;
        const QList<int> laneOf = t.lanes();
        const int laneCount = laneOf.isEmpty() ? 0 : *std::max_element(laneOf.cbegin(), laneOf.cend()) + 1;
        qreal plotted = laneCount * lineHeight() + (t.overlaps.isEmpty() ? 0 : text) + (t.education.isEmpty() ? 0 : lineHeight());
        const qsizetype lines = listedLines < 0 ? t.undated.size() : std::min<qsizetype>(t.undated.size(), listedLines + 1);
        qreal listed = t.undated.isEmpty() ? 0 : text * (lines + 1);
        if (undatedWidth(width) >= width - 2 * kMargin)
            plotted = 0;
        height += lanes + std::max({plotted, listed, lineHeight()}) + kGroupSpacing;
    }
    return height + 2 * metrics.height() + kMargin;
}

qreal TimelinePainter::xForMonth(double monthIndex) const
{
    const MonthSpan visible = visibleMonths();
    return m_plot.left() + (monthIndex - visible.first) / visible.months() * m_plot.width();
}

void TimelinePainter::layout(const QRectF &rect)
{
    if (m_laidOut && rect == m_rect)
        return;
    m_laidOut = true;
    m_rect = rect;
    m_items.clear();
    m_groups.clear();
    m_annotations.clear();
    m_unlisted.clear();
    const QFontMetricsF metrics(m_font);
    const qreal text = metrics.height() + 2;
    const qreal listWidth = undatedWidth(rect.width());
    const bool listOnly = listWidth >= rect.width() - 2 * kMargin;
    const qreal axisHeight = 2 * metrics.height();
    m_plot = QRectF(rect.left() + kMargin, rect.top() + kMargin,
        listOnly ? 0 : rect.width() - 2 * kMargin - (listWidth > 0 ? listWidth + kMargin : 0),
        rect.height() - 2 * kMargin - axisHeight);
    m_axis = QRectF(m_plot.left(), m_plot.bottom(), m_plot.width(), axisHeight);
    m_undated = QRectF(rect.right() - kMargin - listWidth, m_plot.top(), listWidth, m_plot.height());

    // A rectangle shorter than the drawing wants (a PDF page) cuts every candidate's list of
    // undated positions to the same number of lines, the most that still lets every group,
    // bars and all, fit; a cut list ends with "…and N more".
    int listLimit = -1;
    if (heightFor(rect.width()) > rect.height() + 1) { // a pixel lost to rounding cuts nothing
        const auto fits = [&](int lines) { return heightFor(rect.width(), lines) <= rect.height() + 1; };
        qsizetype longest = 0;
        for (const CareerTimeline &t : m_timelines)
            longest = std::max(longest, t.undated.size());
        listLimit = 0;
        for (int lines = int(longest); lines > 0; --lines) {
            if (fits(lines)) {
                listLimit = lines;
                break;
            }
        }
    }

    qreal y = m_plot.top();
    for (int c = 0; c < m_candidates.size(); ++c) {
        const CareerTimeline &t = m_timelines[c];
        const qreal groupTop = y;
        if (m_candidates.size() > 1)
            y += text + 2;
        const qreal lanesTop = y;
        const QList<int> laneOf = t.lanes();
        const int laneCount = laneOf.isEmpty() ? 0 : *std::max_element(laneOf.cbegin(), laneOf.cend()) + 1;
        const qreal laneHeight = lineHeight();
        auto barRect = [&](const MonthSpan &span, qreal top) {
            return QRectF(QPointF(xForMonth(span.first), top + 2), QPointF(xForMonth(span.last + 1), top + laneHeight - 2));
        };
        if (!listOnly) {
            const qreal lanesBottom = lanesTop + laneCount * laneHeight;
            for (int g = 0; g < t.gaps.size(); ++g)
                m_items.append({Item::Kind::Gap, c, g, barRect(t.gaps[g], lanesTop).adjusted(0, -2, 0, lanesBottom - lanesTop - laneHeight + 2)});
            for (int o = 0; o < t.overlaps.size(); ++o)
                m_items.append({Item::Kind::Overlap, c, o, barRect(t.overlaps[o], lanesTop).adjusted(0, -2, 0, lanesBottom - lanesTop - laneHeight + 2)});
            for (int p = 0; p < t.positions.size(); ++p)
                m_items.append({Item::Kind::Position, c, t.positions[p].index, barRect(t.positions[p].span, lanesTop + laneOf[p] * laneHeight)});
            // Overlaps are labelled in a row of their own under the lanes, clear of the bars.
            const qreal annotation = t.overlaps.isEmpty() ? 0 : text;
            m_annotations.append(QRectF(m_plot.left(), lanesBottom, m_plot.width(), annotation));
            for (const TimelineEntry &e : t.education)
                m_items.append({Item::Kind::Education, c, e.index, barRect(e.span, lanesBottom + annotation)});
        } else {
            m_annotations.append(QRectF());
        }
        qreal listY = lanesTop + text; // under the list's heading
        qsizetype listed = listLimit < 0 || t.undated.size() <= listLimit + 1 ? t.undated.size() : listLimit;
        // Never past the bottom, whatever the sums above say: a cut list needs a line more.
        const auto fitting = qsizetype(std::max(0.0, std::floor((m_plot.bottom() - listY) / text)));
        if (listed + (listed < t.undated.size() ? 1 : 0) > fitting)
            listed = std::max<qsizetype>(0, fitting - 1);
        for (qsizetype u = 0; u < listed; ++u) {
            m_items.append({Item::Kind::Undated, c, t.undated[u], QRectF(m_undated.left(), listY, m_undated.width(), text)});
            listY += text;
        }
        const int unlisted = int(t.undated.size() - listed);
        m_unlisted.append({QRectF(m_undated.left(), listY, m_undated.width(), text), unlisted});
        const qreal plotted = listOnly ? 0
                                       : laneCount * laneHeight + (t.overlaps.isEmpty() ? 0 : text)
                + (t.education.isEmpty() ? 0 : laneHeight);
        // The heading, the lines listed and the count's line.
        const qreal listHeight = t.undated.isEmpty() ? 0 : text * (listed + 1 + (unlisted > 0 ? 1 : 0));
        y = lanesTop + std::max({plotted, listHeight, laneHeight});
        m_groups.append(QRectF(rect.left() + kMargin, groupTop, rect.width() - 2 * kMargin, y - groupTop));
        y += kGroupSpacing;
    }
}

std::optional<TimelinePainter::Item> TimelinePainter::itemAt(const QPointF &point) const
{
    // Bars before the shading under them; the last drawn wins.
    for (auto kind : {Item::Kind::Position, Item::Kind::Education, Item::Kind::Undated, Item::Kind::Overlap, Item::Kind::Gap}) {
        for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
            const bool plotted = it->kind != Item::Kind::Undated;
            if (it->kind == kind && it->rect.contains(point) && (!plotted || m_plot.contains(point)))
                return *it;
        }
    }
    return std::nullopt;
}

QString TimelinePainter::describe(const Item &item) const
{
    const CareerTimeline &t = m_timelines.at(item.candidate);
    const Profile &profile = m_candidates.at(item.candidate).profile;
    auto entryOf = [](const QList<TimelineEntry> &list, int index) -> const TimelineEntry * {
        for (const TimelineEntry &e : list) {
            if (e.index == index)
                return &e;
        }
        return nullptr;
    };
    switch (item.kind) {
    case Item::Kind::Position:
    case Item::Kind::Undated: {
        const Position &p = profile.work.at(item.index);
        QStringList lines {positionLabel(p)};
        if (const TimelineEntry *e = entryOf(t.positions, item.index))
            lines.append(Strings::tr("%1 (%2)").arg(datesOf(*e), formatMonths(e->span.months())));
        else
            lines.append(Strings::tr("undated"));
        if (!p.location.value.isEmpty())
            lines.append(p.location.value);
        if (!p.highlights.isEmpty())
            lines.append(Strings::tr("%n highlights", nullptr, int(p.highlights.size())));
        return lines.join(QLatin1Char('\n'));
    }
    case Item::Kind::Education: {
        const Education &e = profile.education.at(item.index);
        QStringList degree {e.studyType.value, e.area.value};
        degree.removeAll(QString());
        QStringList lines {degree.join(QLatin1Char(' ')), e.institution.value};
        lines.removeAll(QString());
        if (const TimelineEntry *entry = entryOf(t.education, item.index))
            lines.append(datesOf(*entry));
        return lines.join(QLatin1Char('\n'));
    }
    case Item::Kind::Gap: {
        const MonthSpan &gap = t.gaps.at(item.index);
        return Strings::tr("Gap of %1\n%2 – %3").arg(formatMonths(gap.months()), monthYear(gap.first), monthYear(gap.last));
    }
    case Item::Kind::Overlap: {
        const MonthSpan &overlap = t.overlaps.at(item.index);
        QStringList names;
        for (int p : t.overlapping.at(item.index))
            names.append(positionLabel(profile.work.at(p)));
        return Strings::tr("Overlap of %1 (%2 – %3)\n%4")
            .arg(formatMonths(overlap.months()), monthYear(overlap.first), monthYear(overlap.last), names.join(QLatin1Char('\n')));
    }
    }
    return {};
}

void TimelinePainter::paint(QPainter *painter, const QRectF &rect)
{
    layout(rect);
    painter->save();
    painter->setFont(m_font);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_plot.width() > 0)
        drawAxis(painter);
    for (int c = 0; c < m_candidates.size(); ++c)
        drawGroup(painter, c);
    painter->restore();
}

void TimelinePainter::drawAxis(QPainter *painter) const
{
    const QFontMetricsF metrics(m_font);
    const MonthSpan visible = visibleMonths();
    const qreal perMonth = m_plot.width() / visible.months();
    const QColor text = m_palette.color(QPalette::Text);
    const QColor grid = mix(m_palette.color(QPalette::Base), text, 0.12);
    const QColor faint = mix(m_palette.color(QPalette::Base), text, 0.55);

    painter->save();
    painter->setPen(QPen(faint, 1));
    painter->drawLine(m_axis.topLeft(), m_axis.topRight());
    // Years: a grid line at each January; a label for every year that has room for one.
    const qreal yearLabel = metrics.horizontalAdvance(QStringLiteral("0000")) + 8;
    const int everyYears = std::max(1, int(std::ceil(yearLabel / (perMonth * 12))));
    const bool months = perMonth >= metrics.horizontalAdvance(QStringLiteral("Mmm")) + 6;
    for (int m = visible.first - visible.first % 12; m <= visible.last + 1; m += 12) {
        const qreal x = xForMonth(m);
        if (x < m_plot.left() - 0.5 || x > m_plot.right() + 0.5)
            continue;
        painter->setPen(QPen(grid, 1));
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_axis.top()));
        painter->setPen(QPen(faint, 1));
        painter->drawLine(QPointF(x, m_axis.top()), QPointF(x, m_axis.top() + 4));
        if ((m / 12) % everyYears == 0) {
            painter->setPen(text);
            const QRectF label(x + 3, months ? m_axis.top() + metrics.height() : m_axis.top() + 3,
                std::max(yearLabel, perMonth * 12 - 6), metrics.height());
            // A year whose label would not fit before the axis ends is left unlabelled
            // rather than cut.
            if (label.left() + metrics.horizontalAdvance(QString::number(m / 12)) <= m_axis.right() + 2)
                painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, QString::number(m / 12));
        }
    }
    if (months) {
        painter->setPen(faint);
        for (int m = visible.first; m <= visible.last; ++m) {
            const qreal x = xForMonth(m);
            painter->drawLine(QPointF(x, m_axis.top()), QPointF(x, m_axis.top() + 2));
            painter->drawText(QRectF(x, m_axis.top() + 2, perMonth, metrics.height()), Qt::AlignCenter,
                interfaceLocale().monthName(m % 12 + 1, QLocale::ShortFormat));
        }
    }
    // Today.
    const qreal today = xForMonth(m_timelines.isEmpty() ? 0 : m_timelines.first().today + 1);
    if (today >= m_plot.left() && today <= m_plot.right()) {
        QPen pen(m_palette.color(QPalette::Highlight), 1, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(today, m_plot.top()), QPointF(today, m_axis.top()));
    }
    painter->restore();
}

void TimelinePainter::drawGroup(QPainter *painter, int candidate) const
{
    const QFontMetricsF metrics(m_font);
    const CareerTimeline &t = m_timelines[candidate];
    const Profile &profile = m_candidates[candidate].profile;
    const QRectF group = m_groups.value(candidate);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor accent = m_palette.color(QPalette::Highlight);
    const bool dark = isDark(m_palette);
    const QColor bar = mix(base, accent, dark ? 0.55 : 0.35);
    const QColor barEdge = mix(base, accent, dark ? 0.85 : 0.75);
    const QColor study = mix(base, QColor(0x2E, 0xA0, 0x6B), dark ? 0.5 : 0.3);
    const QColor studyEdge = mix(base, QColor(0x2E, 0xA0, 0x6B), 0.8);
    const QColor warn(0xE8, 0x7A, 0x1E);

    if (m_candidates.size() > 1) {
        QFont bold = m_font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRectF(group.left(), group.top(), group.width(), metrics.height() + 2),
            Qt::AlignLeft | Qt::AlignVCenter, m_candidates[candidate].name);
        painter->setFont(m_font);
    }

    painter->save();
    painter->setClipRect(m_plot.adjusted(0, -2, 0, 2));
    for (const Item &item : m_items) {
        if (item.candidate != candidate)
            continue;
        switch (item.kind) {
        case Item::Kind::Gap: {
            painter->fillRect(item.rect, QBrush(mix(base, text, 0.25), Qt::BDiagPattern));
            const QString label = formatMonths(t.gaps[item.index].months());
            if (metrics.horizontalAdvance(label) + 4 < item.rect.width()) {
                painter->setPen(mix(base, text, 0.7));
                painter->drawText(item.rect.adjusted(0, 1, 0, 0), Qt::AlignHCenter | Qt::AlignTop, label);
            }
            break;
        }
        case Item::Kind::Overlap: {
            QColor fill = warn;
            fill.setAlphaF(0.18);
            painter->fillRect(item.rect, fill);
            break;
        }
        default:
            break;
        }
    }
    for (const Item &item : m_items) {
        if (item.candidate != candidate || (item.kind != Item::Kind::Position && item.kind != Item::Kind::Education))
            continue;
        const bool position = item.kind == Item::Kind::Position;
        const QList<TimelineEntry> &entries = position ? t.positions : t.education;
        const TimelineEntry *entry = nullptr;
        for (const TimelineEntry &e : entries) {
            if (e.index == item.index)
                entry = &e;
        }
        if (!entry)
            continue;
        QColor fill = position ? bar : study;
        // A year alone leaves the edge somewhere in that year: fade the bar across it.
        QLinearGradient gradient(item.rect.topLeft(), item.rect.topRight());
        QColor clear = fill;
        clear.setAlphaF(0.25);
        const qreal yearWidth = xForMonth(12) - xForMonth(0);
        const qreal fade = std::min(0.45, yearWidth / std::max(1.0, item.rect.width()));
        gradient.setColorAt(0, entry->startUncertain ? clear : fill);
        gradient.setColorAt(entry->startUncertain ? fade : 0.0, fill);
        gradient.setColorAt(entry->endUncertain ? 1 - fade : 1.0, fill);
        gradient.setColorAt(1, entry->endUncertain ? clear : fill);
        QPainterPath path;
        path.addRoundedRect(item.rect, 3, 3);
        painter->fillPath(path, gradient);
        painter->setPen(QPen(position ? barEdge : studyEdge, 1));
        painter->drawPath(path);
        if (entry->ongoing) {
            // An open end: a small arrow at today.
            const QPointF tip(item.rect.right() + 1, item.rect.center().y());
            QPainterPath arrow;
            arrow.moveTo(tip + QPointF(-5, -4));
            arrow.lineTo(tip);
            arrow.lineTo(tip + QPointF(-5, 4));
            painter->drawPath(arrow);
        }
        QString label;
        if (position) {
            label = positionLabel(profile.work.at(item.index));
        } else {
            const Education &e = profile.education.at(item.index);
            QStringList parts {e.studyType.value, e.area.value};
            parts.removeAll(QString());
            if (parts.isEmpty() || e.institution.value.isEmpty())
                label = parts.isEmpty() ? e.institution.value : parts.join(QLatin1Char(' '));
            else
                label = parts.join(QLatin1Char(' ')) + Strings::tr(" @ ") + e.institution.value;
        }
        const QRectF inside = item.rect.adjusted(5, 0, -5, 0);
        if (inside.width() > metrics.horizontalAdvance(QStringLiteral("Mm…"))) {
            painter->setPen(text);
            painter->drawText(inside, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(label, Qt::ElideRight, inside.width()));
        }
    }
    // Overlaps: outlined over the bars, with their length.
    for (const Item &item : m_items) {
        if (item.candidate != candidate || item.kind != Item::Kind::Overlap)
            continue;
        painter->setPen(QPen(warn, 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(item.rect);
        QString label = Strings::tr("overlap %1").arg(formatMonths(t.overlaps[item.index].months()));
        if (metrics.horizontalAdvance(label) + 4 > item.rect.width())
            label = formatMonths(t.overlaps[item.index].months());
        const QRectF row = m_annotations.value(candidate);
        const qreal width = metrics.horizontalAdvance(label) + 4;
        painter->setPen(dark ? warn.lighter(120) : warn.darker(130));
        painter->drawText(QRectF(item.rect.center().x() - width / 2, row.top(), width, row.height()), Qt::AlignCenter, label);
    }
    painter->restore();

    // Undated positions beside the axis, in file order.
    if (!t.undated.isEmpty()) {
        const qreal top = group.top() + (m_candidates.size() > 1 ? metrics.height() + 4 : 0);
        QFont small = m_font;
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(mix(base, text, 0.65));
        painter->drawText(QRectF(m_undated.left(), top, m_undated.width(), metrics.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
            t.positions.isEmpty() ? Strings::tr("No dates written; positions in file order:") : Strings::tr("Undated, in file order:"));
        painter->setFont(m_font);
        painter->setPen(text);
        for (const Item &item : m_items) {
            if (item.candidate == candidate && item.kind == Item::Kind::Undated)
                painter->drawText(item.rect, Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(QStringLiteral("• ") + positionLabel(profile.work.at(item.index)), Qt::ElideRight, item.rect.width()));
        }
        if (const auto &[rect, count] = m_unlisted.value(candidate); count > 0) {
            painter->setFont(small);
            painter->setPen(mix(base, text, 0.65));
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(Strings::tr("…and %n more", "undated positions left out", count), Qt::ElideRight, rect.width()));
        }
    }
}

} // namespace Shortlist
