// bench_export: 100 candidate summaries laid out into one PDF, timed; prints milliseconds
// per page (target: 40 or fewer on the 2-core development machine).
//
//   bench_export [--count N] [--rounds R]

#include "benchstats.h"
#include "io/profilefile.h"
#include "pdf/summarypdf.h"
#include "syntheticprofiles.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfDocument>

#include <cstdio>

using namespace Shortlist;
using namespace ShortlistBench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Summaries in the PDF (100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds (3)."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOption(countOption);
    parser.addOption(roundsOption);
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    // The CVs are parsed before timing: the benchmark is the PDF, not the parser.
    QList<PdfCandidate> candidates;
    for (const SyntheticProfile &profile : syntheticProfiles(count, 20261122)) {
        const QString name = QStringLiteral("cv-%1.md").arg(candidates.size() + 1, 3, 10, QLatin1Char('0'));
        candidates.append({name, parseProfileBytes(name, profile.bytes).profile});
    }
    PdfOptions options;
    options.pageSize = QPageSize(QPageSize::A4);
    options.creator = QStringLiteral("bench_export");

    std::printf("bench_export: %d summaries into one PDF, %d rounds\n", count, rounds);
    QList<qint64> times;
    QByteArray pdf;
    for (int round = 0; round < rounds; ++round) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!writeSummaryPdf(&buffer, candidates, options, &error)) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(error));
            return 1;
        }
        times.append(timer.nsecsElapsed());
        pdf = buffer.data();
        std::printf("  round %d: %s ms\n", round + 1, qPrintable(fixed(times.last() / 1e6, 1)));
    }

    // Pages, read back with QtPdf.
    QBuffer readBack(&pdf);
    readBack.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&readBack);
    const int pages = document.pageCount();
    const double bestMs = best(times) / 1e6;
    std::printf("pages: %d (%s per summary), PDF size %s MiB, peak memory %s MiB\n", pages,
        qPrintable(fixed(double(pages) / count, 2)), qPrintable(fixed(pdf.size() / 1048576.0, 2)),
        qPrintable(fixed(peakMemoryMiB(), 0)));
    std::printf("best round: %s ms, median %s ms\n", qPrintable(fixed(bestMs, 1)), qPrintable(fixed(median(times) / 1e6, 1)));
    std::printf("ms per page: %s (target 40)\n", qPrintable(fixed(pages > 0 ? bestMs / pages : 0, 2)));
    return pages > 0 ? 0 : 1;
}
