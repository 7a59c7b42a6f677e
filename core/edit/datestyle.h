#pragma once

#include "profile/partialdate.h"

#include <QString>
#include <QStringView>

namespace Shortlist {

// How a file writes its dates, learned from one it already holds, so that a date an
// editor adds or changes reads like its neighbours: "März 2021", "janv. 2019",
// "03/2019", "7.2014", "2019-03", "Jan 2022".
struct DateStyle
{
    enum class Form { MonthName, Numeric, YearFirst, Iso, Year }; // YearFirst: "2019/03", "2019.03"
    enum class Case { Lower, Title, Upper };
    enum class Names { Full, Abbreviated, Genitive }; // genitive: Russian "января"

    Form form = Form::MonthName;
    int language = 0; // an index of monthNameLanguages()
    Names nameForm = Names::Abbreviated;
    Case letterCase = Case::Title;
    bool dotAfterAbbreviation = false; // "Jan. 2020"
    QChar separator = QLatin1Char('/'); // Numeric: "03/2019", "3.2019"
    bool zeroPadded = true;
    // The month's word is the same written in full and shortened ("May", "mars"): which the
    // file uses is better read from another of its dates.
    bool ambiguous = false;

    // The style of `written`, one date as the file has it; nullopt when it is not a date.
    static std::optional<DateStyle> of(QStringView written);

    // `date` in this style. A year-only style writes months it is given with English
    // abbreviations, as the house style does, rather than drop them.
    QString format(const PartialDate &date) const;

    // The word this style's language says "present" with ("heute", "aujourd'hui"…).
    QString presentWord() const;
};

// "en", "de", "fr", "es", "ru", "nl": the languages month names are written in.
QStringView monthNameLanguage(int index);

// Reads a date as a user or a script gives it: "2021-05", "2021", "05/2021",
// "May 2021", "März 2021"… Invalid when the text is not one date.
PartialDate parseUserDate(QStringView text);

// True for the words that make a range ongoing: "present", "now", "today", "heute"…
bool isPresentWord(QStringView text);

} // namespace Shortlist
