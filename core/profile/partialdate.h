#pragma once

#include <QLocale>
#include <QString>

#include <compare>

namespace Shortlist {

// A calendar date known to the month or only to the year, as CVs write them.
struct PartialDate
{
    int year = 0; // 0: no date
    int month = 0; // 1..12, or 0 when only the year is known

    bool isValid() const { return year > 0; }
    bool hasMonth() const { return month >= 1 && month <= 12; }

    // "YYYY-MM" or "YYYY", at the precision written; empty when invalid.
    QString toIsoString() const;
    static PartialDate fromIsoString(QStringView text);
    // "Mar 2018" (the locale's short month name), or "2018"; empty when invalid. For
    // people to read in the interface and on paper, not for the markdown file.
    QString toDisplayString(const QLocale &locale) const;

    // Months since year 0 for the first (or last) month the date can mean.
    int firstMonthIndex() const { return year * 12 + (hasMonth() ? month - 1 : 0); }
    int lastMonthIndex() const { return year * 12 + (hasMonth() ? month - 1 : 11); }

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
    friend std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b)
    {
        if (auto c = a.year <=> b.year; c != 0)
            return c;
        return a.month <=> b.month;
    }
};

// When a position or study took place. `ongoing` means the end is "present".
struct DateRange
{
    PartialDate start;
    PartialDate end;
    bool ongoing = false;

    bool isValid() const { return start.isValid() || end.isValid(); }

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

} // namespace Shortlist
