// Measures the candidate library on a generated folder of synthetic CVs: the time until every
// file is loaded by LibraryLoader and listed (a LibraryModel sorted by a LibraryFilter in a
// shown QTableView) against the same files parsed one after another on one thread, the time
// of one filter keystroke over all rows, and the peak memory against the corpus on disk.

#include "benchstats.h"
#include "listedlibrary.h"
#include "syntheticprofiles.h"
#include "vocabulary.h"

#include "library/libraryentry.h"
#include "library/libraryfilter.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"
#include "library/searchtext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <functional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

using namespace Qt::StringLiterals;
using ShortlistBench::best;
using ShortlistBench::fixed;
using ShortlistBench::median;
using ShortlistBench::percentile;

constexpr quint32 kSeed = 20240611; // bench_parse's, so both measure the same CVs
constexpr int kPasses = 2;
const QDate kToday(2024, 6, 15);

struct Options
{
    int count = 10000;
    QString keep; // where to write the library; a temporary folder when empty
};

struct Corpus
{
    QString folder;
    QStringList files;
    qint64 bytes = 0; // the files' sizes added up
};

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "bench_library: " << message << '\n';
    std::exit(EXIT_FAILURE);
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times loading, listing and filtering a library of synthetic CVs "
                                     "against parsing the same files on one thread."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(
        u"count"_s, u"Number of synthetic profiles (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption keepOption(
        u"keep"_s, u"Write the library into DIR and keep it (default: a temporary folder)."_s, u"DIR"_s);
    parser.addOptions({countOption, keepOption});
    parser.process(app);

    Options options;
    bool countOk = false;
    options.count = parser.value(countOption).toInt(&countOk);
    if (!countOk || options.count < 1)
        fail(u"--count takes a positive whole number"_s);
    options.keep = parser.value(keepOption);
    return options;
}

// Writes the CVs as files spread over a few folders, some nested, markdown CVs as .md and
// plain-text ones as .txt.
Corpus writeCorpus(const QString &folder, int count)
{
    static const QStringList subfolders = {u"engineering"_s, u"engineering/backend"_s,
        u"engineering/frontend"_s, u"data"_s, u"sales/2023"_s, u"sales/2024"_s, u"inbox"_s};
    const QDir root(folder);
    for (const QString &subfolder : subfolders) {
        if (!root.mkpath(subfolder))
            fail(u"cannot create %1"_s.arg(root.filePath(subfolder)));
    }
    Corpus corpus;
    corpus.folder = QDir::cleanPath(root.absolutePath());
    const QList<ShortlistBench::SyntheticProfile> profiles = ShortlistBench::syntheticProfiles(count, kSeed);
    for (int i = 0; i < count; ++i) {
        const ShortlistBench::SyntheticProfile &profile = profiles.at(i);
        const QString name
            = u"cv-%1.%2"_s.arg(i, 5, 10, QChar(u'0')).arg(profile.markdown ? u"md"_s : u"txt"_s);
        const QString path = corpus.folder + u'/' + subfolders.at(i % subfolders.size()) + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(profile.bytes) != profile.bytes.size())
            fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
        corpus.files.append(path);
        corpus.bytes += profile.bytes.size();
    }
    corpus.files.sort(); // the loader's order too
    return corpus;
}

// Exactly the loader's work for each file, one file after the other on this thread.
qint64 timeParse1(const QStringList &files, qint64 &checksum)
{
    checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : files) {
        const Shortlist::LibraryEntry entry = Shortlist::loadLibraryEntry(file, kToday);
        checksum += entry.isValid() ? entry.profile.work.size() : 1000000;
    }
    return timer.nsecsElapsed();
}

// Lets the view catch up: delayed layouts are zero timers, and they post paint requests.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// From open() until the loader is done, every file is a row and the view has laid them out.
qint64 timeLoad(ShortlistBench::ListedLibrary &library, const Corpus &corpus)
{
    QEventLoop loop;
    bool finished = false;
    const QMetaObject::Connection connection
        = QObject::connect(&library.loader, &Shortlist::LibraryLoader::loadingFinished, &loop, [&] {
              finished = true;
              loop.quit();
          });
    QElapsedTimer timer;
    timer.start();
    library.loader.open({corpus.folder});
    if (!finished)
        loop.exec();
    settle();
    const qint64 elapsed = timer.nsecsElapsed();
    QObject::disconnect(connection);
    if (library.model.rowCount() != corpus.files.size() || library.filter.rowCount() != corpus.files.size()) {
        fail(u"%1 rows in the model and %2 listed, for %3 files"_s.arg(library.model.rowCount())
                 .arg(library.filter.rowCount())
                 .arg(corpus.files.size()));
    }
    return elapsed;
}

// The main thread's CPU time so far: unlike the clock, not stretched when other processes
// compete for the two cores.
qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Each step of a series, timed twice: until the filter has changed and the view has taken in
// the new rows (what a keystroke asks of the model and the proxy), and until the view has
// also repainted them (mostly text shaping for the rows now on screen), by the clock and in
// the main thread's CPU time.
struct Steps
{
    QList<qint64> filtered;
    QList<qint64> painted;
    QList<qint64> paintedCpu;
};

void timeStep(const std::function<void()> &change, Steps &steps)
{
    const qint64 cpuBefore = threadCpuNanoseconds();
    QElapsedTimer timer;
    timer.start();
    change();
    steps.filtered.append(timer.nsecsElapsed());
    settle();
    steps.painted.append(timer.nsecsElapsed());
    steps.paintedCpu.append(threadCpuNanoseconds() - cpuBefore);
}

// The rows a search should list, counted the plain way, to check the filter's shortcuts.
int rowsMatching(const Shortlist::LibraryModel &model, const QString &text)
{
    const Shortlist::SearchQuery query(text);
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Shortlist::LibraryEntry &entry = model.entry(row);
        rows += entry.isValid()
            && std::all_of(query.words().cbegin(), query.words().cend(),
                [&](const QByteArray &word) { return entry.searchKey.contains(word); });
    }
    return rows;
}

// Types each query a character at a time, then takes it back with backspace; checks after
// each step, untimed, that the rows listed are the rows that match.
Steps timeTyping(ShortlistBench::ListedLibrary &library, const QStringList &queries, QTextStream &out)
{
    Steps steps;
    const auto type = [&](const QString &text) {
        timeStep([&] { library.filter.setSearchText(text); }, steps);
        const int expected = rowsMatching(library.model, text);
        if (library.filter.rowCount() != expected)
            fail(u"\"%1\" lists %2 rows, not %3"_s.arg(text).arg(library.filter.rowCount()).arg(expected));
    };
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            type(query.left(length));
        out << "  \"" << query << "\": " << library.filter.rowCount() << " rows\n";
        for (qsizetype length = query.size() - 1; length >= 0; --length)
            type(query.left(length));
    }
    return steps;
}

// Skills required and minimum years, as a person would tick and untick them.
Steps timeFilterChanges(Shortlist::LibraryFilter &filter)
{
    using Shortlist::foldedForSearch;
    const QList<QStringList> skills = {{foldedForSearch(u"Kubernetes")},
        {foldedForSearch(u"Kubernetes"), foldedForSearch(u"PostgreSQL")}, {foldedForSearch(u"Python")}, {}};
    Steps steps;
    for (const QStringList &keys : skills)
        timeStep([&] { filter.setRequiredSkills(keys); }, steps);
    for (int years : {3, 5, 10, 20, 0})
        timeStep([&] { filter.setMinimumYears(years); }, steps);
    return steps;
}

// A realistic search for each kind of thing a person types: a skill, a company, a first name,
// a city, and something no CV holds.
QStringList typedQueries()
{
    const ShortlistBench::Vocabulary &english
        = ShortlistBench::vocabulary(ShortlistBench::CvLanguage::English);
    return {ShortlistBench::technologies().at(3).at(3).toString(), // Kubernetes
        english.companies.at(1).split(u' ').first().toString(), english.firstNames.at(6).toString(),
        english.cities.at(2).split(u',').first().toString(), u"Quetzalcoatl"_s};
}

QString msLine(QStringView name, qint64 nanoseconds, int files)
{
    const double seconds = double(nanoseconds) / 1e9;
    return u"%1 %2 ms, %3 files/s"_s.arg(name.toString().leftJustified(8),
        fixed(seconds * 1e3, 1).rightJustified(8), fixed(files / seconds, 0).rightJustified(6));
}

QString msFigures(const QList<qint64> &steps)
{
    return u"median %1, p95 %2, max %3 ms"_s.arg(fixed(double(median(steps)) / 1e6),
        fixed(double(percentile(steps, 95)) / 1e6),
        fixed(double(*std::max_element(steps.cbegin(), steps.cend())) / 1e6));
}

QString stepsLines(QStringView name, const Steps &steps)
{
    return u"%1 %2 steps; filtered: %3\n%4 repainted too: %5 (main thread CPU %6)"_s.arg(name.toString(),
        QString::number(steps.filtered.size()), msFigures(steps.filtered),
        QString(name.size(), u' '), msFigures(steps.painted), msFigures(steps.paintedCpu));
}

// The resident set size now, from /proc (0 where there is none).
double residentMiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_library"_s);
    const Options options = parseOptions(app);
    QTextStream out(stdout);

    QTemporaryDir temporary;
    if (options.keep.isEmpty() && !temporary.isValid())
        fail(u"cannot create a temporary folder: %1"_s.arg(temporary.errorString()));
    const Corpus corpus
        = writeCorpus(options.keep.isEmpty() ? temporary.path() : options.keep, options.count);
    const double corpusMiB = double(corpus.bytes) / (1024.0 * 1024.0);
    out << "bench_library: " << corpus.files.size() << " files (seed " << kSeed << ") in " << corpus.folder
        << ", " << fixed(corpusMiB, 1) << " MiB on disk; " << QThreadPool::globalInstance()->maxThreadCount()
        << " pool threads; best of " << kPasses << " passes\n";
    out.flush();

    QList<qint64> parseTimes;
    qint64 checksum = 0;
    for (int pass = 0; pass < kPasses; ++pass)
        parseTimes.append(timeParse1(corpus.files, checksum));
    out << msLine(u"parse1:", best(parseTimes), options.count) << " (one thread, " << checksum
        << " positions)\n";
    out.flush();

#ifdef __GLIBC__
    // Writing the corpus and parse1 freed their memory; give the pages back, so that what is
    // resident from here on is Qt, the window and the library.
    malloc_trim(0);
#endif
    ShortlistBench::ListedLibrary library(kToday);
    settle();
    const double residentBefore = residentMiB();
    QList<qint64> loadTimes;
    for (int pass = 0; pass < kPasses; ++pass)
        loadTimes.append(timeLoad(library, corpus));
    out << msLine(u"load:", best(loadTimes), options.count) << " (until every file is listed; passes "
        << fixed(double(loadTimes.first()) / 1e6, 0) << " and " << fixed(double(loadTimes.last()) / 1e6, 0)
        << " ms)\n";
    out.flush();

    const Steps typing = timeTyping(library, typedQueries(), out);
    const Steps changes = timeFilterChanges(library.filter);
    out << "over " << options.count << " rows:\n";
    out << stepsLines(u"keystrokes:", typing) << '\n';
    out << stepsLines(u"skill/years changes:", changes) << '\n';

    const double peak = ShortlistBench::peakMemoryMiB();
    out << "peak memory: " << fixed(peak, 1) << " MiB = " << fixed(peak / corpusMiB) << "x the corpus ("
        << fixed(residentBefore, 1) << " MiB resident before loading)\n";
    out << "load/parse1 ratio: " << fixed(double(best(loadTimes)) / double(best(parseTimes))) << '\n';
    return EXIT_SUCCESS;
}
