// bench_pdflibrary: a folder of PDF CVs (1,000 by default) opened in the library as a user
// opens it (issue 18): the loader reads them on its threads while the window's candidate list
// fills, and the window must keep answering. Printed:
//   - "serial": the same files imported one after another on one thread, the anchor;
//   - "cold": opening the folder the first time, every PDF read by Poppler, with the longest
//     the main thread went without turning its event loop (a timer that should fire every
//     10 ms, and the most it waited between two of its turns);
//   - "warm": opening it again in a new list, as after a restart: the import cache answers;
// with the ratios cold/serial and warm/cold. Bars: the longest wait at most 100 ms, and the
// warm open at most a quarter of the cold one. The PDFs are Shortlist's own summaries of
// synthetic CVs, some of them copied under other names (a copy is extracted again: the cache
// is keyed by path).
//
//   bench_pdflibrary [--count N] [--distinct D]

#include "benchstats.h"
#include "listedlibrary.h"
#include "syntheticprofiles.h"

#include "import/documentimport.h"
#include "io/profilefile.h"
#include "pdf/summarypdf.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Qt::StringLiterals;
using ShortlistBench::fixed;

const QDate kToday(2024, 6, 15);
constexpr int kTickMs = 10;
constexpr qint64 kLongestWaitBarMs = 100;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_pdflibrary: %s\n", qPrintable(message));
    std::exit(EXIT_FAILURE);
}

// `count` PDF files in a few folders: `distinct` summaries, then copies of them.
QStringList writePdfs(const QString &folder, int count, int distinct)
{
    static const QStringList subfolders = {u"applicants"_s, u"applicants/2024"_s, u"referrals"_s};
    const QDir root(folder);
    for (const QString &subfolder : subfolders) {
        if (!root.mkpath(subfolder))
            fail(u"cannot create %1"_s.arg(root.filePath(subfolder)));
    }
    Shortlist::PdfOptions options;
    options.today = kToday;
    options.creator = u"bench_pdflibrary"_s;
    QList<QByteArray> pdfs;
    for (const ShortlistBench::SyntheticProfile &profile : ShortlistBench::syntheticProfiles(distinct, 20261207)) {
        const QString name = u"cv.md"_s;
        const QList<Shortlist::PdfCandidate> one = {{name, Shortlist::parseProfileBytes(name, profile.bytes).profile}};
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Shortlist::writeSummaryPdf(&buffer, one, options, &error))
            fail(u"cannot lay out a summary: %1"_s.arg(error));
        pdfs.append(bytes);
    }
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = root.filePath(u"%1/cv-%2.pdf"_s.arg(subfolders.at(i % subfolders.size())).arg(i, 5, 10, QChar(u'0')));
        QFile file(path);
        const QByteArray &bytes = pdfs.at(i % pdfs.size());
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
        files.append(path);
    }
    return files;
}

// Each file imported on this thread, one after the other, without the cache.
qint64 timeSerial(const QStringList &files)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : files) {
        const Shortlist::ImportedDocument document = Shortlist::importDocument(path, Shortlist::DocumentKind::Pdf, {});
        if (!document.isValid())
            fail(u"%1: %2"_s.arg(path, document.problem));
    }
    return timer.nsecsElapsed();
}

struct Open
{
    qint64 elapsed = 0;     // until every file is listed and the view has caught up
    qint64 longestWait = 0; // the longest the event loop went without turning, in ms
};

// Opens the folder in a new list and waits, turning the event loop, until it is loaded.
Open timeOpen(const QString &folder, int files)
{
    ShortlistBench::ListedLibrary library(kToday);
    QCoreApplication::processEvents();
    Open result;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        result.longestWait = std::max(result.longestWait, sinceTick.restart());
    });
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&library.loader, &Shortlist::LibraryLoader::loadingFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    library.loader.open({folder});
    if (!finished)
        loop.exec();
    QCoreApplication::processEvents();
    result.elapsed = timer.nsecsElapsed();
    ticker.stop();
    if (library.model.rowCount() != files || library.filter.rowCount() != files)
        fail(u"%1 rows listed for %2 files"_s.arg(library.filter.rowCount()).arg(files));
    for (int row = 0; row < library.model.rowCount(); ++row) {
        if (!library.model.entry(row).isValid())
            fail(u"row %1 is a problem, not a candidate"_s.arg(row));
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The import cache of this run alone, empty at the start.
    QTemporaryDir cache;
    if (!cache.isValid())
        fail(u"cannot create a temporary folder"_s);
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_pdflibrary"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times opening a folder of PDF CVs in the library, cold and cached."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"PDF files in the folder (1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption distinctOption(u"distinct"_s, u"Different summaries among them (100)."_s, u"D"_s, u"100"_s);
    parser.addOptions({countOption, distinctOption});
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int distinct = std::clamp(parser.value(distinctOption).toInt(), 1, count);

    QTemporaryDir folder;
    if (!folder.isValid())
        fail(u"cannot create a temporary folder"_s);
    const QStringList files = writePdfs(folder.path(), count, distinct);
    std::printf("bench_pdflibrary: %d PDF files (%d different summaries), %d pool threads\n", count, distinct,
        QThreadPool::globalInstance()->maxThreadCount());

    const qint64 serial = timeSerial(files);
    std::printf("serial: %s ms (%s ms a file, one thread, no cache)\n", qPrintable(fixed(serial / 1e6, 0)),
        qPrintable(fixed(serial / 1e6 / count, 2)));
    const Open cold = timeOpen(folder.path(), count);
    std::printf("cold:   %s ms, longest wait of the event loop %lld ms\n", qPrintable(fixed(cold.elapsed / 1e6, 0)),
        static_cast<long long>(cold.longestWait));
    const Open warm = timeOpen(folder.path(), count);
    std::printf("warm:   %s ms, longest wait of the event loop %lld ms (the import cache answers)\n",
        qPrintable(fixed(warm.elapsed / 1e6, 0)), static_cast<long long>(warm.longestWait));
    const double coldToSerial = double(cold.elapsed) / double(serial);
    const double warmToCold = double(warm.elapsed) / double(cold.elapsed);
    std::printf("cold/serial ratio: %s; warm/cold ratio: %s\n", qPrintable(fixed(coldToSerial)), qPrintable(fixed(warmToCold)));
    const qint64 longest = std::max(cold.longestWait, warm.longestWait);
    const bool answers = longest <= kLongestWaitBarMs;
    const bool cached = warmToCold <= 0.25;
    std::printf("bar: longest wait %lld ms <= %lld ms: %s; warm <= 0.25 of cold: %s\n", static_cast<long long>(longest),
        static_cast<long long>(kLongestWaitBarMs), answers ? "met" : "NOT MET", cached ? "met" : "NOT MET");
    return answers && cached ? EXIT_SUCCESS : EXIT_FAILURE;
}
