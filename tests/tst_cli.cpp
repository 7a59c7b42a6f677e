// Runs the real shortlist program in console mode and checks what it prints, what it writes and
// the exit status it returns (0 success, 1 a file could not be read or written, 2 a usage error).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include <sys/stat.h>

#include "everyfield.h"
#include "fulldisk.h"
#include "io/profilefile.h"

using namespace Qt::StringLiterals;

namespace {

// Generous: the program reads an 11 MB file in one of the cases, on a loaded build machine.
constexpr int kTimeoutMs = 60'000;

const QByteArray kJane = "# Jane Example\n"
                         "\n"
                         "Backend Engineer\n"
                         "\n"
                         "## Experience\n"
                         "\n"
                         "### Senior Engineer at Acme GmbH\n"
                         "_March 2019 - Present_\n"
                         "\n"
                         "- Built things\n"
                         "\n"
                         "### Junior Developer at Beta Ltd\n"
                         "_June 2015 - February 2019_\n"
                         "\n"
                         "- Fixed things\n";

const QByteArray kAnn = "# Ann Other\n"
                        "\n"
                        "Data Analyst\n"
                        "\n"
                        "## Experience\n"
                        "\n"
                        "### Analyst at Gamma AG\n"
                        "_January 2020 - Present_\n";

// What one run of the program did.
struct Outcome
{
    bool finished = false; // false: it did not start, crashed or ran past the timeout
    QString problem; // why it did not finish
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList errLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }

    QStringList errLinesWith(const QString &text) const { return errLines().filter(text); }
};

// The parsed standard output, or a null document and the parser's complaint.
QJsonDocument parseJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString() + u" at offset "_s + QString::number(parseError.offset)
            + u" in:\n"_s + QString::fromUtf8(bytes);
    return document;
}

// The value with every "x-shortlist" member removed: byte ranges differ between encodings of one text.
QJsonValue withoutExtensions(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutExtensions(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        object.remove(u"x-shortlist"_s);
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withoutExtensions(it.value());
        return object;
    }
    return value;
}

// Company, position and start date of each work entry, in order: what a round trip must keep.
QStringList workSummary(const QJsonObject &profile)
{
    QStringList summary;
    for (const QJsonValue &entry : profile.value(u"work"_s).toArray()) {
        const QJsonObject work = entry.toObject();
        summary.append(work.value(u"name"_s).toString() + u" | "_s + work.value(u"position"_s).toString()
            + u" | "_s + work.value(u"startDate"_s).toString());
    }
    return summary;
}

// Indented JSON text of a value, so that a failed comparison shows both sides readably.
QByteArray jsonText(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Indented);
}

QString nameOf(const QJsonValue &profile)
{
    return profile.toObject().value(u"basics"_s).toObject().value(u"name"_s).toString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void exportJsonPrintsOneObject();
    void explainSaysWhatEachLineWasReadAs();
    void exportJsonOfSeveralFilesKeepsArgumentOrder();
    void exportJsonCountsExperienceUpToToday();
    void exportMarkdownReadsBackToTheSameProfile();
    void outputFileHoldsWhatStandardOutputWouldShow_data();
    void outputFileHoldsWhatStandardOutputWouldShow();

    void badInputIsReportedAndTheOthersStillPrinted_data();
    void badInputIsReportedAndTheOthersStillPrinted();
    void badInputLeavesTheOutputFileAlone_data();
    void badInputLeavesTheOutputFileAlone();
    void unwritableOutputIsReported_data();
    void unwritableOutputIsReported();

    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void helpListsTheOptions_data();
    void helpListsTheOptions();
    void versionPrintsTheVersion_data();
    void versionPrintsTheVersion();
    void unknownOptionsNeedNoDisplay();

    void setWritesTheFieldInPlace();
    void setReplacesAPostalAddress();
    void fullDiskLeavesTheFileAndSaysSo_data();
    void fullDiskLeavesTheFileAndSaysSo();
    void setKeepsOwnerAndModeOfTheFile();
    void dryRunPrintsTheDiffAndLeavesTheFile();
    void importWritesTheMarkdownBesideTheOriginal();
    void editsApplyInTheOrderGiven();
    void badEditsLeaveTheFileAlone_data();
    void badEditsLeaveTheFileAlone();
    void sameValueSetsLeaveTheFileAsItWas_data();
    void sameValueSetsLeaveTheFileAsItWas();
    void datesSetToTheirOwnValueKeepTheirWords_data();
    void datesSetToTheirOwnValueKeepTheirWords();
    void inexactEditsAreRefused_data();
    void inexactEditsAreRefused();
    void editsOnTheSeeds_data();
    void editsOnTheSeeds();

    void exportPdfWritesASummary();
    void manPageDocumentsEveryOption();

    void windows1252FileIsDecodedWithAWarning();
    void bomAndLineEndingsDoNotChangeTheProfile_data();
    void bomAndLineEndingsDoNotChangeTheProfile();

private:
    // `room`: the longest file the program may write, as on a disk with that much free space.
    Outcome shortlist(const QStringList &arguments, std::optional<rlim_t> room = std::nullopt) const;
    QString pathOf(const QString &name) const { return m_files->filePath(name); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // A copy of `source` among the test's files, and in `bytes` what it holds.
    QString copyFile(const QString &source, QByteArray *bytes) const;

    QTemporaryDir m_home; // the program's configuration, data and runtime folders
    std::unique_ptr<QTemporaryDir> m_files; // the inputs and outputs of one test function
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_home.isValid(), qPrintable(m_home.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(SHORTLIST_BINARY)).isExecutable(),
        "the shortlist program is not built: " SHORTLIST_BINARY);
}

void TestCli::init()
{
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_files->isValid(), qPrintable(m_files->errorString()));
}

Outcome TestCli::shortlist(const QStringList &arguments, std::optional<rlim_t> room) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_files->path());
    process.setStandardInputFile(QProcess::nullDevice());
    if (room)
        FileSizeLimit::applyTo(process, *room);
    process.start(QStringLiteral(SHORTLIST_BINARY), arguments);

    Outcome outcome;
    const QString command = u"shortlist "_s + arguments.join(u' ');
    if (!process.waitForFinished(kTimeoutMs)) {
        outcome.problem = command + u": did not finish: "_s + process.errorString();
        process.kill();
        process.waitForFinished(kTimeoutMs);
        return outcome;
    }
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        outcome.problem = command + u": crashed; standard error:\n"_s + QString::fromUtf8(outcome.err);
        return outcome;
    }
    outcome.finished = true;
    outcome.exitCode = process.exitCode();
    return outcome;
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = pathOf(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test input %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

QString TestCli::copyFile(const QString &source, QByteArray *bytes) const
{
    QFile original(source);
    if (!original.open(QIODevice::ReadOnly))
        qFatal("cannot read the test input %s", qPrintable(source));
    *bytes = original.readAll();
    return writeFile(QFileInfo(source).fileName(), *bytes);
}

void TestCli::exportJsonPrintsOneObject()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);

    const Outcome run = shortlist({u"--export"_s, u"json"_s, jane});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QString error;
    const QJsonDocument document = parseJson(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(document.isObject());
    QCOMPARE(nameOf(document.object()), u"Jane Example"_s);
    QCOMPARE(workSummary(document.object()),
        QStringList(
            {u"Acme GmbH | Senior Engineer | 2019-03"_s, u"Beta Ltd | Junior Developer | 2015-06"_s}));
}

void TestCli::explainSaysWhatEachLineWasReadAs()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);

    const Outcome run = shortlist({u"--explain"_s, jane});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    auto lineStarting = [&](const QString &start) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(start))
                return i;
        }
        return qsizetype(-1);
    };
    // Source line 7 holds the first position's title and company, line 8 its dates.
    const qsizetype header = lineStarting(u"   7  heading3    work "_s);
    QVERIFY2(header >= 0, run.out.constData());
    QVERIFY(lines.value(header + 1).contains(u"position 1: header"_s));
    QVERIFY(lines.value(header + 2).contains(u"position 1 reads: title 'Senior Engineer', company 'Acme GmbH'"_s));
    const qsizetype dates = lineStarting(u"   8  text        work "_s);
    QVERIFY2(dates >= 0, run.out.constData());
    QVERIFY(lines.value(dates + 1).contains(u"position 1: its dates 2019-03..present"_s));
    QVERIFY(lineStarting(u"   5  heading2    work          Experience"_s) >= 0);

    const Outcome twoFiles = shortlist({u"--explain"_s, jane, jane});
    QCOMPARE(twoFiles.exitCode, 2);
    QVERIFY(twoFiles.err.contains("--explain"));
}

void TestCli::exportJsonCountsExperienceUpToToday()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);

    const Outcome run = shortlist({u"--export"_s, u"json"_s, u"--today"_s, u"2020-02-15"_s, jane});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QString error;
    const QJsonDocument document = parseJson(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // June 2015 to February 2019, then March 2019 to February 2020: four years and nine months.
    const QJsonObject extension = document.object().value(u"x-shortlist"_s).toObject();
    QCOMPARE(extension.value(u"experienceMonths"_s).toInt(-1), 57);
    QVERIFY(!extension.contains(u"undatedPositions"_s));
}

void TestCli::exportJsonOfSeveralFilesKeepsArgumentOrder()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QString ann = writeFile(u"ann.md"_s, kAnn);

    const Outcome run = shortlist({u"--export"_s, u"json"_s, ann, jane, ann});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QString error;
    const QJsonDocument document = parseJson(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(document.isArray());
    QStringList names;
    for (const QJsonValue &profile : document.array())
        names.append(nameOf(profile));
    QCOMPARE(names, QStringList({u"Ann Other"_s, u"Jane Example"_s, u"Ann Other"_s}));
}

void TestCli::exportMarkdownReadsBackToTheSameProfile()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);

    const Outcome markdown = shortlist({u"--export"_s, u"markdown"_s, jane});
    QVERIFY2(markdown.finished, qPrintable(markdown.problem));
    QCOMPARE(markdown.exitCode, 0);
    QCOMPARE(markdown.err, QByteArray());
    QVERIFY2(markdown.out.startsWith("# Jane Example\n"), markdown.out.constData());

    const QString exported = writeFile(u"exported.md"_s, markdown.out);
    const Outcome original = shortlist({u"--export"_s, u"json"_s, jane});
    const Outcome reread = shortlist({u"--export"_s, u"json"_s, exported});
    QVERIFY2(original.finished, qPrintable(original.problem));
    QVERIFY2(reread.finished, qPrintable(reread.problem));
    QCOMPARE(reread.exitCode, 0);
    QCOMPARE(reread.err, QByteArray());
    QString error;
    const QJsonObject before = parseJson(original.out, &error).object();
    const QJsonObject after = parseJson(reread.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(nameOf(after), u"Jane Example"_s);
    QCOMPARE(workSummary(after), workSummary(before));
    QCOMPARE(workSummary(after).size(), 2);
}

void TestCli::outputFileHoldsWhatStandardOutputWouldShow_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("inputs");

    QTest::newRow("json: one file") << u"json"_s << QStringList {u"jane.md"_s};
    QTest::newRow("json: two files") << u"json"_s << QStringList {u"jane.md"_s, u"ann.md"_s};
    QTest::newRow("markdown: one file") << u"markdown"_s << QStringList {u"jane.md"_s};
}

void TestCli::outputFileHoldsWhatStandardOutputWouldShow()
{
    QFETCH(QString, format);
    QFETCH(QStringList, inputs);
    writeFile(u"jane.md"_s, kJane);
    writeFile(u"ann.md"_s, kAnn);
    QStringList paths;
    for (const QString &input : std::as_const(inputs))
        paths.append(pathOf(input));
    const QString output = pathOf(u"export.out"_s);

    const Outcome printed = shortlist(QStringList {u"--export"_s, format} + paths);
    const Outcome written = shortlist(QStringList {u"--export"_s, format, u"-o"_s, output} + paths);

    QVERIFY2(printed.finished, qPrintable(printed.problem));
    QVERIFY2(written.finished, qPrintable(written.problem));
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(!printed.out.isEmpty());
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.err, QByteArray());
    QCOMPARE(written.out, QByteArray());
    QFile file(output);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QCOMPARE(file.readAll(), printed.out);
}

void TestCli::badInputIsReportedAndTheOthersStillPrinted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // a null array: no file at all
    QTest::addColumn<bool>("isDirectory");
    QTest::addColumn<QString>("complaint");

    QTest::newRow("bad input: empty file") << u"empty.md"_s << QByteArray("") << false << u"empty"_s;
    QTest::newRow("bad input: whitespace only")
        << u"blank.md"_s << QByteArray(" \n\t\n  \r\n\n") << false << u"empty"_s;
    QTest::newRow("bad input: binary file")
        << u"picture.md"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << false
        << u"binary"_s;
    QTest::newRow("bad input: over 10 MB")
        << u"huge.md"_s << QByteArray("Lorem ipsum dolor sit amet.\n").repeated(11 * 1024 * 1024 / 28 + 1)
        << false << u"10 MB"_s;
    QTest::newRow("bad input: missing path") << u"missing.md"_s << QByteArray() << false << u"no such file"_s;
    QTest::newRow("bad input: a directory") << u"folder.md"_s << QByteArray() << true << u"directory"_s;
    QTest::newRow("bad input: BOM and blank lines")
        << u"bom-blank.md"_s << QByteArray("\xEF\xBB\xBF\n\n  \n") << false << u"empty"_s;
    QTest::newRow("bad input: UTF-16 BOM only")
        << u"utf16-bom.md"_s << QByteArray("\xFF\xFE") << false << u"empty"_s;
}

void TestCli::badInputIsReportedAndTheOthersStillPrinted()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, isDirectory);
    QFETCH(QString, complaint);
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QString ann = writeFile(u"ann.md"_s, kAnn);
    const QString bad = pathOf(name);
    if (isDirectory)
        QVERIFY(QDir().mkdir(bad));
    else if (!content.isNull())
        writeFile(name, content);

    const Outcome run = shortlist({u"--export"_s, u"json"_s, jane, bad, ann});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(run.errLinesWith(bad).size(), 1);
    QVERIFY2(run.errLines().constFirst().contains(complaint), run.err.constData());
    QString error;
    const QJsonDocument document = parseJson(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const QJsonValue &profile : document.array())
        names.append(nameOf(profile));
    QCOMPARE(names, QStringList({u"Jane Example"_s, u"Ann Other"_s}));
}

void TestCli::badInputLeavesTheOutputFileAlone_data()
{
    QTest::addColumn<QByteArray>("before"); // a null array: no output file before the run

    QTest::newRow("output file absent") << QByteArray();
    QTest::newRow("output file present") << QByteArray("an earlier export\n");
}

void TestCli::badInputLeavesTheOutputFileAlone()
{
    QFETCH(QByteArray, before);
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QString ann = writeFile(u"ann.md"_s, kAnn);
    const QString empty = writeFile(u"empty.md"_s, QByteArray(""));
    const QString output = pathOf(u"export.json"_s);
    if (!before.isNull())
        writeFile(u"export.json"_s, before);
    const QStringList filesBefore = QDir(m_files->path()).entryList(QDir::Files);

    const Outcome run = shortlist({u"--export"_s, u"json"_s, u"-o"_s, output, jane, empty, ann});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.errLinesWith(empty).size(), 1);
    QCOMPARE(QDir(m_files->path()).entryList(QDir::Files), filesBefore); // no stray temporary file either
    if (before.isNull()) {
        QVERIFY(!QFileInfo::exists(output));
    } else {
        QFile file(output);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QCOMPARE(file.readAll(), before);
    }
}

void TestCli::unwritableOutputIsReported_data()
{
    QTest::addColumn<QString>("output"); // relative to the test folder
    QTest::addColumn<QString>("said");

    QTest::newRow("output: folder does not exist")
        << u"no/such/folder/export.json"_s << u"cannot be written"_s;
    QTest::newRow("output: parent is a file") << u"jane.md/export.json"_s << u"cannot be written"_s;
    QTest::newRow("output: path is a folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("output: read-only folder") << u"read-only/export.json"_s << u"cannot be written"_s;
}

void TestCli::unwritableOutputIsReported()
{
    QFETCH(QString, output);
    QFETCH(QString, said);
    const QString jane = writeFile(u"jane.md"_s, kJane);
    QVERIFY(QDir().mkdir(pathOf(u"folder"_s)));
    const QString readOnly = pathOf(u"read-only"_s);
    QVERIFY(QDir().mkdir(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    if (output.startsWith(u"read-only/"_s)) {
        QFile probe(pathOf(u"read-only/probe"_s));
        if (probe.open(QIODevice::WriteOnly))
            QSKIP("this user may write into read-only folders (root?)");
    }
    const QString path = pathOf(output);

    const Outcome run = shortlist({u"--export"_s, u"json"_s, u"-o"_s, path, jane});

    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(run.errLinesWith(path).size(), 1);
    QVERIFY2(run.err.contains(said.toUtf8()), run.err.constData());
    QVERIFY2(run.err.count("cannot be written") <= 1, run.err.constData());
    QVERIFY(!QFileInfo(path).isFile());
    QVERIFY(!QFileInfo::exists(pathOf(u"no"_s)));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments"); // "FILE" stands for a good profile
    QTest::addColumn<QString>("complaint");

    QTest::newRow("usage: unknown format") << QStringList {u"--export"_s, u"yaml"_s, u"FILE"_s} << u"yaml"_s;
    QTest::newRow("usage: json without files") << QStringList {u"--export"_s, u"json"_s} << u"FILE"_s;
    QTest::newRow("usage: unknown option")
        << QStringList {u"--export"_s, u"json"_s, u"--frobnicate"_s, u"FILE"_s} << u"frobnicate"_s;
    QTest::newRow("usage: unknown option without --export")
        << QStringList {u"--frobnicate"_s, u"FILE"_s} << u"frobnicate"_s;
    QTest::newRow("usage: --export without a format") << QStringList {u"--export"_s} << u"export"_s;
    QTest::newRow("usage: markdown of two files")
        << QStringList {u"--export"_s, u"markdown"_s, u"FILE"_s, u"FILE"_s} << u"one FILE"_s;
    QTest::newRow("usage: -o without --export")
        << QStringList {u"-o"_s, u"out.json"_s, u"FILE"_s} << u"--export"_s;
    QTest::newRow("usage: --today without --export")
        << QStringList {u"--today"_s, u"2020-01-01"_s, u"FILE"_s} << u"--export"_s;
    QTest::newRow("usage: --today not a date")
        << QStringList {u"--export"_s, u"json"_s, u"--today"_s, u"March 2020"_s, u"FILE"_s} << u"YYYY-MM-DD"_s;
    QTest::newRow("usage: --set without =")
        << QStringList {u"--set"_s, u"basics.label"_s, u"FILE"_s} << u"PATH=VALUE"_s;
    QTest::newRow("usage: --set of two files")
        << QStringList {u"--set"_s, u"basics.label=X"_s, u"FILE"_s, u"FILE"_s} << u"exactly one FILE"_s;
    QTest::newRow("usage: --set without a file") << QStringList {u"--set"_s, u"basics.label=X"_s} << u"exactly one FILE"_s;
    QTest::newRow("usage: --set with --export")
        << QStringList {u"--export"_s, u"json"_s, u"--set"_s, u"basics.label=X"_s, u"FILE"_s} << u"--export"_s;
    QTest::newRow("usage: --dry-run alone") << QStringList {u"--dry-run"_s, u"FILE"_s} << u"--set or --remove"_s;
    QTest::newRow("usage: pdf without -o") << QStringList {u"--export"_s, u"pdf"_s, u"FILE"_s} << u"-o OUT.pdf"_s;
    QTest::newRow("usage: --blind without pdf")
        << QStringList {u"--export"_s, u"json"_s, u"--blind"_s, u"FILE"_s} << u"--export pdf"_s;
    QTest::newRow("usage: bad page size") << QStringList {u"--export"_s, u"pdf"_s, u"-o"_s, u"out.json"_s,
        u"--page-size"_s, u"A5"_s, u"FILE"_s} << u"A4 or Letter"_s;
}

// A mistyped option is a usage error even where no window could open (a terminal over SSH):
// it is reported before any display is asked for, not turned into Qt's abort.
void TestCli::unknownOptionsNeedNoDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHORTLIST_BINARY), {u"--frobnicate"_s, pathOf(u"cv.md"_s)});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"frobnicate"_s) && !err.contains(u"platform plugin"_s), qPrintable(err));
}

// --set changes the field's bytes and no others, keeps CRLF line endings and the BOM,
// and replaces the file atomically (no temporary file is left beside it).
void TestCli::setWritesTheFieldInPlace()
{
    QByteArray crlf = "\xEF\xBB\xBF" + QByteArray(kJane).replace("\n", "\r\n");
    const QString jane = writeFile(u"jane.md"_s, crlf);

    const Outcome run = shortlist({u"--set"_s, u"work[1].endDate=2019-05"_s, u"--set"_s,
        u"work[0].highlights[+]=Mentored two juniors"_s, jane});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QByteArray expected = crlf;
    expected.replace("_June 2015 - February 2019_", "_June 2015 - May 2019_");
    expected.replace("- Built things\r\n", "- Built things\r\n- Mentored two juniors\r\n");
    QFile file(jane);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(QDir(m_files->path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"jane.md"_s});
}

void TestCli::setReplacesAPostalAddress()
{
    // The location read from a street, a postcode and town on lines of their own is all of
    // them: a new place takes their place, and reads back.
    const QString ada = writeFile(u"ada.md"_s,
        "# Ada Example\n\n## Kontakt\n\nAhornweg 8\n\n4484 Kronstorf\n\nada@example.at\n\n## Erfahrung\n\n"
        "Dev | Acme | 2019 - 2020\n");
    const Outcome run = shortlist({u"--set"_s, u"basics.location=Linz, Austria"_s, ada});
    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QFile file(ada);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# Ada Example\n\n## Kontakt\n\nLinz, Austria\n\nada@example.at\n\n## Erfahrung\n\n"
                                        "Dev | Acme | 2019 - 2020\n"));
}

void TestCli::fullDiskLeavesTheFileAndSaysSo_data()
{
    QTest::addColumn<QStringList>("arguments"); // "OUT": the file written, "JANE": the profile
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("room");

    const QStringList set {u"--set"_s, u"basics.name=Jane Q. Example"_s, u"JANE"_s};
    QTest::newRow("--set: not a byte fits") << set << u"jane.md"_s << 0;
    QTest::newRow("--set: 100 bytes fit") << set << u"jane.md"_s << 100;
    const QStringList json {u"--export"_s, u"json"_s, u"-o"_s, u"OUT"_s, u"JANE"_s};
    QTest::newRow("-o json: not a byte fits") << json << u"export.json"_s << 0;
    QTest::newRow("-o json: 100 bytes fit") << json << u"export.json"_s << 100;
    const QStringList markdown {u"--export"_s, u"markdown"_s, u"-o"_s, u"OUT"_s, u"JANE"_s};
    QTest::newRow("-o markdown: 100 bytes fit") << markdown << u"export.md"_s << 100;
    const QStringList pdf {u"--export"_s, u"pdf"_s, u"-o"_s, u"OUT"_s, u"JANE"_s};
    QTest::newRow("-o pdf: 1 KB fits") << pdf << u"summary.pdf"_s << 1024;
}

void TestCli::fullDiskLeavesTheFileAndSaysSo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, written);
    QFETCH(int, room);
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QString path = pathOf(written);
    const QByteArray before = written == u"jane.md"_s ? kJane : QByteArray("what the last export wrote\n");
    writeFile(written, before);
    arguments.replaceInStrings(u"JANE"_s, jane);
    arguments.replaceInStrings(u"OUT"_s, path);

    const Outcome run = shortlist(arguments, rlim_t(room));

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    const QString said = run.errLines().constFirst();
    QVERIFY2(said.startsWith(u"shortlist: "_s + path + u": cannot be written: "_s)
            && said.contains(u"File too large"_s) && said.endsWith(u"; the file is unchanged"_s),
        qPrintable(said));
    QVERIFY2(said.count(u"cannot be written"_s) == 1, qPrintable(said)); // said once, by every writer
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QStringList files {u"jane.md"_s, written};
    files.removeDuplicates();
    files.sort();
    QCOMPARE(QDir(m_files->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), files);
}

void TestCli::setKeepsOwnerAndModeOfTheFile()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QByteArray native = QFile::encodeName(jane);
    if (::geteuid() == 0)
        QCOMPARE(::chown(native.constData(), 4321, 8765), 0); // another user's file, as root may edit it
    QCOMPARE(::chmod(native.constData(), 0640), 0);
    struct stat before = {};
    QCOMPARE(::stat(native.constData(), &before), 0);

    const Outcome run = shortlist({u"--set"_s, u"basics.name=Jane Q. Example"_s, jane});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    struct stat after = {};
    QCOMPARE(::stat(native.constData(), &after), 0);
    QVERIFY(after.st_ino != before.st_ino); // replaced, not written over
    QCOMPARE(int(after.st_mode & 07777), 0640);
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
}

void TestCli::dryRunPrintsTheDiffAndLeavesTheFile()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);

    const Outcome run = shortlist({u"--dry-run"_s, u"--set"_s, u"basics.label=Staff Engineer"_s, jane});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    const QString expected = u"--- a/%1\n+++ b/%1\n@@ -1,6 +1,6 @@\n # Jane Example\n \n-Backend Engineer\n+Staff Engineer\n"
                             " \n ## Experience\n \n"_s.arg(jane);
    QCOMPARE(QString::fromUtf8(run.out), expected);
    QFile file(jane);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kJane);
}

// Each edit reads the text as the one before it left it: indexes mean what they mean
// at that point.
void TestCli::editsApplyInTheOrderGiven()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const Outcome run = shortlist({u"--remove"_s, u"work[0]"_s, u"--set"_s, u"work[0].position=Lead Developer"_s, jane});
    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QFile file(jane);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    QVERIFY(!after.contains("Acme"));
    QVERIFY2(after.contains("### Lead Developer at Beta Ltd\n_June 2015 - February 2019_\n"), after.constData());
}

void TestCli::badEditsLeaveTheFileAlone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("unknown path") << QStringList {u"--set"_s, u"basics.salary=1"_s} << u"basics.salary: unknown path"_s;
    QTest::newRow("bad date") << QStringList {u"--set"_s, u"work[0].startDate=2019-13"_s}
                              << u"work[0].startDate: '2019-13' is not a date"_s;
    QTest::newRow("index past the end") << QStringList {u"--remove"_s, u"work[2]"_s}
                                        << u"work[2]: there is no work[2]: the profile has 2"_s;
    QTest::newRow("a later edit fails") << QStringList {u"--set"_s, u"basics.label=Lead"_s, u"--set"_s, u"work[0].endDate=1990"_s}
                                        << u"work[0].endDate: '1990' is before the entry's start"_s;
}

// A bad edit is one line on standard error, exit status 1, and the file as it was.
void TestCli::badEditsLeaveTheFileAlone()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QDateTime modified = QFileInfo(jane).lastModified();
    for (const bool dryRun : {false, true}) {
        const Outcome run = shortlist(arguments + (dryRun ? QStringList {u"--dry-run"_s} : QStringList()) + QStringList {jane});
        QVERIFY2(run.finished, qPrintable(run.problem));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().startsWith(u"shortlist: "_s + jane + u": "_s + complaint), run.err.constData());
    }
    QFile file(jane);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kJane);
    QCOMPARE(QFileInfo(jane).lastModified(), modified);
}

void TestCli::sameValueSetsLeaveTheFileAsItWas_data()
{
    QTest::addColumn<QString>("sample");
    const QDir samples(QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples"));
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << samples.filePath(name);
}

// One run setting every field of a sample to the value it reads: exit status 0 and the
// file not written at all.
void TestCli::sameValueSetsLeaveTheFileAsItWas()
{
    QFETCH(QString, sample);
    QByteArray bytes;
    const QString copy = copyFile(sample, &bytes);
    const Shortlist::ProfileFile file = Shortlist::loadProfileFile(copy);
    QVERIFY(file.isValid());
    QStringList arguments;
    for (const Shortlist::FieldEdit &edit : sameValueEdits(file.profile))
        arguments << u"--set"_s << edit.path + u'=' + edit.value;
    struct stat before = {};
    QCOMPARE(::stat(QFile::encodeName(copy).constData(), &before), 0);

    const Outcome run = shortlist(arguments + QStringList {copy});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile edited(copy);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QCOMPARE(edited.readAll(), bytes);
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(copy).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino); // not replaced by a copy of itself
}

void TestCli::datesSetToTheirOwnValueKeepTheirWords_data()
{
    QTest::addColumn<QByteArray>("dates"); // the position's dates line
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("Russian abbreviation, ongoing") << QByteArray("сент. 2021 – н.в.") << u"2021-09"_s << u"present"_s;
    QTest::newRow("Russian genitive") << QByteArray("с сентября 2012 по май 2014") << u"2012-09"_s << u"2014-05"_s;
    QTest::newRow("French abbreviations") << QByteArray("févr. 2019 – juil. 2022") << u"2019-02"_s << u"2022-07"_s;
    QTest::newRow("German") << QByteArray("Okt. 2018 – März 2020") << u"2018-10"_s << u"2020-03"_s;
    QTest::newRow("Spanish") << QByteArray("sept. 2017 – dic. 2019") << u"2017-09"_s << u"2019-12"_s;
    QTest::newRow("Dutch") << QByteArray("mrt. 2016 – okt. 2018") << u"2016-03"_s << u"2018-10"_s;
}

// A date set to the value it has keeps its words, whatever language they are in.
void TestCli::datesSetToTheirOwnValueKeepTheirWords()
{
    QFETCH(QByteArray, dates);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const QByteArray cv = "# Vera Lindqvist\n\nBackend Developer\n\n## Experience\n\n"
                          "### Developer, Ostrel Systems\n"
        + dates + "\n\n- Kept the build green\n";
    const QString path = writeFile(u"vera.md"_s, cv);
    const Shortlist::ProfileFile read = Shortlist::loadProfileFile(path);
    QCOMPARE(read.profile.work.size(), 1);
    const Shortlist::Position &position = read.profile.work.first();
    QCOMPARE(position.start.value.toIsoString(), start);
    QCOMPARE(position.ongoing ? u"present"_s : position.end.value.toIsoString(), end);

    const Outcome run = shortlist({u"--set"_s, u"work[0].startDate="_s + start, u"--set"_s, u"work[0].endDate="_s + end, path});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), cv);
}

void TestCli::inexactEditsAreRefused_data()
{
    QTest::addColumn<QByteArray>("cv");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("complaint");
    const QByteArray mara = "# Mara Quell\n\nBackend Developer · Lyon, France\n\nmara@example.org · +33 4 00 00 00 00\n\n"
                            "## Experience\n\n### Backend Developer at Ostrel Systems\n_Mar 2019 – present_\n\n"
                            "- Kept the build green\n- Moved the queues to **RabbitMQ** ([notes](https://example.org/notes))\n\n"
                            "## Skills\n\n- **Languages:** Go, Rust, SQL\n- **Tools:** Docker, Git\n";
    auto row = [&](const char *name, const QString &set, const QString &complaint) {
        QTest::newRow(name) << mara << QStringList {u"--set"_s, set} << complaint;
    };
    row("a highlight that would become the position's heading",
        u"work[0].highlights[0]=Kept the build green at Beta Corp since 2012"_s,
        u"work[0].highlights[0]: the change would also alter how Shortlist reads work[0].position"_s);
    row("two skills where there was one", u"skills[0].keywords[0]=Go, Kotlin"_s,
        u"skills[0].keywords[0]: the text would not read it back as given"_s);
    row("dates written into a company's name", u"work[0].name=Ostrel Systems (2019 - 2020)"_s,
        u"work[0].name: the text would read it as 'Ostrel Systems', not as the value given"_s);
    row("an e-mail address that is not one", u"basics.email=mara.quell"_s,
        u"basics.email: the text would not read it back as given"_s);
    QTest::newRow("a later edit is inexact: nothing is written")
        << mara << QStringList {u"--set"_s, u"work[0].position=Lead Developer"_s, u"--set"_s, u"basics.email=mara.quell"_s}
        << u"basics.email: the text would not read it back as given"_s;
    QTest::newRow("a skill group named by its section's heading")
        << QByteArray("# Mara Quell\n\nBackend Developer\n\n## Skills\n\n- Rust\n- Go\n- SQL\n")
        << QStringList {u"--set"_s, u"skills[0].name=Testing Group"_s}
        << u"skills[0].name: the group is named by its section's heading"_s;
    // Read as Windows-1252 for the two bytes that are not UTF-8 (\xab, \xbb), so "\xe2\x80\x94" reads
    // "â€”". Without the highlight the file is UTF-8, and "—" would read as a dash.
    QTest::newRow("a removal that would leave a Windows-1252 file reading as UTF-8")
        << QByteArray(
               "# Nora Vinter\n\nDesigner \xe2\x80\x94 Oslo\n\n## Experience\n\n### Designer at Kvist AS\n"
               "Jan 2020 \xe2\x80\x94 today\n\n- Drew the \xabnew\xbb signs\n- Kept the print room\n")
        << QStringList {u"--remove"_s, u"work[0].highlights[0]"_s}
        << u"the file is written in Windows-1252, but with this change it would read as UTF-8"_s;
    // Seven vertical tabs (Word's line breaks) in 172 bytes of Windows-1252. Without the
    // highlight the text still reads in UTF-8 (151 bytes), but the file's 135 bytes hold
    // more than one control character in twenty: not a text file any more.
    QTest::newRow("a removal that would leave the file looking like binary data")
        << QByteArray("# Nora Vik\n\nDesigner\vArtist\vOslo\vBergen\vTroms\xf8\vBod\xf8\vAlta\vMo\n\n## "
                      "Experience\n\n"
                      "### Designer \x97 Kvist AS \x97 2020\x96"
                      "2024\n\n- Drew the new signs for the ferries\n- Kept prints \x97 \x97 \x97 \x97\n")
        << QStringList {u"--remove"_s, u"work[0].highlights[0]"_s}
        << u"with this change the file would no longer be read: it is not a text file"_s;
    // A lone date reads as that one month: the end date would be set too.
    QTest::newRow("a start date for an undated position")
        << QByteArray("# Nora Vik\n\nDesigner\n\n## Experience\n\n### Designer at Kvist AS\n\n- Drew the new signs\n")
        << QStringList {u"--set"_s, u"work[0].startDate=2016-03"_s}
        << u"work[0].startDate: the change would also alter how Shortlist reads work[0].endDate"_s;
}

// An edit that cannot change just its field's characters, or after which the file would
// read otherwise than that one change, is refused: exit status 1, the file as it was, and
// a line that says why.
void TestCli::inexactEditsAreRefused()
{
    QFETCH(QByteArray, cv);
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);
    const QString path = writeFile(u"cv.md"_s, cv);
    const QDateTime modified = QFileInfo(path).lastModified();

    const Outcome run = shortlist(arguments + QStringList {path});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errLines().first().startsWith(u"shortlist: "_s + path + u": "_s + complaint), run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), cv);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestCli::editsOnTheSeeds_data()
{
    QTest::addColumn<QString>("seed");
    const QDir seeds(QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/seeds"));
    const QStringList names = seeds.entryList({u"*.txt"_s, u"*.md"_s}, QDir::Files, QDir::Name);
    int found = 0;
    for (const QString &name : names) {
        // The CVs are the files a careful reading is kept for in expected/.
        if (QFileInfo::exists(seeds.filePath(u"expected/"_s + QFileInfo(name).completeBaseName() + u".json"_s))) {
            QTest::newRow(qPrintable(name)) << seeds.filePath(name);
            ++found;
        }
    }
    if (found == 0)
        QSKIP("../shared/seeds is not beside this checkout");
}

// On each real CV: --dry-run shows one changed line per field edit and leaves the file;
// --set writes exactly that, and the export reads the new values; bad edits are refused.
void TestCli::editsOnTheSeeds()
{
    QFETCH(QString, seed);
    QByteArray bytes;
    const QString copy = copyFile(seed, &bytes);

    // Not the candidate's name: a CV that repeats it in a closing line reads that line
    // otherwise once the name changes, and the rename is refused.
    const QStringList edits {u"--set"_s, u"work[0].name=Zenith Works"_s, u"--set"_s,
        u"work[0].position=Principal Engineer"_s, u"--set"_s, u"work[0].highlights[+]=Shipped the zenith project"_s};
    const Outcome dry = shortlist(edits + QStringList {u"--dry-run"_s, copy});
    QVERIFY2(dry.finished, qPrintable(dry.problem));
    QCOMPARE(dry.exitCode, 0);
    const QStringList diff = QString::fromUtf8(dry.out).split(u'\n');
    const QStringList added = diff.filter(QRegularExpression(u"^\\+(?!\\+\\+)"_s));
    const QStringList removed = diff.filter(QRegularExpression(u"^-(?!--)"_s));
    // A line per changed field (the company and the title may share one) and the new highlight.
    QVERIFY2(added.size() <= 3 && removed.size() == added.size() - 1, dry.out.constData());
    QVERIFY(added.filter(u"Zenith Works"_s).size() == 1 && added.filter(u"Principal Engineer"_s).size() == 1);
    QVERIFY(added.filter(u"Shipped the zenith project"_s).size() == 1);
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    const Outcome set = shortlist(edits + QStringList {copy});
    QVERIFY2(set.finished, qPrintable(set.problem));
    QCOMPARE(set.exitCode, 0);
    const Outcome exported = shortlist({u"--export"_s, u"json"_s, copy});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject profile = QJsonDocument::fromJson(exported.out).object();
    const QJsonObject first = profile.value(u"work"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"Zenith Works"_s);
    QCOMPARE(first.value(u"position"_s).toString(), u"Principal Engineer"_s);
    QCOMPARE(first.value(u"highlights"_s).toArray().last().toString(), u"Shipped the zenith project"_s);

    for (const QStringList &bad : {QStringList {u"--set"_s, u"work[99].endDate=2020"_s},
             QStringList {u"--set"_s, u"work[0].startDate=someday"_s}, QStringList {u"--remove"_s, u"basics.colour"_s}}) {
        QFile before(copy);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray kept = before.readAll();
        const Outcome run = shortlist(bad + QStringList {copy});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QFile after(copy);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), kept);
    }
}

// --export pdf with no display: a PDF file, atomically, with the requirement scored.
void TestCli::exportPdfWritesASummary()
{
    const QString jane = writeFile(u"jane.md"_s, kJane);
    const QString ann = writeFile(u"ann.md"_s, kAnn);
    const Outcome run = shortlist({u"--export"_s, u"pdf"_s, u"--blind"_s, u"--require"_s, u"Go, !Python"_s,
        u"--page-size"_s, u"Letter"_s, u"-o"_s, u"out.pdf"_s, jane, ann});
    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QFile pdf(pathOf(u"out.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("Candidate A, Candidate B") || bytes.contains("/Title"));
    QCOMPARE(QDir(m_files->path()).entryList(QDir::Files).size(), 3); // no temporary left
}

// packaging/shortlist.1 is checked against --help: every option the program offers is in
// the man page, and the man page names no option the program does not have.
void TestCli::manPageDocumentsEveryOption()
{
    const Outcome help = shortlist({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z-]*"_s);
    QSet<QString> offered;
    for (auto it = option.globalMatch(QString::fromUtf8(help.out)); it.hasNext();)
        offered.insert(it.next().captured());
    QVERIFY(offered.contains(u"--set"_s) && offered.contains(u"--page-size"_s));
    QFile page(QStringLiteral(SHORTLIST_SOURCE_DIR "/packaging/shortlist.1"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString troff = QString::fromUtf8(page.readAll()).replace(u"\\-"_s, u"-"_s);
    QSet<QString> documented;
    for (auto it = option.globalMatch(troff); it.hasNext();)
        documented.insert(it.next().captured());
    QCOMPARE(documented, offered);
    QVERIFY(troff.contains(u"Shortlist "_s + QStringLiteral(SHORTLIST_VERSION)));
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);
    const QString jane = writeFile(u"jane.md"_s, kJane);
    arguments.replaceInStrings(QRegularExpression(u"^FILE$"_s), jane);

    const Outcome run = shortlist(arguments);

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(complaint.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(pathOf(u"out.json"_s)));
}

void TestCli::helpListsTheOptions_data()
{
    QTest::addColumn<QString>("option");

    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void TestCli::helpListsTheOptions()
{
    QFETCH(QString, option);

    const Outcome run = shortlist({option});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(run.out.contains("--export"), run.out.constData());
    QVERIFY2(run.out.contains("--output"), run.out.constData());
}

void TestCli::versionPrintsTheVersion_data()
{
    QTest::addColumn<QString>("option");

    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("-v") << u"-v"_s;
}

void TestCli::versionPrintsTheVersion()
{
    QFETCH(QString, option);

    const Outcome run = shortlist({option});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QRegularExpression versionLine(u"^shortlist \\d+(\\.\\d+)+\\n$"_s);
    QVERIFY2(versionLine.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
#ifdef SHORTLIST_VERSION
    QCOMPARE(run.out, QByteArray("shortlist " SHORTLIST_VERSION "\n"));
#endif
}

void TestCli::windows1252FileIsDecodedWithAWarning()
{
    const QString jose = writeFile(u"jose.md"_s, "# Jos\xe9 Mart\xednez\n\nDesarrollador\n");

    const Outcome run = shortlist({u"--export"_s, u"json"_s, jose});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(run.errLinesWith(jose).size(), 1);
    QVERIFY2(run.err.contains("Windows-1252"), run.err.constData());
    QString error;
    const QJsonDocument document = parseJson(run.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(nameOf(document.object()), u"Jos\u00e9 Mart\u00ednez"_s);
}

void TestCli::bomAndLineEndingsDoNotChangeTheProfile_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");

    QTest::newRow("robustness: UTF-8 BOM") << true << false;
    QTest::newRow("robustness: CRLF file") << false << true;
    QTest::newRow("robustness: UTF-8 BOM and CRLF") << true << true;
}

void TestCli::bomAndLineEndingsDoNotChangeTheProfile()
{
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    QByteArray variant = kJane;
    if (crlf)
        variant.replace("\n", "\r\n");
    if (bom)
        variant.prepend("\xEF\xBB\xBF");
    const QString plain = writeFile(u"plain.md"_s, kJane);
    const QString other = writeFile(u"variant.md"_s, variant);

    const Outcome expected = shortlist({u"--export"_s, u"json"_s, plain});
    const Outcome run = shortlist({u"--export"_s, u"json"_s, other});

    QVERIFY2(expected.finished, qPrintable(expected.problem));
    QVERIFY2(run.finished, qPrintable(run.problem));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QString error;
    const QJsonObject before = parseJson(expected.out, &error).object();
    const QJsonObject after = parseJson(run.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(nameOf(after), u"Jane Example"_s);
    QCOMPARE(jsonText(withoutExtensions(after.value(u"basics"_s))),
        jsonText(withoutExtensions(before.value(u"basics"_s))));
    QCOMPARE(jsonText(withoutExtensions(after.value(u"work"_s))),
        jsonText(withoutExtensions(before.value(u"work"_s))));
    QCOMPARE(after.value(u"work"_s).toArray().size(), 2);
}

// --import writes the markdown beside the original, which stays as it was; it replaces no
// file it was not told to, and an imported kind is never edited in place.
void TestCli::importWritesTheMarkdownBesideTheOriginal()
{
    const QByteArray resume = "{\"basics\": {\"name\": \"Ada Quill\", \"email\": \"ada@example.org\"},\n"
                              " \"work\": [{\"name\": \"Loom Works\", \"position\": \"Engineer\", \"startDate\": \"2019-03\"}]}\n";
    const QString original = writeFile(u"ada.json"_s, resume);
    const Outcome imported = shortlist({u"--import"_s, u"ada.json"_s});
    QVERIFY2(imported.finished, qPrintable(imported.problem));
    QCOMPARE(imported.exitCode, 0);
    QFile markdown(pathOf(u"ada.md"_s));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QByteArray text = markdown.readAll();
    QVERIFY2(text.startsWith("<!-- Imported by Shortlist from ada.json."), text.constData());
    QVERIFY(text.contains("# Ada Quill\n"));
    QVERIFY(text.contains("### Engineer at Loom Works\n"));

    // Not twice over the same file; to a file named with -o, yes.
    const Outcome again = shortlist({u"--import"_s, u"ada.json"_s});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLinesWith(u"ada.md: already exists"_s).size(), 1);
    const Outcome named = shortlist({u"--import"_s, u"-o"_s, u"copy.md"_s, u"ada.json"_s});
    QCOMPARE(named.exitCode, 0);
    QVERIFY(QFile::exists(pathOf(u"copy.md"_s)));

    // The original is never edited, and it is unchanged.
    const Outcome set = shortlist({u"--set"_s, u"basics.name=Ada Q."_s, u"ada.json"_s});
    QCOMPARE(set.exitCode, 1);
    QCOMPARE(set.errLinesWith(u"run 'shortlist --import ada.json' and edit ada.md"_s).size(), 1);
    QFile json(original);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), resume);

    // Markdown has nothing to import.
    QCOMPARE(shortlist({u"--import"_s, u"ada.md"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
