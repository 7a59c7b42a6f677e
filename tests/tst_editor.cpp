// The profile editor driven as a person would: edit in the form and in the text, undo,
// save, and the paths where saving must not lose anything (unsaved changes when switching
// or quitting, a change on disk, a read-only or deleted file, a crash).

#include "appearance.h"
#include "dialoganswer.h"
#include "edit/editabletext.h"
#include "editor/codeeditor.h"
#include "editor/editorpane.h"
#include "editor/findbar.h"
#include "editor/profileform.h"
#include "fulldisk.h"
#include "library/candidatetable.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"
#include "mainwindow.h"
#include "profileview.h"
#include "timeline/today.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kZoe = "# Zoë Lambert\n\nPlatform Engineer\n\nLyon, France · zoe@example.org\n\n"
                        "## Experience\n\n"
                        "### Platform Engineer at Nuage SA\n_Jan 2018 – present_\n\n"
                        "- Ran the Kubernetes clusters\n- Moved the builds to GitLab CI\n\n"
                        "### Systems Administrator at Cumulus SARL\n_Mar 2014 – Dec 2017_\n\n"
                        "- Kept forty Debian servers patched\n\n"
                        "## Skills\n\n- Go, Kubernetes, PostgreSQL\n";
const QByteArray kRaj = "# Raj Mehta\n\nData Engineer\n\n## Experience\n\n"
                        "### Data Engineer at Flussdaten GmbH\n_Mar 2021 – present_\n\n- Built the nightly loads\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A "file" column with a row for each bundled sample profile.
void addSampleRows()
{
    QTest::addColumn<QString>("file");
    const QDir samples(QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples"));
    for (const QString &name : samples.entryList(QDir::Files))
        QTest::newRow(qPrintable(name)) << samples.filePath(name);
}

// Writes `bytes` to `path` and opens it in `pane`.
bool openWritten(EditorPane &pane, const QString &path, const QByteArray &bytes)
{
    return writeFile(path, bytes) && pane.open(path);
}

// Types a new value into a form field and leaves it, as a person does.
void typeIntoField(QLineEdit *field, const QString &value)
{
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, value);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void savingUneditedSamplesIsByteIdentical_data();
    void savingUneditedSamplesIsByteIdentical();
    void formEditChangesOnlyThatFieldAndUndoRestoresTheBytes();
    void undoAfterAnyEditRestoresTheBytes_data();
    void undoAfterAnyEditRestoresTheBytes();
    void formAddsAndRemovesInTheFilesStyle();
    void formEditsLanguagesCertificatesAndProjects();
    void addEducationKeepsEveryField_data();
    void addEducationKeepsEveryField();
    void inexactFormEditIsRefusedAndShown();
    void typingInTheTextUpdatesFormAndPreview();
    void findAndReplace();
    void normalizeIsOneUndoStep();
    void crlfAndBomSurviveAnEdit();
    void paragraphSeparatorsSurviveAnEdit();
    void paletteSwitchRecoloursTheText();
    void unencodableCharacterOffersUtf8();

    void switchingProfileAsksAboutUnsavedChanges();
    void quittingAsksAboutUnsavedChanges();
    void changeOnDiskIsNeverOverwrittenSilently();
    void unmodifiedEditorFollowsTheDisk();
    void readOnlyFileKeepsTheTextUnsaved();
    void fullDiskKeepsTheTextUnsaved();
    void ownSaveIsNotReloaded();
    void deletedFileIsSaidAndSavedAgain();
    void crashRecoveryOffersTheText();
    void reloadAsksAndUndoBringsTheTextBack();
    void recoveryCopyIsDueAfterTheFirstChange();
    void recoveryCopiesAreTheOwnersAlone();
    void restoringOverAChangedFileAsksBeforeSaving();
    void afterACrashTheLibraryOpensAgainWithItsRows();

private:
    void openLibrary(MainWindow &window);
    void startEditing(MainWindow &window, const QString &name);
    QString openWithAnEdit(EditorPane &pane);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditor::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"ShortlistTests"_s);
    // Recovery copies go to the data folder: one of this process's own, so that another
    // run of this test at the same time cannot offer its copies to this one.
    QCoreApplication::setApplicationName(u"tst_editor-%1"_s.arg(QCoreApplication::applicationPid()));
    setToday(QDate(2026, 6, 1)); // nothing shown may depend on the day the suite runs
}

void TestEditor::cleanupTestCase()
{
    QDir(RecoveryStore().folder()).removeRecursively();
}

void TestEditor::init()
{
    QSettings().clear();
    QDir(RecoveryStore().folder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(m_dir->filePath(u"zoe.md"_s), kZoe));
    QVERIFY(writeFile(m_dir->filePath(u"raj.md"_s), kRaj));
}

void TestEditor::cleanup()
{
    m_dir.reset();
}

void TestEditor::openLibrary(MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.loader()->setCoalesceInterval(20);
    QSignalSpy finished(window.loader(), &LibraryLoader::loadingFinished);
    window.openPaths({m_dir->path()});
    QVERIFY(finished.wait());
}

void TestEditor::startEditing(MainWindow &window, const QString &name)
{
    const int row = window.library()->rowOfPath(m_dir->filePath(name));
    QVERIFY(row >= 0);
    window.startEditing(m_dir->filePath(name));
    QVERIFY(window.isEditing());
    QCOMPARE(window.editor()->path(), m_dir->filePath(name));
}

// Shows the pane with zoe.md open and one unsaved change in it (the headline); the path.
QString TestEditor::openWithAnEdit(EditorPane &pane)
{
    pane.show();
    const QString path = m_dir->filePath(u"zoe.md"_s);
    [&] {
        QVERIFY(pane.open(path));
        QVERIFY(pane.applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Engineer"_s)));
    }();
    return path;
}

void TestEditor::savingUneditedSamplesIsByteIdentical_data()
{
    addSampleRows();
    const QDir seeds(QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/seeds"));
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files))
        QTest::newRow(qPrintable(u"seed "_s + name)) << seeds.filePath(name);
}

// Open in the editor and save without edits: the file's bytes are what they were.
void TestEditor::savingUneditedSamplesIsByteIdentical()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(file);
    const QString copy = m_dir->filePath(QFileInfo(file).fileName());
    QVERIFY(writeFile(copy, bytes));
    EditorPane pane;
    QVERIFY(pane.open(copy));
    QVERIFY(!pane.isModified());
    QVERIFY(pane.save());
    QCOMPARE(readFile(copy), bytes);
}

void TestEditor::formEditChangesOnlyThatFieldAndUndoRestoresTheBytes()
{
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"zoe.md"_s);
    EditorPane *editor = window.editor();

    typeIntoField(editor->form()->field(u"work[1].endDate"_s), u"2018-02"_s);
    // At once in the text, as the smallest change, and the window and list say it is unsaved.
    QVERIFY(editor->text().contains(u"_Mar 2014 – Feb 2018_"_s));
    QCOMPARE(editor->text(), QString::fromUtf8(kZoe).replace(u"Dec 2017"_s, u"Feb 2018"_s));
    QVERIFY(window.isWindowModified());
    const int row = window.library()->rowOfPath(editor->path());
    QVERIFY(window.library()->index(row, 0).data(LibraryModel::ModifiedRole).toBool());
    // The preview reads it.
    QVERIFY(editor->preview()->toPlainText().contains(u"Feb 2018"_s));

    typeIntoField(editor->form()->field(u"work[0].position"_s), u"Staff Platform Engineer"_s);
    QVERIFY(editor->text().contains(u"### Staff Platform Engineer at Nuage SA\n"_s));

    // One undo per form edit.
    editor->textEditor()->undo();
    QVERIFY(editor->text().contains(u"### Platform Engineer at Nuage SA\n"_s));
    editor->textEditor()->undo();
    QCOMPARE(editor->text(), QString::fromUtf8(kZoe));
    QVERIFY(!editor->isModified());
    QVERIFY(!window.library()->index(row, 0).data(LibraryModel::ModifiedRole).toBool());

    editor->textEditor()->redo();
    QVERIFY(editor->save());
    QByteArray expected = kZoe;
    expected.replace("Dec 2017", "Feb 2018");
    QCOMPARE(readFile(editor->path()), expected);
    QVERIFY(!window.isWindowModified());
}

void TestEditor::undoAfterAnyEditRestoresTheBytes_data()
{
    addSampleRows();
}

// Every kind of edit, each undone on its own: the text and the saved bytes are the file's
// again.
void TestEditor::undoAfterAnyEditRestoresTheBytes()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(file);
    const QString copy = m_dir->filePath(QFileInfo(file).fileName());
    QVERIFY(writeFile(copy, bytes));
    EditorPane pane;
    QVERIFY(pane.open(copy));
    const QString original = pane.text();
    const QList<FieldEdit> edits {FieldEdit::set(u"basics.name"_s, u"Jordan Example"_s),
        FieldEdit::set(u"basics.email"_s, u"jordan@example.org"_s),
        FieldEdit::set(u"work[0].position"_s, u"Principal Engineer"_s),
        FieldEdit::set(u"work[0].startDate"_s, u"2001-02"_s), FieldEdit::set(u"work[0].highlights[+]"_s, u"Shipped it"_s),
        FieldEdit::remove(u"work[1]"_s), FieldEdit::set(u"skills[0].keywords[+]"_s, u"Haskell"_s),
        FieldEdit::set(u"work[+]"_s, uR"({"position": "Staff Engineer", "name": "Acme", "startDate": "2030-01"})"_s)};
    int applied = 0;
    for (const FieldEdit &edit : edits) {
        if (!pane.applyEdit(edit))
            continue; // a field this sample does not have (an undated position's start)
        ++applied;
        QVERIFY2(pane.text() != original, qPrintable(edit.path));
        pane.textEditor()->undo();
        QVERIFY2(pane.text() == original, qPrintable(edit.path));
        QVERIFY(!pane.isModified());
    }
    QVERIFY(applied >= 6);
    pane.normalizeToHouseStyle();
    pane.textEditor()->undo();
    QCOMPARE(pane.text(), original);
    QVERIFY(pane.save());
    QCOMPARE(readFile(copy), bytes);
}

void TestEditor::addEducationKeepsEveryField_data()
{
    QTest::addColumn<QByteArray>("cv");
    const QByteArray top = "# Noor Haddad\n\nFrontend Developer\n\n## Experience\n\n"
                           "### Frontend Developer at Lumen Apps\n_Feb 2020 – present_\n\n- Built the design system\n";
    QTest::newRow("a bold degree line with no field of study")
        << top + "\n## Education\n\n**B.Sc.**, Amberfield University, 2012 – 2016\n";
    QTest::newRow("a heading over a degree line with no field of study")
        << top + "\n## Education\n\n### Amberfield University\nB.Sc., 2012 – 2016\n";
    QTest::newRow("a heading that writes every field")
        << top + "\n## Education\n\n### B.Sc. in Computer Science, Amberfield University\n_2012 – 2016_\n";
    QTest::newRow("no education yet") << top;
}

// Add Education… writes every field typed in its dialog, the field of study too, and the
// form shows them on the new entry.
void TestEditor::addEducationKeepsEveryField()
{
    QFETCH(QByteArray, cv);
    QVERIFY(writeFile(m_dir->filePath(u"noor.md"_s), cv));
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"noor.md"_s);
    EditorPane *editor = window.editor();
    const qsizetype before = editor->profile().profile.education.size();

    auto *add = editor->form()->findChild<QPushButton *>(u"addEducation"_s);
    QVERIFY(add);
    DialogAnswer answer([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"institution"_s)->setText(u"Zenith University"_s);
        dialog->findChild<QLineEdit *>(u"studyType"_s)->setText(u"M.A."_s);
        dialog->findChild<QLineEdit *>(u"area"_s)->setText(u"Economics"_s);
        dialog->findChild<QLineEdit *>(u"startDate"_s)->setText(u"2017-09"_s);
        dialog->findChild<QLineEdit *>(u"endDate"_s)->setText(u"2019-06"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(answer.answered());

    const QList<Education> &education = editor->profile().profile.education;
    QCOMPARE(education.size(), before + 1);
    const auto added = std::find_if(education.cbegin(), education.cend(),
        [](const Education &e) { return e.institution.value == u"Zenith University"_s; });
    QVERIFY2(added != education.cend(), qPrintable(editor->text()));
    QCOMPARE(added->studyType.value, u"M.A."_s);
    QVERIFY2(added->area.value == u"Economics"_s, qPrintable(editor->text()));
    QCOMPARE(added->start.value, PartialDate::fromIsoString(u"2017-09"));
    QCOMPARE(added->end.value, PartialDate::fromIsoString(u"2019-06"));
    const QString path = u"education[%1].area"_s.arg(added - education.cbegin());
    QCOMPARE(editor->form()->field(path)->text(), u"Economics"_s);
}

// A form edit the text cannot take exactly is refused where it was typed: the text and
// its undo history are as they were, and the field says why.
void TestEditor::inexactFormEditIsRefusedAndShown()
{
    const QByteArray mara = "# Mara Quell\n\nBackend Developer\n\n## Experience\n\n"
                            "### Backend Developer at Ostrel Systems\n_Mar 2019 – present_\n\n- Kept the build green\n\n"
                            "## Skills\n\n- **Languages:** Go, Rust, SQL\n";
    const QString copy = m_dir->filePath(u"mara.md"_s);
    EditorPane pane;
    QVERIFY(openWritten(pane, copy, mara));
    const QString original = pane.text();
    QLineEdit *skill = pane.form()->field(u"skills[0].keywords[0]"_s);
    QVERIFY(skill);

    typeIntoField(skill, u"Go, Kotlin"_s);

    QCOMPARE(pane.text(), original);
    QVERIFY(!pane.isModified());
    QVERIFY(!pane.textEditor()->document()->isUndoAvailable());
    QVERIFY2(skill->toolTip().startsWith(u"skills[0].keywords[0]: "_s), qPrintable(skill->toolTip()));
    const QList<QLabel *> labels = pane.form()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return !label->isHidden() && label->text() == skill->toolTip();
    }));
    // The same text typed into the field it came from is no change at all.
    QLineEdit *title = pane.form()->field(u"work[0].position"_s);
    typeIntoField(title, u"Backend Developer"_s);
    QCOMPARE(pane.text(), original);
    QVERIFY(pane.save());
    QCOMPARE(readFile(copy), mara);
}

// The short entries at the end of a CV: each field edited in place, an entry removed whole.
void TestEditor::formEditsLanguagesCertificatesAndProjects()
{
    const QByteArray ines = "# Inès Moreau\n\nData Analyst\n\n## Languages\n\n- French: native\n- English: fluent (C1)\n\n"
                            "## Certificates\n\n- AWS Certified Data Engineer, Amazon Web Services\n"
                            "- Tableau Desktop Specialist, Tableau\n\n"
                            "## Projects\n\n### Open Transit Dashboard\n\nA public dashboard of bus punctuality.\n";
    QVERIFY(writeFile(m_dir->filePath(u"ines.md"_s), ines));
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"ines.md"_s);
    EditorPane *editor = window.editor();
    ProfileForm *form = editor->form();

    QCOMPARE(form->field(u"languages[1].language"_s)->text(), u"English"_s);
    QCOMPARE(form->field(u"languages[1].fluency"_s)->text(), u"fluent (C1)"_s);
    QCOMPARE(form->field(u"certificates[0].issuer"_s)->text(), u"Amazon Web Services"_s);
    QCOMPARE(form->field(u"projects[0].name"_s)->text(), u"Open Transit Dashboard"_s);

    typeIntoField(form->field(u"languages[1].fluency"_s), u"proficient (C2)"_s);
    QCOMPARE(editor->text(), QString::fromUtf8(ines).replace(u"fluent (C1)"_s, u"proficient (C2)"_s));
    typeIntoField(form->field(u"projects[0].name"_s), u"Transit Punctuality Dashboard"_s);
    QVERIFY(editor->text().contains(u"### Transit Punctuality Dashboard\n"_s));

    auto *remove = form->findChild<QToolButton *>(u"remove:certificates[0]"_s);
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(editor->text().contains(u"## Certificates\n\n- Tableau Desktop Specialist, Tableau\n\n## Projects"_s));
    // The form follows: one certificate left, its fields where the removed one's were.
    QTRY_COMPARE(editor->form()->field(u"certificates[0].name"_s)->text(), u"Tableau Desktop Specialist"_s);
    QVERIFY(!editor->form()->field(u"certificates[1].name"_s));

    QVERIFY(editor->save());
    QByteArray expected = ines;
    expected.replace("fluent (C1)", "proficient (C2)")
        .replace("Open Transit Dashboard", "Transit Punctuality Dashboard")
        .replace("- AWS Certified Data Engineer, Amazon Web Services\n", "");
    QCOMPARE(readFile(editor->path()), expected);
}

// U+2029 (a paragraph separator, as word processors paste) would split a block in the text
// document; it is kept as the file has it, before and after the edited field.
void TestEditor::paragraphSeparatorsSurviveAnEdit()
{
    const QByteArray bytes = "# Zoë Lambert\n\nPlatform Engineer\n\n## Experience\n\n"
                             "### Platform Engineer at Nuage SA\n_Jan 2018 – present_\n\n"
                             "Ran the clusters.\xE2\x80\xA9Moved the builds.\n\n"
                             "### Systems Administrator at Cumulus SARL\n_Mar 2014 – Dec 2017_\n\n"
                             "Patched servers.\xE2\x80\xA9Wrote runbooks.\n";
    const QString path = m_dir->filePath(u"separators.md"_s);
    EditorPane pane;
    QVERIFY(openWritten(pane, path, bytes));
    QCOMPARE(pane.text(), QString::fromUtf8(bytes));
    typeIntoField(pane.form()->field(u"work[1].endDate"_s), u"2018-02"_s);
    QVERIFY(pane.isModified());
    QVERIFY(pane.save());
    QByteArray expected = bytes;
    expected.replace("Dec 2017", "Feb 2018");
    QCOMPARE(readFile(path), expected);
}

void TestEditor::formAddsAndRemovesInTheFilesStyle()
{
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"zoe.md"_s);
    EditorPane *editor = window.editor();

    QLineEdit *add = editor->form()->field(u"work[1].highlights[+]"_s);
    QVERIFY(add);
    add->setFocus();
    QTest::keyClicks(add, u"Wrote the runbooks"_s);
    QTest::keyClick(add, Qt::Key_Return);
    QVERIFY(editor->text().contains(u"- Kept forty Debian servers patched\n- Wrote the runbooks\n"_s));

    QLineEdit *skill = editor->form()->field(u"skills[0].keywords[+]"_s);
    skill->setFocus();
    QTest::keyClicks(skill, u"Terraform"_s);
    QTest::keyClick(skill, Qt::Key_Return);
    QVERIFY(editor->text().endsWith(u"- Go, Kubernetes, PostgreSQL, Terraform\n"_s));

    auto *remove = editor->form()->findChild<QToolButton *>(u"remove:work[0].highlights[1]"_s);
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!editor->text().contains(u"GitLab"_s));
    QVERIFY(editor->text().contains(u"- Ran the Kubernetes clusters\n\n### Systems"_s));

    auto *addPosition = editor->form()->findChild<QPushButton *>(u"addPosition"_s);
    DialogAnswer newPosition([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"position"_s)->setText(u"Site Reliability Engineer"_s);
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"Brume Cloud"_s);
        dialog->findChild<QLineEdit *>(u"startDate"_s)->setText(u"2024-09"_s);
        dialog->findChild<QCheckBox *>(u"ongoing"_s)->setChecked(true);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(addPosition, Qt::LeftButton);
    QVERIFY(newPosition.answered());
    // Newest first, as a heading like the others, dated as the others are.
    QVERIFY2(editor->text().contains(u"## Experience\n\n### Site Reliability Engineer at Brume Cloud\n_Sep 2024 – present_\n\n### Platform"_s),
        qPrintable(editor->text()));
    QCOMPARE(editor->profile().profile.work.size(), 3);
    // The form has the new position's fields.
    QCOMPARE(editor->form()->field(u"work[0].position"_s)->text(), u"Site Reliability Engineer"_s);
}

void TestEditor::typingInTheTextUpdatesFormAndPreview()
{
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"zoe.md"_s);
    EditorPane *editor = window.editor();
    CodeEditor *text = editor->textEditor();

    QTextCursor cursor(text->document());
    cursor.setPosition(int(editor->text().indexOf(u"Platform Engineer\n\nLyon"_s)));
    cursor.movePosition(QTextCursor::EndOfBlock);
    text->setTextCursor(cursor);
    text->setFocus();
    QTest::keyClicks(text, u" and SRE"_s);

    QTRY_COMPARE(editor->form()->field(u"basics.label"_s)->text(), u"Platform Engineer and SRE"_s);
    QVERIFY(editor->preview()->toPlainText().contains(u"Platform Engineer and SRE"_s));
}

void TestEditor::findAndReplace()
{
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"zoe.md"_s);
    EditorPane *editor = window.editor();
    editor->textEditor()->setFocus();

    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(editor->findBar()->isVisible());
    QVERIFY(editor->findBar()->findField()->hasFocus());
    QTest::keyClicks(editor->findBar()->findField(), u"Kubernetes"_s);
    QCOMPARE(editor->textEditor()->textCursor().selectedText(), u"Kubernetes"_s);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(editor->findBar()->replaceField()->isVisible());
    editor->findBar()->replaceField()->setText(u"k8s"_s);
    QCOMPARE(editor->findBar()->replaceAll(), 2);
    QCOMPARE(editor->text().count(u"k8s"_s), 2);
    editor->textEditor()->undo(); // Replace All is one step
    QCOMPARE(editor->text(), QString::fromUtf8(kZoe));
}

void TestEditor::normalizeIsOneUndoStep()
{
    EditorPane pane;
    const QString path = m_dir->filePath(u"zoe.md"_s);
    QVERIFY(pane.open(path));
    pane.normalizeToHouseStyle();
    QVERIFY(pane.text() != QString::fromUtf8(kZoe));
    QVERIFY(pane.text().contains(u"## Experience"_s));
    QCOMPARE(pane.profile().profile.work.size(), 2);
    pane.textEditor()->undo();
    QCOMPARE(pane.text(), QString::fromUtf8(kZoe));
}

// The colour of the first heading's text as the highlighter formats it.
static QColor headingColour(const EditorPane &pane)
{
    const QTextBlock block = pane.textEditor()->document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= 2 && range.start + range.length > 2)
            return range.format.foreground().color();
    }
    return {};
}

void TestEditor::paletteSwitchRecoloursTheText()
{
    applyColorScheme(ColorScheme::Light);
    EditorPane pane;
    pane.show();
    QVERIFY(pane.open(m_dir->filePath(u"zoe.md"_s)));
    QTRY_VERIFY(headingColour(pane).isValid());
    const QColor light = headingColour(pane);
    applyColorScheme(ColorScheme::Dark);
    QTRY_VERIFY(headingColour(pane) != light);
    // Dark text would not read on a dark background: the heading is lighter now.
    QVERIFY(headingColour(pane).lightness() > light.lightness());
    applyColorScheme(ColorScheme::Light);
}

void TestEditor::crlfAndBomSurviveAnEdit()
{
    const QString path = m_dir->filePath(u"raj.md"_s);
    const QByteArray crlf = "\xEF\xBB\xBF" + QByteArray(kRaj).replace("\n", "\r\n");
    QVERIFY(writeFile(path, crlf));
    EditorPane pane;
    QVERIFY(pane.open(path));
    QVERIFY(pane.applyEdit(FieldEdit::set(u"basics.label"_s, u"Senior Data Engineer"_s)));
    QVERIFY(pane.save());
    QCOMPARE(readFile(path), QByteArray(crlf).replace("\nData Engineer\r", "\nSenior Data Engineer\r"));
}

void TestEditor::unencodableCharacterOffersUtf8()
{
    const QString path = m_dir->filePath(u"rene.md"_s);
    QVERIFY(writeFile(path, "# Ren\xE9 Dupont\n\nIng\xE9nieur\n"));
    EditorPane pane;
    QVERIFY(pane.open(path));
    QVERIFY(pane.applyEdit(FieldEdit::set(u"basics.label"_s, u"Инженер"_s)));
    DialogAnswer answer1([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Save); });
    QVERIFY(pane.save());
    QCOMPARE(readFile(path), QByteArray("# René Dupont\n\nИнженер\n"));
}

void TestEditor::switchingProfileAsksAboutUnsavedChanges()
{
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"zoe.md"_s);
    EditorPane *editor = window.editor();
    const QString zoe = m_dir->filePath(u"zoe.md"_s), raj = m_dir->filePath(u"raj.md"_s);
    QVERIFY(editor->applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Engineer"_s)));

    auto clickRow = [&](const QString &path) {
        CandidateTable *table = window.table();
        const QModelIndex index = table->model()->index(0, 0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex candidate = table->model()->index(row, 0);
            if (candidate.data(LibraryModel::PathRole).toString() == path)
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(candidate).center());
        }
        Q_UNUSED(index);
    };

    // Cancel: still editing Zoë, changes kept, her row selected again.
    DialogAnswer answer2([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Cancel); });
    clickRow(raj);
    QVERIFY(answer2.answered());
    QCOMPARE(editor->path(), zoe);
    QVERIFY(editor->isModified());
    QTRY_COMPARE(window.table()->currentIndex().data(LibraryModel::PathRole).toString(), zoe);

    // Save: written, then Raj is in the editor.
    DialogAnswer answer3([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Save); });
    clickRow(raj);
    QVERIFY(answer3.answered());
    QCOMPARE(editor->path(), raj);
    QVERIFY(readFile(zoe).contains("\nCloud Engineer\n"));

    // Discard: the file stays as it is.
    QVERIFY(editor->applyEdit(FieldEdit::set(u"basics.label"_s, u"Analytics Engineer"_s)));
    DialogAnswer answer4([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Discard); });
    clickRow(zoe);
    QVERIFY(answer4.answered());
    QCOMPARE(editor->path(), zoe);
    QCOMPARE(readFile(raj), kRaj);
    QVERIFY(!window.library()->isModified(raj));
}

void TestEditor::quittingAsksAboutUnsavedChanges()
{
    MainWindow window;
    openLibrary(window);
    startEditing(window, u"zoe.md"_s);
    QVERIFY(window.editor()->applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Engineer"_s)));

    DialogAnswer answer5([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Cancel); });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(window.editor()->isModified());

    DialogAnswer answer6([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Discard); });
    QVERIFY(window.close());
    QCOMPARE(readFile(m_dir->filePath(u"zoe.md"_s)), kZoe);
}

void TestEditor::changeOnDiskIsNeverOverwrittenSilently()
{
    EditorPane pane;
    const QString path = openWithAnEdit(pane);

    QByteArray theirs = kZoe;
    theirs.replace("zoe@example.org", "zoe.lambert@example.org");
    QVERIFY(writeFile(path, theirs));
    QTRY_VERIFY(pane.diskBanner()->isVisible());
    QVERIFY(pane.text().contains(u"Cloud Engineer"_s)); // nothing of the user's was dropped

    // Compare shows both changes.
    DialogAnswer answer7([](QWidget *dialog) {
        auto *view = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(view);
        QVERIFY(view->toPlainText().contains(u"-Lyon, France · zoe.lambert@example.org"_s));
        QVERIFY(view->toPlainText().contains(u"+Cloud Engineer"_s));
        qobject_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(pane.diskBanner()->findChild<QPushButton *>(u"compare"_s), Qt::LeftButton);

    // Saving while the banner is up asks first; Cancel leaves the disk alone.
    DialogAnswer answer8([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Cancel); });
    QVERIFY(!pane.save());
    QCOMPARE(readFile(path), theirs);

    // Keep Mine, then save: the user's text replaces theirs, knowingly.
    QTest::mouseClick(pane.diskBanner()->findChild<QPushButton *>(u"keepMine"_s), Qt::LeftButton);
    QVERIFY(!pane.diskBanner()->isVisible());
    QVERIFY(pane.save());
    QVERIFY(readFile(path).contains("\nCloud Engineer\n"));

    // Reload: theirs replaces the user's, once the user says so.
    QVERIFY(pane.applyEdit(FieldEdit::set(u"basics.label"_s, u"Site Reliability Engineer"_s)));
    QVERIFY(writeFile(path, theirs));
    QTRY_VERIFY(pane.diskBanner()->isVisible());
    DialogAnswer discard([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Discard); });
    QTest::mouseClick(pane.diskBanner()->findChild<QPushButton *>(u"reload"_s), Qt::LeftButton);
    QVERIFY(discard.answered());
    QCOMPARE(pane.text(), QString::fromUtf8(theirs));
    QVERIFY(!pane.isModified());
}

// Reload on the bar asks before it drops unsaved text, and Undo brings the text back.
void TestEditor::reloadAsksAndUndoBringsTheTextBack()
{
    EditorPane pane;
    const QString path = openWithAnEdit(pane);
    const QString mine = pane.text();
    QByteArray theirs = kZoe;
    theirs.replace("Lyon, France", "Grenoble, France");
    QVERIFY(writeFile(path, theirs));
    QTRY_VERIFY(pane.diskBanner()->isVisible());
    auto *reload = pane.diskBanner()->findChild<QPushButton *>(u"reload"_s);

    QString asked;
    {
        DialogAnswer cancel([&asked](QWidget *dialog) {
            asked = qobject_cast<QMessageBox *>(dialog)->text();
            clickMessageBoxButton(dialog, QMessageBox::Cancel);
        });
        QTest::mouseClick(reload, Qt::LeftButton);
    }
    QVERIFY2(asked.contains(u"zoe.md"_s), qPrintable(asked));
    QCOMPARE(pane.text(), mine);
    QVERIFY(pane.isModified());
    QVERIFY(pane.diskBanner()->isVisible());

    {
        DialogAnswer discard([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Discard); });
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(discard.answered());
    }
    QCOMPARE(pane.text(), QString::fromUtf8(theirs));
    QVERIFY(!pane.isModified());
    QVERIFY(!pane.diskBanner()->isVisible());

    pane.textEditor()->undo();
    QCOMPARE(pane.text(), mine);
    QVERIFY(pane.isModified());
    // Saving what Undo brought back replaces the file the user has now seen, without asking.
    QVERIFY(pane.save());
    QCOMPARE(readFile(path), mine.toUtf8());
}

void TestEditor::unmodifiedEditorFollowsTheDisk()
{
    EditorPane pane;
    const QString path = m_dir->filePath(u"zoe.md"_s);
    QVERIFY(pane.open(path));
    QByteArray theirs = kZoe;
    theirs.replace("Platform Engineer\n\n", "Lead Platform Engineer\n\n");
    QVERIFY(writeFile(path, theirs));
    QTRY_COMPARE(pane.text(), QString::fromUtf8(theirs));
    QVERIFY(!pane.diskBanner()->isVisible());
}

void TestEditor::readOnlyFileKeepsTheTextUnsaved()
{
    EditorPane pane;
    const QString path = openWithAnEdit(pane);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));

    QString said;
    DialogAnswer answer9([&said](QWidget *dialog) {
        said = qobject_cast<QMessageBox *>(dialog)->text();
        clickMessageBoxButton(dialog, QMessageBox::Ok);
    });
    QVERIFY(!pane.save());
    QVERIFY2(said.contains(u"zoe.md is read-only"_s) && said.contains(u"not saved"_s), qPrintable(said));
    QVERIFY(pane.isModified());
    QVERIFY(pane.text().contains(u"Cloud Engineer"_s));
    QCOMPARE(readFile(path), kZoe);
}

void TestEditor::fullDiskKeepsTheTextUnsaved()
{
    EditorPane pane;
    const QString path = openWithAnEdit(pane);
    const QString edited = pane.text();
    QVERIFY(pane.recovery().save(path, edited, RecoveryStore::fingerprintOf(kZoe))); // as the editor does soon after a change

    QString said;
    bool saved = true;
    {
        const FileSizeLimit disk(100); // room for 100 of the file's bytes
        QVERIFY(disk.isActive());
        DialogAnswer answer([&said](QWidget *dialog) {
            said = qobject_cast<QMessageBox *>(dialog)->text();
            clickMessageBoxButton(dialog, QMessageBox::Ok);
        });
        saved = pane.save();
    }

    QVERIFY2(!saved, "a save that did not fit on the disk said it succeeded");
    QVERIFY2(said.contains(u"zoe.md cannot be written: File too large; the file is unchanged"_s)
            && said.contains(u"not saved"_s),
        qPrintable(said));
    QCOMPARE(readFile(path), kZoe);
    QVERIFY(pane.isModified());
    QCOMPARE(pane.text(), edited);
    QCOMPARE(pane.recovery().copies().size(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestEditor::ownSaveIsNotReloaded()
{
    EditorPane pane;
    pane.show();
    const QString path = m_dir->filePath(u"zoe.md"_s);
    QVERIFY(pane.open(path));
    auto *watcher = pane.findChild<QFileSystemWatcher *>();
    QVERIFY(watcher);
    QSignalSpy changed(watcher, &QFileSystemWatcher::fileChanged);
    QVERIFY(pane.applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Engineer"_s)));

    QVERIFY(pane.save());
    // Typed after the save, before the watcher has told of it: a reload would drop it.
    QVERIFY(pane.applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Architect"_s)));
    QVERIFY(changed.wait(5000));

    QVERIFY(pane.isModified());
    QVERIFY(pane.text().contains(u"\nCloud Architect\n"_s));
    QVERIFY(pane.textEditor()->document()->isUndoAvailable()); // a reload would also clear the undo history
    QVERIFY(!pane.diskBanner()->isVisible());
    QVERIFY(readFile(path).contains("\nCloud Engineer\n"));
    QVERIFY(watcher->files().contains(path)); // and it still watches the file it wrote
}

void TestEditor::deletedFileIsSaidAndSavedAgain()
{
    EditorPane pane;
    const QString path = openWithAnEdit(pane);
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(pane.diskBanner()->isVisible());
    QVERIFY(pane.diskBanner()->findChild<QLabel *>() != nullptr);
    QVERIFY(pane.text().contains(u"Cloud Engineer"_s));
    QVERIFY(pane.save());
    QVERIFY(readFile(path).contains("\nCloud Engineer\n"));
}

void TestEditor::crashRecoveryOffersTheText()
{
    const QString zoe = m_dir->filePath(u"zoe.md"_s);
    QString unsaved;
    {
        MainWindow window;
        openLibrary(window);
        startEditing(window, u"zoe.md"_s);
        QVERIFY(window.editor()->applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Engineer"_s)));
        unsaved = window.editor()->text();
        // A few seconds after the last change, a copy in the data folder, not beside the file.
        QTRY_COMPARE_WITH_TIMEOUT(window.editor()->recovery().copies().size(), 1, EditorPane::kRecoveryDelayMs + 5000);
        QCOMPARE(window.editor()->recovery().copies().first().text, unsaved);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
        // The "crash": the window goes without asking, and the copy stays.
    }
    QCOMPARE(RecoveryStore().copies().size(), 1);
    QCOMPARE(readFile(zoe), kZoe);

    MainWindow window;
    openLibrary(window);
    DialogAnswer answer10([](QWidget *dialog) {
        QVERIFY(qobject_cast<QMessageBox *>(dialog)->text().contains(u"zoe.md"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"restore"_s), Qt::LeftButton);
    });
    window.offerRecovery();
    QVERIFY(window.isEditing());
    QCOMPARE(window.editor()->path(), zoe);
    QCOMPARE(window.editor()->text(), unsaved);
    QVERIFY(window.editor()->isModified());
    QVERIFY(window.editor()->save());
    QVERIFY(RecoveryStore().copies().isEmpty());
    QVERIFY(readFile(zoe).contains("\nCloud Engineer\n"));
}

// Typing that never pauses is copied all the same: the copy is due a fixed time after the
// first unsaved change, not after the last one.
void TestEditor::recoveryCopyIsDueAfterTheFirstChange()
{
    QVERIFY(EditorPane::kRecoveryDelayMs <= 2000);
    EditorPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.open(m_dir->filePath(u"zoe.md"_s)));
    auto *due = pane.findChild<QTimer *>(u"recoveryTimer"_s);
    QVERIFY(due);
    pane.textEditor()->setFocus();
    pane.textEditor()->moveCursor(QTextCursor::End);

    QTest::keyClick(pane.textEditor(), Qt::Key_A);
    QVERIFY(due->isActive());
    QVERIFY(due->remainingTime() <= EditorPane::kRecoveryDelayMs * 21 / 20); // a coarse timer's 5%
    // A tenth of the delay goes by; the next keystroke does not put the copy off.
    QTRY_VERIFY(due->remainingTime() < EditorPane::kRecoveryDelayMs * 9 / 10);
    QTest::keyClick(pane.textEditor(), Qt::Key_B);
    QVERIFY(due->isActive());
    QVERIFY2(due->remainingTime() < EditorPane::kRecoveryDelayMs * 9 / 10, "a keystroke put the copy off");

    QTRY_COMPARE(pane.recovery().copies().size(), 1);
    QVERIFY(pane.recovery().copies().constFirst().text.endsWith(u"ab"_s));
    // The next change since that copy is copied as soon after it.
    QTest::keyClick(pane.textEditor(), Qt::Key_C);
    QVERIFY(due->isActive());
}

// A copy holds a whole CV: no other user may read it, even where an older Shortlist left
// the folder and a copy readable by all.
void TestEditor::recoveryCopiesAreTheOwnersAlone()
{
    const RecoveryStore store;
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto anyone = ownerOnly | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QString zoe = m_dir->filePath(u"zoe.md"_s);
    QVERIFY(store.save(zoe, u"# Zoë Lambert\n"_s, RecoveryStore::fingerprintOf(kZoe)));
    const QString copy = QDir(store.folder()).entryInfoList(QDir::Files).constFirst().filePath();
    QCOMPARE(QFileInfo(store.folder()).permissions() & anyone, ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(QFileInfo(copy).permissions() & anyone, ownerOnly);

    QVERIFY(QFile::setPermissions(store.folder(), QFileDevice::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::Permissions(0x6644)));
    QVERIFY(store.save(zoe, u"# Zoë Lambert\n\nCloud Engineer\n"_s, RecoveryStore::fingerprintOf(kZoe)));
    QCOMPARE(QFileInfo(store.folder()).permissions() & anyone, ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(QFileInfo(copy).permissions() & anyone, ownerOnly);
    QCOMPARE(store.copies().size(), 1);
}

// A copy remembers which file its text was made from. Restored over a file that changed on
// disk since, it says so and saving asks first, instead of silently replacing the change.
void TestEditor::restoringOverAChangedFileAsksBeforeSaving()
{
    const QString zoe = m_dir->filePath(u"zoe.md"_s);
    QString unsaved;
    {
        EditorPane pane;
        openWithAnEdit(pane);
        unsaved = pane.text();
        QTRY_COMPARE(pane.recovery().copies().size(), 1);
        // The "crash": the pane goes without asking, and the copy stays.
    }
    QByteArray theirs = kZoe;
    theirs.replace("zoe@example.org", "zoe.lambert@example.org");
    QVERIFY(writeFile(zoe, theirs));

    const QList<RecoveryStore::Copy> copies = RecoveryStore().copies();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.constFirst().base, RecoveryStore::fingerprintOf(kZoe));
    EditorPane pane;
    pane.show();
    QVERIFY(pane.open(zoe, copies.constFirst()));
    QCOMPARE(pane.text(), unsaved);
    QVERIFY(pane.isModified());
    QVERIFY(pane.diskBanner()->isVisible());
    QVERIFY(pane.diskBanner()->findChild<QPushButton *>(u"keepMine"_s)->isVisible());

    DialogAnswer cancel([](QWidget *dialog) { clickMessageBoxButton(dialog, QMessageBox::Cancel); });
    QVERIFY(!pane.save());
    QVERIFY(cancel.answered());
    QCOMPARE(readFile(zoe), theirs);

    // Keep Mine, knowingly: then it saves.
    QTest::mouseClick(pane.diskBanner()->findChild<QPushButton *>(u"keepMine"_s), Qt::LeftButton);
    QVERIFY(pane.save());
    QCOMPARE(readFile(zoe), unsaved.toUtf8());
}

// After a crash the library open at the time opens again, and the file restored into the
// editor is the row it already had, not a second one, however early the restore comes.
void TestEditor::afterACrashTheLibraryOpensAgainWithItsRows()
{
    const QString zoe = m_dir->filePath(u"zoe.md"_s);
    {
        MainWindow window;
        openLibrary(window);
        startEditing(window, u"zoe.md"_s);
        QVERIFY(window.editor()->applyEdit(FieldEdit::set(u"basics.label"_s, u"Cloud Engineer"_s)));
        QTRY_COMPARE(window.editor()->recovery().copies().size(), 1);
        // The "crash": the window goes without closing.
    }

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.loader(), &LibraryLoader::loadingFinished);
    DialogAnswer restore([](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"restore"_s), Qt::LeftButton);
    });
    // As the program starts: the last library, then the offer, before the library is read.
    window.openLastLibrary({QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples")});
    window.offerRecovery();
    QVERIFY(restore.answered());
    QCOMPARE(window.loader()->roots(), QStringList {m_dir->path()});
    QVERIFY(window.isEditing());
    QCOMPARE(window.editor()->path(), zoe);
    if (window.loader()->isLoading())
        QVERIFY(finished.wait());
    QCOMPARE(window.library()->rowCount(), 2);
    QCOMPARE(window.table()->model()->rowCount(), 2);
    QVERIFY(window.library()->rowOfPath(zoe) >= 0);
    QCOMPARE(window.loader()->roots(), QStringList {m_dir->path()});
    QVERIFY(window.library()->isModified(zoe));
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
