// The parser over the fictional sample profiles in resources/samples: golden JSON files,
// exact source ranges, nothing dropped, house-style round trips, and robustness.

#include "export/jsonexport.h"
#include "export/markdownexport.h"
#include "io/profilefile.h"
#include "orderedposition.h"
#include "parser/characters.h"
#include "parser/cmarkarena.h"
#include "parser/dates.h"
#include "parser/parserimpl.h"
#include "profilefield.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

QString goldenDir()
{
    return QStringLiteral(SHORTLIST_SOURCE_DIR "/tests/golden");
}

QStringList sampleFiles()
{
    return QDir(samplesDir())
        .entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

// The day golden files count experience up to (tests/update-golden.sh passes the same).
const QDate kGoldenToday(2026, 6, 1);

QByteArray jsonText(const Profile &profile)
{
    return QJsonDocument(toJsonResume(profile, kGoldenToday)).toJson(QJsonDocument::Indented);
}

// The profile without source ranges: what a reader sees.
QJsonObject content(const Profile &profile)
{
    QJsonObject object = toJsonResume(profile);
    object.remove(QStringLiteral("x-shortlist"));
    for (const char *key : {"work", "education", "projects"}) {
        QJsonArray items = object.value(QLatin1String(key)).toArray();
        for (auto it = items.begin(); it != items.end(); ++it) {
            QJsonObject item = it->toObject();
            item.remove(QStringLiteral("x-shortlist"));
            *it = item;
        }
        object.insert(QLatin1String(key), items);
    }
    return object;
}

// A readable diff of two texts, through diff(1) when it is there.
QString unifiedDiff(const QByteArray &expected, const QByteArray &actual)
{
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("expected.json"))), b(dir.filePath(QStringLiteral("actual.json")));
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        return QStringLiteral("(cannot write a diff)");
    a.write(expected);
    b.write(actual);
    a.close();
    b.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), a.fileName(), b.fileName()});
    if (!diff.waitForFinished(10000))
        return QStringLiteral("(diff(1) is not available)");
    return QString::fromUtf8(diff.readAllStandardOutput()).left(6000);
}

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void positions_data();
    void positions();
    void rangesHoldTheirValues_data();
    void rangesHoldTheirValues();
    void nothingDropped_data();
    void nothingDropped();
    void houseStyleRoundTrip_data();
    void houseStyleRoundTrip();
    void positionTextKeepsItsOrder();
    void headingInsideAPositionIsItsSubheading();
    void unknownSectionAfterTheWorkIsItsOwn();
    void everyWordOfAHeaderIsKept_data();
    void everyWordOfAHeaderIsKept();
    void encodingsGiveTheSameProfile_data();
    void encodingsGiveTheSameProfile();
    void shapes_data();
    void shapes();
    void charactersAsQCharSays();
    void strippedTextIsSimplified_data();
    void strippedTextIsSimplified();
    void lexiconKeys_data();
    void lexiconKeys();
    void cmarkArenaKeepsWhatItHandsOut();
    void arenaLeavesNothingOfEarlierParses();
    void parsesOnManyThreadsAtOnce();
    void largeDocumentParsesWithoutTheArena();
};

void TestParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(sampleFiles().size() >= 10, "resources/samples holds the fictional profiles");
}

void TestParser::golden_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : sampleFiles())
        QTest::newRow(qPrintable(QStringLiteral("sample: ") + file)) << file;
}

void TestParser::golden()
{
    QFETCH(QString, file);
    const ProfileFile parsed = loadProfileFile(samplesDir() + QLatin1Char('/') + file);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QFile goldenFile(
        goldenDir() + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral(".json"));
    QVERIFY2(goldenFile.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("missing %1: run tests/update-golden.sh").arg(goldenFile.fileName())));
    const QByteArray expected = goldenFile.readAll();
    const QByteArray actual = jsonText(parsed.profile);
    if (expected != actual)
        QFAIL(qPrintable(
            QStringLiteral("%1 differs from its golden file (tests/update-golden.sh regenerates it "
                           "on purpose):\n%2")
                .arg(file, unifiedDiff(expected, actual))));
}

// The facts a hiring manager reads first, for every shape of sample.
void TestParser::positions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // "present" when ongoing, "" when undated
    QTest::addColumn<int>("undated");

    auto row = [](const char *name, const char *file, int count, const char *title, const char *company,
                   const char *start, const char *end, int undated = 0) {
        QTest::newRow(name) << QString::fromUtf8(file) << count << QString::fromUtf8(title)
                            << QString::fromUtf8(company) << QString::fromUtf8(start)
                            << QString::fromUtf8(end) << undated;
    };
    row("de: dates in headings", "anna-keller.md", 5, "Tech Lead Plattform", "Nordlicht Logistik GmbH",
        "2021-03", "present");
    row("fr: italic dates on the next line", "camille-rousseau.md", 5, "Ingénieure DevOps senior", "Azurline",
        "2023-03", "present");
    row("es: GFM table", "sofia-ramirez.md", 4, "Desarrolladora Backend Senior", "Cobaltia Software SL",
        "2021-01", "present");
    row("ru: Cyrillic months and н.в.", "olga-smirnova.md", 5, "Преподаватель (по совместительству)",
        "Северо-Западный политехнический университет", "2021-09", "present");
    row("nl: setext headings, bold title | company", "pieter-de-vries.md", 5, "Senior backend-ontwikkelaar",
        "Tulpstra B.V.", "2021-05", "present");
    row("plain text: ALL-CAPS sections, company line first", "james-okafor.txt", 4, "Senior QA Engineer",
        "Brightwater Payments", "2019-01", "present");
    row("front matter, Title, Company headings", "mei-lin.md", 5, "Staff Data Scientist", "Lumenfield Inc.",
        "2022-04", "present");
    row("bold job lines, not headings", "tom-hughes.md", 5, "Engineering Manager", "Fernleaf Ltd", "2021-04",
        "present");
    row("plain text: underlined headings, dates first", "priya-nair.txt", 4, "Platform Engineer",
        "Wolkenfeld Ltd", "2020-05", "present");
    row("dates first in headings, mixed levels", "erik-lindqvist.md", 5, "Tech Lead", "Fjällbit AB",
        "2022-01", "present");
    row("plain text: hiring platform, no dates", "hannah-weber.txt", 4, "Senior Frontend Developer",
        "Lumora Travel", "", "", 4);
    row("Title at Company, undated freelance", "nikolai-petrov.md", 5, "Lead Product Designer", "Quillmark",
        "2022-04", "present", 1);
}

void TestParser::positions()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, title);
    QFETCH(QString, company);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, undated);

    const ProfileFile parsed = loadProfileFile(samplesDir() + QLatin1Char('/') + file);
    QVERIFY(parsed.isValid());
    const QList<Position> &work = parsed.profile.work;
    QCOMPARE(work.size(), count);
    QCOMPARE(work.first().title.value, title);
    QCOMPARE(work.first().company.value, company);
    QCOMPARE(work.first().start.value.toIsoString(), start);
    QCOMPARE(work.first().ongoing ? QStringLiteral("present") : work.first().end.value.toIsoString(), end);
    int undatedCount = 0;
    for (const Position &p : work)
        undatedCount += p.isUndated();
    QCOMPARE(undatedCount, undated);
    for (const Position &p : work)
        QVERIFY2(!p.title.value.isEmpty() && !p.company.value.isEmpty(),
            qPrintable(p.title.value + p.company.value));
}

void TestParser::rangesHoldTheirValues_data()
{
    golden_data();
}

// Each field's range covers exactly the characters of its value in the file.
void TestParser::rangesHoldTheirValues()
{
    QFETCH(QString, file);
    const ProfileFile parsed = loadProfileFile(samplesDir() + QLatin1Char('/') + file);
    const QByteArray &bytes = parsed.source.fileBytes();
    auto textAt = [&](const SourceRange &r) { return QString::fromUtf8(bytes.sliced(r.begin, r.length())); };
    auto check = [&](const Text &t, const char *what) {
        if (t.value.isEmpty())
            return;
        QVERIFY2(t.range.isValid(), what);
        QVERIFY2(t.range.end <= bytes.size(), what);
        const QString written = textAt(t.range);
        QVERIFY2(written.contains(t.value) || t.value.contains(written.left(8)),
            qPrintable(QStringLiteral("%1: '%2' at its range reads '%3'")
                           .arg(QLatin1String(what), t.value, written)));
    };
    const Profile &p = parsed.profile;
    check(p.basics.name, "name");
    check(p.basics.email, "email");
    for (const Position &position : p.work) {
        check(position.title, "title");
        check(position.company, "company");
        check(position.location, "location");
        QVERIFY(position.range.contains(position.title.range));
        for (const Text &h : position.highlights)
            check(h, "highlight");
        for (const TextBlock &b : position.body)
            check(b.text, "a line of a position's body");
        if (position.start.value.isValid())
            QVERIFY2(
                findDates(textAt(position.start.range)).isValid(), qPrintable(textAt(position.start.range)));
    }
    for (const Education &e : p.education)
        check(e.institution, "institution");
}

void TestParser::nothingDropped_data()
{
    golden_data();
}

// Every line of the file with text on it is inside a field, an entry or a kept section.
void TestParser::nothingDropped()
{
    QFETCH(QString, file);
    ProfileFile parsed = loadProfileFile(samplesDir() + QLatin1Char('/') + file);
    QList<SourceRange> ranges;
    parsed.profile.forEachRange([&](SourceRange &r) {
        if (r.isValid())
            ranges.append(r);
    });
    const QByteArray &bytes = parsed.source.fileBytes();
    qsizetype lineStart = 0;
    int lineNumber = 1;
    while (lineStart < bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        const QByteArray line = bytes.sliced(lineStart, lineEnd - lineStart).trimmed();
        const bool markupOnly = line.isEmpty()
            || (QByteArray("-=*_#|: ").contains(line.front())
                && line.count(line.front()) + line.count(' ') + line.count('|') + line.count(':')
                    == line.size());
        if (!markupOnly) {
            const qsizetype firstChar = lineStart + bytes.sliced(lineStart).indexOf(line.front());
            const bool covered = std::any_of(ranges.cbegin(), ranges.cend(),
                [&](const SourceRange &r) { return r.begin <= lineEnd && r.end > firstChar; });
            QVERIFY2(covered,
                qPrintable(QStringLiteral("%1:%2 is in no field or section: %3")
                               .arg(file)
                               .arg(lineNumber)
                               .arg(QString::fromUtf8(line))));
        }
        lineStart = lineEnd + 1;
        ++lineNumber;
    }
}

void TestParser::houseStyleRoundTrip_data()
{
    golden_data();
}

// A position's text as written: paragraphs, sub-headings and lists in their order, nested
// items under theirs; the house style writes them so, and reads them back the same.
void TestParser::positionTextKeepsItsOrder()
{
    using Kind = TextBlock::Kind;
    const QList<std::pair<Kind, QString>> expected {{Kind::Paragraph, u"Led the platform group of six."_s},
        {Kind::Heading, u"Achievements:"_s}, {Kind::Item, u"Cut deploys from an hour to minutes"_s},
        {Kind::Item, u"by caching the builds"_s}, {Kind::Item, u"Moved the fleet to ARM"_s},
        {Kind::Heading, u"Areas:"_s}, {Kind::Paragraph, u"Payments and ledgers, and the audit trail."_s},
        {Kind::Item, u"On call for the ledger"_s}};
    auto blocksOf = [](const Profile &profile) {
        QList<std::pair<Kind, QString>> blocks;
        if (profile.work.size() == 1) {
            for (const TextBlock &b : profile.work.first().blocks())
                blocks.append({b.kind, b.text.value});
        }
        return blocks;
    };
    const Profile read = parseProfileBytes(u"tamsin.md"_s, kOrderedPositionCv).profile;
    QCOMPARE(blocksOf(read), expected);
    QCOMPARE(read.work.first().body.at(3).level, 2);
    // JSON Resume's reading of the same text: the sub-headings say nothing of their own.
    QCOMPARE(read.work.first().highlights.size(), 3);
    QVERIFY(!read.work.first().description.value.contains(u"Achievements"_s));

    const QString markdown = toHouseStyleMarkdown(read);
    qsizetype at = 0;
    for (const auto &[kind, text] : expected) {
        const qsizetype found = markdown.indexOf(text, at);
        QVERIFY2(found >= 0, qPrintable(text + u" is not in its place in:\n"_s + markdown));
        at = found + text.size();
    }
    QVERIFY2(markdown.contains(u"\n  - by caching the builds\n"_s), qPrintable(markdown));
    QCOMPARE(blocksOf(parseProfileBytes(u"house-style.md"_s, markdown.toUtf8()).profile), expected);
}

// A markdown heading under a position's ("#### Highlights of the year") heads part of its
// text, where it stands; the position after it is still a position of its own, and the
// house style writes the heading as one and reads it back the same.
void TestParser::headingInsideAPositionIsItsSubheading()
{
    const QByteArray cv = "# Ada Quill\n\n## Experience\n\n### Engineer — Corvid Labs\n*2019 – 2020*\n\n"
                          "Ran the data team.\n\n#### Highlights of the year\n\n- Shipped the reporting API\n\n"
                          "### Analyst — Heron Bank\n*2016 – 2019*\n\n- Risk models\n";
    using Kind = TextBlock::Kind;
    auto blocksOf = [](const Profile &profile) {
        QList<std::pair<Kind, QString>> blocks;
        for (const TextBlock &b : profile.work.value(0).blocks())
            blocks.append({b.kind, b.text.value});
        return blocks;
    };
    const QList<std::pair<Kind, QString>> expected {{Kind::Paragraph, u"Ran the data team."_s},
        {Kind::Heading, u"Highlights of the year"_s}, {Kind::Item, u"Shipped the reporting API"_s}};
    const Profile read = parseProfileBytes(u"ada.md"_s, cv).profile;
    QCOMPARE(read.work.size(), 2);
    QCOMPARE(blocksOf(read), expected);
    QCOMPARE(read.work.first().description.value, u"Ran the data team."_s);
    const QString markdown = toHouseStyleMarkdown(read);
    QVERIFY2(markdown.contains(u"\n#### Highlights of the year\n"_s), qPrintable(markdown));
    const Profile again = parseProfileBytes(u"house-style.md"_s, markdown.toUtf8()).profile;
    QCOMPARE(blocksOf(again), expected);
    QCOMPARE(again.work.first().description.value, read.work.first().description.value);
}

// A heading as high as the work section's that names no section the lexicon knows ("## Other
// notable bits") ends the work: its text is a section of its own, kept as written under its
// heading, not more text of the last position.
void TestParser::unknownSectionAfterTheWorkIsItsOwn()
{
    const QByteArray cv = "# Ada Quill\n\n## Experience\n\n### Engineer — Corvid Labs\n*2019 – 2020*\n\n"
                          "- Shipped the reporting API\n\n## Other notable bits\n\n"
                          "Won a regional chess open in 2018.\n";
    const Profile read = parseProfileBytes(u"ada.md"_s, cv).profile;
    QCOMPARE(read.work.size(), 1);
    QVERIFY(!read.work.first().description.value.contains(u"chess"_s));
    const auto kept = std::find_if(read.sections.cbegin(), read.sections.cend(),
        [](const Section &s) { return s.heading == u"Other notable bits"_s; });
    QVERIFY(kept != read.sections.cend());
    QVERIFY(kept->text.contains(u"Won a regional chess open in 2018."_s));
    const QString markdown = toHouseStyleMarkdown(read);
    QVERIFY2(markdown.contains(u"## Other notable bits\n\nWon a regional chess open in 2018."_s), qPrintable(markdown));
}

void TestParser::everyWordOfAHeaderIsKept_data()
{
    QTest::addColumn<QByteArray>("cv");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("a team after '@' under its company's heading")
        << QByteArray("# Ada Quill\n\n## Experience\n\n### Kestrel Bank\n\n#### Staff Engineer @ Ledger Team - VP\n\n"
                      "_Sep 2022 - Mar 2023_\n\n- Led the ledger rewrite\n")
        << QStringList {u"Kestrel Bank"_s, u"Staff Engineer"_s, u"Ledger Team"_s, u"VP"_s};
    QTest::newRow("a school's town after its name")
        << QByteArray("# Ada Quill\n\n## Education\n\nBSc (Hons) Geology, Northfield University, Eastford, 2004\n")
        << QStringList {u"BSc (Hons)"_s, u"Geology"_s, u"Northfield University"_s, u"Eastford"_s};
    QTest::newRow("plain text: a division's line between the employer's and the title")
        << QByteArray("Ada Quill\nada@example.org\n\nEXPERIENCE\n\n  Larkfield Systems, 2009-2011\n  Austin, TX\n\n"
                      "   Storage Division, Backup\n   Senior Software Engineer\n\n     * Built the snapshot scheduler.\n\n"
                      "  Corvid Labs, 2005-2009\n  Dallas, TX\n\n   Tools Group, Compilers\n   Software Engineer\n")
        << QStringList {u"Larkfield Systems"_s, u"Storage Division"_s, u"Backup"_s, u"Senior Software Engineer"_s,
               u"Tools Group"_s, u"Compilers"_s};
    QTest::newRow("a project's link on the line under its name, its stack below")
        << QByteArray("# Ada Quill\n\n## Projects\n\n**Parkside Tickets**\n[https://example.org/parkside/](https://example.org/parkside/)\n"
                      "- Django, Postgres, Vue\n\n**Harbour Maps**\n[https://example.org/maps/](https://example.org/maps/)\n"
                      "- Leaflet, Go\n")
        << QStringList {u"Parkside Tickets"_s, u"https://example.org/parkside/"_s, u"Django, Postgres, Vue"_s,
               u"Harbour Maps"_s, u"https://example.org/maps/"_s, u"Leaflet, Go"_s};
    QTest::newRow("Japanese: the document's title, a name labelled with an ideographic space, its reading")
        << QByteArray("# \xe8\x81\xb7\xe5\x8b\x99\xe7\xb5\x8c\xe6\xad\xb4\xe6\x9b\xb8\n\n"
                      "\xe6\xb0\x8f\xe5\x90\x8d\xe3\x80\x80\xe6\xa3\xae \xe8\x8a\xb1\xe5\xad\x90"
                      "\xef\xbc\x88\xe3\x82\x82\xe3\x82\x8a \xe3\x81\xaf\xe3\x81\xaa\xe3\x81\x93\xef\xbc\x89\n\n"
                      "- \xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xef\xbc\x9ahanako@example.org\n\n"
                      "## \xe8\x81\xb7\xe5\x8b\x99\xe7\xb5\x8c\xe6\xad\xb4\n\n"
                      "### \xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe\xe3\x82\xab\xe3\x82\xb7\xe3\x83\xaf"
                      "\xef\xbc\x88""2019\xe5\xb9\xb4""4\xe6\x9c\x88\xe3\x80\x9c\xe7\x8f\xbe\xe5\x9c\xa8\xef\xbc\x89\n\n"
                      "- Go\n")
        << QStringList {u"# 森 花子"_s, u"職務経歴書"_s, u"メール: hanako@example.org"_s, u"株式会社カシワ"_s, u"Apr 2019 – present"_s};
    QTest::newRow("the person's lines: a maiden name, a second address, an age, the document's title")
        << QByteArray("# Lebenslauf Ada Quill, née Marsh\n\nada@example.org · 41 y/o · ada.quill@work.example\n\n"
                      "## Experience\n\n### Engineer at Kestrel Bank\n\n2019 – 2021\n")
        << QStringList {u"Ada Quill"_s, u"Lebenslauf"_s, u"née Marsh"_s, u"41 y/o"_s, u"ada.quill@work.example"_s,
               u"Email: ada@example.org"_s};
}

// The words of an entry's header are all in the profile, as fields or as notes, and so in
// its house-style markdown.
void TestParser::everyWordOfAHeaderIsKept()
{
    QFETCH(QByteArray, cv);
    QFETCH(QStringList, words);
    const QString markdown = toHouseStyleMarkdown(parseProfileBytes(u"ada.md"_s, cv).profile);
    for (const QString &w : words)
        QVERIFY2(markdown.contains(w), qPrintable(w + u" is not in:\n"_s + markdown));
}

// Parsing the house-style markdown gives the same profile.
void TestParser::houseStyleRoundTrip()
{
    QFETCH(QString, file);
    const ProfileFile parsed = loadProfileFile(samplesDir() + QLatin1Char('/') + file);
    const QString markdown = toHouseStyleMarkdown(parsed.profile);
    const ProfileFile again = parseProfileBytes(QStringLiteral("house-style.md"), markdown.toUtf8());
    QVERIFY(again.isValid());
    const QJsonObject before = content(parsed.profile);
    const QJsonObject after = content(again.profile);
    for (const QString &key : before.keys()) {
        if (before.value(key) != after.value(key))
            QFAIL(qPrintable(QStringLiteral("'%1' changed in the round trip:\n%2\n--- house style:\n%3")
                                 .arg(key,
                                     unifiedDiff(QJsonDocument(before.value(key).toArray()).toJson()
                                             + QJsonDocument(before.value(key).toObject()).toJson(),
                                         QJsonDocument(after.value(key).toArray()).toJson()
                                             + QJsonDocument(after.value(key).toObject()).toJson()),
                                     markdown.left(3000))));
    }
}

void TestParser::encodingsGiveTheSameProfile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("variant");
    for (const char *file : {"anna-keller.md", "james-okafor.txt", "camille-rousseau.md"}) {
        for (const char *variant : {"CRLF", "BOM", "BOM+CRLF", "Windows-1252"})
            QTest::newRow(qPrintable(
                QStringLiteral("robustness: %1 %2").arg(QLatin1String(variant), QLatin1String(file))))
                << QString::fromLatin1(file) << QString::fromLatin1(variant);
    }
}

void TestParser::encodingsGiveTheSameProfile()
{
    QFETCH(QString, file);
    QFETCH(QString, variant);
    QFile input(samplesDir() + QLatin1Char('/') + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray original = input.readAll();
    QByteArray bytes = original;
    if (variant.contains(QLatin1String("CRLF")))
        bytes.replace("\n", "\r\n");
    if (variant.contains(QLatin1String("BOM")))
        bytes.prepend("\xEF\xBB\xBF");
    if (variant == QLatin1String("Windows-1252")) {
        const QString text = QString::fromUtf8(original);
        bytes.clear();
        for (QChar c : text) {
            if (c.unicode() < 0x100)
                bytes.append(char(c.unicode()));
            else if (c == QChar(0x2013))
                bytes.append('\x96');
            else if (c == QChar(0x2014))
                bytes.append('\x97');
            else if (c == QChar(0x201E))
                bytes.append('\x84');
            else if (c == QChar(0x201C))
                bytes.append('\x93');
            else if (c == QChar(0x2019))
                bytes.append('\x92');
            else
                bytes.append('?');
        }
    }
    const ProfileFile reference = parseProfileBytes(file, original);
    const ProfileFile changed = parseProfileBytes(file, bytes);
    QVERIFY(changed.isValid());
    // Only bytes that are not valid UTF-8 make the fallback (and its warning).
    QCOMPARE(changed.warnings.isEmpty(), variant != QLatin1String("Windows-1252") || bytes == original);
    if (variant == QLatin1String("Windows-1252")) {
        // Characters outside Windows-1252 were replaced above; compare what the encoding can hold.
        QCOMPARE(changed.profile.basics.name.value, reference.profile.basics.name.value);
        QCOMPARE(changed.profile.work.size(), reference.profile.work.size());
        for (int i = 0; i < reference.profile.work.size(); ++i)
            QCOMPARE(changed.profile.work[i].start.value, reference.profile.work[i].start.value);
    } else {
        QCOMPARE(content(changed.profile), content(reference.profile));
    }
    // Ranges still point at the same words in the changed bytes.
    const Text &title = changed.profile.work.first().title;
    const QByteArray written = bytes.sliced(title.range.begin, title.range.length());
    QCOMPARE(changed.source.encoding() == SourceText::Encoding::Windows1252 ? QString::fromLatin1(written)
                                                                            : QString::fromUtf8(written),
        title.value);
}

// Small files that each show one promise of the parser.
void TestParser::shapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *text, const char *path, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(path)
                            << QString::fromUtf8(expected);
    };
    row("front matter: name",
        "---\nname: Ada Example\ntitle: Engineer\n---\n\n## Experience\n\n### Engineer at Acme\n_2019 - "
        "2020_\n",
        "basics.name", "Ada Example");
    row("Title at Company",
        "# A B\n\n## Experience\n\n### Backend Engineer at Acme Corp\n_Jan 2019 - Present_\n", "work.0.name",
        "Acme Corp");
    row("Title in Team at Company",
        "# A B\n\n## Experience\n\n### Software Engineer in Rust Team at Initech\n_2019 - 2020_\n",
        "work.0.position", "Software Engineer in Rust Team");
    row("Title, Company", "# A B\n\n## Experience\n\n### Senior Developer, Globex GmbH (03/2018 – 05/2021)\n",
        "work.0.name", "Globex GmbH");
    row("Company — Title", "# A B\n\n## Experience\n\n### Umbrella Ltd — Data Engineer\n**2016 – 2018**\n",
        "work.0.position", "Data Engineer");
    row("**Title** | Company",
        "# A B\n\n## Experience\n\n**QA Lead** | Hooli Inc\n_May 2015 - June 2017_\n\n- Tested\n",
        "work.0.name", "Hooli Inc");
    row("dates before the company",
        "# A B\n\n## Experience\n\n### Nov 2020 — today, Vandelay, Team Lead, remote\n", "work.0.location",
        "remote");
    row("title line then company line",
        "A B\n\nWork Experience\nSenior Software Engineer\nStark Industries\n- Built suits\n", "work.0.name",
        "Stark Industries");
    row("duration is not a date",
        "# A B\n\n## Experience\n\n### Mar 2018 — Feb 2020 (2 years), Acme, Team Lead\n", "work.0.endDate",
        "2020-02");
    row("undated stays a position", "# A B\n\n## Experience\n\n### Engineer at Acme\n\n- Did things\n",
        "work.0.x-shortlist.undated", "true");
    row("ongoing has no end", "# A B\n\n## Experience\n\n### Engineer at Acme\n_since 2021_\n",
        "work.0.startDate", "2021");
    row("skill years", "# A B\n\n## Skills\n\n- Python - 10 years\n- Go - 5 years\n",
        "x-shortlist.skillYears.0.years", "10");
    row("unrecognised section kept", "# A B\n\n## Hobbies\n\nSailing and chess.\n",
        "x-shortlist.sections.0.heading", "Hobbies");
    row("boilerplate kept apart",
        "# A B\n\n## Experience\n\n### Engineer at Acme\n_2019 - 2020_\n\nHow to Hire with Us\nPost a job\n",
        "x-shortlist.sections.0.boilerplate", "true");
    row("German section names",
        "# A B\n\n## Berufserfahrung\n\n### Entwicklerin bei Beispiel AG\n03/2019 – heute\n", "work.0.name",
        "Beispiel AG");
    row("Russian section names",
        "# А Б\n\n## Опыт работы\n\n### Разработчик, ООО «Ромашка»\nянварь 2019 — н.в.\n", "work.0.startDate",
        "2019-01");
    row("Polish section names, a keyword among other words",
        "# A B\n\n## PODSUMOWANIE ZAWODOWE\n\nInżynier.\n\n## UMIEJĘTNOŚCI TECHNICZNE\n\n- Języki: Go, Rust\n\n"
        "## TWÓRCZOŚĆ I PUBLIKACJE\n\n- Blog: artykuły o Go\n",
        "x-shortlist.sections.0.heading", "TWÓRCZOŚĆ I PUBLIKACJE");
    row("a heading with a skills keyword", "# A B\n\n## Competenze digitali\n\n- Linguaggi: Go, Rust\n",
        "skills.0.keywords.1", "Rust");
    row("city alone in a headline", "# A B\n\nBackend Developer · Java, Kotlin · Utrecht\n",
        "basics.location.countryCode", "NL");
    row("city on its own line", "A B\nQA Engineer\nBerlin\n", "basics.location.city", "Berlin");
    row("link network named",
        "# A B\n\n- https://github.com/example-user\n- https://www.linkedin.com/in/example\n",
        "basics.profiles.1.network", "LinkedIn");
    row("language and fluency", "# A B\n\n## Languages\n\n- German: native\n- English (C1)\n",
        "languages.1.fluency", "C1");
    row("certificate issuer", "# A B\n\n## Certifications\n\n- Cloud Practitioner | Example Cloud | 2021\n",
        "certificates.0.issuer", "Example Cloud");
    row("plain text: company, city | dates",
        "A B\n\nExperience\nLead Developer\nInitech, Berlin | Oct 2022 – now\n- Led\n", "work.0.startDate",
        "2022-10");
    row("plain text: bullets typed as •",
        "A B\n\nExperience\nLead Developer\nInitech\n• Led a team of 65 people, shipped it\n• Hired\n",
        "work.0.highlights.1", "Hired");
    row("education", "# A B\n\n## Education\n\n- MSc in Physics, University of Nowhere, 2010 – 2012\n",
        "education.0.area", "Physics");
}

void TestParser::shapes()
{
    QFETCH(QString, text);
    QFETCH(QString, jsonPath);
    QFETCH(QString, expected);
    const ProfileFile parsed = parseProfileBytes(QStringLiteral("shape.md"), text.toUtf8());
    QVERIFY(parsed.isValid());
    const QString actual = profileField(parsed.profile, jsonPath);
    if (actual != expected)
        QFAIL(qPrintable(QStringLiteral("%1 is '%2', expected '%3'; whole profile:\n%4")
                             .arg(jsonPath, actual, expected, QString::fromUtf8(jsonText(parsed.profile)))));
}

// The parser's own character classes answer as QChar does, for every UTF-16 code unit.
void TestParser::charactersAsQCharSays()
{
    for (int u = 0; u <= 0xFFFF; ++u) {
        const QChar c {char16_t(u)};
        const QByteArray where = QByteArray::number(u, 16);
        QVERIFY2(Characters::isSpace(c) == c.isSpace(), where.constData());
        QVERIFY2(Characters::isLetter(c) == c.isLetter(), where.constData());
        QVERIFY2(Characters::isLetterOrNumber(c) == c.isLetterOrNumber(), where.constData());
        QVERIFY2(Characters::toLower(c) == c.toLower(), where.constData());
        QVERIFY2(Characters::isCyrillic(c) == (c.script() == QChar::Script_Cyrillic), where.constData());
    }
}

// Text without parentheses comes back from stripParenthesised() as QString::simplified()
// gives it, whether or not it needed simplifying.
void TestParser::strippedTextIsSimplified_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("already simple") << QStringLiteral("Senior Engineer, Berlin");
    QTest::newRow("empty") << QString();
    QTest::newRow("two spaces inside") << QStringLiteral("Senior  Engineer");
    QTest::newRow("space at the start") << QStringLiteral(" Engineer");
    QTest::newRow("space at the end") << QStringLiteral("Engineer ");
    QTest::newRow("tab and line feed") << QStringLiteral("Senior\tEngineer\nBerlin");
    QTest::newRow("no-break space") << QStringLiteral("Senior\u00A0Engineer");
    QTest::newRow("em space") << QStringLiteral("Senior\u2003Engineer");
    QTest::newRow("Cyrillic") << QStringLiteral("Ведущий разработчик");
}

void TestParser::strippedTextIsSimplified()
{
    QFETCH(QString, text);
    QCOMPARE(detail::stripParenthesised(text), text.simplified());
}

// The key headings and places are looked up by: lower case, without markup punctuation and
// trailing colons or full stops, white space folded, a typographic apostrophe as '.
void TestParser::lexiconKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("markup dropped") << QStringLiteral("**Work_Experience:**") << QStringLiteral("workexperience");
    QTest::newRow("heading marks and code") << QStringLiteral("## `Skills` #") << QStringLiteral("skills");
    QTest::newRow("white space folded") << QStringLiteral("  Berufs\t\n erfahrung  ")
                                        << QStringLiteral("berufs erfahrung");
    QTest::newRow("no-break space") << QStringLiteral("Work\u00A0History") << QStringLiteral("work history");
    QTest::newRow("trailing punctuation") << QStringLiteral("Education, .:") << QStringLiteral("education");
    QTest::newRow("apostrophe") << QStringLiteral("Centres d\u2019Intérêt") << QStringLiteral("centres d'intérêt");
    QTest::newRow("Cyrillic") << QStringLiteral("ОПЫТ РАБОТЫ") << QStringLiteral("опыт работы");
    QTest::newRow("control character kept") << QStringLiteral("A\u0001B") << QStringLiteral("a\u0001b");
    QTest::newRow("empty") << QString() << QString();
}

void TestParser::lexiconKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(Lexicon::normalized(text), key);
}

// cmark-gfm's memory for one parse: zeroed, aligned blocks that keep their bytes through
// growth, wherever they have to move.
void TestParser::cmarkArenaKeepsWhatItHandsOut()
{
    {
        CmarkArena::Scope scope;
        cmark_mem *memory = scope.allocator();
        auto *first = static_cast<unsigned char *>(memory->calloc(3, 7));
        QVERIFY(first);
        QCOMPARE(quintptr(first) % alignof(std::max_align_t), quintptr(0));
        QVERIFY(std::all_of(first, first + 21, [](unsigned char c) { return c == 0; }));
        std::memset(first, 'a', 21);

        // The last block grows where it stands; an earlier one moves, keeping its bytes.
        auto *grown = static_cast<unsigned char *>(memory->realloc(first, 100));
        QCOMPARE(grown, first);
        auto *second = static_cast<unsigned char *>(memory->calloc(1, 10));
        QVERIFY(second >= grown + 100);
        std::memset(second, 'b', 10);
        auto *moved = static_cast<unsigned char *>(memory->realloc(grown, 5000));
        QVERIFY(moved != grown);
        QCOMPARE(QByteArray(reinterpret_cast<char *>(moved), 21), QByteArray(21, 'a'));
        QCOMPARE(QByteArray(reinterpret_cast<char *>(second), 10), QByteArray(10, 'b'));

        // The last block given back is handed out again, zeroed.
        auto *last = static_cast<unsigned char *>(memory->calloc(1, 64));
        std::memset(last, 'c', 64);
        memory->free(last);
        auto *again = static_cast<unsigned char *>(memory->calloc(1, 64));
        QCOMPARE(again, last);
        QVERIFY(std::all_of(again, again + 64, [](unsigned char c) { return c == 0; }));

        // Blocks larger than a slab, and many small ones past the end of several slabs.
        auto *large = static_cast<unsigned char *>(memory->calloc(1, 300 * 1024));
        large[300 * 1024 - 1] = 'd';
        QList<unsigned char *> small;
        for (int i = 0; i < 5000; ++i) {
            small.append(static_cast<unsigned char *>(memory->calloc(1, 48)));
            std::memset(small.last(), i % 251, 48);
        }
        for (int i = 0; i < small.size(); ++i)
            QVERIFY(std::all_of(small[i], small[i] + 48, [i](unsigned char c) { return c == i % 251; }));
        QCOMPARE(large[300 * 1024 - 1], 'd');
        QCOMPARE(memory->realloc(nullptr, 16) != nullptr, true);
    }
    // Between parses the thread keeps at most a megabyte for the next one.
    QVERIFY(CmarkArena::retainedBytes() > 0);
    QVERIFY(CmarkArena::retainedBytes() <= 1024 * 1024);

    // The next parse reuses the kept slabs, and one larger than any of them comes in between.
    {
        CmarkArena::Scope scope;
        cmark_mem *memory = scope.allocator();
        QList<unsigned char *> blocks;
        for (int i = 0; i < 3000; ++i) {
            const std::size_t size = i % 100 == 0 ? 200 * 1024 : 40;
            blocks.append(static_cast<unsigned char *>(memory->calloc(1, size)));
            QVERIFY(std::all_of(blocks.last(), blocks.last() + size, [](unsigned char c) { return c == 0; }));
            blocks.last()[0] = i % 251;
        }
        for (int i = 0; i < blocks.size(); ++i)
            QCOMPARE(int(blocks[i][0]), i % 251);
    }
    QVERIFY(CmarkArena::retainedBytes() <= 1024 * 1024);

    // Documents up to the limit are parsed in the arena, larger ones with malloc.
    QVERIFY(CmarkArena::serves(qsizetype(CmarkArena::kLargestDocument)));
    QVERIFY(!CmarkArena::serves(qsizetype(CmarkArena::kLargestDocument) + 1));
}

// cmark-gfm's autolink extension looks a few bytes before a buffer for "mailto:"; what an
// earlier parse left in the arena must not be found there.
void TestParser::arenaLeavesNothingOfEarlierParses()
{
    {
        CmarkArena::Scope scope;
        auto *block = static_cast<char *>(scope.allocator()->calloc(1, 60000));
        for (int i = 0; i < 60000; ++i)
            block[i] = "0123456789mailto"[i % 16];
    }
    const QList<Line> lines
        = markdownLines(SourceText::fromBytes("- Berlin\n:jane@example.com &amp; partners\n"));
    QStringList urls;
    for (const Line &line : lines) {
        for (const InlineLink &link : line.links)
            urls.append(link.url);
    }
    QCOMPARE(urls, QStringList {QStringLiteral("mailto:jane@example.com")});
}

// Each worker thread parses with its own arena: the library loads files on a thread pool.
void TestParser::parsesOnManyThreadsAtOnce()
{
    QList<QByteArray> inputs;
    QList<QJsonObject> expected;
    for (const QString &file : sampleFiles()) {
        QFile input(samplesDir() + QLatin1Char('/') + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        inputs.append(input.readAll());
        expected.append(toJsonResume(parseProfileBytes(file, inputs.last()).profile));
    }
    QList<int> jobs;
    for (int round = 0; round < 50; ++round) {
        for (int i = 0; i < inputs.size(); ++i)
            jobs.append(i);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    const QList<QJsonObject> got = QtConcurrent::blockingMapped(&pool, jobs, [&](int i) {
        return toJsonResume(parseProfileBytes(QStringLiteral("sample"), inputs[i]).profile);
    });
    int differing = 0;
    for (int k = 0; k < jobs.size(); ++k) {
        if (got[k] != expected[jobs[k]]) {
            qWarning("%s parsed differently on a worker thread", qPrintable(sampleFiles()[jobs[k]]));
            ++differing;
        }
    }
    QCOMPARE(differing, 0);
}

// A document over the arena's limit is parsed with malloc, to the same profile.
void TestParser::largeDocumentParsesWithoutTheArena()
{
    QByteArray text = "# Ada Example\n\n## Experience\n\n";
    int written = 0;
    // A short CV read before and after the long one: what one parse leaves to the next on
    // its thread (the arena, the lists of lines, which a long file's size is not kept for)
    // carries nothing over.
    const QByteArray shortCv = "# Bo Example\n\n## Experience\n\n### Tester at Firm\n\n*2019 – now*\n\n- Tested\n";
    const QByteArray before = jsonText(parseProfileBytes(QStringLiteral("short.md"), shortCv).profile);
    while (CmarkArena::serves(text.size())) {
        const int year = 1900 + written % 120;
        text += "### Engineer at Company " + QByteArray::number(written) + "\n\n*" + QByteArray::number(year)
            + " – " + QByteArray::number(year + 1) + "*\n\n- Built things that mattered to someone\n\n";
        ++written;
    }
    const ProfileFile parsed = parseProfileBytes(QStringLiteral("large.md"), text);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QCOMPARE(parsed.profile.basics.name.value, QStringLiteral("Ada Example"));
    QCOMPARE(parsed.profile.work.size(), written);
    QCOMPARE(parsed.profile.work.last().company.value, QStringLiteral("Company %1").arg(written - 1));
    QCOMPARE(jsonText(parseProfileBytes(QStringLiteral("short.md"), shortCv).profile), before);
    QVERIFY(before.contains("\"Tester\""));
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
