#pragma once

#include "profile/partialdate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Shortlist {

struct Position;

// Months counted as indexes since year 0 (see PartialDate::firstMonthIndex), so that
// spans of months can be compared and merged with plain integers.
inline int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

// The months a date range covers, first and last included.
struct MonthSpan
{
    int first = 0;
    int last = 0;

    int months() const { return last - first + 1; }
    friend bool operator==(const MonthSpan &, const MonthSpan &) = default;
};

// Reads a range the way a person counts tenure:
// - month dates count both ends: "Jan 2018 – Mar 2018" is three months;
// - a year alone starts in January and, as an end, stops before that year begins, so that
//   "2018 – 2020" is two years; a year range within one year ("2020 – 2020") is that year;
// - a single date ("2019", "May 2019") is that year or that month;
// - ongoing ranges reach `today`, and nothing counts after `today`.
// Undated ranges, and ranges entirely in the future, cover nothing.
std::optional<MonthSpan> monthSpan(const DateRange &dates, QDate today);

// Total experience from a list of positions: months covered by at least one dated position,
// overlapping months counted once. Undated positions are counted apart, never guessed.
struct Experience
{
    int months = 0;
    int datedPositions = 0;
    int undatedPositions = 0;

    bool isKnown() const { return datedPositions > 0; }
    friend bool operator==(const Experience &, const Experience &) = default;
};

Experience experienceOf(const QList<Position> &work, QDate today);

// Merges spans into the months they cover together, in order, overlaps counted once.
QList<MonthSpan> mergedSpans(QList<MonthSpan> spans);

// "3 yrs 2 mos", "11 mos", "1 yr": short, for table cells and summaries.
QString formatMonths(int months);

// What a list shows for an experience: "7 yrs 4 mos", "7 yrs 4 mos + 2 undated",
// "undated (3 positions)", or an empty string when there are no positions.
QString formatExperience(const Experience &experience);

} // namespace Shortlist
