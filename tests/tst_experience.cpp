// Total experience as the library list and the JSON export count it.

#include "datedpositions.h"
#include "profile/profile.h"
#include "timeline/experience.h"

#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2024, 6, 15);


} // namespace

class TestExperience : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthSpans_data();
    void monthSpans();
    void totals_data();
    void totals();
    void formatting_data();
    void formatting();
};

void TestExperience::monthSpans_data()
{
    QTest::addColumn<QString>("dates");
    QTest::addColumn<int>("months"); // -1: no span

    QTest::newRow("months: both ends count") << u"2018-01..2018-03"_s << 3;
    QTest::newRow("months: one month") << u"2018-05..2018-05"_s << 1;
    QTest::newRow("years: 2018 to 2020 is two years") << u"2018..2020"_s << 24;
    QTest::newRow("years: within one year") << u"2020..2020"_s << 12;
    QTest::newRow("mixed: month to year") << u"2018-03..2020"_s << 22;
    QTest::newRow("mixed: year to month") << u"2018..2020-03"_s << 27;
    QTest::newRow("single year") << u"2019"_s << 12;
    QTest::newRow("single month") << u"2019-05"_s << 1;
    QTest::newRow("ongoing reaches today") << u"2024-01..present"_s << 6;
    QTest::newRow("ongoing year-only start") << u"2023..present"_s << 18;
    QTest::newRow("end after today is cut at today") << u"2024-01..2025-12"_s << 6;
    QTest::newRow("entirely in the future") << u"2025-01..2026-01"_s << -1;
    QTest::newRow("end before start") << u"2020-05..2019-01"_s << -1;
    QTest::newRow("undated") << QString() << -1;
}

void TestExperience::monthSpans()
{
    QFETCH(QString, dates);
    QFETCH(int, months);

    const auto span = monthSpan(datedPosition(dates).dates(), kToday);

    QCOMPARE(span ? span->months() : -1, months);
}

void TestExperience::totals_data()
{
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("undated");

    QTest::newRow("no positions") << QStringList() << 0 << 0;
    QTest::newRow("one position") << QStringList {u"2020-01..2020-12"_s} << 12 << 0;
    QTest::newRow("adjacent positions add up")
        << QStringList {u"2018-01..2018-12"_s, u"2019-01..2019-06"_s} << 18 << 0;
    QTest::newRow("a gap is not counted")
        << QStringList {u"2018-01..2018-06"_s, u"2019-01..2019-06"_s} << 12 << 0;
    QTest::newRow("overlapping months counted once")
        << QStringList {u"2018-01..2018-12"_s, u"2018-07..2019-06"_s} << 18 << 0;
    QTest::newRow("nested position adds nothing")
        << QStringList {u"2015-01..2019-12"_s, u"2016-03..2017-02"_s} << 60 << 0;
    QTest::newRow("ongoing beside a finished one")
        << QStringList {u"2023-01..present"_s, u"2020-01..2022-12"_s} << 54 << 0;
    QTest::newRow("two ongoing, overlapping")
        << QStringList {u"2022-01..present"_s, u"2023-06..present"_s} << 30 << 0;
    QTest::newRow("year-only positions")
        << QStringList {u"2010..2014"_s, u"2014..2016"_s} << 72 << 0;
    QTest::newRow("year-only overlapping a month range")
        << QStringList {u"2010..2012"_s, u"2011-06..2012-06"_s} << 30 << 0;
    QTest::newRow("undated positions are not counted")
        << QStringList {u"2020-01..2020-12"_s, QString(), QString()} << 12 << 2;
    QTest::newRow("only undated positions") << QStringList {QString(), QString()} << 0 << 2;
    QTest::newRow("order in the file does not matter")
        << QStringList {u"2019-01..2019-06"_s, u"2012-01..2012-12"_s, u"2015-01..2015-06"_s} << 24 << 0;
}

void TestExperience::totals()
{
    QFETCH(QStringList, positions);
    QFETCH(int, months);
    QFETCH(int, undated);

    QList<Position> work;
    for (const QString &dates : std::as_const(positions))
        work.append(datedPosition(dates));
    const Experience experience = experienceOf(work, kToday);

    QCOMPARE(experience.months, months);
    QCOMPARE(experience.undatedPositions, undated);
    QCOMPARE(experience.datedPositions, int(positions.size()) - undated);
}

void TestExperience::formatting_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("dated");
    QTest::addColumn<int>("undated");
    QTest::addColumn<QString>("text");

    QTest::newRow("no positions") << 0 << 0 << 0 << QString();
    QTest::newRow("months only") << 11 << 1 << 0 << u"11 mos"_s;
    QTest::newRow("one month") << 1 << 1 << 0 << u"1 mo"_s;
    QTest::newRow("whole years") << 24 << 2 << 0 << u"2 yrs"_s;
    QTest::newRow("one year and a month") << 13 << 1 << 0 << u"1 yr 1 mo"_s;
    QTest::newRow("years and months") << 88 << 3 << 0 << u"7 yrs 4 mos"_s;
    QTest::newRow("with undated positions") << 88 << 3 << 2 << u"7 yrs 4 mos + 2 undated"_s;
    QTest::newRow("all undated") << 0 << 0 << 3 << u"undated (3 positions)"_s;
    QTest::newRow("one undated") << 0 << 0 << 1 << u"undated (1 position)"_s;
}

void TestExperience::formatting()
{
    QFETCH(int, months);
    QFETCH(int, dated);
    QFETCH(int, undated);
    QFETCH(QString, text);

    QCOMPARE(formatExperience({months, dated, undated}), text);
}

QTEST_GUILESS_MAIN(TestExperience)
#include "tst_experience.moc"
