#include "datestyle.h"

#include "parser/dates.h"

#include <QStringList>

#include <array>

namespace Shortlist {

namespace {

using namespace Qt::StringLiterals;

struct MonthNames
{
    const char16_t *language;
    std::array<const char16_t *, 12> full;
    std::array<const char16_t *, 12> abbreviated;
    const char16_t *present;
};

// Abbreviations as each language writes them in CVs, with the dot where the language
// puts one ("janv.", "févr."), without where it does not; Russian shortens as its
// dictionaries do ("сент.", "нояб."), short months not at all.
const std::array<MonthNames, 6> kMonths = {{
    {u"en",
        {u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August", u"September",
            u"October", u"November", u"December"},
        {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"},
        u"present"},
    {u"de",
        {u"Januar", u"Februar", u"März", u"April", u"Mai", u"Juni", u"Juli", u"August", u"September",
            u"Oktober", u"November", u"Dezember"},
        {u"Jan", u"Feb", u"Mär", u"Apr", u"Mai", u"Jun", u"Jul", u"Aug", u"Sep", u"Okt", u"Nov", u"Dez"},
        u"heute"},
    {u"fr",
        {u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet", u"août", u"septembre",
            u"octobre", u"novembre", u"décembre"},
        {u"janv.", u"févr.", u"mars", u"avr.", u"mai", u"juin", u"juil.", u"août", u"sept.", u"oct.",
            u"nov.", u"déc."},
        u"aujourd'hui"},
    {u"es",
        {u"enero", u"febrero", u"marzo", u"abril", u"mayo", u"junio", u"julio", u"agosto", u"septiembre",
            u"octubre", u"noviembre", u"diciembre"},
        {u"ene", u"feb", u"mar", u"abr", u"may", u"jun", u"jul", u"ago", u"sep", u"oct", u"nov", u"dic"},
        u"actualidad"},
    {u"ru",
        {u"январь", u"февраль", u"март", u"апрель", u"май", u"июнь", u"июль", u"август", u"сентябрь",
            u"октябрь", u"ноябрь", u"декабрь"},
        {u"янв", u"февр", u"март", u"апр", u"май", u"июнь", u"июль", u"авг", u"сент", u"окт", u"нояб", u"дек"},
        u"настоящее время"},
    {u"nl",
        {u"januari", u"februari", u"maart", u"april", u"mei", u"juni", u"juli", u"augustus", u"september",
            u"oktober", u"november", u"december"},
        {u"jan", u"feb", u"mrt", u"apr", u"mei", u"jun", u"jul", u"aug", u"sep", u"okt", u"nov", u"dec"},
        u"heden"},
}};

const std::array<const char16_t *, 12> kRussianGenitive = {u"января", u"февраля", u"марта", u"апреля",
    u"мая", u"июня", u"июля", u"августа", u"сентября", u"октября", u"ноября", u"декабря"};

constexpr int kRussian = 4;

QString withCase(QString word, DateStyle::Case letterCase)
{
    switch (letterCase) {
    case DateStyle::Case::Lower:
        return word.toLower();
    case DateStyle::Case::Upper:
        return word.toUpper();
    case DateStyle::Case::Title:
        word = word.toLower();
        if (!word.isEmpty())
            word[0] = word[0].toUpper();
        return word;
    }
    return word;
}

bool sameWord(QStringView a, const char16_t *b)
{
    return a.compare(QStringView(b), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringView monthNameLanguage(int index)
{
    return kMonths.at(index).language;
}

std::optional<DateStyle> DateStyle::of(QStringView written)
{
    written = written.trimmed();
    const PartialDate date = parseDate(written);
    if (!date.isValid())
        return std::nullopt;
    DateStyle style;
    if (!date.hasMonth()) {
        style.form = Form::Year;
        return style;
    }
    // The month as written: the run of letters (and a dot after them) before the year.
    qsizetype letters = 0;
    while (letters < written.size() && (written[letters].isLetter() || written[letters] == u'\''))
        ++letters;
    if (letters == 0) {
        // Numbers only: "2019-03", "2019/03", "03/2019", "3.2019".
        qsizetype digits = 0;
        while (digits < written.size() && written[digits].isDigit())
            ++digits;
        if (digits == 4 && written.size() > 5) {
            style.form = written[4] == u'-' ? Form::Iso : Form::YearFirst;
            style.separator = written[4];
            style.zeroPadded = written.size() - 5 >= 2;
            return style;
        }
        style.form = Form::Numeric;
        style.zeroPadded = digits >= 2;
        if (digits < written.size())
            style.separator = written[digits];
        return style;
    }
    const QStringView word = written.first(letters);
    const bool dotted = letters < written.size() && written[letters] == u'.';
    style.form = Form::MonthName;
    const int m = date.month - 1;
    bool found = false;
    for (int language = 0; language < int(kMonths.size()) && !found; ++language) {
        const MonthNames &names = kMonths[language];
        QStringView abbreviation(names.abbreviated[m]);
        if (abbreviation.endsWith(u'.'))
            abbreviation.chop(1);
        if (sameWord(word, names.full[m])) {
            style.language = language, style.nameForm = Names::Full, found = true;
            style.ambiguous = abbreviation.compare(QStringView(names.full[m]), Qt::CaseInsensitive) == 0;
        } else if (word.compare(abbreviation, Qt::CaseInsensitive) == 0) {
            style.language = language, style.nameForm = Names::Abbreviated, found = true;
            style.dotAfterAbbreviation = dotted && !QStringView(names.abbreviated[m]).endsWith(u'.');
        } else if (language == kRussian && sameWord(word, kRussianGenitive[m])) {
            style.language = language, style.nameForm = Names::Genitive, found = true;
        }
    }
    if (!found) {
        // A spelling the tables do not hold ("Sept", "Maerz"): English, shortened.
        style.nameForm = word.size() <= 4 ? Names::Abbreviated : Names::Full;
        style.dotAfterAbbreviation = dotted;
    }
    const bool anyUpper = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
    const bool anyLower = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
    style.letterCase = !anyUpper ? Case::Lower : (!anyLower && word.size() > 1 ? Case::Upper : Case::Title);
    return style;
}

QString DateStyle::format(const PartialDate &date) const
{
    if (!date.isValid())
        return {};
    const QString year = QString::number(date.year);
    if (!date.hasMonth())
        return year;
    switch (form) {
    case Form::Iso:
        return u"%1-%2"_s.arg(year).arg(date.month, 2, 10, QLatin1Char('0'));
    case Form::Numeric:
        return QString::number(date.month).rightJustified(zeroPadded ? 2 : 1, QLatin1Char('0')) + separator + year;
    case Form::YearFirst:
        return year + separator + QString::number(date.month).rightJustified(zeroPadded ? 2 : 1, QLatin1Char('0'));
    case Form::Year:
        return QString::fromUtf16(kMonths[0].abbreviated[date.month - 1]) + QLatin1Char(' ') + year;
    case Form::MonthName:
        break;
    }
    const MonthNames &names = kMonths.at(language);
    const int m = date.month - 1;
    QString word;
    switch (nameForm) {
    case Names::Full:
        word = QString::fromUtf16(names.full[m]);
        break;
    case Names::Genitive:
        word = QString::fromUtf16(kRussianGenitive[m]);
        break;
    case Names::Abbreviated:
        word = QString::fromUtf16(names.abbreviated[m]);
        if (dotAfterAbbreviation && word != QString::fromUtf16(names.full[m]))
            word += QLatin1Char('.');
        break;
    }
    return withCase(word, letterCase) + QLatin1Char(' ') + year;
}

QString DateStyle::presentWord() const
{
    return QString::fromUtf16(kMonths.at(form == Form::MonthName ? language : 0).present);
}

PartialDate parseUserDate(QStringView text)
{
    text = text.trimmed();
    const PartialDate iso = PartialDate::fromIsoString(text);
    if (iso.isValid())
        return iso.month <= 12 ? iso : PartialDate {};
    return parseDate(text);
}

bool isPresentWord(QStringView text)
{
    const DateMatch match = findDates(u"2000 - %1"_s.arg(text.trimmed()));
    return match.isValid() && match.isRange && match.dates.ongoing;
}

} // namespace Shortlist
