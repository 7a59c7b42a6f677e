#include "careertimeline.h"

#include "profile/profile.h"

#include <algorithm>
#include <numeric>
#include <queue>
#include <vector>

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

// An overlap: consecutive months that two positions both certainly covered, and every
// position (its index in the profile's work list, ascending) that shares one of them.
struct Overlap
{
    MonthSpan span;
    QList<int> positions;
};

// How one position lies in a piece of the axis (below). A hand-over is one position ending
// in the month another starts in; only a position whose edge month is that piece can be
// either side of one.
enum class Role { Through, Starts, Ends, StartsAndEnds };

// Months in a row that the same positions certainly cover: either a month in which some
// certain span begins or ends, or all the months between two such.
struct Piece
{
    MonthSpan months;
    int covering = 0; // positions certain in these months
    int starts = 0; // of them, starting here (and not ending)
    int ends = 0; // ending here (and not starting)
    int startsAndEnds = 0; // starting and ending here: a position of one month
    int run = -1; // the overlap these months belong to

    int through() const { return covering - starts - ends - startsAndEnds; }
    // Two positions here share the months unless every pair of them is a hand-over: one
    // that ends here and one that starts here.
    bool overlapped() const { return covering >= 2 && (through() >= 1 || starts >= 2 || ends >= 2); }
    // Whether a position with that role shares these months with another, not as a hand-over.
    bool sharedBy(Role role) const
    {
        switch (role) {
        case Role::Through: return overlapped();
        case Role::Starts: return through() >= 1 || starts >= 2;
        case Role::Ends: return through() >= 1 || ends >= 2;
        case Role::StartsAndEnds: return through() >= 1;
        }
        return false;
    }
};

// Overlaps in order of time, in O(n log n): a sweep over the pieces that the positions'
// certain edges cut the axis into, instead of comparing every pair of positions. Relies on
// a certain span lying inside the drawn one, which placed() makes sure of: a pair is then a
// hand-over exactly when one's certain span ends, and the other's starts, in their one
// shared month.
QList<Overlap> overlapsOf(const QList<TimelineEntry> &entries)
{
    QList<const TimelineEntry *> certain;
    for (const TimelineEntry &e : entries) {
        if (e.certain)
            certain.append(&e);
    }
    if (certain.size() < 2)
        return {};
    std::vector<int> edges;
    for (const TimelineEntry *e : std::as_const(certain)) {
        edges.push_back(e->certain->first);
        edges.push_back(e->certain->last);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::vector<Piece> pieces;
    std::vector<int> pieceOfEdge;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        pieceOfEdge.push_back(int(pieces.size()));
        pieces.push_back({{edges[i], edges[i]}});
        if (i + 1 < edges.size() && edges[i + 1] > edges[i] + 1)
            pieces.push_back({{edges[i] + 1, edges[i + 1] - 1}});
    }
    const auto pieceAt = [&](int month) {
        return pieceOfEdge[std::lower_bound(edges.begin(), edges.end(), month) - edges.begin()];
    };

    // Each position's first and last piece, and its role in them.
    struct Placed
    {
        int index, first, last;
        Role atFirst, atLast;
    };
    std::vector<Placed> placedOnes;
    std::vector<int> change(pieces.size() + 1, 0);
    for (const TimelineEntry *e : std::as_const(certain)) {
        Placed p {
            e->index, pieceAt(e->certain->first), pieceAt(e->certain->last), Role::Through, Role::Through};
        const bool starts = e->span.first == e->certain->first;
        const bool ends = e->span.last == e->certain->last;
        ++change[p.first];
        --change[p.last + 1];
        if (p.first == p.last) {
            p.atFirst = starts && ends ? Role::StartsAndEnds
                : starts               ? Role::Starts
                : ends                 ? Role::Ends
                                       : Role::Through;
            p.atLast = p.atFirst;
            pieces[p.first].startsAndEnds += starts && ends;
            pieces[p.first].starts += starts && !ends;
            pieces[p.first].ends += ends && !starts;
        } else {
            p.atFirst = starts ? Role::Starts : Role::Through;
            p.atLast = ends ? Role::Ends : Role::Through;
            pieces[p.first].starts += starts;
            pieces[p.last].ends += ends;
        }
        placedOnes.push_back(p);
    }

    // Overlapped pieces in a row are one overlap (three positions at once, or a chain).
    QList<Overlap> overlaps;
    std::vector<std::pair<int, int>> runPieces; // each overlap's first and last piece
    int covering = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        covering += change[i];
        Piece &piece = pieces[i];
        piece.covering = covering;
        if (!piece.overlapped())
            continue;
        if (i > 0 && pieces[i - 1].run >= 0) {
            piece.run = pieces[i - 1].run;
            overlaps.last().span.last = piece.months.last;
            runPieces.back().second = int(i);
        } else {
            piece.run = int(overlaps.size());
            overlaps.append({piece.months, {}});
            runPieces.push_back({int(i), int(i)});
        }
    }

    // A position takes part in every overlap that crosses its inner months, and in one at
    // its first or last month if it shares that month other than as a hand-over. Only a
    // position that alone covers the months between two overlaps takes part in both, so
    // this adds O(n) indexes in all.
    for (const Placed &p : placedOnes) {
        for (const auto &[piece, role] : {std::pair {p.first, p.atFirst}, std::pair {p.last, p.atLast}}) {
            if (pieces[piece].run >= 0 && pieces[piece].sharedBy(role))
                overlaps[pieces[piece].run].positions.append(p.index);
        }
        auto run = std::lower_bound(runPieces.begin(), runPieces.end(), p.first + 1,
            [](const std::pair<int, int> &r, int piece) { return r.second < piece; });
        for (; run != runPieces.end() && run->first <= p.last - 1; ++run)
            overlaps[pieces[run->first].run].positions.append(p.index);
    }
    for (Overlap &overlap : overlaps) {
        std::sort(overlap.positions.begin(), overlap.positions.end());
        overlap.positions.erase(
            std::unique(overlap.positions.begin(), overlap.positions.end()), overlap.positions.end());
    }
    return overlaps;
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
    // Lanes in use by the month their last bar ends, soonest first, and lanes free again,
    // lowest first: O(n log n) however many bars are on top of each other.
    using Busy = std::pair<int, int>; // last month, lane
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> freed;
    int lanesUsed = 0;
    for (int i : order) {
        const MonthSpan &span = positions[i].span;
        while (!busy.empty() && busy.top().first <= span.first) {
            freed.push(busy.top().second);
            busy.pop();
        }
        int chosen = lanesUsed;
        if (freed.empty()) {
            ++lanesUsed;
        } else {
            chosen = freed.top();
            freed.pop();
        }
        busy.push({span.last, chosen});
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

    const QList<Overlap> overlaps = overlapsOf(timeline.positions);
    for (qsizetype i = overlaps.size() - 1; i >= 0; --i) {
        timeline.overlaps.append(overlaps[i].span);
        timeline.overlapping.append(overlaps[i].positions);
    }
    return timeline;
}

} // namespace Shortlist
