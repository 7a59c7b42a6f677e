// The interval maths under the timeline and the export's gaps and overlaps.

#include "datedpositions.h"
#include "profile/profile.h"
#include "timeline/careertimeline.h"

#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2024, 6, 15);


Profile profileOf(const QStringList &positions)
{
    Profile profile;
    for (const QString &dates : positions)
        profile.work.append(datedPosition(dates));
    return profile;
}

// "2020-03..2020-10" for each span.
QStringList written(const QList<MonthSpan> &spans)
{
    QStringList list;
    for (const MonthSpan &span : spans)
        list.append(isoMonth(span.first) + u".."_s + isoMonth(span.last));
    return list;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gapsAndOverlaps_data();
    void gapsAndOverlaps();
    void undatedPositionsAreListedApart();
    void overlapsNameTheirPositions();
    void overlappingPositionsGetTheirOwnLanes_data();
    void overlappingPositionsGetTheirOwnLanes();
    void yearOnlyEdgesAreUncertain();
};

void TestTimeline::gapsAndOverlaps_data()
{
    QTest::addColumn<QStringList>("positions"); // as a CV lists them, newest first
    QTest::addColumn<QStringList>("gaps");
    QTest::addColumn<QStringList>("overlaps");

    QTest::newRow("single position") << QStringList {u"2019-03..2021-05"_s} << QStringList {} << QStringList {};
    QTest::newRow("gap: Feb and Nov make March to October")
        << QStringList {u"2020-11..present"_s, u"2018-03..2020-02"_s} << QStringList {u"2020-03..2020-10"_s}
        << QStringList {};
    QTest::newRow("adjacent: next month") << QStringList {u"2020-03..2021-01"_s, u"2018-01..2020-02"_s}
                                          << QStringList {} << QStringList {};
    QTest::newRow("hand-over in one month is neither")
        << QStringList {u"2023-09..present"_s, u"2021-06..2023-09"_s} << QStringList {} << QStringList {};
    QTest::newRow("overlap of two months")
        << QStringList {u"2017-03..2019-09"_s, u"2014-11..2017-04"_s} << QStringList {} << QStringList {u"2017-03..2017-04"_s};
    QTest::newRow("nested: the inner one is the overlap")
        << QStringList {u"2015-01..2020-12"_s, u"2017-02..2017-08"_s} << QStringList {} << QStringList {u"2017-02..2017-08"_s};
    QTest::newRow("ongoing side job overlaps to today")
        << QStringList {u"2022-01..present"_s, u"2023-05..present"_s} << QStringList {} << QStringList {u"2023-05..2024-06"_s};
    QTest::newRow("one-month gap") << QStringList {u"2014-11..2017-04"_s, u"2009-08..2014-09"_s}
                                   << QStringList {u"2014-10..2014-10"_s} << QStringList {};
    QTest::newRow("several gaps, newest first")
        << QStringList {u"2020-11..present"_s, u"2018-03..2020-02"_s, u"2016-08..2017-02"_s, u"2014-05..2016-06"_s}
        << QStringList {u"2020-03..2020-10"_s, u"2017-03..2018-02"_s, u"2016-07..2016-07"_s} << QStringList {};
    QTest::newRow("year only: no gap inside the year")
        << QStringList {u"2009-08..2014-09"_s, u"2003..2009"_s} << QStringList {} << QStringList {};
    QTest::newRow("year only: no overlap inside the year")
        << QStringList {u"2009-02..2014-09"_s, u"2003..2009"_s} << QStringList {} << QStringList {};
    QTest::newRow("year only: a whole year between is a gap")
        << QStringList {u"2012..2014"_s, u"2005..2010"_s} << QStringList {u"2011-01..2011-12"_s} << QStringList {};
    QTest::newRow("year only: overlap across whole years")
        << QStringList {u"2010..2016"_s, u"2008..2013"_s} << QStringList {} << QStringList {u"2011-01..2012-12"_s};
    QTest::newRow("year only: an end year meeting a January start is no overlap")
        << QStringList {u"2020-01..2022-12"_s, u"2018..2020"_s} << QStringList {} << QStringList {};
    QTest::newRow("three at once are one overlap")
        << QStringList {u"2019-01..2019-12"_s, u"2019-06..2020-06"_s, u"2019-09..2019-10"_s} << QStringList {}
        << QStringList {u"2019-06..2019-12"_s};
    QTest::newRow("undated positions make no gap")
        << QStringList {u"2020-01..2020-12"_s, QString(), u"2018-01..2018-12"_s} << QStringList {u"2019-01..2019-12"_s}
        << QStringList {};
    QTest::newRow("only undated") << QStringList {QString(), QString()} << QStringList {} << QStringList {};
}

void TestTimeline::gapsAndOverlaps()
{
    QFETCH(QStringList, positions);
    QFETCH(QStringList, gaps);
    QFETCH(QStringList, overlaps);
    const CareerTimeline timeline = careerTimeline(profileOf(positions), kToday);
    QCOMPARE(written(timeline.gaps), gaps);
    QCOMPARE(written(timeline.overlaps), overlaps);
}

void TestTimeline::undatedPositionsAreListedApart()
{
    const CareerTimeline timeline
        = careerTimeline(profileOf({QString(), u"2020-01..present"_s, QString(), u"2015..2019"_s}), kToday);
    QCOMPARE(timeline.undated, QList<int>({0, 2}));
    QCOMPARE(timeline.positions.size(), 2);
    QCOMPARE(timeline.positions[0].index, 1);
    QCOMPARE(timeline.positions[1].index, 3);
    QCOMPARE(written({*timeline.extent()}), QStringList {u"2015-01..2024-06"_s});
    QVERIFY(!careerTimeline(profileOf({QString()}), kToday).extent().has_value());
}

void TestTimeline::overlapsNameTheirPositions()
{
    const CareerTimeline timeline
        = careerTimeline(profileOf({u"2019-01..2019-12"_s, u"2010-01..2012-01"_s, u"2019-06..2020-06"_s}), kToday);
    QCOMPARE(timeline.overlapping, QList<QList<int>>({{0, 2}}));
}

void TestTimeline::overlappingPositionsGetTheirOwnLanes_data()
{
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<QList<int>>("lanes");
    QTest::newRow("consecutive share a lane") << QStringList {u"2020-03..present"_s, u"2018-01..2020-02"_s} << QList<int> {0, 0};
    QTest::newRow("a hand-over month shares the lane") << QStringList {u"2023-09..present"_s, u"2021-06..2023-09"_s}
                                                       << QList<int> {0, 0};
    QTest::newRow("two months together do not") << QStringList {u"2017-03..2019-09"_s, u"2014-11..2017-04"_s}
                                                << QList<int> {1, 0};
    QTest::newRow("side job on its own lane")
        << QStringList {u"2015-01..2020-12"_s, u"2017-02..2017-08"_s, u"2021-01..present"_s} << QList<int> {0, 1, 0};
}

void TestTimeline::overlappingPositionsGetTheirOwnLanes()
{
    QFETCH(QStringList, positions);
    QFETCH(QList<int>, lanes);
    QCOMPARE(careerTimeline(profileOf(positions), kToday).lanes(), lanes);
}

void TestTimeline::yearOnlyEdgesAreUncertain()
{
    const CareerTimeline timeline = careerTimeline(profileOf({u"2018..2020-03"_s}), kToday);
    const TimelineEntry &entry = timeline.positions.first();
    QVERIFY(entry.startUncertain);
    QVERIFY(!entry.endUncertain);
    QCOMPARE(written({entry.span}), QStringList {u"2018-01..2020-03"_s});
    QCOMPARE(written({entry.possible}), QStringList {u"2018-01..2020-03"_s});
    QCOMPARE(written({*entry.certain}), QStringList {u"2019-01..2020-03"_s});
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
