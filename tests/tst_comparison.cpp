// Candidates side by side: the comparison model under QAbstractItemModelTester, the
// figures it lines up, shared and unique skills, requirement matches in the list and the
// comparison, and the comparison window driven from the library with QTest.

#include "compare/comparisonmodel.h"
#include "compare/comparisonwindow.h"
#include "focusframes.h"
#include "io/profilefile.h"
#include "library/candidatetable.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"
#include "library/requirementsbar.h"
#include "mainwindow.h"
#include "pdf/exportdialog.h"
#include "timeline/timelineview.h"
#include "timeline/today.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2024, 6, 15);

const QByteArray kZoe = "# Zoë Lambert\n\nPlatform Engineer\n\n## Skills\n\n- Go, k8s, PostgreSQL, Terraform\n\n"
                        "## Experience\n\n### Platform Engineer at Nuage SA\n_Jan 2021 – present_\n\n"
                        "### Systems Engineer at Nuage SA\n_Jan 2018 – Dec 2019_\n\n"
                        "### Administrator at Cumulus SARL\n_Mar 2014 – Dec 2017_\n";
const QByteArray kRaj = "# Raj Mehta\n\nData Engineer\n\n## Skills\n\n- Python, Postgres, Spark, Golang\n\n"
                        "## Experience\n\n### Data Engineer at Flussdaten GmbH\n_Mar 2021 – present_\n\n"
                        "- Moved the loads to Kubernetes\n";
const QByteArray kInes = "# Inês Duarte\n\nBackend Developer\n\n## Skills\n\n- Go, gRPC, EKS\n\n"
                         "## Experience\n\n### Backend Developer at Maré Labs\n_2023 – present_\n";

ComparisonModel::Candidate candidate(const QString &path, const QByteArray &bytes)
{
    return {path, parseProfileBytes(path, bytes).profile};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The three candidates as files in `dir`, read by `window` as a library.
void openLibrary(MainWindow &window, const QTemporaryDir &dir)
{
    QVERIFY(writeFile(dir.filePath(u"zoe.md"_s), kZoe));
    QVERIFY(writeFile(dir.filePath(u"raj.md"_s), kRaj));
    QVERIFY(writeFile(dir.filePath(u"ines.md"_s), kInes));
    window.loader()->setCoalesceInterval(20);
    QSignalSpy finished(window.loader(), &LibraryLoader::loadingFinished);
    window.openPaths({dir.path()});
    QVERIFY(finished.wait());
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelUnderTheTester();
    void figuresLineUp();
    void sharedAndUniqueSkills();
    void requirementsScoreEachCandidate();
    void listSortsByMatch();
    void compareFromTheLibrary();
    void exportDialogPreviewsAndSaves();
    void tableHasTheRoomTimelineWhatItNeeds();
    void keyboardClosesTheWindow();
    void everyControlShowsItsFocus();

private:
    QTemporaryDir m_settings;
};

void TestComparison::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"ShortlistTests"_s);
    QCoreApplication::setApplicationName(u"tst_comparison"_s);
    setToday(QDate(2026, 6, 1)); // nothing shown may depend on the day the suite runs
}

void TestComparison::modelUnderTheTester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(kToday);
    QCOMPARE(model.addCandidates({candidate(u"zoe.md"_s, kZoe), candidate(u"raj.md"_s, kRaj)}), 2);
    QCOMPARE(model.addCandidates({candidate(u"raj.md"_s, kRaj), candidate(u"ines.md"_s, kInes)}), 1); // Raj is there
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), int(ComparisonModel::RowCount));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Raj Mehta"_s);
    QCOMPARE(model.headerData(ComparisonModel::AverageTenure, Qt::Vertical).toString(), u"Average tenure"_s);

    QVERIFY(model.moveColumn({}, 2, {}, 0)); // Inês first
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Inês Duarte"_s);
    QCOMPARE(model.index(ComparisonModel::Name, 2).data().toString(), u"Raj Mehta"_s);
    QVERIFY(model.removeColumn(1));
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.columnOfPath(u"zoe.md"_s), -1);
    model.setRequirements(parseRequirements(u"Go"_s, SkillNormalizer::standard()), SkillNormalizer::standard());
    model.clear();
    QCOMPARE(model.columnCount(), 0);
}

void TestComparison::figuresLineUp()
{
    ComparisonModel model;
    model.setToday(kToday);
    model.addCandidates({candidate(u"zoe.md"_s, kZoe), candidate(u"raj.md"_s, kRaj)});
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    // Zoë: two employers (Nuage twice), 3 yrs 6 mos + 2 yrs at Nuage and 3 yrs 10 mos at
    // Cumulus: (66 + 46) / 2 = 56 months; a one-year gap in 2020.
    QCOMPARE(cell(ComparisonModel::Employers, 0), u"2"_s);
    QCOMPARE(cell(ComparisonModel::AverageTenure, 0), u"4 yrs 8 mos"_s);
    QCOMPARE(cell(ComparisonModel::LongestGap, 0), u"1 yr"_s);
    QCOMPARE(cell(ComparisonModel::CurrentPosition, 0), u"Platform Engineer @ Nuage SA"_s);
    QCOMPARE(cell(ComparisonModel::LongestGap, 1), u"none"_s);
    QVERIFY(cell(ComparisonModel::Positions, 0).startsWith(u"Platform Engineer @ Nuage SA (2021–now)\n"_s));

    // Without any date, neither tenure nor gaps are known: never "none".
    model.addCandidates({candidate(u"ole.md"_s,
        "# Ole Udatert\n\n## Experience\n\n### Welding Engineer at Kesselwerk AS\n\n- Welded the boilers\n\n"
        "### Site Engineer at Bruverk AS\n\n- Fitted the pipes\n")});
    QCOMPARE(cell(ComparisonModel::Experience, 2), u"undated (2 positions)"_s);
    QCOMPARE(cell(ComparisonModel::AverageTenure, 2), u"unknown (no dates)"_s);
    QCOMPARE(cell(ComparisonModel::LongestGap, 2), u"unknown (no dates)"_s);
}

void TestComparison::sharedAndUniqueSkills()
{
    ComparisonModel model;
    model.setToday(kToday);
    model.addCandidates({candidate(u"zoe.md"_s, kZoe), candidate(u"raj.md"_s, kRaj), candidate(u"ines.md"_s, kInes)});
    const SkillNormalizer &skills = SkillNormalizer::standard();
    // Go is shared (Golang for Raj); PostgreSQL is not (Inês lacks it).
    QCOMPARE(model.sharedSkills(), QStringList {skills.keyOf(u"Go"_s)});
    QCOMPARE(model.uniqueSkills(0), QStringList({skills.keyOf(u"k8s"_s), skills.keyOf(u"Terraform"_s)}));
    QCOMPARE(model.uniqueSkills(1), QStringList({skills.keyOf(u"Python"_s), skills.keyOf(u"Spark"_s)}));
    const QString rich = model.index(ComparisonModel::Skills, 1).data(ComparisonModel::RichTextRole).toString();
    QVERIFY2(rich.contains(u"<span class=\"shared\">Golang</span>"_s), qPrintable(rich));
    QVERIFY(rich.contains(u"<span class=\"unique\">Spark ◆</span>"_s));
    QVERIFY(!rich.contains(u"<span class=\"unique\">Postgres"_s)); // Zoë has it too
}

void TestComparison::requirementsScoreEachCandidate()
{
    ComparisonModel model;
    model.setToday(kToday);
    model.addCandidates({candidate(u"zoe.md"_s, kZoe), candidate(u"raj.md"_s, kRaj), candidate(u"ines.md"_s, kInes)});
    const SkillNormalizer skills = SkillNormalizer::standard();
    model.setRequirements(parseRequirements(u"Go, !Kubernetes, PostgreSQL"_s, skills), skills);
    // Zoë: all met. Raj: Go, PostgreSQL met, Kubernetes only in his text. Inês: Go met;
    // Kubernetes, a must-have, missed: EKS is only related to it; PostgreSQL missed.
    QCOMPARE(model.matchOf(0)->score, 100);
    QCOMPARE(model.matchOf(1)->score, 75);
    QCOMPARE(model.matchOf(2)->score, 25);
    QCOMPARE(model.matchOf(2)->missedMustHaves, 1);
    const QString raj = model.index(ComparisonModel::Match, 1).data(ComparisonModel::RichTextRole).toString();
    QVERIFY2(raj.contains(u"½ Kubernetes! (only in the text)"_s), qPrintable(raj));
    const QString ines
        = model.index(ComparisonModel::Match, 2).data(ComparisonModel::RichTextRole).toString();
    QVERIFY2(
        ines.contains(
            u"<span class=\"missed\">✗ Kubernetes!</span> <span class=\"muted\">(related: EKS)</span>"_s),
        qPrintable(ines));
    const QString tip = model.index(ComparisonModel::Match, 2).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Missed: Kubernetes (must-have; related: EKS), PostgreSQL"_s), qPrintable(tip));
}

void TestComparison::listSortsByMatch()
{
    QTemporaryDir dir;
    QSettings().clear();
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openLibrary(window, dir);
        if (QTest::currentTestFailed())
            return;
        QAbstractItemModelTester tester(window.library(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.table()->isColumnHidden(LibraryModel::Match));

        QLineEdit *field = window.requirementsBar()->field();
        field->setFocus();
        QTest::keyClicks(field, u"Go, !Kubernetes, PostgreSQL"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!window.table()->isColumnHidden(LibraryModel::Match));
        window.table()->sortByColumn(LibraryModel::Match, Qt::DescendingOrder);
        QStringList order;
        for (int row = 0; row < window.table()->model()->rowCount(); ++row)
            order.append(window.table()->model()->index(row, LibraryModel::Name).data().toString());
        QCOMPARE(order, QStringList({u"Zoë Lambert"_s, u"Raj Mehta"_s, u"Inês Duarte"_s}));
        // Inês lists EKS, related to the must-have Kubernetes: flagged as a missed must-have.
        const QModelIndex ines = window.table()->model()->index(2, LibraryModel::Match);
        QCOMPARE(ines.data().toString(), u"25% !"_s);
        QVERIFY(ines.data(Qt::ToolTipRole).toString().contains(u"Kubernetes (must-have; related: EKS)"_s));
    }
    // The requirements are the library's: opening it again brings them back.
    MainWindow again;
    openLibrary(again, dir);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(again.requirementsBar()->text(), u"Go, !Kubernetes, PostgreSQL"_s);
    QCOMPARE(again.library()->requirements().size(), 3);
}

void TestComparison::compareFromTheLibrary()
{
    QTemporaryDir dir;
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window, dir);
    if (QTest::currentTestFailed())
        return;

    // One candidate is not a comparison.
    QVERIFY(window.compareSelected() == nullptr);

    // Ctrl+click two more rows, then Compare.
    CandidateTable *table = window.table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(table->model()->index(2, 0)).center());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
    ComparisonWindow *comparison = window.comparison();
    QVERIFY(comparison);
    QTRY_VERIFY(comparison->isVisible());
    QAbstractItemModelTester tester(comparison->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(comparison->model()->columnCount(), 2);
    QCOMPARE(comparison->timeline()->view()->timelinePainter().candidates().size(), 2);

    // Add the third.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QCOMPARE(comparison->model()->columnCount(), 3);
    const QStringList names {comparison->model()->headerData(0, Qt::Horizontal).toString(),
        comparison->model()->headerData(1, Qt::Horizontal).toString(), comparison->model()->headerData(2, Qt::Horizontal).toString()};

    // Dragging a header reorders the candidates, the shared timeline with them.
    QHeaderView *header = comparison->table()->horizontalHeader();
    header->moveSection(2, 0);
    QCOMPARE(comparison->model()->headerData(0, Qt::Horizontal).toString(), names[2]);
    QCOMPARE(header->visualIndex(0), 0); // the model moved, not just the header
    QCOMPARE(comparison->timeline()->view()->timelinePainter().candidates().first().name, names[2]);

    // Remove Candidate takes the selected one out.
    comparison->table()->selectColumn(1);
    auto *remove = comparison->findChild<QAction *>(u"removeCandidate"_s);
    auto *tools = comparison->findChild<QToolBar *>(u"comparisonTools"_s);
    QVERIFY(remove && tools);
    QTest::mouseClick(tools->widgetForAction(remove), Qt::LeftButton);
    QCOMPARE(comparison->model()->columnCount(), 2);
    QCOMPARE(comparison->timeline()->view()->timelinePainter().candidates().size(), 2);
    QVERIFY(comparison->model()->columnOfPath(dir.filePath(u"zoe.md"_s)) >= 0 || names[0] != u"Zoë Lambert"_s);

    // Requirements typed in the library score the comparison too.
    QLineEdit *field = window.requirementsBar()->field();
    field->setText(u"Go"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!comparison->table()->isRowHidden(ComparisonModel::Match));
    QVERIFY(comparison->model()->matchOf(0).has_value());

    // One per line, as pasted from a job ad.
    auto answer = std::make_unique<QTimer>();
    answer->setInterval(10);
    connect(answer.get(), &QTimer::timeout, this, [&answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        answer->stop();
        dialog->findChild<QPlainTextEdit *>(u"requirementsList"_s)->setPlainText(u"Go\n!Terraform\n\nPostgreSQL\n"_s);
        qobject_cast<QDialog *>(dialog)->accept();
    });
    answer->start();
    QTest::mouseClick(window.requirementsBar()->listButton(), Qt::LeftButton);
    QCOMPARE(window.requirementsBar()->text(), u"Go, !Terraform, PostgreSQL"_s);
    QCOMPARE(comparison->model()->matchOf(0)->matches.size(), 3);
}

void TestComparison::exportDialogPreviewsAndSaves()
{
    QTemporaryDir dir;
    QList<PdfCandidate> candidates {{dir.filePath(u"zoe.md"_s), parseProfileBytes(u"zoe.md"_s, kZoe).profile},
        {dir.filePath(u"raj.md"_s), parseProfileBytes(u"raj.md"_s, kRaj).profile}};
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    ExportDialog dialog(candidates, options);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(dialog.document()->pageCount() >= 3);
    QVERIFY(dialog.document()->getAllText(1).text().contains(u"Zoë Lambert"_s));

    // Blind: the preview is made again without names.
    QTest::mouseClick(dialog.blindBox(), Qt::LeftButton);
    QVERIFY(dialog.blindBox()->isChecked());
    QString all;
    for (int page = 0; page < dialog.document()->pageCount(); ++page)
        all += dialog.document()->getAllText(page).text();
    QVERIFY(!all.contains(u"Zoë"_s) && !all.contains(u"Raj"_s));
    QVERIFY(all.contains(u"Candidate B"_s));

    dialog.pageSizeBox()->setCurrentIndex(1); // Letter
    QCOMPARE(dialog.document()->pagePointSize(0).toSize(), QSize(612, 792));

    const QString path = dir.filePath(u"panel.pdf"_s);
    QVERIFY(dialog.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), dialog.pdf());
}

// Three candidates in a window of the default size: the table of figures, the reason to open
// the window, shows most of its rows; the timeline takes what its lanes need and no more.
void TestComparison::tableHasTheRoomTimelineWhatItNeeds()
{
    QTemporaryDir dir;
    QStringList paths;
    for (const auto &[name, bytes] :
        {std::pair {u"zoe.md"_s, kZoe}, {u"raj.md"_s, kRaj}, {u"ines.md"_s, kInes}}) {
        QVERIFY(writeFile(dir.filePath(name), bytes));
        paths.append(dir.filePath(name));
    }
    ComparisonWindow window;
    window.addFiles(paths);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.table();
    TimelineView *timeline = window.timeline()->view();
    QVERIFY(timeline->isVisible());
    QVERIFY2(table->height() > window.timeline()->height(),
        qPrintable(u"table %1, timeline %2"_s.arg(table->height()).arg(window.timeline()->height())));
    QVERIFY2(timeline->height() <= timeline->heightForWidth(timeline->width()) + 2,
        qPrintable(u"timeline %1 for %2 needed"_s.arg(timeline->height())
                       .arg(timeline->heightForWidth(timeline->width()))));
    // Every row down to the skills, the positions begun at least.
    const int skillsBottom
        = table->rowViewportPosition(ComparisonModel::Skills) + table->rowHeight(ComparisonModel::Skills);
    QVERIFY2(skillsBottom < table->viewport()->height()
            && table->rowViewportPosition(ComparisonModel::Positions) < table->viewport()->height(),
        qPrintable(u"rows to %1 in %2"_s.arg(skillsBottom).arg(table->viewport()->height())));
}

void TestComparison::keyboardClosesTheWindow()
{
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        ComparisonWindow window;
        window.model()->addCandidates({candidate(u"zoe.md"_s, kZoe), candidate(u"raj.md"_s, kRaj)});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.table()->setFocus();
        // Tab leaves the table (the arrows move in it), Shift+Tab comes back.
        QTest::keyClick(window.table(), Qt::Key_Tab);
        QVERIFY(!window.table()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(window.table()->hasFocus());
        QTest::keySequence(window.table(), keys);
        QVERIFY2(!window.isVisible(), qPrintable(keys.toString()));
    }
}

void TestComparison::everyControlShowsItsFocus()
{
    ComparisonWindow window;
    window.model()->addCandidates({candidate(u"zoe.md"_s, kZoe), candidate(u"raj.md"_s, kRaj)});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.table()->setCurrentIndex(window.model()->index(ComparisonModel::Name, 0));
    const QStringList unseen = controlsWithoutVisibleFocus(&window);
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u", "_s)));
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
