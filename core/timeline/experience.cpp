#include "experience.h"

#include "profile/profile.h"

#include <QCoreApplication>

#include <algorithm>

namespace Shortlist {

namespace {

// The last month an end date stands for, given the first month of the range.
int lastMonthOfEnd(const PartialDate &end, int first)
{
    if (end.hasMonth())
        return end.firstMonthIndex();
    const int beforeYear = end.year * 12 - 1;
    return beforeYear >= first ? beforeYear : end.lastMonthIndex();
}

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Experience)
};

} // namespace

std::optional<MonthSpan> monthSpan(const DateRange &dates, QDate today)
{
    const PartialDate &start = dates.start;
    const PartialDate &end = dates.end;
    if (!start.isValid() && !end.isValid())
        return std::nullopt;

    MonthSpan span;
    if (!start.isValid()) {
        span = {end.firstMonthIndex(), end.lastMonthIndex()};
    } else {
        span.first = start.firstMonthIndex();
        if (dates.ongoing)
            span.last = monthIndex(today);
        else if (end.isValid())
            span.last = lastMonthOfEnd(end, span.first);
        else
            span.last = start.lastMonthIndex();
    }
    span.last = std::min(span.last, monthIndex(today));
    if (span.last < span.first)
        return std::nullopt;
    return span;
}

QList<MonthSpan> mergedSpans(QList<MonthSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const MonthSpan &a, const MonthSpan &b) {
        return a.first < b.first || (a.first == b.first && a.last < b.last);
    });
    QList<MonthSpan> merged;
    for (const MonthSpan &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.first <= merged.last().last + 1)
            merged.last().last = std::max(merged.last().last, span.last);
        else
            merged.append(span);
    }
    return merged;
}

Experience experienceOf(const QList<Position> &work, QDate today)
{
    Experience experience;
    QList<MonthSpan> spans;
    for (const Position &position : work) {
        if (position.isUndated()) {
            ++experience.undatedPositions;
            continue;
        }
        ++experience.datedPositions;
        if (const auto span = monthSpan(position.dates(), today))
            spans.append(*span);
    }
    for (const MonthSpan &span : mergedSpans(std::move(spans)))
        experience.months += span.months();
    return experience;
}

QString formatMonths(int months)
{
    const int years = months / 12;
    const int rest = months % 12;
    const QString yearText = Strings::tr("%n yrs", "years, abbreviated", years);
    const QString monthText = Strings::tr("%n mos", "months, abbreviated", rest);
    if (years == 0)
        return monthText;
    if (rest == 0)
        return yearText;
    return Strings::tr("%1 %2").arg(yearText, monthText);
}

QString formatExperience(const Experience &experience)
{
    if (experience.datedPositions == 0 && experience.undatedPositions == 0)
        return {};
    if (!experience.isKnown()) {
        return experience.undatedPositions == 1
            ? Strings::tr("undated (1 position)")
            : Strings::tr("undated (%1 positions)").arg(experience.undatedPositions);
    }
    const QString total = formatMonths(experience.months);
    if (experience.undatedPositions == 0)
        return total;
    return Strings::tr("%1 + %2 undated").arg(total).arg(experience.undatedPositions);
}

} // namespace Shortlist
