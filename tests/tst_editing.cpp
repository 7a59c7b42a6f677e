// Structured edits on a profile's text and writing the text back: round trips are byte
// for byte, an edit changes only its field (checked on the diff and on what the profile
// reads afterwards), new text follows the file's own style, bad edits are clear errors.

#include "edit/checkededit.h"
#include "testdata.h"
#include "edit/datestyle.h"
#include "edit/editabletext.h"
#include "edit/textprofile.h"
#include "edit/unifieddiff.h"
#include "export/jsonexport.h"
#include "io/atomicwrite.h"

#include "everyfield.h"
#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

QString seedsDir()
{
    return QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/seeds");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A CV of `size` bytes whose every line says `word`, so that two of them differ everywhere.
QByteArray cvOfSize(qsizetype size, const QByteArray &word)
{
    QByteArray cv = "# Jane Doe\n\n## Experience\n\n";
    while (cv.size() < size)
        cv += "- " + word + " things at Example Corp\n";
    cv.truncate(size - 1);
    return cv + '\n';
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList sampleFiles()
{
    return QDir(samplesDir()).entryList({u"*.md"_s, u"*.txt"_s}, QDir::Files, QDir::Name);
}

// A "file" column with a row for each CV in `folder`; with `labelled`, only those with
// their reading in a JSON file beside them (the corpus keeps notes beside its CVs).
void addFileRows(const QString &folder, bool labelled)
{
    QTest::addColumn<QString>("file");
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.md"_s, u"*.txt"_s}, QDir::Files, QDir::Name)) {
        if (!labelled || dir.exists(QFileInfo(name).completeBaseName() + u".json"_s))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

// The profile as the JSON export shows it, without Shortlist's own extension (ranges
// move with every edit).
QJsonObject jsonOf(const QString &name, const QString &text)
{
    const TextProfile parsed = parseTextProfile(name, text);
    QJsonObject object = toJsonResume(parsed.profile, QDate(2026, 6, 1));
    object.remove(u"x-shortlist"_s);
    for (const QString &list : {u"work"_s, u"education"_s, u"projects"_s}) {
        QJsonArray items = object.value(list).toArray();
        for (auto it = items.begin(); it != items.end(); ++it) {
            QJsonObject item = it->toObject();
            item.remove(u"x-shortlist"_s);
            *it = item;
        }
        object.insert(list, items);
    }
    return object;
}

// `root` with the value at a JSON export path ("work[0].highlights[+]") set, appended
// or removed, as the profile should read after the same edit.
QJsonValue withEdit(const QJsonValue &root, QStringList steps, const FieldEdit &edit)
{
    static const QRegularExpression stepPattern(u"^(\\w+)(?:\\[(\\d+|\\+)\\])?$"_s);
    const auto match = stepPattern.match(steps.takeFirst());
    QJsonObject object = root.toObject();
    const QString key = match.captured(1);
    const bool remove = edit.action == FieldEdit::Action::Remove;
    if (!match.hasCaptured(2)) {
        if (steps.isEmpty()) {
            if (remove || edit.value.isEmpty())
                object.remove(key);
            else
                object.insert(key, edit.value);
        } else {
            object.insert(key, withEdit(object.value(key), steps, edit));
        }
        return object;
    }
    QJsonArray array = object.value(key).toArray();
    if (match.captured(2) == QLatin1String("+")) {
        array.append(edit.value);
    } else {
        const int index = match.captured(2).toInt();
        if (steps.isEmpty() && remove)
            array.removeAt(index);
        else if (steps.isEmpty())
            array[index] = edit.value;
        else
            array[index] = withEdit(array.at(index), steps, edit);
    }
    object.insert(key, array);
    return object;
}

struct DiffLines
{
    QStringList removed, added;
};

DiffLines changedLines(const QString &before, const QString &after)
{
    DiffLines lines;
    for (const QString &line : unifiedDiff(before, after, u"a"_s, u"b"_s).split(u'\n')) {
        if (line.startsWith(u"---") || line.startsWith(u"+++"))
            continue;
        if (line.startsWith(u'-'))
            lines.removed.append(line.mid(1));
        else if (line.startsWith(u'+'))
            lines.added.append(line.mid(1));
    }
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(Shortlist::FieldEdit)

class TestEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void oneFieldEditChangesOnlyThatFieldsBytes_data();
    void oneFieldEditChangesOnlyThatFieldsBytes();
    void unencodableCharacterIsReported();
    void bytesThatWouldReadAsAnotherTextAreNotWritten_data();
    void bytesThatWouldReadAsAnotherTextAreNotWritten();

    void dateStyle_data();
    void dateStyle();

    void eachEditOnEachSample_data();
    void eachEditOnEachSample();
    void editsWriteInTheFilesOwnStyle_data();
    void editsWriteInTheFilesOwnStyle();
    void badEditsAreOneLineErrors_data();
    void badEditsAreOneLineErrors();

    void editsOnSmallFiles_data();
    void editsOnSmallFiles();
    void sameValueEditsOnTheSamples_data();
    void sameValueEditsOnTheSamples();
    void sameValueEditsOnTheCorpus_data();
    void sameValueEditsOnTheCorpus();
    void skillGroupNameNeverTouchesAHeading_data();
    void skillGroupNameNeverTouchesAHeading();
    void unifiedDiffReadsLikeDiffU();
    void atomicWriteRefusesReadOnlyFiles();
    void atomicWriteFailsWholeWhenTheDiskIsFull_data();
    void atomicWriteFailsWholeWhenTheDiskIsFull();
    void atomicWriteOnARealFullDisk_data();
    void atomicWriteOnARealFullDisk();
    void atomicWriteKeepsOwnerAndMode_data();
    void atomicWriteKeepsOwnerAndMode();
};

void TestEditing::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const QString &name : sampleFiles())
        QTest::newRow(qPrintable(name)) << readAll(samplesDir() + u'/' + name);
    const QStringList seeds = QDir(seedsDir()).entryList({u"*.txt"_s, u"*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &name : seeds) // README.md included: a markdown file too
        QTest::newRow(qPrintable(u"seed "_s + name)) << readAll(seedsDir() + u'/' + name);
    const QByteArray anna = readAll(samplesDir() + u"/anna-keller.md"_s);
    QByteArray crlf = anna;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF with BOM") << QByteArray("\xEF\xBB\xBF" + crlf);
    QByteArray mixed = anna;
    mixed.replace("\n\n", "\r\n\n");
    QTest::newRow("mixed line endings") << mixed;
    QTest::newRow("old Mac CR") << QByteArray(anna).replace('\n', '\r');
    QTest::newRow("Windows-1252") << QByteArray("# Ren\xE9 M\xFCller\n\nIng\xE9nieur \x96 \x80 fixes\n");
    const QString utf16Text = QString::fromUtf8(anna);
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    QTest::newRow("UTF-16LE") << utf16;
    QTest::newRow("no final line feed") << QByteArray("# Ann\n\nEngineer");
}

// Open and save without edits: the same bytes.
void TestEditing::roundTripIsByteIdentical()
{
    QFETCH(QByteArray, bytes);
    const EditableText editable = EditableText::fromBytes(bytes);
    QVERIFY(!editable.text().contains(u'\r'));
    const auto saved = editable.bytesFor(editable.text());
    QVERIFY(saved.has_value());
    QCOMPARE(*saved, bytes);
    // A change undone is no change either.
    const auto undone = editable.bytesFor(QString(editable.text()));
    QCOMPARE(*undone, bytes);
}

void TestEditing::oneFieldEditChangesOnlyThatFieldsBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray anna = readAll(samplesDir() + u"/anna-keller.md"_s);
    const QByteArray label = "Senior Softwareentwicklerin · Backend-Architektur mit Java & Kotlin · Teamleitung";
    const QByteArray newLabel = "Staff Engineer · Plattform";
    auto variant = [&](QByteArray bytes) {
        QByteArray expected = bytes;
        expected.replace(label, newLabel);
        return std::pair(bytes, expected);
    };
    const auto [lf, lfExpected] = variant(anna);
    QTest::newRow("UTF-8, LF") << lf << lfExpected;
    const auto [crlf, crlfExpected] = variant("\xEF\xBB\xBF" + QByteArray(anna).replace("\n", "\r\n"));
    QTest::newRow("BOM, CRLF") << crlf << crlfExpected;
    const auto [mixed, mixedExpected] = variant(QByteArray(anna).replace("\n\n", "\r\n\n"));
    QTest::newRow("mixed line endings") << mixed << mixedExpected;
    QTest::newRow("Windows-1252") << QByteArray("# Ren\xE9 M\xFCller\r\n\r\nIng\xE9nieur \x96 Backend\r\n")
                                  << QByteArray("# Ren\xE9 M\xFCller\r\n\r\nStaff Engineer \xB7 Plattform\r\n");
}

// A one-field edit changes that field's bytes and nothing else: encoding, BOM and every
// line ending stay as they were.
void TestEditing::oneFieldEditChangesOnlyThatFieldsBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    const EditableText editable = EditableText::fromBytes(bytes);
    QString error;
    const auto edited = applyFieldEdits(
        u"profile.md"_s, editable.text(), {FieldEdit::set(u"basics.label"_s, u"Staff Engineer · Plattform"_s)}, &error);
    QVERIFY2(edited.has_value(), qPrintable(error));
    const auto saved = editable.bytesFor(*edited, &error);
    QVERIFY2(saved.has_value(), qPrintable(error));
    QCOMPARE(*saved, expected);
}

void TestEditing::unencodableCharacterIsReported()
{
    const EditableText editable = EditableText::fromBytes("# Ren\xE9\n\nIngenieur\n");
    QCOMPARE(editable.encoding(), SourceText::Encoding::Windows1252);
    QString error;
    const auto saved = editable.bytesFor(u"# René\n\nИнженер\n"_s, &error);
    QVERIFY(!saved.has_value());
    QVERIFY2(error.contains(u"Windows-1252"_s) && error.contains(u"line 3"_s) && error.contains(u"UTF-8"_s),
        qPrintable(error));
}

void TestEditing::bytesThatWouldReadAsAnotherTextAreNotWritten_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("complaint");
    // Windows-1252 for "\xab" and "\xbb" alone: without them, "\xe2\x80\x94" ("â€”") reads as "—".
    QTest::newRow("Windows-1252 that would read as UTF-8")
        << QByteArray("# Nora Vinter\n\nDesigner \xe2\x80\x94 Oslo\n\n- Drew the \xabnew\xbb signs\n")
        << u"\n- Drew the «new» signs"_s << QString()
        << u"the file is written in Windows-1252, but with this change it would read as UTF-8"_s;
    // A lone "\r" kept before a written "\n" reads as one line ending, not two.
    QTest::newRow("a lone carriage return before a new line")
        << QByteArray("# Nora Vinter\rDesigner\nOslo\n") << u"Vinter\n"_s << u"Vinter\n\nInk\n"_s
        << u"line endings would read otherwise"_s;
}

// Bytes are written only when they read back as the text edited; otherwise the reason,
// and the editor offers UTF-8.
void TestEditing::bytesThatWouldReadAsAnotherTextAreNotWritten()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, complaint);
    const EditableText editable = EditableText::fromBytes(bytes);
    QVERIFY(editable.text().contains(from));
    QString error;
    const auto saved = editable.bytesFor(QString(editable.text()).replace(from, to), &error);
    QVERIFY2(!saved.has_value(), saved ? saved->constData() : "");
    QVERIFY2(error.contains(complaint), qPrintable(error));
}

void TestEditing::dateStyle_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German full") << u"März 2021"_s << u"2023-05"_s << u"Mai 2023"_s;
    QTest::newRow("French abbreviated") << u"janv. 2019"_s << u"2020-02"_s << u"févr. 2020"_s;
    QTest::newRow("French full word in an abbreviated style") << u"sept. 2016"_s << u"2020-06"_s << u"juin 2020"_s;
    QTest::newRow("French lower case full") << u"janvier 2020"_s << u"2021-08"_s << u"août 2021"_s;
    QTest::newRow("English abbreviated") << u"Jan 2022"_s << u"2023-09"_s << u"Sep 2023"_s;
    QTest::newRow("English with dot") << u"Jan. 2022"_s << u"2023-11"_s << u"Nov. 2023"_s;
    QTest::newRow("English capitals") << u"JANUARY 2022"_s << u"2023-03"_s << u"MARCH 2023"_s;
    QTest::newRow("Russian genitive") << u"января 2020"_s << u"2021-03"_s << u"марта 2021"_s;
    QTest::newRow("Russian nominative") << u"Январь 2020"_s << u"2021-03"_s << u"Март 2021"_s;
    QTest::newRow("Russian abbreviated") << u"сент. 2021"_s << u"2022-11"_s << u"нояб. 2022"_s;
    QTest::newRow("Dutch") << u"mei 2021"_s << u"2022-03"_s << u"maart 2022"_s;
    QTest::newRow("Spanish") << u"enero 2020"_s << u"2021-12"_s << u"diciembre 2021"_s;
    QTest::newRow("slash") << u"03/2019"_s << u"2020-09"_s << u"09/2020"_s;
    QTest::newRow("dot unpadded") << u"7.2014"_s << u"2015-09"_s << u"9.2015"_s;
    QTest::newRow("dot padded") << u"02.2019"_s << u"2019-10"_s << u"10.2019"_s;
    QTest::newRow("ISO") << u"2022-04"_s << u"2023-01"_s << u"2023-01"_s;
    QTest::newRow("year first") << u"2019/03"_s << u"2020-09"_s << u"2020/09"_s;
    QTest::newRow("year only keeps a given month") << u"2007"_s << u"2009-06"_s << u"Jun 2009"_s;
    QTest::newRow("year only, year given") << u"2007"_s << u"2009"_s << u"2009"_s;
}

void TestEditing::dateStyle()
{
    QFETCH(QString, written);
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const auto style = DateStyle::of(written);
    QVERIFY(style.has_value());
    QCOMPARE(style->format(PartialDate::fromIsoString(date)), expected);
    // What is written reads back as the date.
    QCOMPARE(parseUserDate(expected), PartialDate::fromIsoString(date));
}

void TestEditing::eachEditOnEachSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("removedLines");
    QTest::addColumn<int>("addedLines");

    const int set = int(FieldEdit::Action::Set), remove = int(FieldEdit::Action::Remove);
    for (const QString &file : sampleFiles()) {
        const QString text = EditableText::fromBytes(readAll(samplesDir() + u'/' + file)).text();
        const Profile profile = parseTextProfile(file, text).profile;
        auto row = [&](const char *kind, int action, const QString &path, const QString &value, int removed, int added) {
            QTest::addRow("%s: %s", qPrintable(file), kind) << file << action << path << value << removed << added;
        };
        const Basics &b = profile.basics;
        row("name", set, u"basics.name"_s, u"Jordan Example"_s, 1, 1);
        // A headline that names the place keeps it, or the location would go with it.
        if (!b.label.value.isEmpty() && b.label.range.contains(b.location.range))
            row("headline", set, u"basics.label"_s, u"Principal Consultant · "_s + b.location.text, 1, 1);
        else if (!b.label.value.isEmpty())
            row("headline", set, u"basics.label"_s, u"Principal Consultant"_s, 1, 1);
        if (!b.email.value.isEmpty())
            row("email", set, u"basics.email"_s, u"new.person@example.org"_s, 1, 1);
        if (!b.phone.value.isEmpty())
            row("phone", set, u"basics.phone"_s, u"+49 30 1234567"_s, 1, 1);
        if (!profile.work.isEmpty()) {
            const Position &first = profile.work.first();
            row("title", set, u"work[0].position"_s, u"Principal Engineer"_s, 1, 1);
            // Highlights written apart under the company's name follow the rename.
            const int namedTwice = file == u"sofia-ramirez.md"_s;
            row("company", set, u"work[0].name"_s, u"Zenith Works"_s, 1 + namedTwice, 1 + namedTwice);
            if (first.start.value.isValid()) {
                PartialDate start = first.start.value;
                start.year -= 1;
                row("start", set, u"work[0].startDate"_s, start.toIsoString(), 1, 1);
            }
            if (first.start.value.isValid() && !first.ongoing && first.end.value.isValid())
                row("ongoing", set, u"work[0].endDate"_s, u"present"_s, 1, 1);
            if (!first.highlights.isEmpty()) {
                row("highlight", set, u"work[0].highlights[0]"_s, u"Shipped the zenith project"_s, 1, 1);
                row("highlight removed", remove, u"work[0].highlights[0]"_s, QString(), 1, 0);
            }
            row("highlight added", set, u"work[0].highlights[+]"_s, u"Shipped the zenith project"_s,
                first.highlights.isEmpty() ? 0 : 0, first.highlights.isEmpty() ? 2 : 1);
            row("position removed", remove, u"work[%1]"_s.arg(profile.work.size() - 1), QString(), -1, 0);
        }
        if (!profile.skills.isEmpty() && !profile.skills.first().keywords.isEmpty()) {
            const bool inlineList = profile.skills.first().keywords.size() < 2
                || text.mid(profile.skills.first().keywords[0].range.end,
                           profile.skills.first().keywords[1].range.begin - profile.skills.first().keywords[0].range.end)
                       .indexOf(u'\n')
                    < 0;
            row("skill", set, u"skills[0].keywords[0]"_s, u"Haskell"_s, 1, 1);
            row("skill added", set, u"skills[0].keywords[+]"_s, u"Haskell"_s, inlineList ? 1 : 0, 1);
        }
        if (!profile.education.isEmpty() && !profile.education.first().institution.value.isEmpty())
            row("institution", set, u"education[0].institution"_s, u"Technische Universität Zenith"_s, 1, 1);
        if (!profile.education.isEmpty() && !profile.education.first().location.value.isEmpty())
            row("school's place", set, u"education[0].location"_s, u"Eastford"_s, 1, 1);
    }
}

// Each kind of form edit on each sample: the profile reads the new value and nothing
// else changes, and the diff is that field's line.
void TestEditing::eachEditOnEachSample()
{
    QFETCH(QString, file);
    QFETCH(int, action);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(int, removedLines);
    QFETCH(int, addedLines);

    const QString before = EditableText::fromBytes(readAll(samplesDir() + u'/' + file)).text();
    const FieldEdit edit {FieldEdit::Action(action), path, value};
    QString error;
    const auto after = applyFieldEdits(file, before, {edit}, &error);
    QVERIFY2(after.has_value(), qPrintable(error));

    const QJsonValue expected = withEdit(jsonOf(file, before), path.split(u'.'), edit);
    const QJsonObject actual = jsonOf(file, *after);
    if (actual != expected.toObject()) {
        qWarning().noquote() << unifiedDiff(QString::fromUtf8(QJsonDocument(expected.toObject()).toJson()),
            QString::fromUtf8(QJsonDocument(actual).toJson()), u"expected"_s, u"actual"_s);
        qWarning().noquote() << unifiedDiff(before, *after, u"before"_s, u"after"_s);
        QFAIL("the profile read after the edit is not the profile before it with that one change");
    }

    const DiffLines diff = changedLines(before, *after);
    if (removedLines >= 0)
        QCOMPARE(diff.removed.size(), removedLines);
    else
        QVERIFY(!diff.removed.isEmpty());
    QCOMPARE(diff.added.size(), addedLines);
    if (edit.action == FieldEdit::Action::Set && !path.endsWith(u"Date"_s)) {
        QVERIFY2(std::any_of(diff.added.cbegin(), diff.added.cend(), [&](const QString &line) { return line.contains(value); }),
            qPrintable(diff.added.join(u'\n')));
    }
}

void TestEditing::editsWriteInTheFilesOwnStyle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("added");

    QTest::newRow("numeric end date")
        << u"anna-keller.md"_s << u"work[1].endDate"_s << u"2021-05"_s
        << QStringList {u"### Senior Softwareentwicklerin bei Brückenwerk Software GmbH (03/2019 – 09/2020)"_s}
        << QStringList {u"### Senior Softwareentwicklerin bei Brückenwerk Software GmbH (03/2019 – 05/2021)"_s};
    QTest::newRow("an open start gets its end")
        << u"anna-keller.md"_s << u"work[0].endDate"_s << u"2024-02"_s
        << QStringList {u"### Tech Lead Plattform bei Nordlicht Logistik GmbH (seit März 2021)"_s}
        << QStringList {u"### Tech Lead Plattform bei Nordlicht Logistik GmbH (März 2021 – Februar 2024)"_s};
    QTest::newRow("French present word")
        << u"camille-rousseau.md"_s << u"work[2].endDate"_s << u"present"_s
        << QStringList {u"*janvier 2020 – févr. 2023*"_s} << QStringList {u"*janvier 2020 – aujourd'hui*"_s};
    QTest::newRow("inline skill list")
        << u"anna-keller.md"_s << u"skills[2].keywords[+]"_s << u"ClickHouse"_s
        << QStringList {u"- **Daten & Messaging:** PostgreSQL, Kafka, Redis, Elasticsearch"_s}
        << QStringList {u"- **Daten & Messaging:** PostgreSQL, Kafka, Redis, Elasticsearch, ClickHouse"_s};
    QTest::newRow("one skill per line")
        << u"hannah-weber.txt"_s << u"skills[0].keywords[+]"_s << u"Svelte"_s << QStringList {}
        << QStringList {u"- Svelte"_s};
    QTest::newRow("contact line separator")
        << u"erik-lindqvist.md"_s << u"basics.phone"_s << u"+46 8 111 11 11"_s
        << QStringList {u"erik.lindqvist@example.com | +46 8 000 00 00 | https://github.com/erik-lindqvist-code | https://erik.example.org"_s}
        << QStringList {u"erik.lindqvist@example.com | +46 8 111 11 11 | https://github.com/erik-lindqvist-code | https://erik.example.org"_s};
    QTest::newRow("labelled contact in front matter")
        << u"mei-lin.md"_s << u"basics.phone"_s << u"+1 604 555 0199"_s << QStringList {}
        << QStringList {u"phone: +1 604 555 0199"_s};
    QTest::newRow("a position like the others, newest first")
        << u"pieter-de-vries.md"_s << u"work[+]"_s
        << uR"({"position": "Lead developer", "name": "Grachtwerk B.V.", "startDate": "2025-01", "endDate": "present", "highlights": ["Bouwde het team op"]})"_s
        << QStringList {}
        << QStringList {u"**Lead developer** | Grachtwerk B.V."_s, u"januari 2025 – heden"_s, QString(), u"- Bouwde het team op"_s, QString()};
    QTest::newRow("a position in a dates-first heading")
        << u"erik-lindqvist.md"_s << u"work[+]"_s
        << uR"({"position": "Staff Engineer", "name": "Acme AB", "startDate": "2025-01", "endDate": "present"})"_s
        << QStringList {} << QStringList {u"### Jan 2025 — today, Acme AB, Staff Engineer"_s, QString()};
    QTest::newRow("a position in a plain-text file")
        << u"hannah-weber.txt"_s << u"work[+]"_s
        << uR"({"position": "Staff Frontend Engineer", "name": "Acme Lda", "highlights": ["Led the redesign"]})"_s
        << QStringList {} << QStringList {u"Staff Frontend Engineer"_s, u"Acme Lda"_s, u"- Led the redesign"_s, QString()};
    QTest::newRow("removing a location takes its separator")
        << u"erik-lindqvist.md"_s << u"work[0].location"_s << QString()
        << QStringList {u"### Jan 2022 — today, Fjällbit AB, Tech Lead, remote"_s}
        << QStringList {u"### Jan 2022 — today, Fjällbit AB, Tech Lead"_s};
}

void TestEditing::editsWriteInTheFilesOwnStyle()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, added);
    const QString before = EditableText::fromBytes(readAll(samplesDir() + u'/' + file)).text();
    QString error;
    const auto after = applyFieldEdits(file, before, {FieldEdit::set(path, value)}, &error);
    QVERIFY2(after.has_value(), qPrintable(error));
    const DiffLines diff = changedLines(before, *after);
    if (diff.removed != removed || diff.added != added)
        qWarning().noquote() << unifiedDiff(before, *after, u"before"_s, u"after"_s);
    QCOMPARE(diff.removed, removed);
    QCOMPARE(diff.added, added);
    QVERIFY(parseTextProfile(file, *after).isValid());
}

void TestEditing::badEditsAreOneLineErrors_data()
{
    QTest::addColumn<FieldEdit>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown root") << FieldEdit::set(u"salary"_s, u"1"_s) << u"salary: unknown path"_s;
    QTest::newRow("unknown field") << FieldEdit::set(u"work[0].colour"_s, u"red"_s) << u"work[0].colour: unknown path"_s;
    QTest::newRow("not a path") << FieldEdit::set(u"work[0]..name"_s, u"x"_s) << u"work[0]..name: not a path"_s;
    QTest::newRow("index past the end") << FieldEdit::set(u"work[9].endDate"_s, u"2020"_s)
                                        << u"work[9].endDate: there is no work[9]: the profile has 5 (work[0] to work[4])"_s;
    QTest::newRow("bad date") << FieldEdit::set(u"work[1].endDate"_s, u"2021-13"_s)
                              << u"work[1].endDate: '2021-13' is not a date"_s;
    QTest::newRow("words") << FieldEdit::set(u"work[1].startDate"_s, u"last spring"_s)
                           << u"work[1].startDate: 'last spring' is not a date"_s;
    QTest::newRow("present start") << FieldEdit::set(u"work[1].startDate"_s, u"present"_s)
                                   << u"work[1].startDate: a start cannot be 'present'"_s;
    QTest::newRow("end before start") << FieldEdit::set(u"work[1].endDate"_s, u"2018-01"_s)
                                      << u"work[1].endDate: '2018-01' is before the entry's start (2019-03)"_s;
    QTest::newRow("append to a field") << FieldEdit::set(u"basics.name[+]"_s, u"x"_s) << u"basics.name[+]: unknown path"_s;
    QTest::newRow("new position not JSON") << FieldEdit::set(u"work[+]"_s, u"Engineer at Acme"_s)
                                           << u"work[+]: the value must be a JSON object"_s;
    QTest::newRow("new position without title") << FieldEdit::set(u"work[+]"_s, u"{\"name\": \"Acme\"}"_s)
                                                 << u"work[+]: 'position' is required"_s;
    QTest::newRow("new position, unknown field") << FieldEdit::set(u"work[+]"_s, u"{\"position\": \"X\", \"salary\": 1}"_s)
                                                 << u"work[+]: unknown field 'salary'"_s;
    QTest::newRow("remove past the end") << FieldEdit::remove(u"skills[0].keywords[40]"_s)
                                         << u"skills[0].keywords[40]: there is no skills[0].keywords[40]: the profile has 5"_s;
    QTest::newRow("a group past the end") << FieldEdit::remove(u"skills[5]"_s)
                                          << u"skills[5]: there is no skills[5]: the profile has 5 (skills[0] to skills[4])"_s;
}

// A bad edit is one line naming the path and what is wrong; the text is left alone.
void TestEditing::badEditsAreOneLineErrors()
{
    QFETCH(FieldEdit, edit);
    QFETCH(QString, message);
    const QString before = EditableText::fromBytes(readAll(samplesDir() + u"/anna-keller.md"_s)).text();
    QString error;
    const auto after = applyFieldEdits(u"anna-keller.md"_s, before, {edit}, &error);
    QVERIFY(!after.has_value());
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestEditing::editsOnSmallFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FieldEdit>("edit");
    QTest::addColumn<QString>("expected"); // empty: the edit is refused
    const QString job = u"# Ann Example\n\nEngineer\n\n- Location: Berlin, Germany\n- Email: ann@example.org\n\n"
                        "## Experience\n\n### Engineer at Acme GmbH\n_Mar 2019 - May 2021_\n\n"
                        "- Built **Kafka** pipeline for [Beta](https://beta.example.com)\n- Fixed things\n"_s;
    QTest::newRow("a highlight with markup keeps its bullet, emphasis and link")
        << job << FieldEdit::set(u"work[0].highlights[0]"_s, u"Designed the Kafka pipeline for Beta"_s)
        << QString(job).replace(u"- Built **Kafka** pipeline for [Beta](https://beta.example.com)"_s,
               u"- Designed the **Kafka** pipeline for [Beta](https://beta.example.com)"_s);
    QTest::newRow("a word inside emphasis changes inside it")
        << job << FieldEdit::set(u"work[0].highlights[0]"_s, u"Built Flink pipeline for Beta"_s)
        << QString(job).replace(u"**Kafka**"_s, u"**Flink**"_s);
    QTest::newRow("words across markup are written plain")
        << job << FieldEdit::set(u"work[0].highlights[0]"_s, u"Built the Gamma platform"_s)
        << QString(job).replace(u"- Built **Kafka** pipeline for [Beta](https://beta.example.com)"_s,
               u"- Built the Gamma platform"_s);
    QTest::newRow("an index too large for a number is refused")
        << job << FieldEdit::remove(u"work[99999999999]"_s) << QString();
    QTest::newRow("removing the city keeps the country")
        << job << FieldEdit::remove(u"basics.location.city"_s) << QString(job).replace(u"Berlin, Germany"_s, u"Germany"_s);
    QTest::newRow("a region not written yet is added")
        << job << FieldEdit::set(u"basics.location.region"_s, u"Brandenburg"_s)
        << QString(job).replace(u"Berlin, Germany"_s, u"Berlin, Germany, Brandenburg"_s);
    const QString may = u"# Ann Example\n\n## Experience\n\n### Engineer at Acme GmbH\n_May 2019 - Sep 2021_\n"_s;
    QTest::newRow("May is read as short when the file shortens months")
        << may << FieldEdit::set(u"work[0].startDate"_s, u"2019-01"_s) << QString(may).replace(u"May 2019"_s, u"Jan 2019"_s);
    QTest::newRow("removing a labelled contact takes its line")
        << job << FieldEdit::remove(u"basics.email"_s) << QString(job).replace(u"- Email: ann@example.org\n"_s, QString());
    // "Mar 2019" alone reads as that one month, "Mar 2019 -" as ongoing: no text has a start
    // and no end.
    QTest::newRow("an empty end date is refused") << job << FieldEdit::set(u"work[0].endDate"_s, QString()) << QString();
}

void TestEditing::editsOnSmallFiles()
{
    QFETCH(QString, text);
    QFETCH(FieldEdit, edit);
    QFETCH(QString, expected);
    QString error;
    const auto after = applyFieldEdits(u"ann.md"_s, text, {edit}, &error);
    if (expected.isEmpty()) {
        QVERIFY(!after.has_value());
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(after.has_value(), qPrintable(error));
    QCOMPARE(*after, expected);
}

// Every field of a CV, copied into a temporary folder, set to the value it reads: each
// edit writes back the file's bytes, not one changed.
void checkSameValueEdits(const QString &source)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(source).fileName());
    QVERIFY(QFile::copy(source, copy));
    const QByteArray bytes = readAll(copy);
    const EditableText editable = EditableText::fromBytes(bytes);
    const TextProfile parsed = parseTextProfile(copy, editable.text());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QStringList changed;
    for (const FieldEdit &edit : sameValueEdits(parsed.profile)) {
        QString error;
        const auto edited = applyFieldEdits(copy, editable.text(), {edit}, &error);
        if (!edited) {
            changed.append(u"refused: "_s + error);
            continue;
        }
        const auto saved = editable.bytesFor(*edited, &error);
        if (!saved || *saved != bytes)
            changed.append(edit.path + u" = '"_s + edit.value + u"':\n"_s + unifiedDiff(editable.text(), *edited, u"before"_s, u"after"_s));
    }
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
    QCOMPARE(readAll(copy), bytes);
}

void TestEditing::sameValueEditsOnTheSamples_data()
{
    addFileRows(samplesDir(), false);
}

void TestEditing::sameValueEditsOnTheSamples()
{
    QFETCH(QString, file);
    checkSameValueEdits(file);
}

void TestEditing::sameValueEditsOnTheCorpus_data()
{
    if (!QDir(corpusDir()).exists())
        QSKIP("../shared/corpus is not beside this checkout");
    addFileRows(corpusDir(), true);
}

void TestEditing::sameValueEditsOnTheCorpus()
{
    QFETCH(QString, file);
    checkSameValueEdits(file);
}

void TestEditing::skillGroupNameNeverTouchesAHeading_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    for (const QString &name : sampleFiles())
        QTest::newRow(qPrintable(name)) << name << EditableText::fromBytes(readAll(samplesDir() + u'/' + name)).text();
    QTest::newRow("a list under the section's heading")
        << u"mara.md"_s << u"# Mara Quell\n\nBackend Developer\n\n## Skills\n\n- Rust\n- Go\n- SQL\n"_s;
    QTest::newRow("a heading that names the skills")
        << u"mara.md"_s << u"# Mara Quell\n\nBackend Developer\n\n## Technical Skills\n\nRust, Go, SQL\n"_s;
    QTest::newRow("groups as bold labels")
        << u"mara.md"_s
        << u"# Mara Quell\n\nBackend Developer\n\n## Skills\n\n**Languages:** Rust, Go\n**Tools:** Docker, Git\n"_s;
    QTest::newRow("groups under sub-headings")
        << u"mara.md"_s
        << u"# Mara Quell\n\nBackend Developer\n\n## Skills\n\n### Languages\n\nRust, Go\n\n### Tools\n\nDocker, Git\n"_s;
    QTest::newRow("plain text in capitals")
        << u"mara.txt"_s << u"MARA QUELL\nBackend Developer\n\nSKILLS\nRust, Go, SQL\n\nEXPERIENCE\nDeveloper at Ostrel Ltd\n2019 - 2023\n"_s;
}

// Renaming a skill group changes the group's own name or is refused: a section's heading
// is never rewritten, so the section stays what it was.
void TestEditing::skillGroupNameNeverTouchesAHeading()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const Profile before = parseTextProfile(file, text).profile;
    auto headings = [](const QString &t, const Profile &p) {
        QStringList list;
        for (const SectionMark &mark : p.outline)
            list.append(mark.kind + u": "_s + t.mid(mark.headingRange.begin, mark.headingRange.length()));
        for (const Section &section : p.sections)
            list.append(t.mid(section.headingRange.begin, section.headingRange.length()));
        return list;
    };
    if (before.skills.isEmpty())
        QSKIP("no skills to rename");
    for (qsizetype g = 0; g < before.skills.size(); ++g) {
        const QString path = u"skills[%1].name"_s.arg(g);
        QString error;
        const auto after = applyFieldEdits(file, text, {FieldEdit::set(path, u"Testing Group"_s)}, &error);
        if (!after) {
            QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
            continue;
        }
        const Profile read = parseTextProfile(file, *after).profile;
        if (headings(text, before) != headings(*after, read))
            qWarning().noquote() << unifiedDiff(text, *after, u"before"_s, u"after"_s);
        QCOMPARE(headings(*after, read), headings(text, before));
        QCOMPARE(read.skills.size(), before.skills.size());
        QCOMPARE(read.skills[g].name.value, u"Testing Group"_s);
    }
}

void TestEditing::unifiedDiffReadsLikeDiffU()
{
    const QString before = u"a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"_s;
    const QString after = u"a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n"_s;
    QCOMPARE(unifiedDiff(before, after, u"x"_s, u"y"_s),
        u"--- x\n+++ y\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -8,3 +8,4 @@\n h\n i\n j\n+k\n"_s);
    QCOMPARE(unifiedDiff(u"a\nb"_s, u"a\nc"_s, u"x"_s, u"y"_s),
        u"--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"_s);
    QVERIFY(unifiedDiff(before, before, u"x"_s, u"y"_s).isEmpty());
    // A line feed added at the end is a change, and an unchanged last line without one says so.
    QCOMPARE(unifiedDiff(u"a\nb"_s, u"a\nb\n"_s, u"x"_s, u"y"_s),
        u"--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"_s);
    QCOMPARE(unifiedDiff(u"a\nb"_s, u"z\nb"_s, u"x"_s, u"y"_s),
        u"--- x\n+++ y\n@@ -1,2 +1,2 @@\n-a\n+z\n b\n\\ No newline at end of file\n"_s);
}

void TestEditing::atomicWriteRefusesReadOnlyFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cv.md"_s);
    QString error;
    QVERIFY2(writeFileAtomically(path, "# One\n", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("# One\n"));
    QVERIFY(writeFileAtomically(path, "# Two\n", &error));
    QCOMPARE(readAll(path), QByteArray("# Two\n"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    QVERIFY(!writeFileAtomically(path, "# Three\n", &error));
    QCOMPARE(error, u"is read-only"_s);
    QCOMPARE(readAll(path), QByteArray("# Two\n"));
    QVERIFY(!writeFileAtomically(dir.filePath(u"missing/cv.md"_s), "# Four\n", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"cv.md"_s});
}

void TestEditing::atomicWriteFailsWholeWhenTheDiskIsFull_data()
{
    QTest::addColumn<qsizetype>("before"); // the file's size before the save; 0: no file
    QTest::addColumn<qsizetype>("size"); // what the save writes
    QTest::addColumn<int>("room"); // the longest file the disk takes

    QTest::newRow("full disk: not a byte of a 10 KB CV fits") << qsizetype(10240) << qsizetype(10240) << 0;
    QTest::newRow("full disk: 4 KB of a 10 KB CV fit") << qsizetype(10240) << qsizetype(10240) << 4096;
    QTest::newRow("full disk: all but the last byte fit") << qsizetype(10240) << qsizetype(10240) << 10239;
    QTest::newRow("full disk: a CV of 200 bytes") << qsizetype(180) << qsizetype(200) << 0;
    QTest::newRow("full disk: 64 KB of a 100 KB CV fit") << qsizetype(90000) << qsizetype(102400) << 65536;
    QTest::newRow("full disk: a new file is not left behind") << qsizetype(0) << qsizetype(10240) << 4096;
}

// The process may write no file longer than `room`, as a disk with that much free space.
void TestEditing::atomicWriteFailsWholeWhenTheDiskIsFull()
{
    QFETCH(qsizetype, before);
    QFETCH(qsizetype, size);
    QFETCH(int, room);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cv.md"_s);
    const QByteArray old = cvOfSize(std::max<qsizetype>(before, 1), "Built");
    if (before > 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size() && file.flush());
    }

    QString error;
    bool written = false;
    {
        const FileSizeLimit limit {rlim_t(room)};
        QVERIFY(limit.isActive());
        written = writeFileAtomically(path, cvOfSize(size, "Ran"), &error);
    }

    QVERIFY2(!written, "a save that did not fit on the disk said it succeeded");
    QVERIFY2(
        error.startsWith(u"cannot be written: "_s) && error.contains(u"File too large"_s), qPrintable(error));
    if (before > 0) {
        QVERIFY2(error.endsWith(u"; the file is unchanged"_s), qPrintable(error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(filesIn(dir.path()), QStringList {u"cv.md"_s});
    } else {
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
}

void TestEditing::atomicWriteOnARealFullDisk_data()
{
    QTest::addColumn<qint64>("free"); // bytes left free on the disk before the save

    QTest::newRow("tmpfs of 64 KB: full") << qint64(0);
    QTest::newRow("tmpfs of 64 KB: 4 KB free for a 10 KB CV") << qint64(4096);
}

void TestEditing::atomicWriteOnARealFullDisk()
{
    QFETCH(qint64, free);
    SmallDisk disk("64k");
    if (!disk.isMounted())
        QSKIP("needs root and a system that lets it mount a tmpfs");
    const QString path = disk.filePath(u"cv.md"_s);
    const QByteArray old = cvOfSize(10240, "Built");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size() && file.flush());
    }
    QVERIFY(disk.fillUpTo(free));

    QString error;
    QVERIFY2(!writeFileAtomically(path, cvOfSize(10300, "Ran"), &error),
        "a save that did not fit on the disk said it succeeded");
    QVERIFY2(error.contains(u"No space left on device"_s) && error.endsWith(u"; the file is unchanged"_s),
        qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(filesIn(QFileInfo(path).path()), (QStringList {u"cv.md"_s, u"filler"_s}));
}

void TestEditing::atomicWriteKeepsOwnerAndMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("owner"); // -1: this user's
    QTest::addColumn<int>("group"); // -1: this user's

    QTest::newRow("mode 0640") << 0640 << -1 << -1;
    QTest::newRow("mode 0600") << 0600 << -1 << -1;
    QTest::newRow("mode 0664") << 0664 << -1 << -1;
    QTest::newRow("mode 0755") << 0755 << -1 << -1;
    QTest::newRow("mode 0640, another user's file (as root)") << 0640 << 4321 << 8765;
    QTest::newRow("mode 0620, another group (as root)") << 0620 << -1 << 8765;
}

void TestEditing::atomicWriteKeepsOwnerAndMode()
{
    QFETCH(int, mode);
    QFETCH(int, owner);
    QFETCH(int, group);
    if ((owner != -1 || group != -1) && ::geteuid() != 0)
        QSKIP("only root may give a file to another user or group");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cv.md"_s);
    QString error;
    QVERIFY2(writeFileAtomically(path, "# One\n", &error), qPrintable(error));
    const QByteArray native = QFile::encodeName(path);
    QCOMPARE(::chown(native.constData(), uid_t(owner), gid_t(group)), 0);
    QCOMPARE(::chmod(native.constData(), mode_t(mode)), 0);
    struct stat before = {};
    QCOMPARE(::stat(native.constData(), &before), 0);

    QVERIFY2(writeFileAtomically(path, "# Two\n", &error), qPrintable(error));

    QCOMPARE(readAll(path), QByteArray("# Two\n"));
    struct stat after = {};
    QCOMPARE(::stat(native.constData(), &after), 0);
    QVERIFY(after.st_ino != before.st_ino); // replaced, not written over
    QCOMPARE(int(after.st_mode & 07777), mode);
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
}

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
