// Dates as people write them, in every form the parser promises to read.

#include "parser/dates.h"

#include <QTest>

using namespace Shortlist;

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findDates_data();
    void findDates();
    void notDates_data();
    void notDates();
    void position_data();
    void position();
    void parseDate_data();
    void parseDate();
};

void TestDates::findDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // "present" for an open end
    QTest::addColumn<bool>("isRange");

    auto row = [](const char *name, const char *text, const char *start, const char *end, bool range = true) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(start) << QString::fromUtf8(end)
                            << range;
    };
    // English month names, full and abbreviated, any case
    row("en: full months", "January 2019 - March 2021", "2019-01", "2021-03");
    row("pt-BR: month/year", "mar/2021 - atual", "2021-03", "present");
    row("pt-BR: month/year both ends", "ago/2017 \xe2\x80\x93 dez/2018", "2017-08", "2018-12");
    row("es: 'a la fecha' for now", "2018 - a la fecha", "2018", "present");
    row("uk: since, the year's abbreviation, until now", "з 2020 р. по теперішній час", "2020", "present");
    row("ru: the year's abbreviation at both ends", "2015 г. \xe2\x80\x94 2018 г.", "2015", "2018");
    row("an academic year", "2014/2015", "2014", "2015");
    row("uk: since with the year's abbreviation, 'теперішній час'", "з 2021 р. по теперішній час", "2021", "present");
    row("en: abbreviated", "Jan 2019 - Mar 2021", "2019-01", "2021-03");
    row("en: abbreviated with dot", "Sept. 2016 - Dec. 2019", "2016-09", "2019-12");
    row("en: upper case", "NOVEMBER 2014 - APRIL 2017", "2014-11", "2017-04");
    row("en: lower case", "june 2021 - september 2023", "2021-06", "2023-09");
    row("en: day and month", "July 10, 2018 - May 3, 2020", "2018-07", "2020-05");
    row("en: apostrophe year", "Jan '19 - Mar '21", "2019-01", "2021-03");
    // German
    row("de: full", "Januar 2012 bis Juni 2014", "2012-01", "2014-06");
    row("de: umlaut", "März 2019 – Dezember 2020", "2019-03", "2020-12");
    row("de: abbreviated", "Okt. 2015 – Feb. 2019", "2015-10", "2019-02");
    row("de: Mrz", "Mrz 2015 - Dez 2016", "2015-03", "2016-12");
    row("de: bis heute", "Juli 2020 bis heute", "2020-07", "present");
    row("de: seit", "seit März 2021", "2021-03", "present");
    // French
    row("fr: full", "janvier 2020 – décembre 2022", "2020-01", "2022-12");
    row("fr: abbreviated", "janv. 2019 à déc. 2019", "2019-01", "2019-12");
    row("fr: févr.", "févr. 2018 – juil. 2019", "2018-02", "2019-07");
    row("fr: aujourd'hui", "sept. 2016 à aujourd'hui", "2016-09", "present");
    row("fr: depuis", "depuis mars 2023", "2023-03", "present");
    row("fr: août", "août 2010 - mai 2012", "2010-08", "2012-05");
    // Spanish
    row("es: abbreviated", "ene 2021 – actualidad", "2021-01", "present");
    row("es: with de", "enero de 2019 - marzo de 2021", "2019-01", "2021-03");
    row("es: presente", "mar. 2015 - presente", "2015-03", "present");
    row("es: dic", "jun. 2014 - dic. 2016", "2014-06", "2016-12");
    row("es: desde", "desde septiembre 2020", "2020-09", "present");
    // Russian
    row("ru: nominative", "январь 2019 — настоящее время", "2019-01", "present");
    row("ru: genitive", "марта 2016 – декабря 2018", "2016-03", "2018-12");
    row("ru: capitalised", "Сентябрь 2012 - Май 2014", "2012-09", "2014-05");
    row("ru: н.в.", "сент. 2021 – н.в.", "2021-09", "present");
    row("ru: с по", "с 2014 по 2016", "2014", "2016");
    row("ru: с open start", "с 2020", "2020", "present");
    // Dutch
    row("nl: full", "maart 2018 – januari 2021", "2018-03", "2021-01");
    row("nl: heden", "mei 2018 – heden", "2018-05", "present");
    row("nl: mrt", "mrt 2012 - okt 2014", "2012-03", "2014-10");
    row("nl: tot", "2014 tot 2018", "2014", "2018");
    // Month names from Qt's locale data, and words for "until now" in more languages
    row("it: oggi", "Dicembre 2022 – Oggi", "2022-12", "present");
    row("it: dal", "dal marzo 2020", "2020-03", "present");
    row("pt: abbreviations", "Fev 2006 - Jan 2009", "2006-02", "2009-01");
    row("pt: presente", "Out 2018 - Presente", "2018-10", "present");
    row("cs: současnost", "Únor 2015 - Současnost", "2015-02", "present");
    row("pl: obecnie", "październik 2019 – obecnie", "2019-10", "present");
    row("sv: nu", "augusti 2016 &mdash; nu", "2016-08", "present");
    row("tr: halen", "Eylül 2018 - halen", "2018-09", "present");
    row("fi: long name", "tammikuu 2017 – kesäkuu 2019", "2017-01", "2019-06");
    row("zh: year and month", "2022年5月-现在", "2022-05", "present");
    row("zh: years", "2013年 - 2016年", "2013", "2016");
    row("ja: a wave dash between year and month dates", "2016年4月〜2019年3月", "2016-04", "2019-03");
    row("ja: a full-width tilde, then 'now'", "2021年10月～現在", "2021-10", "present");
    row("an arrow from one year to the next", "2018 \xe2\x86\x92 2021", "2018", "2021");
    row("an arrow to 'now'", "2021 \xe2\x86\x92 now", "2021", "present");
    row("an arrow typed as '->'", "2015 -> 2018", "2015", "2018");
    row("a month with two digits of its year glued on", "Nov18 \xe2\x80\x93 Mar'21", "2018-11", "2021-03");
    row("years written with an apostrophe alone", "'15 \xe2\x80\x93 '18", "2015", "2018");
    row("hu: a dot closes each date", "2018.09. \xe2\x80\x93 2021.06.", "2018-09", "2021-06");
    row("vi: 'nay' is now", "03/2019 - nay", "2019-03", "present");
    row("id: 'Sekarang' is now", "Jan 2020 \xe2\x80\x93 Sekarang", "2020-01", "present");
    row("ko: a tilde, then 'now'", "2021.03 ~ \xed\x98\x84\xec\x9e\xac", "2021-03", "present");
    // Seasons stand for their year
    row("season: summer", "Summer 2009 - present", "2009", "present");
    row("season: two seasons", "Summer 2008-Spring 2009", "2008", "2009");
    row("season: and", "Summer 2006 and 2007", "2006", "2007");
    row("shared year", "March – June 2016", "2016-03", "2016-06");
    row("approximate end", "Maj 2011 — ca 2016", "2011-05", "2016");
    row("open end: a dash and nothing after it", "2012-03-01 - ", "2012-03", "present");
    row("open end: an en dash closing the text", "Oct 2013–", "2013-10", "present");
    row("no separator: two months side by side", "Jun 2009 Oct 2009", "2009-06", "2009-10");
    row("no separator: a month and a word for now", "Mar 2014 Ongoing", "2014-03", "present");
    // Numeric forms
    row("numeric: year before month name", "2019 Jan - 2020 Feb", "2019-01", "2020-02");
    row("numeric: ISO year-month", "2018-03 – 2020-11", "2018-03", "2020-11");
    row("numeric: month/year", "03/2018 - 05/2020", "2018-03", "2020-05");
    row("numeric: month.year", "3.2018 – 11.2019", "2018-03", "2019-11");
    row("numeric: zero-padded month.year", "10.2015 – 02.2019", "2015-10", "2019-02");
    row("numeric: ISO to present", "2019-03 – present", "2019-03", "present");
    row("numeric: day.month.year", "01.04.2016 - 31.12.2018", "2016-04", "2018-12");
    row("numeric: day/month/year, day first", "01/10/2019 bis 03/02/2021", "2019-10", "2021-02");
    row("numeric: day/month/year, a day above 12", "25/04/2014 - 15/09/2016", "2014-04", "2016-09");
    row("numeric: month/day/year, a day above 12 second", "04/25/2014 - 09/15/2016", "2014-04", "2016-09");
    // Year only
    row("year only: hyphen", "2003 - 2009", "2003", "2009");
    row("year only: no spaces", "2018-2020", "2018", "2020");
    row("year only: en dash", "2013 – 2015", "2013", "2015");
    row("year only: single", "2011", "2011", "2011", false);
    // Separators
    row("separator: hyphen", "Jan 2019 - Feb 2020", "2019-01", "2020-02");
    row("separator: en dash", "Jan 2019 – Feb 2020", "2019-01", "2020-02");
    row("separator: em dash", "Jan 2019 — Feb 2020", "2019-01", "2020-02");
    row("separator: &mdash;", "Jan 2019 &mdash; Feb 2020", "2019-01", "2020-02");
    row("separator: to", "Jan 2019 to Feb 2020", "2019-01", "2020-02");
    row("separator: till", "June 2012 till March 2015", "2012-06", "2015-03");
    row("separator: until", "June 2012 until March 2015", "2012-06", "2015-03");
    row("separator: à", "janv. 2019 à mars 2020", "2019-01", "2020-03");
    row("separator: bis", "Jan. 2019 bis Feb. 2020", "2019-01", "2020-02");
    // Open starts and ends
    row("open start: since", "since 2015", "2015", "present");
    row("open start: since month", "Since May 2019", "2019-05", "present");
    row("open end: present", "May 2019 - Present", "2019-05", "present");
    row("open end: now", "Apr 2021 – now", "2021-04", "present");
    row("open end: today", "Nov 2020 — today", "2020-11", "present");
    row("open end: current", "2019 - current", "2019", "present");
    row("open end: ongoing", "2022 – ongoing", "2022", "present");
    row("open end: heute", "03/2019 – heute", "2019-03", "present");
    row("open end: actualidad", "2021 - actualidad", "2021", "present");
    row("open end: настоящее время", "2019 — по настоящее время", "2019", "present");
    row("open end: cs Současnost after a short month", "Říj 2020 – Současnost", "2020-10", "present");
    row("open end: sk súčasnosť", "09/2019 – súčasnosť", "2019-09", "present");
    row("open end: ro în prezent", "2018 - în prezent", "2018", "present");
    row("open end: hu napjainkig", "2017 – napjainkig", "2017", "present");
    row("open end: hr trenutno", "03.2020 - trenutno", "2020-03", "present");
    row("open end: de derzeit", "2021 – derzeit", "2021", "present");
    // An end month without its year takes the start's, or the next one's
    row("yearless end: same year", "Mars 2011 à Novembre", "2011-03", "2011-11");
    row("yearless end: next year", "Oktober 2015 bis Februar", "2015-10", "2016-02");
    // Dates inside other text
    row("context: heading with company", "Nov 2020 — today, CloudLinux, Team Lead, remote", "2020-11",
        "present");
    row("context: duration after", "Mar 2018 — Feb 2020 (2 years), CloudLinux", "2018-03", "2020-02");
    row("context: note after", "May 2019 - March 2022 (remote)", "2019-05", "2022-03");
    row("context: in parentheses", "Senior Engineer, Acme (03/2018 – 05/2021)", "2018-03", "2021-05");
    row("context: italics removed", "September 2023 - Present", "2023-09", "present");
    row("context: table cell", "ene 2021 – actualidad", "2021-01", "present");
}

void TestDates::findDates()
{
    QFETCH(QString, text);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, isRange);

    const DateMatch match = Shortlist::findDates(text);
    QVERIFY2(match.isValid(), qPrintable(text));
    QCOMPARE(match.dates.start.toIsoString(), start);
    if (end == QLatin1String("present")) {
        QVERIFY(match.dates.ongoing);
        QVERIFY(!match.dates.end.isValid());
    } else {
        QVERIFY(!match.dates.ongoing);
        QCOMPARE(match.dates.end.toIsoString(), end);
    }
    QCOMPARE(match.isRange, isRange);
}

void TestDates::notDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("duration: years") << QStringLiteral("(2 years)");
    QTest::newRow("duration: months") << QStringLiteral("(7 months)");
    QTest::newRow("duration: years and months") << QStringLiteral("(5 years 2 months)");
    QTest::newRow("note: remote") << QStringLiteral("(remote)");
    QTest::newRow("skill years") << QStringLiteral("Python - 10 years");
    QTest::newRow("numbers that are not years")
        << QStringLiteral("reduced latency from 900 ms to 180 ms, 1000 rps");
    QTest::newRow("version numbers") << QStringLiteral("Python 3.11, Debian 12, Ubuntu 16.04");
    QTest::newRow("month word without a year") << QStringLiteral("May the team ship in March");
}

void TestDates::notDates()
{
    QFETCH(QString, text);
    QVERIFY2(!Shortlist::findDates(text).isValid(), qPrintable(text));
}

void TestDates::position_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<QString>("startText");
    QTest::addColumn<QString>("endText");
    QTest::newRow("range in a heading")
        << QStringLiteral("Nov 2020 — today, CloudLinux") << QStringLiteral("Nov 2020 — today")
        << QStringLiteral("Nov 2020") << QStringLiteral("today");
    QTest::newRow("range after a title")
        << QStringLiteral("Developer (03/2018 – 05/2021)") << QStringLiteral("03/2018 – 05/2021")
        << QStringLiteral("03/2018") << QStringLiteral("05/2021");
    QTest::newRow("open start") << QStringLiteral("Consultant since May 2019")
                                << QStringLiteral("since May 2019") << QStringLiteral("May 2019")
                                << QString();
    // The search for a year passes over several characters at a time: a year is found
    // wherever it starts, after digits and apostrophes that start none.
    for (int at = 0; at <= 17; ++at) {
        QString lead(at, QLatin1Char('x'));
        if (at % 3 == 2)
            lead[at / 2] = QLatin1Char('1');
        else if (at % 3 == 1)
            lead[at / 2] = QLatin1Char('\'');
        QTest::addRow("range after %d characters", at)
            << lead + QStringLiteral(" 2019 – 2021") << QStringLiteral("2019 – 2021") << QStringLiteral("2019")
            << QStringLiteral("2021");
    }
}

void TestDates::position()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(QString, startText);
    QFETCH(QString, endText);
    const DateMatch match = Shortlist::findDates(text);
    QVERIFY(match.isValid());
    QCOMPARE(text.sliced(match.from, match.length()), matched);
    QCOMPARE(text.sliced(match.startFrom, match.startTo - match.startFrom), startText);
    if (!endText.isEmpty())
        QCOMPARE(text.sliced(match.endFrom, match.endTo - match.endFrom), endText);
}

void TestDates::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("month name") << QStringLiteral("March 2019") << QStringLiteral("2019-03");
    QTest::newRow("iso") << QStringLiteral("2019-03") << QStringLiteral("2019-03");
    QTest::newRow("numeric") << QStringLiteral("03/2019") << QStringLiteral("2019-03");
    QTest::newRow("year") << QStringLiteral("2019") << QStringLiteral("2019");
    QTest::newRow("not a date: words") << QStringLiteral("soon") << QString();
    QTest::newRow("not a date: a range") << QStringLiteral("2019 - 2020") << QString();
    QTest::newRow("not a date: trailing text") << QStringLiteral("2019 at Acme") << QString();
}

void TestDates::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(Shortlist::parseDate(text).toIsoString(), iso);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
