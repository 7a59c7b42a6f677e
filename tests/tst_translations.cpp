// Shortlist in German. CTest runs this suite alone under LANG=de_DE.UTF-8 (LC_ALL,
// LC_MESSAGES and LANGUAGE unset), as a German desktop session starts programs: the
// program's own messages, their plural forms, Qt's standard buttons and the command line
// must all come in German, from the translations compiled into the program.

#include "dialoganswer.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "io/profilefile.h"
#include "profilehtml.h"
#include "timeline/today.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanIsChosenFromTheEnvironment();
    void menusAreGerman();
    void pluralsFollowGermanForms();
    void qtsOwnButtonsAreGerman();
    void messageBoxesAreGerman();
    void commandLineSpeaksGerman();
    void exportedDataDoesNotChange();
    void pdfSummariesAreGerman();
    void profilePageDatesAreGerman();
    void monthsFollowTheInterfaceLanguage();

private:
    QTemporaryDir m_settings;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"ShortlistTests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    setToday(QDate(2026, 6, 1)); // nothing shown may depend on the day the suite runs
    QCOMPARE(qEnvironmentVariable("LANG"), u"de_DE.UTF-8"_s);
}

void TestTranslations::germanIsChosenFromTheEnvironment()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(interfaceLanguage(), u"de"_s);
    QCOMPARE(translatedLanguages(), (QStringList {u"en"_s, u"de"_s}));
    // Languages Shortlist does not speak fall back to English, its source language.
    QCOMPARE(interfaceLanguage(QLocale(QLocale::Japanese)), u"en"_s);
    QCOMPARE(interfaceLanguage(QLocale::c()), u"en"_s);
    QCOMPARE(interfaceLanguage(QLocale(QLocale::German, QLocale::Austria)), u"de"_s);
}

void TestTranslations::menusAreGerman()
{
    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
}

void TestTranslations::pluralsFollowGermanForms()
{
    const auto candidates = [](int n) { return QCoreApplication::translate("Shortlist::FilterBar", "%Ln candidates", nullptr, n); };
    QCOMPARE(candidates(1), u"1 Kandidat"_s);
    QCOMPARE(candidates(3), u"3 Kandidaten"_s);
    QCOMPARE(candidates(1200), u"1.200 Kandidaten"_s); // %Ln: German digit grouping
    const auto problems = [](int n) { return QCoreApplication::translate("Shortlist::MainWindow", "%n problems", nullptr, n); };
    QCOMPARE(problems(1), u"1 Problem"_s);
    QCOMPARE(problems(2), u"2 Probleme"_s);
}

void TestTranslations::qtsOwnButtonsAreGerman()
{
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), u"Speichern"_s);
    QCOMPARE(box.button(QDialogButtonBox::Discard)->text(), u"Verwerfen"_s);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
}

void TestTranslations::messageBoxesAreGerman()
{
    MainWindow window;
    window.show();
    QAction *about = actionWithRole(&window, QAction::AboutRole);
    QVERIFY(about);
    QCOMPARE(about->text(), u"Über &Shortlist"_s);
    QString title;
    QString text;
    DialogAnswer answer([&](QWidget *dialog) {
        title = dialog->windowTitle();
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            text = box->text();
        dialog->close();
    });
    about->trigger();
    QVERIFY(answer.answered());
    QCOMPARE(title, u"Über Shortlist"_s);
    QVERIFY2(text.contains(u"Kandidatenprofile in Markdown oder reinem Text lesen"_s), qPrintable(text));
}

void TestTranslations::commandLineSpeaksGerman()
{
    QProcess help;
    help.start(QStringLiteral(SHORTLIST_BINARY), {u"--help"_s});
    QVERIFY(help.waitForFinished());
    const QString usage = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(usage.contains(u"Ohne Optionen"_s), qPrintable(usage));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"fehlt.md"_s);
    QProcess run;
    run.start(QStringLiteral(SHORTLIST_BINARY), {u"--export"_s, u"json"_s, missing});
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.exitCode(), 1);
    const QString error = QString::fromUtf8(run.readAllStandardError());
    QVERIFY2(error.contains(missing) && error.contains(u"existiert nicht"_s), qPrintable(error));
}

// JSON and house-style markdown are data, not interface: the same bytes in any language.
void TestTranslations::exportedDataDoesNotChange()
{
    const QString sample = QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples/camille-rousseau.md");
    const auto exported = [&sample](const QString &format, const QStringList &environment) {
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &assignment : environment)
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        run.setProcessEnvironment(env);
        run.start(QStringLiteral(SHORTLIST_BINARY), {u"--export"_s, format, u"--today"_s, u"2026-06-01"_s, sample});
        return run.waitForFinished() && run.exitCode() == 0 ? run.readAllStandardOutput() : QByteArray();
    };
    for (const QString &format : {u"json"_s, u"markdown"_s}) {
        const QByteArray german = exported(format, {});
        QVERIFY(!german.isEmpty());
        QCOMPARE(german, exported(format, {u"LANG=C.UTF-8"_s, u"LC_ALL=C.UTF-8"_s}));
    }
}

namespace {

// The text of each page of the PDF the program exports of `samples`, run under this
// suite's environment with `language` as LANG when given; empty when it fails.
QStringList exportedPdfPages(const QStringList &samples, const QString &language = {})
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"summary.pdf"_s);
    QStringList arguments {u"--export"_s, u"pdf"_s, u"-o"_s, pdf, u"--today"_s, u"2026-06-01"_s};
    for (const QString &sample : samples)
        arguments.append(QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples/") + sample);
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!language.isEmpty())
        env.insert(u"LANG"_s, language);
    run.setProcessEnvironment(env);
    run.start(QStringLiteral(SHORTLIST_BINARY), arguments);
    if (!dir.isValid() || !run.waitForFinished() || run.exitCode() != 0)
        return {};
    QPdfDocument document;
    document.load(pdf);
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages.append(document.getAllText(page).text());
    return pages;
}

} // namespace

// The PDF's labels and dates follow the language; a German label, one long word, is not cut.
void TestTranslations::pdfSummariesAreGerman()
{
    const QStringList pages = exportedPdfPages({u"anna-keller.md"_s, u"camille-rousseau.md"_s});
    QVERIFY(pages.size() >= 3); // the comparison, then a summary per candidate
    QVERIFY2(pages[0].contains(u"Vergleich von 2 Kandidaten"_s), qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"Berufsbezeichnung"_s), qPrintable(pages[0]));
    QVERIFY2(pages[1].contains(u"März 2021 – heute"_s), qPrintable(pages[1]));
    QVERIFY2(pages[1].contains(u"BERUFSERFAHRUNG"_s), qPrintable(pages[1]));
}

void TestTranslations::profilePageDatesAreGerman()
{
    const QByteArray cv = "# Zoë Lambert\n\n## Experience\n\n### Platform Engineer at Nuage SA\n_Mar 2018 – present_\n\n"
                          "### Administrator at Cumulus SARL\n_Oct 2014 – Dec 2017_\n";
    const Profile profile = parseProfileBytes(u"zoe.md"_s, cv).profile;
    QCOMPARE(profile.work.size(), 2);
    const QString html = renderProfilePage(profile, QPalette(), QDate(2026, 6, 1)).html;
    QVERIFY2(html.contains(u"März 2018 – heute"_s), qPrintable(html));
    QVERIFY2(html.contains(u"Okt. 2014 – Dez. 2017"_s), qPrintable(html));
    QVERIFY(html.contains(u"BERUFSERFAHRUNG"_s, Qt::CaseInsensitive));
}

// A French locale gets the English interface (there is no French translation), and the
// months beside its words are English too, not "mars 2021 – present".
void TestTranslations::monthsFollowTheInterfaceLanguage()
{
    const QStringList pages = exportedPdfPages({u"anna-keller.md"_s}, u"fr_FR.UTF-8"_s);
    QVERIFY(!pages.isEmpty());
    QVERIFY2(pages[0].contains(u"Mar 2021 – present"_s), qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"EXPERIENCE"_s), qPrintable(pages[0]));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
