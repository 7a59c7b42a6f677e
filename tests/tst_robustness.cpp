// Damaged and unusual input never crashes the parser, and every range it hands out stays
// inside the file.

#include "io/profilefile.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace Shortlist;

class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damaged_data();
    void damaged();
    void shapes_data();
    void shapes();
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
    QTest::newRow("control characters") << QByteArray("# A\x01\x02 B\n\x1b[31mred\x1b[0m\n");
}

void TestRobustness::shapes()
{
    QFETCH(QByteArray, bytes);
    parseAndCheck(bytes);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
