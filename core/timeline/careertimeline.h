#pragma once

#include "experience.h"

#include <QList>
#include <QString>

#include <optional>

namespace Shortlist {

struct Profile;

// One dated entry (a position or a study) placed on a time axis.
//
// Where it is drawn is `span`, the months experience counts for it (monthSpan(): a year
// alone as an end stops before that year, so "2018 – 2020" is two years). A date known only
// to its year leaves the entry's edge uncertain within that year: `possible` runs from the
// earliest month the entry can have started to the latest it can have ended, `certain`
// the months outside any uncertain year (none when those cross). Gaps are months no
// entry can have covered; overlaps are months two entries certainly both covered; so a
// year alone never makes a gap or an overlap inside its year.
struct TimelineEntry
{
    int index = -1; // in the profile's work (or education) list
    MonthSpan span;
    MonthSpan possible;
    std::optional<MonthSpan> certain;
    bool ongoing = false;
    bool startUncertain = false; // only the year of the start is known
    bool endUncertain = false;
};

// A career laid out in months: what the timeline draws and the JSON export reports, from
// one computation.
struct CareerTimeline
{
    QList<TimelineEntry> positions; // dated positions, in file order
    QList<int> undated; // indexes of positions without dates, in file order
    QList<TimelineEntry> education; // dated education
    // Months without any position between the first and the last dated one, and months
    // two positions both cover, newest first. A change of job within one month (one ends
    // in the month the next starts) is neither.
    QList<MonthSpan> gaps;
    QList<MonthSpan> overlaps;
    // Which positions each overlap is between (indexes into the profile's work list),
    // parallel to `overlaps`.
    QList<QList<int>> overlapping;
    int today = 0; // the month index of today

    // The months from the first entry's first month to the last entry's last; empty when
    // nothing is dated.
    std::optional<MonthSpan> extent() const;
    // Each position's lane: 0 for most, another for a position that overlaps one on lane 0,
    // so that bars never cover each other.
    QList<int> lanes() const;
};

CareerTimeline careerTimeline(const Profile &profile, QDate today);

// "2020-03": a month index as the export writes months.
QString isoMonth(int monthIndex);

} // namespace Shortlist
