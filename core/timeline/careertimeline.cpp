#include "careertimeline.h"

#include "profile/profile.h"

#include <algorithm>
#include <numeric>

namespace Shortlist {

namespace {

std::optional<TimelineEntry> placed(const DateRange &dates, int index, QDate today)
{
    const auto span = monthSpan(dates, today);
    if (!span)
        return std::nullopt;
    TimelineEntry entry;
    entry.index = index;
    entry.span = *span;
    entry.ongoing = dates.ongoing;
    const int now = monthIndex(today);
    const PartialDate &start = dates.start.isValid() ? dates.start : dates.end;
    // A single date stands for its own month or year; an ongoing range ends today.
    const PartialDate &end = dates.end.isValid() ? dates.end : start;
    entry.startUncertain = !start.hasMonth();
    entry.endUncertain = !dates.ongoing && !end.hasMonth();
    const int latestEnd = dates.ongoing ? now : std::min(end.lastMonthIndex(), now);
    // Certain months leave out the whole year of a date known only to its year, so that
    // such a date never makes an overlap inside that year.
    const int earliestEnd = dates.ongoing ? now : std::min(end.hasMonth() ? end.firstMonthIndex() : end.year * 12 - 1, now);
    entry.possible = {start.firstMonthIndex(), std::max(latestEnd, start.firstMonthIndex())};
    const int latestStart = start.hasMonth() ? start.firstMonthIndex() : (start.year + 1) * 12;
    if (latestStart <= earliestEnd)
        entry.certain = MonthSpan {latestStart, earliestEnd};
    return entry;
}

} // namespace

QString isoMonth(int monthIndex)
{
    return QStringLiteral("%1-%2").arg(monthIndex / 12, 4, 10, QLatin1Char('0')).arg(monthIndex % 12 + 1, 2, 10, QLatin1Char('0'));
}

std::optional<MonthSpan> CareerTimeline::extent() const
{
    std::optional<MonthSpan> extent;
    for (const QList<TimelineEntry> *list : {&positions, &education}) {
        for (const TimelineEntry &e : *list) {
            if (!extent)
                extent = e.span;
            extent->first = std::min(extent->first, e.span.first);
            extent->last = std::max(extent->last, e.span.last);
        }
    }
    return extent;
}

QList<int> CareerTimeline::lanes() const
{
    // Greedy interval colouring in order of start: each bar takes the first lane whose
    // last bar has ended before it starts, or ends in its first month (a hand-over, which
    // is no overlap either).
    QList<int> order(positions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return positions[a].span.first < positions[b].span.first
            || (positions[a].span.first == positions[b].span.first && a < b);
    });
    QList<int> lane(positions.size(), 0);
    QList<int> laneEnds;
    for (int i : order) {
        const MonthSpan &span = positions[i].span;
        int chosen = 0;
        while (chosen < laneEnds.size() && laneEnds[chosen] > span.first)
            ++chosen;
        if (chosen == laneEnds.size())
            laneEnds.append(span.last);
        else
            laneEnds[chosen] = span.last;
        lane[i] = chosen;
    }
    return lane;
}

CareerTimeline careerTimeline(const Profile &profile, QDate today)
{
    CareerTimeline timeline;
    timeline.today = monthIndex(today);
    for (int i = 0; i < profile.work.size(); ++i) {
        const Position &p = profile.work[i];
        if (p.isUndated()) {
            timeline.undated.append(i);
            continue;
        }
        if (auto entry = placed(p.dates(), i, today))
            timeline.positions.append(*entry);
    }
    for (int i = 0; i < profile.education.size(); ++i) {
        const Education &e = profile.education[i];
        if (auto entry = placed({e.start.value, e.end.value, e.ongoing}, i, today))
            timeline.education.append(*entry);
    }

    // Gaps: months between the first and last positions that no position can have covered.
    QList<MonthSpan> possible;
    for (const TimelineEntry &e : std::as_const(timeline.positions))
        possible.append(e.possible);
    const QList<MonthSpan> covered = mergedSpans(possible);
    for (qsizetype i = covered.size() - 1; i > 0; --i)
        timeline.gaps.append({covered[i - 1].last + 1, covered[i].first - 1});

    // Overlaps: months two positions both certainly covered, except a hand-over month (one
    // ends in the month the other starts).
    struct Found
    {
        MonthSpan span;
        QList<int> positions;
    };
    QList<Found> found;
    for (qsizetype a = 0; a < timeline.positions.size(); ++a) {
        for (qsizetype b = a + 1; b < timeline.positions.size(); ++b) {
            const TimelineEntry &x = timeline.positions[a], &y = timeline.positions[b];
            if (!x.certain || !y.certain)
                continue;
            const MonthSpan both {std::max(x.certain->first, y.certain->first), std::min(x.certain->last, y.certain->last)};
            if (both.first > both.last)
                continue;
            const bool handOver = both.months() == 1
                && ((x.span.last == both.first && y.span.first == both.first)
                    || (y.span.last == both.first && x.span.first == both.first));
            if (!handOver)
                found.append({both, {x.index, y.index}});
        }
    }
    // Overlaps that touch are one overlap (three positions at once, or a chain).
    std::sort(found.begin(), found.end(), [](const Found &l, const Found &r) { return l.span.first < r.span.first; });
    QList<Found> merged;
    for (const Found &f : std::as_const(found)) {
        if (!merged.isEmpty() && f.span.first <= merged.last().span.last + 1) {
            merged.last().span.last = std::max(merged.last().span.last, f.span.last);
            for (int p : f.positions) {
                if (!merged.last().positions.contains(p))
                    merged.last().positions.append(p);
            }
        } else {
            merged.append(f);
        }
    }
    for (qsizetype i = merged.size() - 1; i >= 0; --i) {
        timeline.overlaps.append(merged[i].span);
        std::sort(merged[i].positions.begin(), merged[i].positions.end());
        timeline.overlapping.append(merged[i].positions);
    }
    return timeline;
}

} // namespace Shortlist
