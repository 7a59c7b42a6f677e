// The library window driven as a person would: open a folder, search, filter, select,
// and watch the list follow the disk.

#include "about/identity.h"
#include "compare/skillnormalizer.h"
#include "dialoganswer.h"
#include "editor/editorpane.h"
#include "import/documentimport.h"
#include "originalview.h"
#include "focusframes.h"
#include "io/profilefile.h"
#include "io/recovery.h"
#include "library/candidatetable.h"
#include "library/filterbar.h"
#include "library/libraryfilter.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"
#include "library/problemspanel.h"
#include "library/skillpicker.h"
#include "mainwindow.h"
#include "profilehtml.h"
#include "profileview.h"
#include "timeline/timelineview.h"
#include "timeline/today.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

// The day experience is counted to: Zoë has 8 years, Raj 5 and Inês 3 (4 from 2027 on).
const QDate kToday(2026, 6, 1);

const QByteArray kZoe = "# Zoë Lambert\n\nPlatform Engineer\n\nLyon, France\n\n## Skills\n\n"
                        "- Go, Kubernetes, PostgreSQL\n\n## Experience\n\n"
                        "### Platform Engineer at Nuage SA\n_Jan 2018 – present_\n\n"
                        "- Ran the Kubernetes clusters\n";
const QByteArray kRaj = "# Raj Mehta\n\nData Engineer\n\nBerlin, Germany\n\n## Skills\n\n"
                        "- Python, PostgreSQL, Spark\n\n## Experience\n\n"
                        "### Data Engineer at Flussdaten GmbH\n_Mar 2021 – present_\n\n"
                        "- Built the nightly loads\n";
const QByteArray kInes = "# Inês Duarte\n\nBackend Developer\n\nLisbon, Portugal\n\n## Skills\n\n"
                         "- Go, gRPC\n\n## Experience\n\n### Backend Developer at Maré Labs\n_2023 – present_\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList namesListed(const MainWindow &window)
{
    QStringList names;
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, LibraryModel::Name).data().toString());
    return names;
}

QString currentName(const MainWindow &window)
{
    return window.table()->currentIndex().siblingAtColumn(LibraryModel::Name).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensAFolderAndShowsTheFirstProfile();
    void searchFieldFiltersAsYouType();
    void skillsAndExperienceFilters();
    void experienceIsCountedToTheDayGiven();
    void undatedCandidatesHiddenByExperienceAreCounted();
    void clickingARowShowsThatProfile();
    void clearingTheFiltersKeepsTheSelection();
    void profilePaneFollowsTheFilteredList();
    void addFilesJoinsTheLibrary();
    void listFollowsTheDisk();
    void profileViewReadsTheFile();
    void profileViewSaysWhenTheFileNoLongerReads();
    void filesThatFailAreListedAsProblems();
    void columnsAndLibraryPersist();
    void keyboardReachesTheList();
    void editMenuUndoesTheTextInFocus();
    void everyControlShowsItsFocus();
    void aboutNamesTheVersionAndLicence();
    void fileReadAsWindows1252IsListedWithItsWarning();
    void readmeAndManPageNameTheRealFolders();
    void editingAnImportedFileAsksThenEditsItsMarkdown();
    void originalPdfIsShownBesideItsProfile();

private:
    void openLibrary(MainWindow &window);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"ShortlistTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    setToday(kToday);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(m_dir->filePath(u"zoe.md"_s), kZoe));
    QVERIFY(writeFile(m_dir->filePath(u"raj.md"_s), kRaj));
    QVERIFY(writeFile(m_dir->filePath(u"ines.md"_s), kInes));
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::openLibrary(MainWindow &window)
{
    window.loader()->setCoalesceInterval(20);
    QSignalSpy finished(window.loader(), &LibraryLoader::loadingFinished);
    window.openPaths({m_dir->path()});
    QVERIFY(finished.wait());
}

void TestMainWindow::opensAFolderAndShowsTheFirstProfile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    QCOMPARE(namesListed(window), QStringList({u"Inês Duarte"_s, u"Raj Mehta"_s, u"Zoë Lambert"_s}));
    QCOMPARE(currentName(window), u"Inês Duarte"_s);
    QVERIFY(window.profileView()->toPlainText().contains(u"Maré Labs"_s));
    QCOMPARE(window.filterBar()->matchLabel()->text(), u"3 candidates"_s);
    QVERIFY(window.windowTitle().contains(QFileInfo(m_dir->path()).fileName()));
}

void TestMainWindow::searchFieldFiltersAsYouType()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(window.filterBar()->searchField()->hasFocus());
    QTest::keyClicks(window.filterBar()->searchField(), u"kubern"_s);

    QCOMPARE(namesListed(window), QStringList {u"Zoë Lambert"_s});
    QCOMPARE(window.filterBar()->matchLabel()->text(), u"1 of 3"_s);

    // Accents and case do not matter.
    window.filterBar()->searchField()->clear();
    QTest::keyClicks(window.filterBar()->searchField(), u"MARE"_s);
    QCOMPARE(namesListed(window), QStringList {u"Inês Duarte"_s});
}

void TestMainWindow::skillsAndExperienceFilters()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    SkillPicker *skills = window.filterBar()->skillPicker();
    const QStringList offered = skills->offeredSkills();
    QCOMPARE(offered.mid(0, 2), QStringList({u"Go (2)"_s, u"PostgreSQL (2)"_s}));
    skills->setChosenSkills({u"go"_s});
    QCOMPARE(namesListed(window), QStringList({u"Inês Duarte"_s, u"Zoë Lambert"_s}));
    skills->setChosenSkills({u"go"_s, u"postgresql"_s});
    QCOMPARE(namesListed(window), QStringList {u"Zoë Lambert"_s});
    skills->setChosenSkills({});

    QSpinBox *years = window.filterBar()->minimumYearsField();
    years->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(years, Qt::Key_Up);
    QCOMPARE(years->value(), 4);
    QCOMPARE(namesListed(window), QStringList({u"Raj Mehta"_s, u"Zoë Lambert"_s}));

    window.filterBar()->locationField()->setEditText(u"germany"_s);
    QCOMPARE(namesListed(window), QStringList {u"Raj Mehta"_s});
}

void TestMainWindow::experienceIsCountedToTheDayGiven()
{
    // Inês started in 2023: three years by the suite's day, four from January 2027.
    setToday(QDate(2027, 1, 1));
    const auto restore = qScopeGuard([] { setToday(kToday); });
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    window.filterBar()->minimumYearsField()->setValue(4);
    QCOMPARE(namesListed(window), QStringList({u"Inês Duarte"_s, u"Raj Mehta"_s, u"Zoë Lambert"_s}));
}

void TestMainWindow::undatedCandidatesHiddenByExperienceAreCounted()
{
    QVERIFY(writeFile(m_dir->filePath(u"olek.md"_s),
        "# Olek Bezdat\n\nWelder\n\n## Experience\n\n### Site Engineer at Kotlarnia Sp. z o.o.\n\n- Welded "
        "the boilers\n"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QCOMPARE(window.filterBar()->matchLabel()->text(), u"4 candidates"_s);

    // His experience is unknown, not short: the count says he is hidden, and why.
    window.filterBar()->minimumYearsField()->setValue(4);
    QCOMPARE(namesListed(window), QStringList({u"Raj Mehta"_s, u"Zoë Lambert"_s}));
    QCOMPARE(window.filterBar()->matchLabel()->text(), u"2 of 4 · 1 undated hidden"_s);
    QVERIFY(window.filterBar()->matchLabel()->toolTip().contains(u"no dates"_s));

    window.filterBar()->minimumYearsField()->setValue(0);
    QCOMPARE(window.filterBar()->matchLabel()->text(), u"4 candidates"_s);
    QVERIFY(window.filterBar()->matchLabel()->toolTip().isEmpty());
}

void TestMainWindow::clickingARowShowsThatProfile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    CandidateTable *table = window.table();
    const QRect rect = table->visualRect(table->model()->index(1, LibraryModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());

    QCOMPARE(currentName(window), u"Raj Mehta"_s);
    const QString shown = window.profileView()->toPlainText();
    QVERIFY(shown.contains(u"Raj Mehta"_s));
    QVERIFY(shown.contains(u"Flussdaten GmbH"_s));
    QVERIFY(shown.contains(u"Built the nightly loads"_s));
    QCOMPARE(window.currentPath(), m_dir->filePath(u"raj.md"_s));
}

void TestMainWindow::clearingTheFiltersKeepsTheSelection()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QVERIFY(window.selectPath(m_dir->filePath(u"zoe.md"_s)));

    // A search that keeps the selected row keeps it selected...
    QTest::keyClicks(window.filterBar()->searchField(), u"kubern"_s);
    QCOMPARE(namesListed(window), QStringList {u"Zoë Lambert"_s});
    QCOMPARE(currentName(window), u"Zoë Lambert"_s);

    // ...and clearing it brings the other rows back around it, still selected.
    window.filterBar()->clearAll();
    QCOMPARE(namesListed(window).size(), 3);
    QCOMPARE(currentName(window), u"Zoë Lambert"_s);
    QVERIFY(window.table()->selectionModel()->isRowSelected(window.table()->currentIndex().row(), {}));
    QVERIFY(window.profileView()->toPlainText().contains(u"Zoë Lambert"_s));
}

void TestMainWindow::profilePaneFollowsTheFilteredList()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QVERIFY(window.selectPath(m_dir->filePath(u"zoe.md"_s)));

    // A search that hides the profile on screen takes it out of the pane: the list's
    // first row takes its place, selected.
    QTest::keyClicks(window.filterBar()->searchField(), u"flussdaten"_s);
    QCOMPARE(namesListed(window), QStringList {u"Raj Mehta"_s});
    QCOMPARE(currentName(window), u"Raj Mehta"_s);
    QCOMPARE(window.currentPath(), m_dir->filePath(u"raj.md"_s));
    QVERIFY(window.profileView()->toPlainText().contains(u"Flussdaten GmbH"_s));
    QVERIFY(!window.profileView()->toPlainText().contains(u"Zoë Lambert"_s));

    // Nothing left in the list: nothing in the pane but the reason.
    QTest::keyClicks(window.filterBar()->searchField(), u" cobol"_s);
    QCOMPARE(namesListed(window), QStringList());
    QVERIFY(window.currentPath().isEmpty());
    QCOMPARE(window.profileView()->toPlainText(), u"No candidate matches the search and filters."_s);
    QVERIFY(!window.timeline()->isVisible());

    // The list back: the pane shows its first row again.
    window.filterBar()->clearAll();
    QCOMPARE(currentName(window), u"Inês Duarte"_s);
    QVERIFY(window.profileView()->toPlainText().contains(u"Maré Labs"_s));
}

void TestMainWindow::addFilesJoinsTheLibrary()
{
    QTemporaryDir elsewhere;
    const QString ana = elsewhere.filePath(u"ana.md"_s);
    QVERIFY(writeFile(ana, "# Ana Sousa\n\nDesigner\n\nPorto, Portugal\n"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QVERIFY(window.selectPath(m_dir->filePath(u"raj.md"_s)));

    // Ctrl+O asks for files and adds them: the candidates already open stay.
    QString title;
    DialogAnswer answer([&](QWidget *dialog) {
        title = dialog->windowTitle();
        // The path goes into the file name field, where a person would type it:
        // selectFile() leaves that field alone once it has the focus, which it gets at a
        // moment of the window system's choosing (one run in three on Qt 6.8 hung here).
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(ana);
        if (auto *modal = qobject_cast<QDialog *>(dialog))
            modal->accept(); // QFileDialog::accept(), which reads the selection
    });
    QTest::keySequence(&window, QKeySequence::Open);
    QVERIFY(answer.answered());
    QTRY_COMPARE(namesListed(window),
        QStringList({u"Ana Sousa"_s, u"Inês Duarte"_s, u"Raj Mehta"_s, u"Zoë Lambert"_s}));
    QCOMPARE(currentName(window), u"Raj Mehta"_s);
    QCOMPARE(title, u"Add Files"_s);
    QVERIFY(window.windowTitle().contains(u"and 1 more"_s));
}

void TestMainWindow::listFollowsTheDisk()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QVERIFY(window.selectPath(m_dir->filePath(u"raj.md"_s)));

    QVERIFY(writeFile(m_dir->filePath(u"ana.md"_s), "# Ana Sousa\n\nDesigner\n"));
    QTRY_VERIFY(namesListed(window).contains(u"Ana Sousa"_s));

    QByteArray edited = kRaj;
    edited.replace("Raj Mehta", "Raj K. Mehta");
    QVERIFY(writeFile(m_dir->filePath(u"raj.md"_s), edited));
    QTRY_VERIFY(namesListed(window).contains(u"Raj K. Mehta"_s));
    // The profile on screen is the one on disk.
    QTRY_VERIFY(window.profileView()->toPlainText().contains(u"Raj K. Mehta"_s));

    QVERIFY(QFile::remove(m_dir->filePath(u"zoe.md"_s)));
    QTRY_VERIFY(!namesListed(window).contains(u"Zoë Lambert"_s));
    QCOMPARE(namesListed(window).size(), 3);
}

void TestMainWindow::profileViewReadsTheFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    // The list keeps no highlights...
    const QString raj = m_dir->filePath(u"raj.md"_s);
    const LibraryEntry &entry = window.library()->entry(window.library()->rowOfPath(raj));
    QCOMPARE(entry.profile.work.size(), 1);
    QVERIFY(entry.profile.work.first().highlights.isEmpty());
    // ...the view of the selected profile shows them, as they are on disk.
    QVERIFY(window.selectPath(raj));
    QCOMPARE(window.profileView()->path(), raj);
    QVERIFY(window.profileView()->toPlainText().contains(u"Built the nightly loads"_s));

    QByteArray edited = kRaj;
    edited.replace("Built the nightly loads", "Built the hourly loads");
    QVERIFY(writeFile(raj, edited));
    QTRY_VERIFY(window.profileView()->toPlainText().contains(u"Built the hourly loads"_s));
    QVERIFY(!window.profileView()->toPlainText().contains(u"nightly"_s));
    QCOMPARE(currentName(window), u"Raj Mehta"_s);
}

void TestMainWindow::profileViewSaysWhenTheFileNoLongerReads()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    // The file breaks before the list notices: selecting its row reads it, and says why not.
    window.loader()->setCoalesceInterval(60 * 60 * 1000);
    const QString raj = m_dir->filePath(u"raj.md"_s);
    QVERIFY(writeFile(raj, QByteArray("\0\0\0binary", 9)));
    const QString error = loadProfileFile(raj).error;
    QVERIFY(!error.isEmpty());
    QVERIFY(namesListed(window).contains(u"Raj Mehta"_s));

    QVERIFY(window.selectPath(raj));
    const QString shown = window.profileView()->toPlainText();
    QVERIFY2(shown.contains(u"This file could not be read: "_s + error), qPrintable(shown));
    QVERIFY(!shown.contains(u"Data Engineer"_s));
}

void TestMainWindow::filesThatFailAreListedAsProblems()
{
    QVERIFY(writeFile(m_dir->filePath(u"broken.md"_s), QByteArray()));
    MainWindow window;
    // The models the window builds on, each watched through everything below.
    QAbstractItemModelTester listTester(
        window.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problemsTester(
        window.problemsPanel()->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    QCOMPARE(namesListed(window).size(), 3); // the list holds profiles only
    ProblemsPanel *problems = window.problemsPanel();
    QCOMPARE(problems->problemCount(), 1);
    const QAbstractItemModel *model = problems->view()->model();
    QCOMPARE(model->index(0, LibraryModel::File).data().toString(), u"broken.md"_s);
    QVERIFY(!model->index(0, LibraryModel::Headline).data().toString().isEmpty());
    QCOMPARE(model->headerData(LibraryModel::Headline, Qt::Horizontal).toString(), u"Problem"_s);

    // A file that starts failing moves from the list to the problems, and back when fixed.
    QVERIFY(writeFile(m_dir->filePath(u"ines.md"_s), QByteArray("\0\0\0binary", 9)));
    QTRY_COMPARE(problems->problemCount(), 2);
    QCOMPARE(namesListed(window).size(), 2);
    QVERIFY(writeFile(m_dir->filePath(u"ines.md"_s), kInes));
    QTRY_COMPARE(problems->problemCount(), 1);
    QCOMPARE(namesListed(window).size(), 3);
}

void TestMainWindow::columnsAndLibraryPersist()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openLibrary(window);
        window.table()->horizontalHeader()->setSectionHidden(LibraryModel::Location, true);
        window.table()->horizontalHeader()->resizeSection(LibraryModel::Name, 234);
        window.table()->sortByColumn(LibraryModel::Experience, Qt::DescendingOrder);
        window.close();
    }
    MainWindow window;
    window.loader()->setCoalesceInterval(20);
    QSignalSpy finished(window.loader(), &LibraryLoader::loadingFinished);
    window.openLastLibrary({u"/nonexistent"_s});
    QVERIFY(finished.wait());

    QHeaderView *header = window.table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(LibraryModel::Location));
    QCOMPARE(header->sectionSize(LibraryModel::Name), 234);
    QCOMPARE(header->sortIndicatorSection(), int(LibraryModel::Experience));
    QCOMPARE(namesListed(window), QStringList({u"Zoë Lambert"_s, u"Raj Mehta"_s, u"Inês Duarte"_s}));
}

void TestMainWindow::keyboardReachesTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    // Ctrl+F, type, Down: on the first match, in the list, where Down goes on.
    QTest::keySequence(&window, QKeySequence::Find);
    QTest::keyClicks(window.filterBar()->searchField(), u"go"_s);
    QCOMPARE(namesListed(window), QStringList({u"Inês Duarte"_s, u"Zoë Lambert"_s}));
    QTest::keyClick(window.filterBar()->searchField(), Qt::Key_Down);
    QVERIFY(window.table()->hasFocus());
    QCOMPARE(currentName(window), u"Inês Duarte"_s);
    QTest::keyClick(window.table(), Qt::Key_Down);
    QCOMPARE(currentName(window), u"Zoë Lambert"_s);
    QVERIFY(window.profileView()->toPlainText().contains(u"Nuage SA"_s));
    // Tab goes on from the list instead of from cell to cell.
    QTest::keyClick(window.table(), Qt::Key_Tab);
    QVERIFY(!window.table()->hasFocus());
    QCOMPARE(currentName(window), u"Zoë Lambert"_s);
}

void TestMainWindow::editMenuUndoesTheTextInFocus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QMenu *edit = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == u"&Edit"_s)
            edit = menu->menu();
    }
    QVERIFY(edit);
    const QList<QAction *> actions = edit->actions();
    QCOMPARE(actions.at(0)->text(), u"&Undo"_s);
    QCOMPARE(actions.at(0)->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(actions.at(1)->text(), u"Red&o"_s);
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(QKeySequence::Redo));
    QAction *undo = actions.at(0), *redo = actions.at(1);

    // Nothing typed yet: nothing to undo.
    window.table()->setFocus();
    Q_EMIT edit->aboutToShow();
    QVERIFY(!undo->isEnabled() && !redo->isEnabled());

    QLineEdit *search = window.filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"kubern"_s);
    QCOMPARE(namesListed(window).size(), 1);
    Q_EMIT edit->aboutToShow();
    QVERIFY(undo->isEnabled() && !redo->isEnabled());
    undo->trigger();
    QCOMPARE(search->text(), QString());
    QCOMPARE(namesListed(window).size(), 3);
    Q_EMIT edit->aboutToShow();
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(search->text(), u"kubern"_s);
    QCOMPARE(namesListed(window).size(), 1);
}

void TestMainWindow::everyControlShowsItsFocus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    window.filterBar()->searchField()->setText(u"e"_s); // the clear button is enabled
    const QStringList unseen = controlsWithoutVisibleFocus(&window);
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(u", "_s)));
}

void TestMainWindow::aboutNamesTheVersionAndLicence()
{
    MainWindow window;
    window.show();
    QAction *about = actionWithRole(&window, QAction::AboutRole);
    QVERIFY(about);
    QString text;
    DialogAnswer answer([&text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        text = box->text();
        box->accept();
    });
    about->trigger();
    QVERIFY(answer.answered());
    // The version CMake's project(VERSION) gives; the metainfo and the package are checked
    // against the same number by the install and package tests.
    QVERIFY2(text.contains(u"Shortlist "_s + QStringLiteral(SHORTLIST_VERSION)), qPrintable(text));
    QVERIFY(text.contains(u"GNU General Public License"_s));
    QVERIFY(text.contains(u"cmark-gfm"_s));
}

// A file that is not UTF-8 is read as Windows-1252: a guess, which the window says in the
// Problems panel as the command line says it on stderr. The candidate stays in the list.
void TestMainWindow::fileReadAsWindows1252IsListedWithItsWarning()
{
    QVERIFY(writeFile(m_dir->filePath(u"jose.md"_s),
        "# Jos\xE9 Ferreira\n\nAnalista de Dados\n\n## Experience\n\n### Analyst at Dados Claros\n_2020 \x96 present_\n"));
    MainWindow window;
    QAbstractItemModelTester problemsTester(
        window.problemsPanel()->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    QVERIFY2(namesListed(window).contains(u"José Ferreira"_s), qPrintable(namesListed(window).join(u", "_s)));
    ProblemsPanel *problems = window.problemsPanel();
    QCOMPARE(problems->problemCount(), 1);
    const QAbstractItemModel *model = problems->view()->model();
    QCOMPARE(model->index(0, LibraryModel::File).data().toString(), u"jose.md"_s);
    const QString said = model->index(0, LibraryModel::Headline).data().toString();
    QVERIFY2(said.contains(u"Windows-1252"_s) && said.contains(u"UTF-8"_s), qPrintable(said));
}

// The README and the man page name the folders Shortlist really keeps the user's skill
// aliases and its recovery copies in, as the program names itself when it starts.
void TestMainWindow::readmeAndManPageNameTheRealFolders()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    const QByteArray oldData = qgetenv("XDG_DATA_HOME");
    const auto restore = qScopeGuard([&] {
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
        qputenv("HOME", oldHome);
        oldConfig.isNull() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", oldConfig);
        oldData.isNull() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", oldData);
    });
    // A user's own session: the default folders under their home.
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    setApplicationIdentity();
    const auto underHome = [&](const QString &path) -> QString {
        return u"~"_s + path.sliced(home.path().size());
    };
    const QString aliases = underHome(SkillNormalizer::userAliasesPath());
    const QString recovery = underHome(RecoveryStore().folder()) + u'/';
    QCOMPARE(aliases, u"~/.config/Shortlist/shortlist/skill-aliases.txt"_s);

    QFile readme(QStringLiteral(SHORTLIST_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString readmeText = QString::fromUtf8(readme.readAll());
    QVERIFY2(readmeText.contains(u'`' + aliases + u'`'), qPrintable(aliases));
    QVERIFY2(readmeText.contains(u'`' + recovery + u'`'), qPrintable(recovery));
    QFile manPage(QStringLiteral(SHORTLIST_SOURCE_DIR "/packaging/shortlist.1"));
    QVERIFY(manPage.open(QIODevice::ReadOnly));
    const QString manText = QString::fromUtf8(manPage.readAll()).replace(u"\\-"_s, u"-"_s);
    QVERIFY2(manText.contains(u".I "_s + aliases + u'\n'), qPrintable(aliases));
    QVERIFY2(manText.contains(u".I "_s + recovery + u'\n'), qPrintable(recovery));
}

QTEST_MAIN(TestMainWindow)
// A JSON Resume (as a PDF or Word file) is never written to: editing it asks once, then
// writes its markdown beside it, edits that, and lists that in its place.
void TestMainWindow::editingAnImportedFileAsksThenEditsItsMarkdown()
{
    const QByteArray resume = "{\"basics\": {\"name\": \"Ada Quill\"},\n"
                              " \"work\": [{\"name\": \"Loom Works\", \"position\": \"Engineer\", \"startDate\": \"2019-03\"}]}\n";
    const QString original = m_dir->filePath(u"ada.json"_s);
    const QString markdown = m_dir->filePath(u"ada.md"_s);
    QVERIFY(writeFile(original, resume));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);
    QVERIFY(window.selectPath(original));

    auto clickButton = [](QWidget *dialog, const QString &prefix) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY2(box, dialog->metaObject()->className());
        QVERIFY2(box->text().contains(u"ada.json is a JSON Resume"_s), qPrintable(box->text()));
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().startsWith(prefix)) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL(qPrintable(u"no button "_s + prefix));
    };
    {
        // Cancelled: nothing is written and nothing is edited.
        DialogAnswer answer([&](QWidget *dialog) { clickButton(dialog, u"Cancel"_s); });
        window.startEditing();
        QVERIFY(answer.answered());
        QVERIFY(!window.isEditing());
        QVERIFY(!QFile::exists(markdown));
    }
    {
        DialogAnswer answer([&](QWidget *dialog) { clickButton(dialog, u"Create ada.md"_s); });
        window.startEditing();
        QVERIFY(answer.answered());
    }
    QVERIFY(window.isEditing());
    QCOMPARE(window.editor()->path(), markdown);
    QFile written(markdown);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("<!-- Imported by Shortlist from ada.json."));
    QFile json(original);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), resume);
    // One Ada in the list: her markdown, in place of the JSON.
    QTRY_COMPARE(window.library()->rowOfPath(original), -1);
    QVERIFY(window.library()->rowOfPath(markdown) >= 0);
    QCOMPARE(namesListed(window).count(u"Ada Quill"_s), 1);
}

// View → Show Original PDF: the pages of the PDF a profile was imported from, beside it; only
// for such a profile.
void TestMainWindow::originalPdfIsShownBesideItsProfile()
{
    const QString pdf = m_dir->filePath(u"ada.pdf"_s);
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"Ada Quill"_s);
        writer.newPage();
        painter.drawText(QPointF(100, 100), u"Experience"_s);
    }
    QVERIFY(writeFile(m_dir->filePath(u"ada.md"_s), markdownFileText(pdf, u"# Ada Quill\n\nLoom Engineer\n"_s).toUtf8()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openLibrary(window);

    QVERIFY(window.selectPath(m_dir->filePath(u"raj.md"_s)));
    QVERIFY(!window.showOriginalAction()->isEnabled());
    QVERIFY(window.selectPath(m_dir->filePath(u"ada.md"_s)));
    QVERIFY(window.showOriginalAction()->isEnabled());
    QVERIFY(window.originalView()->isHidden());
    // The page says where the profile came from, as a link to the original.
    QVERIFY(window.profileView()->toPlainText().contains(u"Imported from ada.pdf"_s));
    Q_EMIT window.profileView()->anchorClicked(QUrl(kOriginUrl));
    QVERIFY(window.showOriginalAction()->isChecked());
    QVERIFY(window.originalView()->isVisible());
    QCOMPARE(window.originalView()->path(), pdf);
    QCOMPARE(window.originalView()->pageCount(), 2);
    QVERIFY(window.originalView()->width() > 100);

    // Another profile has no original: the pane goes, and comes back with Ada.
    QVERIFY(window.selectPath(m_dir->filePath(u"raj.md"_s)));
    QVERIFY(window.originalView()->isHidden());
    QVERIFY(!window.showOriginalAction()->isEnabled());
    QVERIFY(window.selectPath(m_dir->filePath(u"ada.md"_s)));
    QVERIFY(window.originalView()->isVisible());
}

#include "tst_mainwindow.moc"
