// The library's model, its filter and its loader: what the candidate list is made of.

#include "io/profilefile.h"
#include "library/libraryfilter.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"
#include "library/searchtext.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <span>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2024, 6, 15);

// Fictional candidates, each with something to find.
struct Sample
{
    const char *file;
    const char *text;
};

const Sample kSamples[] = {
    {"zoe.md",
        "# Zoë Lambert\n\nPlatform Engineer\n\nLyon, France\n\n## Skills\n\n- Go, Kubernetes, PostgreSQL\n\n"
        "## Experience\n\n### Platform Engineer at Nuage SA\n_Jan 2018 – present_\n\n"
        "- Ran the Kubernetes clusters\n"},
    {"raj.md",
        "# Raj Mehta\n\nData Engineer\n\nBerlin, Germany\n\n## Skills\n\n- Python, PostgreSQL, Spark\n\n"
        "## Experience\n\n### Data Engineer at Flussdaten GmbH\n_Mar 2021 – present_\n\n"
        "- Built the nightly loads\n\n### Analyst at Zahlenwerk\n_Jan 2019 – Feb 2021_\n"},
    {"ines.md",
        "# Inês Duarte\n\nBackend Developer\n\nLisbon, Portugal\n\n## Skills\n\n- Go, gRPC, Kubernetes\n\n"
        "## Experience\n\n### Backend Developer at Maré Labs\n_2023 – present_\n"},
    {"tomas.md",
        "# Tomás Ruiz\n\nConsultant\n\nMadrid, Spain\n\n## Skills\n\n- Excel\n\n"
        "## Experience\n\n### Consultant, Asesores Norte\n\n- Advised on pricing\n"},
};

LibraryEntry entryOf(const Sample &sample)
{
    return libraryEntryOf(
        parseProfileBytes(u"/library/"_s + QLatin1String(sample.file), QByteArray(sample.text)), kToday);
}

QList<LibraryEntry> sampleEntries()
{
    QList<LibraryEntry> entries;
    for (const Sample &sample : kSamples)
        entries.append(entryOf(sample));
    return entries;
}

QStringList namesShown(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, LibraryModel::Name).data().toString());
    return names;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The import cache (PDFs in a folder) goes to a test location, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void folding_data();
    void folding();
    void entryKeepsWhatTheListNeeds();
    void modelRowsAndCells();
    void modelChangesUnderTester();
    void filter_data();
    void filter();
    void filterClearedShowsEveryone();
    void undatedHiddenByExperienceAreCounted();
    void problemsAreListedApart();
    void sortsExperienceByMonths();
    void typingAndErasingAgreeWithAFreshFilter();
    void bigFilterChangesKeepTheSortOrder_data();
    void bigFilterChangesKeepTheSortOrder();
    void loaderReadsAFolderRecursively();
    void loaderFollowsTheDisk();
    void loaderReportsFilesThatFail();
    void loaderReportsANamedPipeAtOnce();
    void loaderHandsOnEachFileAsItIsRead();
};

void TestLibrary::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("folding: ASCII lowercased") << u"Go AND Rust"_s << u"go and rust"_s;
    QTest::newRow("folding: accents dropped") << u"Zoë Müller-Łukasz"_s << u"zoe muller-łukasz"_s;
    QTest::newRow("folding: Cyrillic case") << u"ОЛЬГА"_s << u"ольга"_s;
    QTest::newRow("folding: ligature decomposed") << u"ﬁnance"_s << u"finance"_s;
}

void TestLibrary::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);

    QCOMPARE(foldedForSearch(text), folded);
}

void TestLibrary::entryKeepsWhatTheListNeeds()
{
    const QByteArray text = "# Ana Sousa\n\nProduct Designer\n\nPorto, Portugal\nana@example.com\n\n"
                            "## Summary\n\nDesigns calm interfaces for busy people.\n\n"
                            "## Skills\n\n- Figma (6 years), Accessibility\n\n"
                            "## Experience\n\n### Lead Designer at Ondas\n_Feb 2020 – present_\n\n"
                            "Runs the design system.\n\n- Cut checkout drop-off by a third\n\n"
                            "## Education\n\n### Universidade do Porto\nMA in Communication Design\n_2014 – 2016_\n\n"
                            "## Hobbies\n\nSurfing at dawn\n";
    const ProfileFile file = parseProfileBytes(u"/library/ana.md"_s, text);
    QVERIFY2(file.isValid(), qPrintable(file.error));
    const Profile &full = file.profile;
    QVERIFY(!full.basics.summary.value.isEmpty());
    QCOMPARE(full.work.size(), 1);
    QVERIFY(!full.work.first().highlights.isEmpty());

    const LibraryEntry entry = libraryEntryOf(file, kToday);
    const Profile &kept = entry.profile;
    // What the list, the filter bar and later comparisons read stays, with its source ranges.
    QCOMPARE(kept.basics.name, full.basics.name);
    QCOMPARE(kept.basics.label, full.basics.label);
    QCOMPARE(kept.basics.location, full.basics.location);
    QCOMPARE(kept.basics.email, full.basics.email);
    QCOMPARE(kept.skills, full.skills);
    QCOMPARE(kept.work.size(), 1);
    const Position &position = kept.work.first();
    QCOMPARE(position.company, full.work.first().company);
    QCOMPARE(position.title, full.work.first().title);
    QCOMPARE(position.dates(), full.work.first().dates());
    QCOMPARE(position.range, full.work.first().range);
    QCOMPARE(kept.education.size(), full.education.size());
    QCOMPARE(kept.education.first().institution, full.education.first().institution);
    QCOMPARE(kept.sections.size(), full.sections.size());
    for (qsizetype i = 0; i < kept.sections.size(); ++i)
        QCOMPARE(kept.sections.at(i).heading, full.sections.at(i).heading);
    QCOMPARE(entry.experience, experienceOf(full.work, kToday));

    // The free text only a profile view shows is dropped...
    QVERIFY(kept.basics.summary.value.isEmpty());
    QVERIFY(position.highlights.isEmpty());
    QVERIFY(position.description.value.isEmpty());
    for (const Section &section : kept.sections)
        QVERIFY(section.text.isEmpty());
    QVERIFY(kept.outline.isEmpty());
    // ...after the search key was made from it.
    QCOMPARE(entry.searchKey, searchKeyOf(full, u"ana.md"));
    QVERIFY(SearchQuery(u"drop-off"_s).matches(entry.searchKey));
    QVERIFY(SearchQuery(u"calm interfaces"_s).matches(entry.searchKey));
    QVERIFY(SearchQuery(u"surfing"_s).matches(entry.searchKey));
}

void TestLibrary::modelRowsAndCells()
{
    LibraryModel model;
    model.setEntries(sampleEntries());

    QCOMPARE(model.rowCount(), 4);
    const int zoe = model.rowOfPath(u"/library/zoe.md"_s);
    QCOMPARE(model.index(zoe, LibraryModel::Name).data().toString(), u"Zoë Lambert"_s);
    QCOMPARE(model.index(zoe, LibraryModel::Headline).data().toString(), u"Platform Engineer"_s);
    QCOMPARE(model.index(zoe, LibraryModel::Location).data().toString(), u"Lyon, France"_s);
    QCOMPARE(model.index(zoe, LibraryModel::CurrentPosition).data().toString(),
        u"Platform Engineer @ Nuage SA"_s);
    QCOMPARE(model.index(zoe, LibraryModel::Experience).data().toString(), u"6 yrs 6 mos"_s);
    QCOMPARE(model.index(zoe, LibraryModel::Skills).data().toString(), u"Go, Kubernetes, PostgreSQL"_s);
    QCOMPARE(model.index(zoe, LibraryModel::File).data().toString(), u"zoe.md"_s);

    const int tomas = model.rowOfPath(u"/library/tomas.md"_s);
    QCOMPARE(model.index(tomas, LibraryModel::Experience).data().toString(), u"undated (1 position)"_s);
    QVERIFY(!model.index(tomas, LibraryModel::Experience).data(LibraryModel::ExperienceMonthsRole).isValid());
    const int raj = model.rowOfPath(u"/library/raj.md"_s);
    QCOMPARE(model.index(raj, LibraryModel::Experience).data(LibraryModel::ExperienceMonthsRole).toInt(), 66);
}

void TestLibrary::modelChangesUnderTester()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryFilter filter;
    filter.setLibrary(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(LibraryModel::Name);

    QList<LibraryEntry> entries = sampleEntries();
    model.setEntries(entries.mid(0, 2));
    model.setEntries(entries.mid(2));
    QCOMPARE(model.rowCount(), 4);

    // A file read again replaces its row.
    LibraryEntry changed = entries.at(1);
    changed.profile.basics.name.value = u"Raj K. Mehta"_s;
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setEntries({changed});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(changes.size(), 1);
    QVERIFY(namesShown(filter).contains(u"Raj K. Mehta"_s));

    filter.setSearchText(u"kubernetes"_s);
    QCOMPARE(filter.rowCount(), 2);
    model.removePaths({u"/library/zoe.md"_s, u"/library/ines.md"_s, u"/library/nowhere.md"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(model.rowOfPath(u"/library/tomas.md"_s), 1);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestLibrary::filter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("skills");
    QTest::addColumn<int>("minimumYears");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("names");

    const QString zoe = u"Zoë Lambert"_s, raj = u"Raj Mehta"_s, ines = u"Inês Duarte"_s,
                  tomas = u"Tomás Ruiz"_s;
    QTest::newRow("search: name without accent") << u"zoe"_s << QStringList() << 0 << QString()
                                                 << QStringList {zoe};
    QTest::newRow("search: any case") << u"LAMBERT"_s << QStringList() << 0 << QString() << QStringList {zoe};
    QTest::newRow("search: a company") << u"flussdaten"_s << QStringList() << 0 << QString()
                                       << QStringList {raj};
    QTest::newRow("search: a highlight") << u"nightly"_s << QStringList() << 0 << QString()
                                         << QStringList {raj};
    QTest::newRow("search: a skill") << u"postgresql"_s << QStringList() << 0 << QString()
                                     << QStringList {raj, zoe};
    QTest::newRow("search: accented company typed plain") << u"mare labs"_s << QStringList() << 0
                                                          << QString() << QStringList {ines};
    QTest::newRow("search: every word must occur") << u"go lisbon"_s << QStringList() << 0 << QString()
                                                   << QStringList {ines};
    QTest::newRow("search: nothing matches") << u"cobol"_s << QStringList() << 0 << QString() << QStringList();
    QTest::newRow("skills: one") << QString() << QStringList {u"go"_s} << 0 << QString()
                                 << QStringList {ines, zoe};
    QTest::newRow("skills: all of a set") << QString() << QStringList {u"go"_s, u"postgresql"_s} << 0
                                          << QString() << QStringList {zoe};
    QTest::newRow("skills: none has all") << QString() << QStringList {u"go"_s, u"spark"_s} << 0 << QString()
                                          << QStringList();
    QTest::newRow("years: at least five") << QString() << QStringList() << 5 << QString()
                                          << QStringList {raj, zoe};
    QTest::newRow("years: undated never qualifies") << QString() << QStringList() << 1 << QString()
                                                    << QStringList {ines, raj, zoe};
    QTest::newRow("location: country") << QString() << QStringList() << 0 << u"germany"_s
                                       << QStringList {raj};
    QTest::newRow("location: accents ignored") << QString() << QStringList() << 0 << u"LYON"_s
                                               << QStringList {zoe};
    QTest::newRow("combined: skill, years and search")
        << u"engineer"_s << QStringList {u"kubernetes"_s} << 2 << QString() << QStringList {zoe};
    QTest::newRow("no filter") << QString() << QStringList() << 0 << QString()
                               << QStringList {ines, raj, tomas, zoe};
}

void TestLibrary::filter()
{
    QFETCH(QString, search);
    QFETCH(QStringList, skills);
    QFETCH(int, minimumYears);
    QFETCH(QString, location);
    QFETCH(QStringList, names);

    LibraryModel model;
    model.setEntries(sampleEntries());
    LibraryFilter filter;
    filter.setLibrary(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(LibraryModel::Name);

    filter.setSearchText(search);
    filter.setRequiredSkills(skills);
    filter.setMinimumYears(minimumYears);
    filter.setLocationText(location);

    QCOMPARE(namesShown(filter), names);
}

void TestLibrary::filterClearedShowsEveryone()
{
    LibraryModel model;
    model.setEntries(sampleEntries());
    LibraryFilter filter;
    filter.setLibrary(&model);
    filter.setSearchText(u"go"_s);
    filter.setMinimumYears(3);
    QVERIFY(filter.isFiltering());
    QCOMPARE(filter.rowCount(), 1);

    filter.clearFilters();

    QVERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 4);
}

void TestLibrary::undatedHiddenByExperienceAreCounted()
{
    LibraryModel model;
    model.setEntries(sampleEntries());
    LibraryFilter filter;
    filter.setLibrary(&model);
    QCOMPARE(filter.undatedHidden(), 0);

    // Tomás dates nothing: any minimum hides him, and the filter says so.
    filter.setMinimumYears(1);
    QVERIFY(!namesShown(filter).contains(u"Tomás Ruiz"_s));
    QCOMPARE(filter.undatedHidden(), 1);
    // Hidden by another filter as well, he is not counted.
    filter.setLocationText(u"Lyon"_s);
    QCOMPARE(filter.undatedHidden(), 0);
    filter.setLocationText(u"Madrid"_s);
    QCOMPARE(filter.undatedHidden(), 1);
    filter.setMinimumYears(0);
    QCOMPARE(filter.undatedHidden(), 0);
    QCOMPARE(namesShown(filter), QStringList {u"Tomás Ruiz"_s});
}

void TestLibrary::problemsAreListedApart()
{
    LibraryModel model;
    QList<LibraryEntry> entries = sampleEntries();
    entries.append(libraryEntryOf(parseProfileBytes(u"/library/empty.md"_s, QByteArray()), kToday));
    model.setEntries(entries);
    LibraryFilter profiles;
    profiles.setLibrary(&model);
    LibraryFilter problems;
    problems.setLibrary(&model);
    problems.setRows(LibraryFilter::Rows::Problems);

    QCOMPARE(model.problemCount(), 1);
    QCOMPARE(profiles.rowCount(), 4);
    QCOMPARE(problems.rowCount(), 1);
    QCOMPARE(problems.index(0, LibraryModel::File).data().toString(), u"empty.md"_s);
    QVERIFY(!problems.index(0, 0).data(LibraryModel::ErrorRole).toString().isEmpty());
}

void TestLibrary::sortsExperienceByMonths()
{
    LibraryModel model;
    model.setEntries(sampleEntries());
    LibraryFilter filter;
    filter.setLibrary(&model);

    filter.sort(LibraryModel::Experience, Qt::DescendingOrder);

    // 6 yrs 6 mos, 5 yrs 6 mos, 1 yr 6 mos, then the undated profile.
    QCOMPARE(namesShown(filter),
        QStringList({u"Zoë Lambert"_s, u"Raj Mehta"_s, u"Inês Duarte"_s, u"Tomás Ruiz"_s}));
}

// Many candidates, so that a filter change hides and shows more rows than the filter moves
// one by one.
QList<LibraryEntry> manyEntries(int count)
{
    const char *first[] = {"Zoë", "Ana", "émile", "Raj", "Ines", "Ola", "ben", "Chloé", "Dmitri", "Yara"};
    const char *last[] = {"Lambert", "Sousa", "Durand", "Mehta", "Ortiz", "Berg", "Nakamura", "Ådahl"};
    const char *skills[] = {"Go", "Rust", "Kubernetes", "PostgreSQL", "Python", "Spark"};
    QList<LibraryEntry> entries;
    for (int i = 0; i < count; ++i) {
        const QByteArray text = QByteArray("# ") + first[i % 10] + ' ' + last[(i / 10) % 8] + ' ' + QByteArray::number(i)
            + "\n\nEngineer\n\n## Skills\n\n- " + skills[i % 6] + ", " + skills[(i / 6) % 6]
            + "\n\n## Experience\n\n### Engineer at Firma " + QByteArray::number(i % 7) + "\n_"
            + QByteArray::number(2000 + i % 20) + " – present_\n";
        entries.append(libraryEntryOf(
            parseProfileBytes(u"/many/%1.md"_s.arg(i, 4, 10, QLatin1Char('0')), text), kToday));
    }
    return entries;
}

void TestLibrary::typingAndErasingAgreeWithAFreshFilter()
{
    LibraryModel model;
    model.setEntries(manyEntries(300));
    LibraryFilter typed;
    typed.setLibrary(&model);
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    typed.sort(LibraryModel::Name);

    const QString query = u"kubernetes firma 3"_s;
    QStringList steps;
    for (int length = 1; length <= query.size(); ++length)
        steps.append(query.left(length));
    for (int length = query.size() - 1; length >= 0; --length)
        steps.append(query.left(length));
    for (const QString &step : std::as_const(steps)) {
        typed.setSearchText(step);
        LibraryFilter fresh;
        fresh.setLibrary(&model);
        fresh.sort(LibraryModel::Name);
        fresh.setSearchText(step);
        QCOMPARE(namesShown(typed), namesShown(fresh));
    }
    QCOMPARE(typed.rowCount(), 300);
}

void TestLibrary::bigFilterChangesKeepTheSortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");

    QTest::newRow("sort: name ascending") << int(LibraryModel::Name) << Qt::AscendingOrder;
    QTest::newRow("sort: name descending") << int(LibraryModel::Name) << Qt::DescendingOrder;
    QTest::newRow("sort: experience descending") << int(LibraryModel::Experience) << Qt::DescendingOrder;
    QTest::newRow("sort: skills ascending") << int(LibraryModel::Skills) << Qt::AscendingOrder;
}

void TestLibrary::bigFilterChangesKeepTheSortOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    LibraryModel model;
    model.setEntries(manyEntries(400));
    LibraryFilter filter;
    filter.setLibrary(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(column, order);
    const auto shownOrder = [&] {
        QStringList rows;
        for (int row = 0; row < filter.rowCount(); ++row)
            rows.append(filter.index(row, 0).data(LibraryModel::PathRole).toString());
        return rows;
    };
    const QStringList sorted = shownOrder();

    filter.setSearchText(u"rust"_s); // hides most rows
    const QStringList rust = shownOrder();
    filter.setSearchText(QString()); // shows them again
    QCOMPARE(shownOrder(), sorted);
    // The rows shown with a filter keep the order they have among all rows.
    QStringList expected = sorted;
    expected.removeIf([&](const QString &path) { return !rust.contains(path); });
    QCOMPARE(rust, expected);

    // A row edited while filtered takes its new place.
    LibraryEntry changed = model.entry(model.rowOfPath(rust.first()));
    changed.profile.basics.name.value = u"Aaron Aardvark"_s;
    model.setEntries({changed});
    filter.setSearchText(u"rust"_s);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 400);
    LibraryFilter fresh;
    fresh.setLibrary(&model);
    fresh.sort(column, order);
    // Rows that sort as equals may stand in either order (Qt versions differ), so what is
    // compared is the sequence of sort values, and that the same rows are shown.
    const auto sortValues = [&](const QAbstractItemModel &shown) {
        QStringList values;
        for (int row = 0; row < shown.rowCount(); ++row)
            values.append(shown.index(row, column).data(LibraryModel::SortRole).toString());
        return values;
    };
    QCOMPARE(sortValues(filter), sortValues(fresh));
    QStringList freshOrder;
    for (int row = 0; row < fresh.rowCount(); ++row)
        freshOrder.append(fresh.index(row, 0).data(LibraryModel::PathRole).toString());
    QStringList shown = shownOrder();
    shown.sort();
    freshOrder.sort();
    QCOMPARE(shown, freshOrder);
}

void TestLibrary::loaderReadsAFolderRecursively()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"team/.hidden"_s));
    QVERIFY(writeFile(dir.filePath(u"zoe.md"_s), kSamples[0].text));
    QVERIFY(writeFile(dir.filePath(u"team/raj.markdown"_s), kSamples[1].text));
    QVERIFY(writeFile(dir.filePath(u"team/ines.txt"_s), kSamples[2].text));
    QVERIFY(writeFile(dir.filePath(u"team/notes.pdf"_s), "not a profile")); // listed, as a problem
    QVERIFY(writeFile(dir.filePath(u"team/photo.png"_s), "not a CV either")); // not listed
    QVERIFY(writeFile(dir.filePath(u"team/.hidden/old.md"_s), kSamples[3].text));

    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryLoader loader(&model);
    loader.setToday(kToday);
    QSignalSpy finished(&loader, &LibraryLoader::loadingFinished);
    loader.open({dir.path()});
    QVERIFY(finished.wait());

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.problemCount(), 1);
    QCOMPARE(loader.filesDone(), 4);
    QVERIFY(model.rowOfPath(dir.filePath(u"team/raj.markdown"_s)) >= 0);
    QCOMPARE(model.entry(model.rowOfPath(dir.filePath(u"team/notes.pdf"_s))).error,
        u"is not a PDF Shortlist can read; it may be damaged"_s);

    // Zoë and Inês both list Kubernetes: their entries share one copy of the name and its key.
    const LibraryEntry &zoe = model.entry(model.rowOfPath(dir.filePath(u"zoe.md"_s)));
    const LibraryEntry &ines = model.entry(model.rowOfPath(dir.filePath(u"team/ines.txt"_s)));
    QCOMPARE(zoe.profile.skills.first().keywords.at(1).name, u"Kubernetes"_s);
    QCOMPARE(ines.profile.skills.first().keywords.at(2).name, u"Kubernetes"_s);
    QCOMPARE(zoe.profile.skills.first().keywords.at(1).name.constData(),
        ines.profile.skills.first().keywords.at(2).name.constData());
    QCOMPARE(zoe.skillKeys.at(1), u"kubernetes"_s);
    QCOMPARE(ines.skillKeys.at(2), u"kubernetes"_s);
    QCOMPARE(zoe.skillKeys.at(1).constData(), ines.skillKeys.at(2).constData());

    // Opening another folder replaces the library.
    QTemporaryDir other;
    QVERIFY(writeFile(other.filePath(u"tomas.md"_s), kSamples[3].text));
    loader.open({other.path()});
    QVERIFY(finished.wait());
    QCOMPARE(namesShown(model), QStringList {u"Tomás Ruiz"_s});
}

void TestLibrary::loaderFollowsTheDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"zoe.md"_s), kSamples[0].text));
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryLoader loader(&model);
    loader.setCoalesceInterval(20);
    QSignalSpy finished(&loader, &LibraryLoader::loadingFinished);
    loader.open({dir.path()});
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 1);

    // Added.
    QVERIFY(writeFile(dir.filePath(u"raj.md"_s), kSamples[1].text));
    QTRY_COMPARE(model.rowCount(), 2);

    // Edited in place.
    QByteArray edited(kSamples[0].text);
    edited.replace("Zoë Lambert", "Zoë Lambert-Roux");
    QVERIFY(writeFile(dir.filePath(u"zoe.md"_s), edited));
    QTRY_VERIFY(namesShown(model).contains(u"Zoë Lambert-Roux"_s));

    // Renamed.
    QVERIFY(QFile::rename(dir.filePath(u"raj.md"_s), dir.filePath(u"raj-mehta.md"_s)));
    QTRY_VERIFY(model.rowOfPath(dir.filePath(u"raj-mehta.md"_s)) >= 0);
    QTRY_COMPARE(model.rowOfPath(dir.filePath(u"raj.md"_s)), -1);
    QCOMPARE(model.rowCount(), 2);

    // A folder moved in with files.
    QTemporaryDir outside;
    QVERIFY(QDir(outside.path()).mkpath(u"new"_s));
    QVERIFY(writeFile(outside.filePath(u"new/ines.md"_s), kSamples[2].text));
    QVERIFY(QDir().rename(outside.filePath(u"new"_s), dir.filePath(u"new"_s)));
    QTRY_COMPARE(model.rowCount(), 3);

    // Saved atomically (written beside, renamed over): still one row, with the new text.
    QByteArray saved(kSamples[2].text);
    saved.replace("Inês Duarte", "Inês M. Duarte");
    QVERIFY(writeFile(dir.filePath(u"new/ines.md.tmp"_s), saved));
    QVERIFY(::rename(qPrintable(dir.filePath(u"new/ines.md.tmp"_s)), qPrintable(dir.filePath(u"new/ines.md"_s)))
        == 0);
    QTRY_VERIFY(namesShown(model).contains(u"Inês M. Duarte"_s));
    QCOMPARE(model.rowCount(), 3);

    // Deleted.
    QVERIFY(QFile::remove(dir.filePath(u"zoe.md"_s)));
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(QDir(dir.filePath(u"new"_s)).removeRecursively());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(namesShown(model), QStringList {u"Raj Mehta"_s});
}

void TestLibrary::loaderReportsFilesThatFail()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"zoe.md"_s), kSamples[0].text));
    QVERIFY(writeFile(dir.filePath(u"empty.md"_s), QByteArray()));
    QVERIFY(writeFile(dir.filePath(u"binary.txt"_s), QByteArray("\x00\x01\x02PK\x03\x04", 8)));

    LibraryModel model;
    LibraryLoader loader(&model);
    QSignalSpy finished(&loader, &LibraryLoader::loadingFinished);
    loader.open({dir.path(), dir.filePath(u"missing.md"_s)});
    QVERIFY(finished.wait());

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.problemCount(), 3);
    LibraryFilter problems;
    problems.setLibrary(&model);
    problems.setRows(LibraryFilter::Rows::Problems);
    problems.sort(LibraryModel::File);
    QStringList reported;
    for (int row = 0; row < problems.rowCount(); ++row)
        reported.append(problems.index(row, LibraryModel::File).data().toString() + u": "_s
            + problems.index(row, 0).data(LibraryModel::ErrorRole).toString());
    QCOMPARE(reported.size(), 3);
    QVERIFY2(reported.at(0).startsWith(u"binary.txt: "_s), qPrintable(reported.join(u'\n')));
    QVERIFY2(reported.at(1).startsWith(u"empty.md: "_s), qPrintable(reported.join(u'\n')));
    QVERIFY2(reported.at(2).startsWith(u"missing.md: "_s), qPrintable(reported.join(u'\n')));
}

// A named pipe given as a file would block its reader until something writes to it, and
// the window's quitting after it (the loader waits for its reads): it is listed as a
// problem at once instead.
void TestLibrary::loaderReportsANamedPipeAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"zoe.md"_s), kSamples[0].text));
    const QString pipe = dir.filePath(u"pipe.md"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);

    LibraryModel model;
    LibraryLoader loader(&model);
    QSignalSpy finished(&loader, &LibraryLoader::loadingFinished);
    // Should a read block after all, ending it lets the test fail instead of hang (the
    // loader's destructor, run after this guard's, waits for its reads).
    const auto release = qScopeGuard([&] {
        const int fd = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    });
    loader.open({dir.path(), pipe});
    QVERIFY(finished.wait(5000));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.problemCount(), 1);
    const int row = model.rowOfPath(pipe);
    QVERIFY(row >= 0);
    QVERIFY2(model.entry(row).error.contains(u"is not a regular file"_s), qPrintable(model.entry(row).error));
}

// A file that takes long to read (a 5 MB CV) holds back no other: the rest of the folder is
// listed while it is still being read. The reader is held on that file until the others are
// in the list, so that nothing depends on how fast the machine is.
void TestLibrary::loaderHandsOnEachFileAsItIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString large = dir.filePath(u"aaa-large.md"_s); // first in the folder's order
    QVERIFY(writeFile(large, kSamples[0].text));
    for (const Sample &sample : std::span(kSamples).subspan(1))
        QVERIFY(writeFile(dir.filePath(QLatin1String(sample.file)), sample.text));

    LibraryModel model;
    LibraryLoader loader(&model);
    QSemaphore largeMayFinish;
    loader.setReader([&](const QString &path, QDate today) {
        if (path == large)
            largeMayFinish.acquire();
        return loadLibraryEntry(path, today);
    });
    // On any way out of the test, before the loader's destructor waits for its reads.
    const auto release = qScopeGuard([&] { largeMayFinish.release(); });
    QSignalSpy finished(&loader, &LibraryLoader::loadingFinished);
    loader.open({dir.path()});

    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(loader.isLoading());
    QCOMPARE(model.rowOfPath(large), -1);
    QCOMPARE(namesShown(model).size(), 3);

    largeMayFinish.release();
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.rowOfPath(large) >= 0);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
