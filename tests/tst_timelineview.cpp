// The timeline as drawn and as used: the painter rendered to an image with bars at the
// x of their months, and the widget driven with QTest (hover, click, zoom, fit), in the
// reading view and the editor.

#include "editor/codeeditor.h"
#include "editor/editorpane.h"
#include "io/profilefile.h"
#include "library/libraryloader.h"
#include "mainwindow.h"
#include "profileview.h"
#include "timeline/timelineview.h"
#include "timeline/today.h"

#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2024, 6, 15);

Position position(const QString &title, const QString &company, PartialDate start, PartialDate end, bool ongoing = false)
{
    Position p;
    p.title.value = title;
    p.company.value = company;
    p.start.value = start;
    p.end.value = end;
    p.ongoing = ongoing;
    return p;
}

// Two positions with a year's gap between them, and one undated.
Profile sampleProfile()
{
    Profile profile;
    profile.basics.name.value = u"Ada Example"_s;
    profile.work.append(position(u"Lead"_s, u"Beta"_s, {2021, 1}, {2021, 6}));
    profile.work.append(position(u"Engineer"_s, u"Alpha"_s, {2019, 1}, {2019, 12}));
    profile.work.append(position(u"Consultant"_s, u"Gamma"_s, {}, {}));
    return profile;
}

QPalette testPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x80, 0xE0));
    return palette;
}

const QByteArray kZoe = "# Zoë Lambert\n\nPlatform Engineer\n\n## Experience\n\n"
                        "### Platform Engineer at Nuage SA\n_Jan 2018 – present_\n\n- Ran the clusters\n\n"
                        "### Systems Administrator at Cumulus SARL\n_Mar 2014 – Dec 2016_\n\n- Patched servers\n";

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void barsLandAtTheXOfTheirMonths();
    void undatedOnlyCareerReadsAsAList();
    void aListLongerThanTheRectangleSaysHowManyItLeavesOut();
    void aLongListLeavesRoomForTheNextCandidate();
    void hoverShowsThePositionsDetails();
    void clickSelectsThePosition();
    void ctrlWheelZoomsAndFitRestores();
    void clickInReadingViewSelectsInTheProfile();
    void clickInEditorSelectsInTheText();

private:
    QTemporaryDir m_settings;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"ShortlistTests"_s);
    QCoreApplication::setApplicationName(u"tst_timelineview"_s);
    setToday(QDate(2026, 6, 1)); // nothing shown may depend on the day the suite runs
}

void TestTimelineView::barsLandAtTheXOfTheirMonths()
{
    TimelinePainter painter;
    painter.setPalette(testPalette());
    painter.setFont(QFont(u"DejaVu Sans"_s, 9));
    painter.setCandidates({{u"Ada"_s, sampleProfile()}}, kToday);
    // 36 months, January 2019 to December 2021.
    painter.setVisibleMonths({2019 * 12, 2021 * 12 + 11});
    QImage image(1000, int(painter.heightFor(1000)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(&p, QRectF(image.rect()));
    p.end();

    const QRectF axis = painter.axisRect();
    const qreal perMonth = axis.width() / 36;
    QCOMPARE(painter.xForMonth(2019 * 12), axis.left());
    QCOMPARE(painter.xForMonth(2022 * 12), axis.right());

    QRectF engineer, lead, gap;
    for (const TimelinePainter::Item &item : painter.items()) {
        if (item.kind == TimelinePainter::Item::Kind::Position)
            (item.index == 1 ? engineer : lead) = item.rect;
        if (item.kind == TimelinePainter::Item::Kind::Gap)
            gap = item.rect;
    }
    QVERIFY(engineer.isValid() && lead.isValid() && gap.isValid());
    QCOMPARE(engineer.left(), axis.left());
    QVERIFY(qAbs(engineer.right() - (axis.left() + 12 * perMonth)) < 0.01);
    QVERIFY(qAbs(lead.left() - (axis.left() + 24 * perMonth)) < 0.01);
    QVERIFY(qAbs(lead.right() - (axis.left() + 30 * perMonth)) < 0.01);
    QVERIFY(qAbs(gap.left() - engineer.right()) < 0.01 && qAbs(gap.right() - lead.left()) < 0.01);

    // The pixels say the same: bar colour inside the bars, not white; white after the
    // last one; the gap hatched (some ink, far from all).
    const int y = int(engineer.center().y());
    auto inked = [&](int x) { return image.pixelColor(x, y) != QColor(Qt::white); };
    QVERIFY(inked(int(engineer.left() + perMonth * 6)));
    QVERIFY(inked(int(lead.left() + perMonth * 3)));
    QVERIFY(!inked(int(lead.right() + perMonth * 3)));
    int ink = 0;
    for (int x = int(gap.left()) + 3; x < int(gap.right()) - 3; ++x)
        ink += inked(x);
    QVERIFY2(ink > 0 && ink < int(gap.width()) / 2, qPrintable(QString::number(ink)));
    // The undated position is listed beside the axis, not placed on it.
    bool listed = false;
    for (const TimelinePainter::Item &item : painter.items())
        listed = listed || (item.kind == TimelinePainter::Item::Kind::Undated && item.index == 2 && item.rect.left() > axis.right());
    QVERIFY(listed);
}

void TestTimelineView::undatedOnlyCareerReadsAsAList()
{
    Profile profile;
    for (int i = 0; i < 5; ++i)
        profile.work.append(position(u"Engineer %1"_s.arg(i), u"Company %1"_s.arg(i), {}, {}));
    TimelinePainter painter;
    painter.setPalette(testPalette());
    painter.setCandidates({{u"Undated"_s, profile}}, kToday);
    QImage image(600, int(painter.heightFor(600)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(&p, QRectF(image.rect()));
    p.end();
    QList<int> order;
    for (const TimelinePainter::Item &item : painter.items()) {
        QCOMPARE(item.kind, TimelinePainter::Item::Kind::Undated);
        order.append(item.index);
        QVERIFY(item.rect.width() > 400); // the whole width: nothing is on an axis
    }
    QCOMPARE(order, QList<int>({0, 1, 2, 3, 4}));
    // Each line has ink on it.
    for (const TimelinePainter::Item &item : painter.items()) {
        int ink = 0;
        for (int x = 0; x < 200; ++x)
            ink += image.pixelColor(int(item.rect.left()) + x, int(item.rect.center().y())) != QColor(Qt::white);
        QVERIFY(ink > 5);
    }
}

// A page has room for so many lines: the rest are counted, never drawn past its edge.
void TestTimelineView::aListLongerThanTheRectangleSaysHowManyItLeavesOut()
{
    Profile profile;
    for (int i = 0; i < 40; ++i)
        profile.work.append(position(u"Engineer %1"_s.arg(i), u"Company %1"_s.arg(i), {}, {}));
    TimelinePainter painter;
    painter.setPalette(testPalette());
    painter.setCandidates({{u"Undated"_s, profile}}, kToday);
    QVERIFY(painter.heightFor(600) > 300);
    QImage image(600, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(&p, QRectF(image.rect()));
    p.end();
    const qsizetype listed = painter.items().size();
    QVERIFY(listed > 5 && listed < 40);
    for (const TimelinePainter::Item &item : painter.items())
        QVERIFY(QRectF(image.rect()).contains(item.rect));
    QCOMPARE(painter.unlistedCount(0), 40 - listed);
    // The count's line, under the last listed one, has ink on it and is inside the image.
    const qreal below = painter.items().constLast().rect.bottom() + 1;
    QVERIFY(below + 10 < image.height());
    int ink = 0;
    for (int x = 0; x < 200; ++x)
        ink += image.pixelColor(int(painter.items().constLast().rect.left()) + x, int(below + 8)) != QColor(Qt::white);
    QVERIFY(ink > 5);

    // With room for all, none is left out.
    painter.layout(QRectF(0, 0, 600, painter.heightFor(600)));
    QCOMPARE(painter.items().size(), 40);
    QCOMPARE(painter.unlistedCount(0), 0);
}

// Several careers on one axis (the PDF's comparison): a long list is cut so that the next
// candidate's bars still fit, each under its own name.
void TestTimelineView::aLongListLeavesRoomForTheNextCandidate()
{
    Profile undated;
    for (int i = 0; i < 60; ++i)
        undated.work.append(position(u"Consultant"_s, u"Client %1"_s.arg(i), {}, {}));
    TimelinePainter painter;
    painter.setPalette(testPalette());
    painter.setCandidates({{u"Una"_s, undated}, {u"Ada"_s, sampleProfile()}}, kToday);
    const QRectF rect(0, 0, 600, 360);
    QVERIFY(painter.heightFor(600) > rect.height());
    painter.layout(rect);
    qsizetype listed = 0;
    qsizetype adasBars = 0;
    for (const TimelinePainter::Item &item : painter.items()) {
        QVERIFY2(rect.contains(item.rect), qPrintable(u"item of candidate %1 outside"_s.arg(item.candidate)));
        listed += item.candidate == 0 && item.kind == TimelinePainter::Item::Kind::Undated;
        adasBars += item.candidate == 1 && item.kind == TimelinePainter::Item::Kind::Position;
    }
    QVERIFY(listed > 3 && listed < 60);
    QCOMPARE(painter.unlistedCount(0), 60 - listed);
    QCOMPARE(adasBars, 2);
}

void TestTimelineView::hoverShowsThePositionsDetails()
{
    TimelineView view;
    view.resize(900, 160);
    view.setCandidates({{u"Ada"_s, sampleProfile()}}, kToday);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.timelinePainter().layout(view.rect());
    QRectF engineer;
    for (const TimelinePainter::Item &item : view.timelinePainter().items()) {
        if (item.kind == TimelinePainter::Item::Kind::Position && item.index == 1)
            engineer = item.rect;
    }
    const QPoint at = engineer.center().toPoint();
    QTest::mouseMove(&view, at);
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Engineer @ Alpha"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"1 yr"_s));
    QToolTip::hideText();
}

void TestTimelineView::clickSelectsThePosition()
{
    TimelineView view;
    view.resize(900, 160);
    view.setCandidates({{u"Ada"_s, sampleProfile()}}, kToday);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &TimelineView::positionActivated);
    view.timelinePainter().layout(view.rect());
    for (const TimelinePainter::Item &item : view.timelinePainter().items()) {
        if (item.kind == TimelinePainter::Item::Kind::Position || item.kind == TimelinePainter::Item::Kind::Undated)
            QTest::mouseClick(&view, Qt::LeftButton, {}, item.rect.center().toPoint());
    }
    QCOMPARE(activated.size(), 3);
    QList<int> indexes;
    for (const QList<QVariant> &args : std::as_const(activated))
        indexes.append(args.at(1).toInt());
    std::sort(indexes.begin(), indexes.end());
    QCOMPARE(indexes, QList<int>({0, 1, 2}));
}

void TestTimelineView::ctrlWheelZoomsAndFitRestores()
{
    TimelinePanel panel;
    panel.resize(900, 200);
    TimelineView *view = panel.view();
    view->setCandidates({{u"Ada"_s, sampleProfile()}}, kToday);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const MonthSpan full = view->timelinePainter().visibleMonths();
    QCOMPARE(full, *view->timelinePainter().fullRange());

    const QPointF at(view->width() / 3.0, view->height() / 2.0);
    auto monthUnder = [view](qreal x) {
        const TimelinePainter &painter = view->timelinePainter();
        const QRectF axis = painter.axisRect();
        const MonthSpan visible = painter.visibleMonths();
        return visible.first + (x - axis.left()) / axis.width() * visible.months();
    };
    view->timelinePainter().layout(view->rect());
    const double before = monthUnder(at.x());
    for (int i = 0; i < 6; ++i) {
        QWheelEvent wheel(at, view->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
    }
    const MonthSpan zoomed = view->timelinePainter().visibleMonths();
    QVERIFY2(zoomed.months() < full.months() / 3, qPrintable(QString::number(zoomed.months())));
    // Zoomed around the mouse: the month under it stays under it.
    view->timelinePainter().layout(view->rect());
    QVERIFY2(qAbs(monthUnder(at.x()) - before) < 1.5, qPrintable(u"%1 %2"_s.arg(before).arg(monthUnder(at.x()))));

    // A wheel without Ctrl now scrolls through time.
    QWheelEvent scroll(at, view->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &scroll);
    QVERIFY(view->timelinePainter().visibleMonths().first > zoomed.first);
    QCOMPARE(view->timelinePainter().visibleMonths().months(), zoomed.months());

    QTest::mouseClick(panel.fitButton(), Qt::LeftButton);
    QCOMPARE(view->timelinePainter().visibleMonths(), full);
}

void TestTimelineView::clickInReadingViewSelectsInTheProfile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"zoe.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kZoe) == kZoe.size());
    file.close();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.loader(), &LibraryLoader::loadingFinished);
    window.openPaths({dir.path()});
    QVERIFY(finished.wait());
    QTRY_VERIFY(window.timeline()->isVisible());

    TimelineView *view = window.timeline()->view();
    view->timelinePainter().layout(view->rect());
    for (const TimelinePainter::Item &item : view->timelinePainter().items()) {
        if (item.kind == TimelinePainter::Item::Kind::Position && item.index == 1)
            QTest::mouseClick(view, Qt::LeftButton, {}, item.rect.center().toPoint());
    }
    const QString selected = window.profileView()->textCursor().selectedText();
    QVERIFY2(selected.contains(u"Systems Administrator"_s), qPrintable(selected));
    QVERIFY(!selected.contains(u"Platform Engineer"_s));
}

void TestTimelineView::clickInEditorSelectsInTheText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"zoe.md"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kZoe) == kZoe.size());
    file.close();
    EditorPane pane;
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.open(path));
    TimelineView *view = pane.timeline()->view();
    QTRY_VERIFY(view->width() > 100);
    view->timelinePainter().layout(view->rect());
    bool clicked = false;
    for (const TimelinePainter::Item &item : view->timelinePainter().items()) {
        if (item.kind == TimelinePainter::Item::Kind::Position && item.index == 1) {
            QTest::mouseClick(view, Qt::LeftButton, {}, item.rect.center().toPoint());
            clicked = true;
        }
    }
    QVERIFY(clicked);
    const QString selected = pane.textEditor()->textCursor().selectedText();
    QVERIFY2(selected.startsWith(u"Systems Administrator at Cumulus SARL"_s), qPrintable(selected));
    QVERIFY(selected.contains(u"Patched servers"_s) && !selected.contains(u"Nuage"_s));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
