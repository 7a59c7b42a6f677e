#include "dates.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Shortlist {

namespace {

// Month names and abbreviations in English, German, French, Spanish, Russian and Dutch.
// Forms are matched case-insensitively; a trailing dot is allowed after any of them.
const char *const kMonthNames[12] = {
    "january jan januar jänner jän janvier janv enero ene januari январь января янв янв",
    "february feb februar feber février févr fév fevrier fevr febrero februari февраль февраля фев февр",
    "march mar märz maerz mär mrz mars marzo maart mrt март марта мар",
    "april apr avril avr abril abr апрель апреля апр",
    "may mai mayo mei май мая",
    "june jun juni juin junio июнь июня июн",
    "july jul juli juillet juil julio июль июля июл",
    "august aug août aout agosto ago augustus август августа авг",
    "september sep sept septembre septiembre setiembre set сентябрь сентября сен сент",
    "october oct okt oktober octobre octubre октябрь октября окт",
    "november nov novembre noviembre ноябрь ноября ноя нояб",
    "december dec dez dezember décembre decembre déc diciembre dic декабрь декабря дек",
};

struct MonthTable
{
    QHash<QString, int> months;
    QString alternation; // longest first, for the regular expression
};

const MonthTable &monthTable()
{
    static const MonthTable table = [] {
        MonthTable t;
        QStringList all;
        for (int m = 0; m < 12; ++m) {
            const QStringList names
                = QString::fromUtf8(kMonthNames[m]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &name : names) {
                t.months.insert(name, m + 1);
                if (!all.contains(name))
                    all.append(name);
            }
        }
        std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        for (QString &name : all)
            name = QRegularExpression::escape(name);
        t.alternation = all.join(QLatin1Char('|'));
        return t;
    }();
    return table;
}

// Words for "until now" in the supported languages.
const char kOpenEnd[] = "по настоящее время|по наст\\.\\s?вр(?:емя|\\.)?|по н\\.\\s?в\\.?|по сей день|"
                        "до настоящего времени|jusqu[’']à aujourd[’']hui|hasta la actualidad|hasta hoy|"
                        "present|the present|now|today|current|currently|ongoing|date|to date|till date|"
                        "heute|jetzt|aktuell|dato|gegenwärtig|"
                        "aujourd[’']hui|ce jour|présent|maintenant|actuel|actuellement|"
                        "presente|el presente|la actualidad|actualidad|actualmente|hoy|la fecha|"
                        "настоящее время|настоящего времени|наст\\.\\s?вр(?:емя|\\.)?|"
                        "н\\.\\s?в\\.?|нв|сейчас|текущее время|"
                        "heden|nu|huidig|vandaag";

const char kSeparator[] = "\\s*(?:--|-|–|—|‒|―|−|~|&[mn]dash;)\\s*"
                          "|\\s+(?:to|till|til|until|through|thru|bis|à|au|jusqu[’']à|a|al|hasta|"
                          "по|до|tot|t/m)\\s+";

const char kOpenStart[] = "since|seit|ab|depuis|desde|с|со|sinds|vanaf|from";
const char kRangePrefix[] = "from|von|vom|du|de|desde|с|со|van";

QString datePattern()
{
    const QString month = QStringLiteral("(?<!\\p{L})(?:%1)(?!\\p{L})\\.?").arg(monthTable().alternation);
    const QString year = QStringLiteral("(?:19[5-9]\\d|20\\d\\d)(?!\\d)(?:\\s*г(?:ода|\\.)?(?!\\p{L}))?");
    const QString shortYear = QStringLiteral("['’]\\d\\d(?!\\d)");
    const QString monthNumber = QStringLiteral("(?:0?[1-9]|1[0-2])");
    const QString day = QStringLiteral("(?:0?[1-9]|[12]\\d|3[01])");
    return QStringLiteral("(?:"
                          // 10 July 2018, 1. März 2019, 10 de julio de 2018
                          "%1(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?%2,?\\s*(?:de\\s+|del\\s+|of\\s+)?%3"
                          // July 10, 2018 / Nov 2020 / enero de 2019 / Jan '19
                          "|%2,?\\s*(?:%1(?:st|nd|rd|th)?,?\\s+)?(?:de\\s+|del\\s+|of\\s+)?(?:%3|%4)"
                          // 2018-03-10, 2018-03, 2018/03, 2018.03
                          "|(?<!\\d)(?:19[5-9]\\d|20\\d\\d)[-/.]%5(?:[-/.]%1)?(?!\\d)"
                          // 10.03.2018, 03/10/2018
                          "|(?<![\\d.])%1[./]%5[./](?:19[5-9]\\d|20\\d\\d)(?!\\d)"
                          // 03/2018, 3.2018
                          "|(?<![\\d./])%5[./](?:19[5-9]\\d|20\\d\\d)(?!\\d)"
                          // 2018
                          "|(?<![\\d./])%3"
                          ")")
        .arg(day, month, year, shortYear, monthNumber);
}

const QRegularExpression &rangeExpression()
{
    thread_local const QRegularExpression expression = [] {
        const QString date = datePattern();
        const QString pattern = QStringLiteral("(?:(?<!\\p{L})(?:%1)\\s+)?(?<start>%2)(?:%3)(?:(?<end>%2)|(?<"
                                               "open>(?<!\\p{L})(?:%4)(?!\\p{L})\\.?))"
                                               "|(?<!\\p{L})(?:%5)\\s+(?<since>%2)"
                                               "|(?<single>%2)")
                                    .arg(QString::fromUtf8(kRangePrefix), date, QString::fromUtf8(kSeparator),
                                        QString::fromUtf8(kOpenEnd), QString::fromUtf8(kOpenStart));
        QRegularExpression re(pattern,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        return re;
    }();
    return expression;
}

const QRegularExpression &openEndExpression()
{
    thread_local const QRegularExpression expression = [] {
        QRegularExpression re(QStringLiteral("^(?:%1)\\.?$").arg(QString::fromUtf8(kOpenEnd)),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        return re;
    }();
    return expression;
}

int yearFrom(QStringView digits)
{
    if (digits.size() == 2) {
        const int yy = digits.toInt();
        return yy <= 60 ? 2000 + yy : 1900 + yy;
    }
    return digits.toInt();
}

// Reads one date that the expression already matched.
PartialDate readDate(QStringView text)
{
    QList<QStringView> digits;
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isDigit()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text[j].isDigit())
            ++j;
        digits.append(text.sliced(i, j - i));
        i = j;
    }

    // A month name, when there is one.
    int month = 0;
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetter();
        if (letter && wordStart < 0) {
            wordStart = i;
        } else if (!letter && wordStart >= 0) {
            const QString word = text.sliced(wordStart, i - wordStart).toString().toLower();
            month = monthTable().months.value(word, 0);
            wordStart = -1;
            if (month)
                break;
        }
    }

    int year = 0;
    for (QStringView d : digits) {
        if (d.size() == 4)
            year = d.toInt();
    }
    if (!year) {
        const qsizetype apostrophe = text.indexOf(QLatin1Char('\''));
        const qsizetype curly = text.indexOf(QChar(0x2019));
        const qsizetype at = std::max(apostrophe, curly);
        if (at >= 0 && at + 3 <= text.size())
            year = yearFrom(text.sliced(at + 1, 2));
    }
    if (!year)
        return {};
    if (month)
        return {year, month};

    // Numeric forms: the month is the number next to the year (2018-03, 03/2018, 10.03.2018).
    if (digits.size() >= 2) {
        if (digits.first().size() == 4)
            month = digits.at(1).toInt();
        else if (digits.size() == 2)
            month = digits.first().toInt();
        else {
            const bool slashes = text.contains(QLatin1Char('/'));
            const int a = digits.at(0).toInt(), b = digits.at(1).toInt();
            month = slashes && a <= 12 ? a : b; // 03/10/2018 reads month first, 10.03.2018 day first
        }
    }
    if (month < 1 || month > 12)
        month = 0;
    return {year, month};
}

} // namespace

DateMatch findDates(QStringView text, qsizetype from)
{
    DateMatch result;
    // Every date holds a year: four digits 1950..2099, or an apostrophe and two digits.
    // Most lines hold none, and a match never starts far before its year.
    qsizetype year = -1;
    const qsizetype n = text.size();
    auto digit = [&](qsizetype i) { return i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9'; };
    for (qsizetype i = from; i + 2 < n && year < 0; ++i) {
        const char16_t c = text[i].unicode();
        if ((c == '\'' || c == 0x2019) && digit(i + 1) && digit(i + 2) && !digit(i + 3))
            year = i;
        else if ((c == '1' || c == '2') && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)
            && (i == 0 || !digit(i - 1)))
            year = i;
    }
    if (year < 0)
        return result;
    constexpr qsizetype kLongestLeadIn = 48; // "desde el 10 de septiembre de " and the like
    const QRegularExpressionMatch match
        = rangeExpression().match(text, std::max(from, year - kLongestLeadIn));
    if (!match.hasMatch())
        return result;
    result.from = match.capturedStart();
    result.to = match.capturedEnd();
    if (match.capturedLength(u"single") > 0) {
        const PartialDate date = readDate(match.capturedView(u"single"));
        result.dates = {date, date, false};
        result.from = result.startFrom = result.endFrom = match.capturedStart(u"single");
        result.to = result.startTo = result.endTo = match.capturedEnd(u"single");
    } else if (match.capturedLength(u"since") > 0) {
        result.dates = {readDate(match.capturedView(u"since")), {}, true};
        result.isRange = true;
        result.startFrom = match.capturedStart(u"since");
        result.startTo = match.capturedEnd(u"since");
    } else {
        result.isRange = true;
        result.dates.start = readDate(match.capturedView(u"start"));
        result.startFrom = match.capturedStart(u"start");
        result.startTo = match.capturedEnd(u"start");
        const bool open = match.capturedLength(u"open") > 0;
        if (open)
            result.dates.ongoing = true;
        else
            result.dates.end = readDate(match.capturedView(u"end"));
        result.endFrom = match.capturedStart(open ? u"open" : u"end");
        result.endTo = match.capturedEnd(open ? u"open" : u"end");
    }
    return result;
}

PartialDate parseDate(QStringView text)
{
    text = text.trimmed();
    const DateMatch match = findDates(text);
    if (!match.isValid() || match.isRange || match.from != 0 || match.to != text.size())
        return {};
    return match.dates.start;
}

bool isOpenEnd(QStringView text)
{
    return openEndExpression().match(text.trimmed()).hasMatch();
}

} // namespace Shortlist
