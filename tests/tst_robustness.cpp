// Damaged and unusual input never crashes the parser, and every range it hands out stays
// inside the file.

#include "io/profilefile.h"

#include <QDir>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstring>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Shortlist;
using namespace Qt::StringLiterals;

class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damaged_data();
    void damaged();
    void fuzzFindings_data();
    void fuzzFindings();
    void shapes_data();
    void shapes();
    void filesOnDisk_data();
    void filesOnDisk();
    void aFileBehindAClosedFolderIsNotMissing();
};

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Parses the bytes and checks every range against them.
void parseAndCheck(const QByteArray &bytes)
{
    ProfileFile parsed = parseProfileBytes(QStringLiteral("damaged.md"), bytes);
    if (!parsed.isValid())
        return; // refused with a message, which is fine
    parsed.profile.forEachRange([&](SourceRange &r) {
        if (!r.isValid())
            return;
        QVERIFY2(r.begin >= 0 && r.end <= bytes.size() && r.begin <= r.end,
            qPrintable(QStringLiteral("[%1, %2) in %3 bytes").arg(r.begin).arg(r.end).arg(bytes.size())));
    });
}

const QByteArray kJane
    = "# Jane Example\n\nEngineer\n\n## Experience\n\n### Engineer at Acme\n_2019 - 2021_\n";

// `text` as UTF-16 in either byte order, without a byte order mark.
QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

// Lets a reader blocked on the named pipe `path` go, by opening it for writing and closing
// it again: the end of a file to the reader.
void releaseReader(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

void TestRobustness::damaged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("damage");
    const QStringList files = QDir(QStringLiteral(SHORTLIST_SOURCE_DIR "/resources/samples"))
                                  .entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files);
    for (const QString &file : files) {
        for (const char *damage : {"truncated", "bytes flipped", "lines shuffled", "no line breaks",
                 "every line doubled", "mixed line endings"})
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(damage), file)))
                << file << QString::fromLatin1(damage);
    }
}

// Documents that once crashed the parser under fuzz_parse (tests/fuzz-corpus/fuzz_parse):
// read clean, with every range inside the file (under AddressSanitizer in the second pass).
void TestRobustness::fuzzFindings_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SHORTLIST_SOURCE_DIR "/tests/fuzz-corpus/fuzz_parse"));
    for (const QString &name : dir.entryList(QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestRobustness::fuzzFindings()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    parseAndCheck(file.readAll());
}

void TestRobustness::damaged()
{
    QFETCH(QString, file);
    QFETCH(QString, damage);
    const QByteArray original = sample(file);
    QVERIFY(!original.isEmpty());
    QRandomGenerator random(qHash(file) ^ qHash(damage)); // the same damage on every run

    if (damage == QLatin1String("truncated")) {
        // Cut at many places, in the middle of words, lines and multi-byte characters.
        for (qsizetype cut = 1; cut < original.size(); cut += 37)
            parseAndCheck(original.first(cut));
    } else if (damage == QLatin1String("bytes flipped")) {
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes = original;
            for (int i = 0; i < 12; ++i)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            parseAndCheck(bytes);
        }
    } else if (damage == QLatin1String("lines shuffled")) {
        for (int round = 0; round < 10; ++round) {
            QList<QByteArray> lines = original.split('\n');
            for (qsizetype i = lines.size() - 1; i > 0; --i)
                lines.swapItemsAt(i, random.bounded(int(i + 1)));
            parseAndCheck(lines.join('\n'));
        }
    } else if (damage == QLatin1String("no line breaks")) {
        QByteArray bytes = original;
        parseAndCheck(bytes.replace('\n', ' '));
    } else if (damage == QLatin1String("every line doubled")) {
        QByteArray bytes;
        for (const QByteArray &line : original.split('\n'))
            bytes += line + '\n' + line + '\n';
        parseAndCheck(bytes);
    } else if (damage == QLatin1String("mixed line endings")) {
        QByteArray bytes;
        int i = 0;
        for (const QByteArray &line : original.split('\n'))
            bytes += line + (i++ % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\r" : "\n");
        parseAndCheck(bytes);
    }
}

// Shapes at the edges of what a CV can be.
void TestRobustness::shapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("only a heading") << QByteArray("# Name");
    QTest::newRow("only headings") << QByteArray("# A\n## Experience\n### Engineer at X\n## Education\n");
    QTest::newRow("only dates") << QByteArray("2019 - 2020\nJan 2019 - now\n");
    QTest::newRow("front matter never closed") << QByteArray("---\nname: A\ntitle: B\n");
    QTest::newRow("empty front matter") << QByteArray("---\n---\n# A\n");
    QTest::newRow("table without rows") << QByteArray("## Experience\n\n| a | b |\n|---|---|\n");
    QTest::newRow("deeply nested list") << QByteArray("- a\n  - b\n    - c\n      - d\n        - e\n");
    QTest::newRow("very long line") << QByteArray(200000, 'x');
    QTest::newRow("many headings") << QByteArray("## Experience\n").repeated(5000);
    QTest::newRow("html only") << QByteArray("<div><p>Hello</p></div>\n");
    QTest::newRow("unbalanced parentheses") << QByteArray("## Experience\n### Engineer (at (X, 2019 - \n");
    QTest::newRow("fenced code block") << QByteArray("# A\n\n## Projects\n\n```cpp\nint main() {}\n```\n");
    QTest::newRow("indented code block") << QByteArray("# A\n\nText.\n\n    indented\n    block\n");
    QTest::newRow("unclosed fence") << QByteArray("# A\n```\ncode\n");
    // Found by fuzzing: a table's groups appended while bullets still had a group open.
    QTest::newRow("skills: bullets around a table")
        << QByteArray("## Skills\n\n- Python\n\n| Area | Tools |\n|---|---|\n")
            + QByteArray("| Build | Make, CMake |\n").repeated(40) + QByteArray("\n- Go\n- Rust\n");
    // Nesting as deep as the file is long: every walk over the tree must be a loop (issue 16).
    QTest::newRow("80,000 nested list markers") << QByteArray("- ").repeated(80000) + "deep\n";
    QByteArray indented;
    for (int depth = 0; depth < 3000; ++depth)
        indented += QByteArray(2 * depth, ' ') + "- item\n";
    QTest::newRow("lines of increasing indentation") << indented;
    QTest::newRow("80,000 nested quotes") << QByteArray("> ").repeated(80000) + "deep\n";
    QTest::newRow("50,000 nested emphasis")
        << QByteArray("*a ").repeated(50000) + "b" + QByteArray(" c*").repeated(50000) + "\n";
    QTest::newRow("50,000 nested strong emphasis")
        << QByteArray("**").repeated(50000) + "b" + QByteArray("**").repeated(50000);
    QTest::newRow("30,000 nested links")
        << QByteArray("[").repeated(30000) + "x" + QByteArray("](u)").repeated(30000);
    QTest::newRow("30,000 nested images")
        << QByteArray("![").repeated(30000) + "x" + QByteArray("](u)").repeated(30000);
    QTest::newRow("control characters") << QByteArray("# A\x01\x02 B\n\x1b[31mred\x1b[0m\n");
}

void TestRobustness::shapes()
{
    QFETCH(QByteArray, bytes);
    parseAndCheck(bytes);
}

// Files on disk that are not profiles are refused at once with a reason; text in an
// encoding Shortlist reads is read.
void TestRobustness::filesOnDisk_data()
{
    QTest::addColumn<QByteArray>("bytes"); // a null array: a named pipe where the file would be
    QTest::addColumn<QString>("error"); // part of the message; empty: read as a profile

    QTest::newRow("robustness: a named pipe") << QByteArray() << u"is not a regular file"_s;
    QTest::newRow("robustness: NUL byte in the first line")
        << QByteArray("# Jane\0Example\n", 15) + kJane << u"binary data"_s;
    QTest::newRow("robustness: NUL byte after 64 KiB")
        << kJane + QByteArray("- Wrote the software.\n").repeated(4000) + QByteArray("\0\0\0\n", 4)
        << u"binary data"_s;
    QTest::newRow("robustness: UTF-16 LE with BOM")
        << QByteArray("\xFF\xFE") + utf16(QString::fromUtf8(kJane), false) << QString();
    QTest::newRow("robustness: UTF-16 LE without BOM") << utf16(QString::fromUtf8(kJane), false) << QString();
    QTest::newRow("robustness: UTF-16 BE without BOM") << utf16(QString::fromUtf8(kJane), true) << QString();
    QTest::newRow("robustness: UTF-16 LE without BOM, accents")
        << utf16(u"# Zoë Müller\n\nIngénieure à Lyon\n"_s, false) << QString();
    QTest::newRow("robustness: 16-bit numbers are not UTF-16")
        << QByteArray("\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00\x07\x00\x08\x00", 16)
        << u"binary data"_s;
}

void TestRobustness::filesOnDisk()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cv.md"_s);
    if (bytes.isNull()) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    // Read on a thread of its own, so that a read that blocks fails this test instead of
    // hanging it: the guard then ends the read.
    auto reading = std::async(std::launch::async, [path] { return loadProfileFile(path); });
    const auto release = qScopeGuard([&] {
        if (bytes.isNull())
            releaseReader(path);
    });
    QVERIFY2(reading.wait_for(std::chrono::seconds(5)) == std::future_status::ready, "the read blocked");
    const ProfileFile file = reading.get();
    if (error.isEmpty()) {
        QVERIFY2(file.isValid(), qPrintable(file.error));
        QVERIFY(!file.profile.basics.name.value.isEmpty());
        QVERIFY2(file.profile.basics.name.value.startsWith(u"Jane"_s)
                || file.profile.basics.name.value.startsWith(u"Zoë"_s),
            qPrintable(file.profile.basics.name.value));
    } else {
        QVERIFY2(file.error.contains(error), qPrintable(file.error));
    }
}

// A file in a folder this user may not enter is there all the same: the message says it
// cannot be read and why, not that there is no such file. Root enters every folder, so
// there the read is made as the unprivileged user "nobody".
void TestRobustness::aFileBehindAClosedFolderIsNotMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"closed"_s));
    const QString path = dir.filePath(u"closed/cv.md"_s);
    QFile cv(path);
    QVERIFY(cv.open(QIODevice::WriteOnly) && cv.write(kJane) == kJane.size());
    cv.close();
    const QByteArray closed = QFile::encodeName(dir.filePath(u"closed"_s));
    QCOMPARE(::chmod(closed.constData(), 0), 0);
    const uid_t user = ::geteuid();
    const auto reopen = qScopeGuard([&] {
        if (user == 0)
            QCOMPARE(::seteuid(0), 0);
        ::chmod(closed.constData(), 0700);
    });
    if (user == 0)
        QCOMPARE(::seteuid(65534), 0);

    const ProfileFile file = loadProfileFile(path);

    QVERIFY2(file.error.startsWith(u"cannot be read: "_s), qPrintable(file.error));
    QVERIFY2(file.error.contains(QString::fromLocal8Bit(std::strerror(EACCES))), qPrintable(file.error));
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
