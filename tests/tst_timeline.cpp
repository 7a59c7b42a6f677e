// The interval maths under the timeline and the export's gaps and overlaps.

#include "datedpositions.h"
#include "profile/profile.h"
#include "timeline/careertimeline.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

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

// Overlaps as their definition reads, pair by pair: the months two positions both
// certainly cover, unless they share only the month one ends and the other starts in;
// touching months are one overlap. Quadratic, for small careers only.
std::map<int, std::set<int>> overlapsPairByPair(const CareerTimeline &timeline)
{
    std::map<int, std::set<int>> byMonth; // month -> positions sharing it
    const QList<TimelineEntry> &entries = timeline.positions;
    for (qsizetype a = 0; a < entries.size(); ++a) {
        for (qsizetype b = a + 1; b < entries.size(); ++b) {
            const TimelineEntry &x = entries[a], &y = entries[b];
            if (!x.certain || !y.certain)
                continue;
            const int first = std::max(x.certain->first, y.certain->first);
            const int last = std::min(x.certain->last, y.certain->last);
            const bool handOver = first == last
                && ((x.span.last == first && y.span.first == first)
                    || (y.span.last == first && x.span.first == first));
            for (int month = first; month <= last && !handOver; ++month) {
                byMonth[month].insert(x.index);
                byMonth[month].insert(y.index);
            }
        }
    }
    return byMonth;
}

// The same overlaps as the timeline gives them: "2019-06..2019-12: 0 2" each, oldest first.
QStringList writtenOverlaps(const CareerTimeline &timeline)
{
    QStringList list;
    for (qsizetype i = timeline.overlaps.size() - 1; i >= 0; --i) {
        QStringList positions;
        for (int p : timeline.overlapping[i])
            positions.append(QString::number(p));
        list.append(written({timeline.overlaps[i]}).first() + u": "_s + positions.join(u' '));
    }
    return list;
}

QStringList writtenOverlaps(const std::map<int, std::set<int>> &byMonth)
{
    QStringList list;
    for (auto it = byMonth.begin(); it != byMonth.end();) {
        const int first = it->first;
        int last = first;
        std::set<int> positions;
        for (; it != byMonth.end() && it->first <= last + 1; ++it) {
            last = it->first;
            positions.insert(it->second.begin(), it->second.end());
        }
        QStringList names;
        for (int p : positions)
            names.append(QString::number(p));
        list.append(written({{first, last}}).first() + u": "_s + names.join(u' '));
    }
    return list;
}

// A position's dates as datedPosition() reads them, drawn at random around 2015-2024:
// month or year edges, ongoing, or a single date.
QString randomDates(QRandomGenerator &random)
{
    const auto date = [&random](int year, bool withMonth) {
        return withMonth ? u"%1-%2"_s.arg(year).arg(random.bounded(1, 13), 2, 10, QLatin1Char('0'))
                         : QString::number(year);
    };
    const int start = random.bounded(2015, 2024);
    switch (random.bounded(6)) {
    case 0: return date(start, random.bounded(3) != 0) + u"..present"_s;
    case 1: return date(start, random.bounded(2) != 0);
    default:
        return date(start, random.bounded(4) != 0) + u".."_s
            + date(start + random.bounded(3), random.bounded(4) != 0);
    }
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
    void overlapsAreThoseOfEveryPair();
    void manyPositionsTakeLittleTime_data();
    void manyPositionsTakeLittleTime();
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

void TestTimeline::overlapsAreThoseOfEveryPair()
{
    QRandomGenerator random(16); // the same careers every run
    for (int career = 0; career < 2000; ++career) {
        QStringList positions;
        const int count = random.bounded(2, 9);
        for (int i = 0; i < count; ++i)
            positions.append(randomDates(random));
        const CareerTimeline timeline = careerTimeline(profileOf(positions), kToday);
        const QStringList expected = writtenOverlaps(overlapsPairByPair(timeline));
        if (writtenOverlaps(timeline) != expected)
            qWarning() << "career" << positions;
        QCOMPARE(writtenOverlaps(timeline), expected);
    }
}

void TestTimeline::manyPositionsTakeLittleTime_data()
{
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<QStringList>("gaps");
    QTest::addColumn<QStringList>("overlaps");
    QTest::addColumn<int>("lanes");
    const int count = 8000;
    QStringList all;
    for (int i = 0; i < count; ++i)
        all.append(QString::number(i));
    QTest::newRow("8,000 times the same position")
        << QStringList(count, u"2015-03..2019-10"_s) << QStringList {}
        << QStringList {u"2015-03..2019-10: "_s + all.join(u' ')} << count;
    // Each month of 2010-2019 starts a position of 80 months and of one, and ends one of 12:
    // hand-overs everywhere, overlaps all along.
    QStringList mixed;
    for (int i = 0; i < count; ++i) {
        const int month = 2010 * 12 + (i % 120);
        const int length = i % 3 == 0 ? 80 : i % 3 == 1 ? 1 : 12;
        mixed.append(isoMonth(month) + u".."_s + isoMonth(month + length - 1));
    }
    QTest::newRow("8,000 positions starting across ten years")
        << mixed << QStringList {} << QStringList {u"2010-01..2024-06: "_s + all.join(u' ')} << -1;
}

void TestTimeline::manyPositionsTakeLittleTime()
{
    QFETCH(QStringList, positions);
    QFETCH(QStringList, gaps);
    QFETCH(QStringList, overlaps);
    QFETCH(int, lanes);
    const Profile profile = profileOf(positions);
    QElapsedTimer timer;
    timer.start();
    const CareerTimeline timeline = careerTimeline(profile, kToday);
    const QList<int> lane = timeline.lanes();
    // Linear-logarithmic takes milliseconds; the pair-by-pair merge took minutes.
    QCOMPARE_LT(timer.elapsed(), 2000);
    QCOMPARE(written(timeline.gaps), gaps);
    QCOMPARE(writtenOverlaps(timeline), overlaps);
    if (lanes >= 0)
        QCOMPARE(*std::max_element(lane.begin(), lane.end()) + 1, lanes);
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
