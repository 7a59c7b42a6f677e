// Importing CVs that are not markdown (issue 18): JSON Resume field for field, JSON that is
// not a JSON Resume as a problem, the markdown an import writes beside its original, and the
// library listing that markdown in the original's place.

#include "import/documentimport.h"
#include "import/importcache.h"
#include "io/profilefile.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);

// A fictional candidate in JSON Resume 1.0, with a field of every kind the schema has.
const QByteArray kResume =
    "{\n"
    "  \"$schema\": \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\",\n"
    "  \"basics\": {\n"
    "    \"name\": \"Ada Quill\", \"label\": \"Loom Engineer\", \"email\": \"ada@example.org\", \"phone\": \"+44 20 7946 0000\",\n"
    "    \"url\": \"https://quill.example.org\", \"summary\": \"Builds looms and keeps them running.\",\n"
    "    \"location\": {\"city\": \"Leeds\", \"countryCode\": \"GB\"},\n"
    "    \"profiles\": [{\"network\": \"GitHub\", \"username\": \"adaquill\", \"url\": \"https://github.com/adaquill\"}]\n"
    "  },\n"
    "  \"work\": [\n"
    "    {\"name\": \"Loom Works\", \"position\": \"Senior Engineer\", \"startDate\": \"2019-03-01\",\n"
    "     \"summary\": \"Led the loom team.\", \"highlights\": [\"Cut waste by a fifth\", \"Hired four engineers\"]},\n"
    "    {\"name\": \"Spindle Ltd\", \"position\": \"Engineer\", \"location\": \"York\", \"startDate\": \"2015-06\", \"endDate\": \"2019-02\"}\n"
    "  ],\n"
    "  \"education\": [{\"institution\": \"University of Eastport\", \"area\": \"Physics\", \"studyType\": \"BSc\",\n"
    "                 \"startDate\": \"2011\", \"endDate\": \"2014\"}],\n"
    "  \"skills\": [{\"name\": \"Languages\", \"keywords\": [\"Go\", \"Rust\"]}],\n"
    "  \"languages\": [{\"language\": \"English\", \"fluency\": \"Native\"}],\n"
    "  \"projects\": [{\"name\": \"Shuttle\", \"description\": \"A loom simulator\", \"url\": \"https://example.org/shuttle\"}],\n"
    "  \"certificates\": [{\"name\": \"Loom Safety\", \"issuer\": \"Weavers Guild\", \"date\": \"2020-05-01\"}],\n"
    "  \"volunteer\": [{\"organization\": \"Code Club\", \"position\": \"Mentor\", \"startDate\": \"2018-01\", \"summary\": \"Taught children.\"}],\n"
    "  \"awards\": [{\"title\": \"Weaver of the Year\", \"date\": \"2021-11-01\", \"awarder\": \"Weavers Guild\"}]\n"
    "}\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kindsByName_data();
    void kindsByName();
    void jsonResumeFieldForField();
    void jsonThatIsNoResumeIsAProblem_data();
    void jsonThatIsNoResumeIsAProblem();
    void markdownNamesItsOriginal();
    void libraryListsTheMarkdownInItsOriginalsPlace();
    void whatWasReadIsCachedUntilTheFileChanges();
};

void TestImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir(ImportCache().folder()).removeRecursively());
}

void TestImport::kindsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("listed");
    QTest::newRow("markdown") << u"cv.md"_s << int(DocumentKind::Text) << true;
    QTest::newRow("text") << u"CV.TXT"_s << int(DocumentKind::Text) << true;
    QTest::newRow("json resume") << u"resume.json"_s << int(DocumentKind::JsonResume) << true;
    QTest::newRow("pdf") << u"cv.PDF"_s << int(DocumentKind::Pdf) << true;
    QTest::newRow("word") << u"cv.docx"_s << int(DocumentKind::Word) << true;
    QTest::newRow("opendocument") << u"cv.odt"_s << int(DocumentKind::OpenDocument) << true;
}

void TestImport::kindsByName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(bool, listed);
    QCOMPARE(int(documentKindOf(name)), kind);
    QCOMPARE(isProfileFileName(name), listed);
    QCOMPARE(markdownPathFor(u"/cvs/"_s + name), u"/cvs/"_s + QFileInfo(name).completeBaseName() + u".md"_s);
}

void TestImport::jsonResumeFieldForField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ada.json"_s);
    QVERIFY(writeFile(path, kResume));
    const ProfileFile file = loadProfileFile(path);
    QVERIFY2(file.isValid(), qPrintable(file.error));
    QCOMPARE(file.kind, DocumentKind::JsonResume);
    const Profile &p = file.profile;
    QCOMPARE(p.basics.name.value, u"Ada Quill"_s);
    QCOMPARE(p.basics.label.value, u"Loom Engineer"_s);
    QCOMPARE(p.basics.email.value, u"ada@example.org"_s);
    QCOMPARE(p.basics.phone.value, u"+44 20 7946 0000"_s);
    QCOMPARE(p.basics.location.city, u"Leeds"_s);
    QCOMPARE(p.basics.location.countryCode, u"GB"_s);
    QCOMPARE(p.basics.summary.value, u"Builds looms and keeps them running."_s);
    QCOMPARE(p.basics.links.size(), 2);
    QCOMPARE(p.basics.links[1].network, u"GitHub"_s);
    QCOMPARE(p.basics.links[1].url, u"https://github.com/adaquill"_s);

    QCOMPARE(p.work.size(), 2);
    QCOMPARE(p.work[0].company.value, u"Loom Works"_s);
    QCOMPARE(p.work[0].title.value, u"Senior Engineer"_s);
    QCOMPARE(p.work[0].start.value, (PartialDate {2019, 3}));
    QVERIFY(p.work[0].ongoing);
    QCOMPARE(p.work[0].description.value, u"Led the loom team."_s);
    QCOMPARE(p.work[0].highlights.size(), 2);
    QCOMPARE(p.work[0].highlights[1].value, u"Hired four engineers"_s);
    QCOMPARE(p.work[1].location.value, u"York"_s);
    QCOMPARE(p.work[1].end.value, (PartialDate {2019, 2}));
    QVERIFY(!p.work[1].ongoing);

    QCOMPARE(p.education.size(), 1);
    QCOMPARE(p.education[0].institution.value, u"University of Eastport"_s);
    QCOMPARE(p.education[0].studyType.value, u"BSc"_s);
    QCOMPARE(p.education[0].area.value, u"Physics"_s);
    QCOMPARE(p.skills.size(), 1);
    QCOMPARE(p.skills[0].name.value, u"Languages"_s);
    QCOMPARE(p.skills[0].keywords.size(), 2);
    QCOMPARE(p.languages.size(), 1);
    QCOMPARE(p.languages[0].fluency.value, u"Native"_s);
    QCOMPARE(p.projects.size(), 1);
    QCOMPARE(p.projects[0].name.value, u"Shuttle"_s);
    QCOMPARE(p.certificates.size(), 1);
    QCOMPARE(p.certificates[0].issuer.value, u"Weavers Guild"_s);

    // What the profile has no field for stands in sections of its own, word for word.
    QStringList headings;
    for (const Section &s : p.sections)
        headings.append(s.heading);
    QCOMPARE(headings, (QStringList {u"Volunteering"_s, u"Awards"_s}));
    QVERIFY(p.sections[0].text.contains(u"Mentor, Code Club"_s));
    QVERIFY(p.sections[0].text.contains(u"Taught children."_s));
    QVERIFY(p.sections[1].text.contains(u"Weaver of the Year, Weavers Guild, Nov 2021"_s));
}

void TestImport::jsonThatIsNoResumeIsAProblem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("a package manifest") << "{\"name\": \"loom\", \"version\": \"1.0.0\"}"_ba
                                        << u"is JSON but not a JSON Resume (it has no basics, work or education)"_s;
    QTest::newRow("an array") << "[{\"basics\": {}}]"_ba
                              << u"is JSON but not a JSON Resume (it has no basics, work or education)"_s;
    QTest::newRow("cut short") << "{\"basics\": {\"name\": "_ba << u"is not valid JSON: unterminated object at byte 20"_s;
    QTest::newRow("empty") << ""_ba << u"is not valid JSON: illegal value at byte 0"_s;
}

void TestImport::jsonThatIsNoResumeIsAProblem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"package.json"_s);
    QVERIFY(writeFile(path, bytes));
    const ProfileFile file = loadProfileFile(path);
    QVERIFY(!file.isValid());
    QCOMPARE(file.error, problem);
    QVERIFY(file.profile.basics.name.value.isEmpty());
}

void TestImport::markdownNamesItsOriginal()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(u"ada.json"_s);
    const QString markdown = dir.filePath(u"ada.md"_s);
    QVERIFY(writeFile(original, kResume));
    const QByteArray text = markdownFileText(original, u"# Ada Quill\n"_s).toUtf8();
    QVERIFY(text.startsWith("<!-- Imported by Shortlist from ada.json."));
    QVERIFY(!hasBeenImported(original)); // no markdown beside it yet
    QVERIFY(writeFile(markdown, text));
    QVERIFY(hasBeenImported(original));
    QCOMPARE(importedFrom(markdown, text), original);

    // The profile of the markdown links back to the original, and the comment is no part of it.
    const ProfileFile file = loadProfileFile(markdown);
    QCOMPARE(file.original, original);
    QCOMPARE(file.profile.basics.name.value, u"Ada Quill"_s);
    QVERIFY(file.profile.sections.isEmpty());

    // A markdown that names another file, or an original that is gone, is no link.
    QVERIFY(importedFrom(markdown, "<!-- Imported by Shortlist from ../etc/passwd.json. The original is unchanged; this file is the profile now. -->").isEmpty());
    QVERIFY(QFile::remove(original));
    QVERIFY(loadProfileFile(markdown).original.isEmpty());
}

void TestImport::libraryListsTheMarkdownInItsOriginalsPlace()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"ada.json"_s), kResume));
    QVERIFY(writeFile(dir.filePath(u"package.json"_s), "{\"name\": \"loom\"}"));
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryLoader loader(&model);
    loader.setToday(kToday);
    QSignalSpy finished(&loader, &LibraryLoader::loadingFinished);
    loader.open({dir.path()});
    QVERIFY(finished.wait());
    QCOMPARE(model.profileCount(), 1);
    QCOMPARE(model.problemCount(), 1);
    QVERIFY(model.rowOfPath(dir.filePath(u"ada.json"_s)) >= 0);
    const LibraryEntry &problem = model.entry(model.rowOfPath(dir.filePath(u"package.json"_s)));
    QVERIFY(problem.error.contains(u"not a JSON Resume"_s));

    // Once imported, the markdown is the profile: the original is no longer listed.
    const ProfileFile imported = loadProfileFile(dir.filePath(u"ada.json"_s));
    QVERIFY(writeFile(dir.filePath(u"ada.md"_s),
        markdownFileText(dir.filePath(u"ada.json"_s), QString::fromUtf8(imported.source.fileBytes())).toUtf8()));
    loader.open({dir.path()});
    QVERIFY(finished.wait());
    QCOMPARE(model.profileCount(), 1);
    QCOMPARE(model.rowOfPath(dir.filePath(u"ada.json"_s)), -1);
    const LibraryEntry &ada = model.entry(model.rowOfPath(dir.filePath(u"ada.md"_s)));
    QCOMPARE(ada.profile.basics.name.value, u"Ada Quill"_s);
    QCOMPARE(ada.profile.work.size(), 2);
}

// A Word file is read once: its markdown is kept in the cache, keyed by the file's path, size
// and time, and read again when any of them changes or the entry is damaged.
void TestImport::whatWasReadIsCachedUntilTheFileChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"quinn.docx"_s);
    QVERIFY(QFile::copy(QStringLiteral(SHORTLIST_SOURCE_DIR "/tests/fuzz-corpus/fuzz_import/quinn.docx"), path));
    QCOMPARE(loadProfileFile(path).profile.basics.name.value, u"Quinn Harlow"_s);
    const ImportCache cache;
    const QStringList entries = QDir(cache.folder()).entryList(QDir::Files);
    QCOMPARE(entries.size(), 1);
    const QString entry = cache.folder() + u'/' + entries.first();
    QCOMPARE(QFile::permissions(entry) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(cache.folder()) & (QFileDevice::ExeGroup | QFileDevice::ExeOther), QFileDevice::Permissions());

    // Served from the cache: an entry written for the same file and time is what is read.
    const QFileInfo info(path);
    ImportedDocument planted;
    planted.markdown = u"# Cached Quinn\n"_s;
    cache.store(path, info.size(), info.lastModified(), planted);
    QCOMPARE(loadProfileFile(path).profile.basics.name.value, u"Cached Quinn"_s);

    // Read under another translation, the notes of the entry would be in the wrong language:
    // the file is read again.
    struct Elsewhere : QTranslator
    {
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            return QByteArrayView(context) == "Shortlist::Import" ? u"«%1»"_s.arg(QString::fromUtf8(source)) : QString();
        }
        bool isEmpty() const override { return false; }
    } elsewhere;
    QVERIFY(QCoreApplication::installTranslator(&elsewhere));
    QCOMPARE(loadProfileFile(path).profile.basics.name.value, u"Quinn Harlow"_s);
    QVERIFY(QCoreApplication::removeTranslator(&elsewhere));
    cache.store(path, info.size(), info.lastModified(), planted);
    QCOMPARE(loadProfileFile(path).profile.basics.name.value, u"Cached Quinn"_s);

    // A file changed since is read again.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(info.lastModified().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(loadProfileFile(path).profile.basics.name.value, u"Quinn Harlow"_s);

    // A damaged entry is not trusted.
    QFile damaged(entry);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(damaged.write("{\"path\": ") > 0);
    damaged.close();
    QCOMPARE(loadProfileFile(path).profile.basics.name.value, u"Quinn Harlow"_s);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
