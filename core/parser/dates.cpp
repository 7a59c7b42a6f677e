// Finding dates in a line of a CV. A small scanner rather than one large regular
// expression: a CV has a few hundred lines and each is looked at once, so the scan must
// cost little more than reading the characters.

#include "dates.h"

#include "characters.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <bit>
#include <optional>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Shortlist {

namespace {

// Month names and abbreviations that CVs write and that no locale's data holds ("Sept",
// "Mrz", "Jänner"), matched case-insensitively; a dot may follow any of them. Every
// locale's own names, long and short, come from Qt's CLDR data (see vocabulary()).
const char *const kMonthNames[12] = {
    "january jan januar jänner jän janvier janv enero ene januari январь января янв",
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

// Seasons stand for their year: "Summer 2009" is known to the year only.
const char *const kSeasons[] = {"summer", "spring", "fall", "autumn", "winter", "sommer", "frühling",
    "frühjahr", "herbst", "été", "printemps", "automne", "hiver", "verano", "primavera", "otoño",
    "invierno", "estate", "autunno", "inverno", "verão", "outono", "zomer", "lente", "najaar",
    "herfst", "voorjaar", "sommaren", "våren", "hösten", "vintern", "лето", "весна", "осень", "зима",
    "lato", "wiosna", "jesień", "zima", "léto", "jaro", "podzim"};
constexpr int kSeason = 13; // the month value a season word is kept with

// "Until now", longest first so that "по настоящее время" wins over "настоящее время".
const char *const kOpenEnds[] = {
    "по настоящее время",
    "по настоящего времени",
    "до настоящего времени",
    "настоящее время",
    "настоящего времени",
    "текущее время",
    "по сей день",
    "по наст. вр.",
    "по н. в.",
    "по н.в.",
    "наст. вр.",
    "наст.вр.",
    "н. в.",
    "н.в.",
    "нв",
    "сейчас",
    "до сих пор",
    "по теперішній час",
    "теперішній час",
    "теперішнього часу",
    "тепер",
    "současnosti",
    "současnost",
    "súčasnosti",
    "súčasnosť",
    "doteraz",
    "până în prezent",
    "în prezent",
    "prezent",
    "napjainkig",
    "do danas",
    "trenutno",
    "danas",
    "sada",
    "dabar",
    "tänaseni",
    "praegu",
    "šobrīd",
    "tähän asti",
    "nyt",
    "σήμερα",
    "τώρα",
    "досі",
    "зараз",
    "derzeit",
    "laufend",
    "à présent",
    "en cours",
    "en curso",
    "até o momento",
    "até hoje",
    "atualidade",
    "dosud",
    "nyní",
    "obecnie",
    "teraz",
    "nadal",
    "günümüze",
    "günümüz",
    "halen",
    "devam ediyor",
    "şu an",
    "至今",
    "hiện tại",
    "hiện nay",
    "nay",
    "sekarang",
    "saat ini",
    "kini",
    "дотепер",
    "în prezent",
    "napjainkig",
    "현재",
    "재직중",
    "现在",
    "現在",
    "目前",
    "今",
    "ad oggi",
    "in corso",
    "attualmente",
    "attuale",
    "oggi",
    "o momento",
    "atualmente",
    "atual",
    "hoje",
    "tills vidare",
    "pågående",
    "idag",
    "i dag",
    "nå",
    "nykyään",
    "jelenleg",
    "jusqu'à aujourd'hui",
    "jusqu’à aujourd’hui",
    "aujourd'hui",
    "aujourd’hui",
    "à ce jour",
    "ce jour",
    "maintenant",
    "actuellement",
    "présent",
    "actuel",
    "hasta la actualidad",
    "la actualidad",
    "actualidad",
    "actualmente",
    "el presente",
    "presente",
    "hasta hoy",
    "hasta la fecha",
    "a la fecha",
    "la fecha",
    "hoy",
    "bis heute",
    "heute",
    "jetzt",
    "aktuell",
    "gegenwärtig",
    "dato",
    "tot heden",
    "heden",
    "huidig",
    "vandaag",
    "nu",
    "the present",
    "present day",
    "present",
    "to date",
    "till date",
    "till now",
    "until now",
    "currently",
    "current",
    "ongoing",
    "today",
    "now",
    "date",
};

// Words between two dates: "to", "bis", "à", "по"…
const char *const kSeparatorWords[] = {
    "through",
    "until",
    "till",
    "thru",
    "til",
    "to",
    "bis",
    "jusqu'à",
    "jusqu’à",
    "au",
    "à",
    "hasta",
    "al",
    "a",
    "по",
    "до",
    "tot",
    "t/m",
    "até",
    "fino a",
    "do",
    "tom",
    "and",
};

// Before a start with no end: "since 2015", "seit März 2021", "с 2020".
const char *const kOpenStarts[] = {"since", "seit", "ab", "depuis", "à partir de", "desde", "a partir de",
    "sinds", "vanaf", "from", "dal", "dall'", "od", "från", "fra", "с", "со", "від", "з", "із"};

// Before a range: "from 2015 to 2018", "с 2014 по 2016".
const char *const kRangePrefixes[]
    = {"from", "von", "vom", "du", "de", "desde", "dal", "van", "od", "från", "с", "со", "від", "з", "із"};

// The languages whose month names win where two locales give one word different months
// ("listopad" is November in Czech and Polish, October in Croatian): those CVs reach a
// hiring manager in most often, then every other locale Qt knows.
constexpr QLocale::Language kFirstLanguages[] = {QLocale::English, QLocale::German, QLocale::French,
    QLocale::Spanish, QLocale::Portuguese, QLocale::Italian, QLocale::Dutch, QLocale::Swedish,
    QLocale::Danish, QLocale::NorwegianBokmal, QLocale::Finnish, QLocale::Polish, QLocale::Czech,
    QLocale::Slovak, QLocale::Hungarian, QLocale::Romanian, QLocale::Russian, QLocale::Ukrainian,
    QLocale::Turkish, QLocale::Greek};

// Whether a name from a locale can be looked up as a word: letters only (some locales'
// short names are "1月" or "M01"), three or more of them.
bool isMonthWord(QStringView name)
{
    if (name.size() < 3 || name.size() > 16)
        return false;
    for (QChar c : name) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

// Most words a scan meets are not months: whether any month name has a word's length and
// its first and last letters is one bit, and a word without that bit needs no lookup.
class MonthSignatures
{
public:
    static constexpr qsizetype kLongest = 16;

    void add(QStringView lowerName)
    {
        if (lowerName.size() <= kLongest)
            m_bits[lowerName.size()] |= quint64(1) << bit(lowerName.front(), lowerName.back());
    }
    bool mayBeMonth(QChar lowerFirst, QChar lowerLast, qsizetype length) const
    {
        return length <= kLongest && (m_bits[length] >> bit(lowerFirst, lowerLast)) & 1;
    }

private:
    static int bit(QChar first, QChar last) { return (first.unicode() * 31 + last.unicode()) % 64; }
    quint64 m_bits[kLongest + 1] = {};
};

struct Vocabulary
{
    QStringList storage; // owns the characters the views below point at
    QHash<QStringView, int> months;
    MonthSignatures monthSignatures;
    QList<QStringView> openEnds, separators, openStarts, rangePrefixes;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v = [] {
        Vocabulary v;
        v.storage.reserve(4096);
        auto keep = [&v](const char *text) -> QStringView {
            v.storage.append(QString::fromUtf8(text));
            return v.storage.last();
        };
        auto addMonth = [&v](const QString &name, int month) {
            if (v.months.contains(name))
                return;
            v.storage.append(name);
            const QStringView kept = v.storage.last();
            v.months.insert(kept, month);
            v.monthSignatures.add(kept);
        };
        for (int m = 0; m < 12; ++m) {
            for (const QString &name :
                QString::fromUtf8(kMonthNames[m]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                addMonth(name, m + 1);
        }
        for (const char *season : kSeasons)
            addMonth(QString::fromUtf8(season), kSeason);
        // Qt's CLDR data: the long and short names, in running text and standing alone
        // (Slavic languages decline them: "января" beside "январь").
        auto addLocale = [&](const QLocale &locale) {
            for (int m = 1; m <= 12; ++m) {
                for (QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    for (QString name : {locale.monthName(m, format), locale.standaloneMonthName(m, format)}) {
                        name = name.toLower();
                        if (name.endsWith(QLatin1Char('.')))
                            name.chop(1);
                        if (isMonthWord(name))
                            addMonth(name, m);
                    }
                }
            }
        };
        for (QLocale::Language language : kFirstLanguages)
            addLocale(QLocale(language));
        for (const QLocale &locale :
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory))
            addLocale(locale);
        for (const char *t : kOpenEnds)
            v.openEnds.append(keep(t));
        for (const char *t : kSeparatorWords)
            v.separators.append(keep(t));
        for (const char *t : kOpenStarts)
            v.openStarts.append(keep(t));
        for (const char *t : kRangePrefixes)
            v.rangePrefixes.append(keep(t));
        return v;
    }();
    return v;
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    // ("2019年4月〜2021年9月": Japanese writes a range with a wave dash or a full-width tilde.)
    return u == '-' || u == 0x2013 || u == 0x2014 || u == 0x2012 || u == 0x2015 || u == 0x2212 || u == '~' || u == 0x301C
        || u == 0xFF5E || u == 0xFF0D;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// A date, and the characters it takes.
struct Found
{
    PartialDate date;
    qsizetype begin = 0;
    qsizetype end = 0;
};

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
        , m_n(text.size())
    { }

    DateMatch find(qsizetype from) const
    {
        for (qsizetype p = from; p < m_n; ++p) {
            if (!startsToken(p) && !(isApostrophe(m_text[p]) && digitsAt(p + 1) == 2))
                continue;
            if (auto m = prefixedRangeAt(p))
                return withYearWord(*m);
            // The date at p is read once, then tried as the start of a range.
            const auto d = dateAt(p);
            if (d) {
                if (auto m = rangeAfter(*d))
                    return withYearWord(*m);
            } else if (auto m = openStartAt(p)) {
                return withYearWord(*m);
            } else if (auto m = sharedYearRangeAt(p)) {
                return withYearWord(*m);
            }
            if (d) {
                DateMatch m;
                m.dates = {d->date, d->date, false};
                m.from = m.startFrom = m.endFrom = d->begin;
                m.to = m.startTo = m.endTo = d->end;
                return withYearWord(m);
            }
        }
        return {};
    }

    // The length of the abbreviation of "year(s)" at p ("р.", "рр.", "г.", "гг.", "r."), or 0.
    qsizetype yearWordAt(qsizetype p) const
    {
        if (p >= m_n)
            return 0;
        const qsizetype letters = letterRun(p);
        if (letters < 1 || letters > 2 || p + letters >= m_n || m_text[p + letters] != QLatin1Char('.'))
            return 0;
        const QChar a = Characters::toLower(m_text[p]);
        const bool same = letters == 1 || Characters::toLower(m_text[p + 1]) == a;
        return same && (a == QChar(0x440) || a == QChar(0x433) || (a == u'r' && letters == 1)) ? letters + 1 : 0;
    }

    // The match with the abbreviation of "year" written after it: "2017–2019 рр.".
    DateMatch withYearWord(DateMatch m) const
    {
        const qsizetype s = skipSpaces(m.to);
        if (const qsizetype length = s > m.to ? yearWordAt(s) : 0)
            m.to = s + length;
        return m;
    }

    std::optional<Found> dateAt(qsizetype p) const
    {
        if (p >= m_n)
            return {};
        if (isDigit(m_text[p]))
            return numericDateAt(p);
        // "'15 – '18": a year written with an apostrophe and its last two digits.
        if (isApostrophe(m_text[p]) && digitsAt(p + 1) == 2 && (p == 0 || !Characters::isLetterOrNumber(m_text[p - 1]))
            && !(p + 3 < m_n && Characters::isLetter(m_text[p + 3]))) {
            const int yy = number(p + 1, 2);
            return Found {{yy <= 60 ? 2000 + yy : 1900 + yy, 0}, p, p + 3};
        }
        if (Characters::isLetter(m_text[p])) {
            if (auto found = monthDateAt(p))
                return found;
            // "ca 2016", "circa 2016": an approximate date is that date.
            for (QStringView about : {u"ca.", u"ca", u"circa", u"cirka", u"approx.", u"approx", u"ok."}) {
                qsizetype end = 0;
                if (wordAt(p, about, &end) && end < m_n && Characters::isSpace(m_text[end])) {
                    const qsizetype q = skipSpaces(end);
                    if (q < m_n && isDigit(m_text[q])) {
                        if (auto found = numericDateAt(q)) {
                            found->begin = p;
                            return found;
                        }
                    }
                    break;
                }
            }
        }
        return {};
    }

    bool atOpenEnd(qsizetype p, qsizetype *end) const
    {
        for (QStringView phrase : vocabulary().openEnds) {
            if (wordAt(p, phrase, end)) {
                if (*end < m_n && m_text[*end] == QLatin1Char('.'))
                    ++*end;
                return true;
            }
        }
        return false;
    }

private:
    bool startsToken(qsizetype p) const
    {
        const QChar c = m_text[p];
        if (!Characters::isLetterOrNumber(c))
            return false;
        return p == 0 || !Characters::isLetterOrNumber(m_text[p - 1]);
    }

    qsizetype skipSpaces(qsizetype p) const
    {
        while (p < m_n && Characters::isSpace(m_text[p]))
            ++p;
        return p;
    }

    // The phrase at p, case-insensitively, ending at a word boundary.
    bool wordAt(qsizetype p, QStringView phrase, qsizetype *end) const
    {
        if (p + phrase.size() > m_n || phrase.isEmpty())
            return false;
        // Two ASCII characters are equal case-insensitively only as lower case letters, or
        // as themselves: ASCII is compared here, and Qt's case folding is asked from the
        // first character that is not (most phrases are told apart by their first character).
        qsizetype k = 0;
        for (; k < phrase.size(); ++k) {
            const char16_t a = m_text[p + k].unicode(), b = phrase[k].unicode();
            // (An ASCII character and one that is not never fold to one another in the
            // words listed here: no case-insensitive compare for them, the common case
            // of a Latin text tried against Cyrillic or Greek words for now.)
            if ((a >= 0x80) != (b >= 0x80))
                return false;
            if (a >= 0x80)
                break;
            if (Characters::toLower(QChar(a)) != Characters::toLower(QChar(b)))
                return false;
        }
        if (k < phrase.size()
            && m_text.sliced(p + k, phrase.size() - k).compare(phrase.sliced(k), Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype e = p + phrase.size();
        if (e < m_n && Characters::isLetterOrNumber(m_text[e]) && Characters::isLetterOrNumber(phrase.back()))
            return false;
        *end = e;
        return true;
    }

    qsizetype digitsAt(qsizetype p) const
    {
        qsizetype e = p;
        while (e < m_n && isDigit(m_text[e]))
            ++e;
        return e - p;
    }

    int number(qsizetype p, qsizetype length) const
    {
        int value = 0;
        for (qsizetype i = p; i < p + length; ++i)
            value = value * 10 + (m_text[i].unicode() - '0');
        return value;
    }

    static bool isYear(int value) { return value >= 1950 && value <= 2099; }

    // A four-digit year at p, with the Russian "г." / "года" that may follow it.
    std::optional<qsizetype> yearAt(qsizetype p, int *year) const
    {
        if (digitsAt(p) != 4 || (p > 0 && isDigit(m_text[p - 1])))
            return {};
        *year = number(p, 4);
        if (!isYear(*year))
            return {};
        qsizetype e = p + 4;
        const qsizetype s = skipSpaces(e);
        for (QStringView suffix : {QStringView(u"года"), QStringView(u"гг"), QStringView(u"г")}) {
            qsizetype end = 0;
            if (wordAt(s, suffix, &end)) {
                e = end < m_n && m_text[end] == QLatin1Char('.') ? end + 1 : end;
                break;
            }
        }
        return e;
    }

    // 2018-03, 2018-03-10, 2018.03, 10.03.2018, 03/2018, 3.2018, 2018.
    std::optional<Found> numericDateAt(qsizetype p) const
    {
        const qsizetype first = digitsAt(p);
        auto separatorAt = [&](qsizetype i) {
            return i < m_n
                && (m_text[i] == QLatin1Char('-') || m_text[i] == QLatin1Char('/')
                    || m_text[i] == QLatin1Char('.'));
        };
        if (first == 4) {
            const int year = number(p, 4);
            if (!isYear(year))
                return {};
            if (auto found = yearFirstDateAt(p, year))
                return found;
            const qsizetype sep = p + 4;
            const qsizetype monthDigits = separatorAt(sep) ? digitsAt(sep + 1) : 0;
            if (monthDigits >= 1 && monthDigits <= 2) {
                const int month = number(sep + 1, monthDigits);
                qsizetype e = sep + 1 + monthDigits;
                if (month >= 1 && month <= 12) {
                    if (separatorAt(e) && m_text[e] == m_text[sep]) {
                        const qsizetype dayDigits = digitsAt(e + 1);
                        if (dayDigits >= 1 && dayDigits <= 2)
                            e += 1 + dayDigits;
                        // "2018.09." and "2018.09.15.": Hungarian closes a date with a dot.
                        if (m_text[sep] == QLatin1Char('.') && e < m_n && m_text[e] == QLatin1Char('.') && digitsAt(e + 1) == 0)
                            ++e;
                    }
                    return Found {{year, month}, p, e};
                }
            }
            // A year on its own: not the end of "16.2018" nor the start of "2018.5" (but the
            // end of "2014/2015", an academic year).
            if (p > 0 && (m_text[p - 1] == QLatin1Char('.') || (m_text[p - 1] == QLatin1Char('/') && !isYearSlash(p - 1))))
                return {};
            int y = 0;
            if (auto e = yearAt(p, &y))
                return Found {{y, 0}, p, *e};
            return {};
        }
        if (first < 1 || first > 2 || !separatorAt(p + first))
            return dayMonthYearAt(p, first);
        const qsizetype sep = p + first;
        const qsizetype second = digitsAt(sep + 1);
        if (second == 4) { // 03/2018, 3.2018
            const int month = number(p, first), year = number(sep + 1, 4);
            if (month >= 1 && month <= 12 && isYear(year) && digitsAt(sep + 5) == 0)
                return Found {{year, month}, p, sep + 5};
            return {};
        }
        if (second >= 1 && second <= 2 && separatorAt(sep + 1 + second) && digitsAt(sep + 2 + second) == 4) {
            // 10.03.2018 and 01/10/2021 read day first, as most of the world writes them
            // (a German or French CV never means month first); only a second number above
            // 12 says the month came first (10/25/2021).
            const int a = number(p, first), b = number(sep + 1, second);
            const int year = number(sep + 2 + second, 4);
            const int month = b > 12 && a <= 12 ? a : b;
            if (isYear(year) && month >= 1 && month <= 12)
                return Found {{year, month}, p, sep + 6 + second};
        }
        return {};
    }

    // "2019年3月" and "2019年", as Chinese and Japanese write them; "2019 Mar" (a month
    // name after the year, followed by neither a letter nor another year).
    std::optional<Found> yearFirstDateAt(qsizetype p, int year) const
    {
        const qsizetype afterYear = p + 4;
        if (afterYear < m_n && m_text[afterYear] == QChar(0x5e74)) { // 年
            const qsizetype monthDigits = digitsAt(afterYear + 1);
            const qsizetype monthEnd = afterYear + 1 + monthDigits;
            if (monthDigits >= 1 && monthDigits <= 2 && monthEnd < m_n && m_text[monthEnd] == QChar(0x6708)) { // 月
                const int month = number(afterYear + 1, monthDigits);
                if (month >= 1 && month <= 12)
                    return Found {{year, month}, p, monthEnd + 1};
            }
            return Found {{year, 0}, p, afterYear + 1};
        }
        const qsizetype word = skipSpaces(afterYear);
        if (word == afterYear || word >= m_n || !Characters::isLetter(m_text[word]))
            return {};
        qsizetype end = 0;
        const int month = monthAt(word, &end);
        if (month < 1 || month > 12 || (end < m_n && Characters::isLetter(m_text[end])))
            return {};
        if (digitsAt(skipSpaces(end)) > 0)
            return {};
        return Found {{year, month}, p, end};
    }

    // "10 July 2018", "1. März 2019", "10 de julio de 2018"
    std::optional<Found> dayMonthYearAt(qsizetype p, qsizetype dayDigits) const
    {
        if (dayDigits < 1 || dayDigits > 2)
            return {};
        const int day = number(p, dayDigits);
        if (day < 1 || day > 31)
            return {};
        qsizetype q = p + dayDigits;
        for (QStringView suffix : {u"st", u"nd", u"rd", u"th", u"er", u"."}) {
            qsizetype end = 0;
            if (suffix == u"." ? (q < m_n && m_text[q] == QLatin1Char('.')) : wordAt(q, suffix, &end)) {
                q = suffix == u"." ? q + 1 : end;
                break;
            }
        }
        q = skipSpaces(q);
        qsizetype end = 0;
        if (wordAt(q, u"de", &end))
            q = skipSpaces(end);
        auto found = monthDateAt(q);
        if (!found)
            return {};
        found->begin = p;
        return found;
    }

    // The month a word names, and where the word (with its dot) ends.
    int monthAt(qsizetype p, qsizetype *end) const
    {
        const qsizetype length = letterRun(p);
        if (length == 0)
            return 0;
        const Vocabulary &words = vocabulary();
        const QChar first = Characters::toLower(m_text[p]);
        const QChar last = Characters::toLower(m_text[p + length - 1]);
        if (!words.monthSignatures.mayBeMonth(first, last, length))
            return 0;
        QChar lower[MonthSignatures::kLongest];
        for (qsizetype i = 0; i < length; ++i)
            lower[i] = Characters::toLower(m_text[p + i]);
        qsizetype e = p + length;
        const int month = words.months.value(QStringView(lower, length), 0);
        if (month && e < m_n && m_text[e] == QLatin1Char('.'))
            ++e;
        *end = e;
        return month;
    }

    // "Nov 2020", "July 10, 2018", "enero de 2019", "Jan '19", "Sept. 2016".
    std::optional<Found> monthDateAt(qsizetype p) const
    {
        qsizetype q = 0;
        const int month = monthAt(p, &q);
        if (!month)
            return {};
        // "Nov18": the month's abbreviation with two digits of the year glued to it.
        if (q > p && Characters::isLetter(m_text[q - 1]) && digitsAt(q) == 2 && month != kSeason)
            return Found {{2000 + number(q, 2), month}, p, q + 2};
        if (q < m_n && m_text[q] == QLatin1Char(','))
            ++q;
        else if (q + 1 < m_n && m_text[q] == QLatin1Char('/') && digitsAt(q + 1) == 4)
            ++q; // "mar/2021", as Brazilian CVs write it
        q = skipSpaces(q);
        // An optional day: "July 10, 2018".
        const qsizetype dayDigits = digitsAt(q);
        if (dayDigits >= 1 && dayDigits <= 2) {
            qsizetype r = q + dayDigits;
            for (QStringView suffix : {u"st", u"nd", u"rd", u"th"}) {
                qsizetype end = 0;
                if (wordAt(r, suffix, &end)) {
                    r = end;
                    break;
                }
            }
            if (r < m_n && m_text[r] == QLatin1Char(','))
                ++r;
            if (r < m_n && Characters::isSpace(m_text[r]))
                q = skipSpaces(r);
        }
        for (QStringView word : {u"de", u"del", u"of"}) {
            qsizetype end = 0;
            if (wordAt(q, word, &end) && end < m_n && Characters::isSpace(m_text[end])) {
                q = skipSpaces(end);
                break;
            }
        }
        const int knownMonth = month == kSeason ? 0 : month;
        int year = 0;
        if (auto e = yearAt(q, &year))
            return Found {{year, knownMonth}, p, *e};
        if (q + 2 < m_n && isApostrophe(m_text[q]) && digitsAt(q + 1) == 2) {
            const int yy = number(q + 1, 2);
            return Found {{yy <= 60 ? 2000 + yy : 1900 + yy, knownMonth}, p, q + 3};
        }
        return {};
    }

    // Whether the '/' at `slash` stands between two years, the second a little later than
    // the first: "2014/2015".
    bool isYearSlash(qsizetype slash) const
    {
        if (slash < 4 || digitsAt(slash - 4) != 4 || (slash > 4 && m_text[slash - 5].isDigit()) || digitsAt(slash + 1) != 4)
            return false;
        const int first = number(slash - 4, 4), second = number(slash + 1, 4);
        return isYear(first) && second > first && second - first <= 10;
    }

    // Where a separator between two dates ends, or -1.
    qsizetype separatorAt(qsizetype p) const
    {
        if (p < m_n && m_text[p] == QLatin1Char('/') && isYearSlash(p))
            return p + 1;
        qsizetype s = skipSpaces(p);
        // "з 2020 р. по …", "2015 г. — 2018 г.": the abbreviation of "year" after a year.
        if (const qsizetype length = s > p ? yearWordAt(s) : 0)
            s = skipSpaces(s + length);
        // ("2018 → 2021", "2018 -> 2021": an arrow from one date to the next.)
        if (s < m_n && (isDash(m_text[s]) || m_text[s] == QChar(0x2192))) {
            qsizetype e = s + 1;
            if (e < m_n && m_text[e] == QLatin1Char('-'))
                ++e;
            if (e < m_n && m_text[e] == QLatin1Char('>') && m_text[s] == QLatin1Char('-'))
                ++e;
            return skipSpaces(e);
        }
        if (s + 7 <= m_n && m_text[s] == QLatin1Char('&')
            && (m_text.sliced(s, 7) == u"&mdash;" || m_text.sliced(s, 7) == u"&ndash;"))
            return skipSpaces(s + 7);
        if (s == p || s >= m_n || !Characters::isLetter(m_text[s]))
            return -1; // a word separator needs white space before it
        for (QStringView word : vocabulary().separators) {
            qsizetype end = 0;
            if (wordAt(s, word, &end) && end < m_n && Characters::isSpace(m_text[end]))
                return skipSpaces(end);
        }
        return -1;
    }

    // The length of the run of letters at p: single-word lists are compared only by equal length.
    qsizetype letterRun(qsizetype p) const
    {
        qsizetype e = p;
        while (e < m_n && Characters::isLetter(m_text[e]))
            ++e;
        return e - p;
    }

    // "from 2015 to 2018", "с 2014 по 2016".
    std::optional<DateMatch> prefixedRangeAt(qsizetype p) const
    {
        const qsizetype run = letterRun(p);
        for (QStringView prefix : vocabulary().rangePrefixes) {
            if (prefix.size() != run)
                continue;
            qsizetype end = 0;
            if (wordAt(p, prefix, &end) && end < m_n && Characters::isSpace(m_text[end])) {
                const qsizetype s = skipSpaces(end);
                if (s < m_n && Characters::isLetterOrNumber(m_text[s])) {
                    if (auto m = rangeFrom(s)) {
                        m->from = p;
                        return m;
                    }
                }
                break;
            }
        }
        return {};
    }

    std::optional<DateMatch> rangeFrom(qsizetype p) const
    {
        const auto first = dateAt(p);
        return first ? rangeAfter(*first) : std::nullopt;
    }

    // A range that starts with `first`: a separator, then a date or an open end.
    std::optional<DateMatch> rangeAfter(const Found &first) const
    {
        qsizetype s = separatorAt(first.end);
        // "Jun 2009 Oct 2009", "Mar 2014 Ongoing" in a table's period column: two months, or a
        // month and a word for now, side by side.
        if (s < 0 && first.date.hasMonth()) {
            const qsizetype next = skipSpaces(first.end);
            qsizetype openEnd = 0;
            if (next > first.end && next < m_n && Characters::isLetter(m_text[next])) {
                const auto second = monthDateAt(next);
                if ((second && second->date.hasMonth()) || atOpenEnd(next, &openEnd))
                    s = next;
            }
        }
        if (s < 0)
            return {};
        DateMatch m;
        m.isRange = true;
        m.from = first.begin;
        m.startFrom = first.begin;
        m.startTo = first.end;
        m.dates.start = first.date;
        qsizetype openEnd = 0;
        if (auto second = dateAt(s)) {
            m.dates.end = second->date;
            m.endFrom = second->begin;
            m.endTo = m.to = second->end;
            return m;
        }
        if (atOpenEnd(s, &openEnd)) {
            m.dates.ongoing = true;
            m.endFrom = s;
            m.endTo = m.to = openEnd;
            return m;
        }
        // "Avril 2009 à Décembre": an end month without its year is in the start's year, or
        // in the next one when it comes earlier in the year than the start.
        if (auto month = yearlessMonthAt(s, &openEnd); month && first.date.hasMonth()) {
            m.dates.end = {first.date.year + (month < first.date.month ? 1 : 0), month};
            m.endFrom = s;
            m.endTo = m.to = openEnd;
            return m;
        }
        // "Oct. 2017-...", "2019 – …": an ellipsis for the end not yet written.
        const qsizetype dots = s >= m_n ? 0 : m_text.sliced(s).startsWith(u"...") ? 3 : m_text[s] == QChar(0x2026) ? 1 : 0;
        if (dots > 0 && s > first.end && isDash(m_text[skipSpaces(first.end)])) {
            m.dates.ongoing = true;
            m.endFrom = s;
            m.endTo = m.to = s + dots;
            return m;
        }
        // "2012-03-01 - " and "Oct 2013–" at the end of the text: a dash with nothing after
        // it leaves the end open.
        qsizetype rest = s;
        while (rest < m_n && (Characters::isSpace(m_text[rest]) || m_text[rest] == QLatin1Char(')')
                   || m_text[rest] == QLatin1Char('*') || m_text[rest] == QLatin1Char('_')))
            ++rest;
        if (rest == m_n && s > first.end && isDash(m_text[skipSpaces(first.end)])) {
            m.dates.ongoing = true;
            m.to = skipSpaces(first.end) + 1;
            return m;
        }
        return {};
    }

    // A month name with no year after it and no more words of a date: 0 when there is none.
    int yearlessMonthAt(qsizetype p, qsizetype *end) const
    {
        if (p >= m_n || !Characters::isLetter(m_text[p]))
            return 0;
        const int month = monthAt(p, end);
        if (month < 1 || month > 12 || (*end < m_n && Characters::isLetterOrNumber(m_text[*end])))
            return 0;
        const qsizetype next = skipSpaces(*end);
        return next < m_n && Characters::isLetterOrNumber(m_text[next]) ? 0 : month;
    }

    // "March – June 2016": a month whose year is the end's.
    std::optional<DateMatch> sharedYearRangeAt(qsizetype p) const
    {
        if (!Characters::isLetter(m_text[p]))
            return {};
        qsizetype monthEnd = 0;
        const int month = monthAt(p, &monthEnd);
        if (month < 1 || month > 12)
            return {};
        const qsizetype s = separatorAt(monthEnd);
        if (s < 0)
            return {};
        const auto end = monthDateAt(s);
        if (!end || !end->date.hasMonth() || end->date.month < month)
            return {};
        DateMatch m;
        m.isRange = true;
        m.from = m.startFrom = p;
        m.startTo = monthEnd;
        m.dates.start = {end->date.year, month};
        m.dates.end = end->date;
        m.endFrom = end->begin;
        m.endTo = m.to = end->end;
        return m;
    }

    std::optional<DateMatch> openStartAt(qsizetype p) const
    {
        const qsizetype run = letterRun(p);
        if (run == 0)
            return {};
        for (QStringView word : vocabulary().openStarts) {
            if (word.size() != run)
                continue;
            qsizetype end = 0;
            if (!wordAt(p, word, &end) || end >= m_n || !Characters::isSpace(m_text[end]))
                continue;
            const auto date = dateAt(skipSpaces(end));
            if (!date)
                return {};
            DateMatch m;
            m.isRange = true;
            m.dates = {date->date, {}, true};
            m.from = p;
            m.to = date->end;
            m.startFrom = date->begin;
            m.startTo = date->end;
            return m;
        }
        return {};
    }

    QStringView m_text;
    qsizetype m_n;
};

// The first index from `from` on where a year can start (see findDates()): eight characters
// at a time where the processor compares eight at once, as every x86-64 one does.
qsizetype nextYearStart(QStringView text, qsizetype from)
{
    const qsizetype n = text.size();
    qsizetype i = from;
#ifdef __SSE2__
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    const __m128i one = _mm_set1_epi16('1'), two = _mm_set1_epi16('2');
    const __m128i apostrophe = _mm_set1_epi16('\''), rightQuote = _mm_set1_epi16(short(0x2019));
    for (; i + 8 <= n; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + i));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chunk, one), _mm_cmpeq_epi16(chunk, two)),
            _mm_or_si128(_mm_cmpeq_epi16(chunk, apostrophe), _mm_cmpeq_epi16(chunk, rightQuote)));
        if (const int mask = _mm_movemask_epi8(hits))
            return i + std::countr_zero(unsigned(mask)) / 2;
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == '1' || c == '2' || c == '\'' || c == 0x2019)
            return i;
    }
    return n;
}

} // namespace

DateMatch findDates(QStringView text, qsizetype from)
{
    // Every date holds a year: four digits 1950..2099, or an apostrophe and two digits.
    // Most lines hold none, and a match never starts far before its year.
    qsizetype year = -1;
    const qsizetype n = text.size();
    auto digit = [&](qsizetype i) { return i < n && isDigit(text[i]); };
    for (qsizetype i = from; i + 2 < n && year < 0; ++i) {
        // Only an apostrophe or a year's first digit can start a year; most characters are
        // passed over many at a time.
        i = nextYearStart(text, i);
        if (i + 2 >= n)
            break;
        const char16_t c = text[i].unicode();
        if (isApostrophe(text[i]) && digit(i + 1) && digit(i + 2) && !digit(i + 3))
            year = i;
        else if ((c == '1' || c == '2') && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4)
            && (i == 0 || !digit(i - 1)))
            year = i;
        else if ((c == '1' || c == '2') && digit(i + 1) && !digit(i + 2) && i >= 3 && Characters::isLetter(text[i - 1])
            && Characters::isLetter(text[i - 2]) && Characters::isLetter(text[i - 3])
            && (i == 3 || !Characters::isLetter(text[i - 4]) || (i >= 5 && !Characters::isLetter(text[i - 5]))))
            year = i; // "Nov18", "Sept18": a month's abbreviation and two digits of the year
    }
    if (year < 0)
        return {};
    constexpr qsizetype kLongestLeadIn = 48; // "desde el 10 de septiembre de " and the like
    return Scanner(text).find(std::max(from, year - kLongestLeadIn));
}

bool isOngoingWord(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    qsizetype end = 0;
    return Scanner(text).atOpenEnd(0, &end) && end == text.size();
}

PartialDate parseDate(QStringView text)
{
    text = text.trimmed();
    const DateMatch match = findDates(text);
    if (!match.isValid() || match.isRange || match.from != 0 || match.to != text.size())
        return {};
    return match.dates.start;
}

} // namespace Shortlist
