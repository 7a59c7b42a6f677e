#pragma once

#include "profile/partialdate.h"

#include <QStringView>

namespace Shortlist {

// A date or date range found in a piece of text.
struct DateMatch
{
    DateRange dates;
    qsizetype from = -1; // UTF-16 index of the match in the searched text
    qsizetype to = -1; // one past its end
    bool isRange = false; // a start and an end (or an open end / open start), not a lone date
    // Where the start and the end (or the open-end word) are written, as UTF-16 indexes.
    qsizetype startFrom = -1, startTo = -1;
    qsizetype endFrom = -1, endTo = -1;

    bool isValid() const { return from >= 0; }
    qsizetype length() const { return to - from; }
};

// Finds the first date or date range in `text`: "Nov 2020 — today", "03/2018 - 05/2020",
// "seit März 2021", "janv. 2019 à aujourd'hui", "с 2014 по 2016", "2003 - 2009"…
// Durations such as "(2 years)" are not dates. `from` skips the start of the text.
DateMatch findDates(QStringView text, qsizetype from = 0);

// Whether the whole text is a word for "until now" in any language the parser knows
// ("present", "heute", "н.в.", "现在").
bool isOngoingWord(QStringView text);

// Reads one date ("March 2019", "2019-03", "03/2019", "2019"); invalid when the whole
// text is not a date.
PartialDate parseDate(QStringView text);

} // namespace Shortlist
