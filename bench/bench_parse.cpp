// Measures Shortlist's whole parse against cmark-gfm's parse alone, on the same synthetic CVs,
// in one thread and one run, so that the ratio between the two says what Shortlist adds.

#include "benchstats.h"
#include "syntheticprofiles.h"

#include "parser/cmarkarena.h"
#include "parser/markdownlines.h"
#include "parser/profileparser.h"
#include "source/sourcetext.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <span>
#include <tuple>
#include <utility>

namespace {

using ShortlistBench::best;
using ShortlistBench::fixed;
using ShortlistBench::median;
using ShortlistBench::SyntheticProfile;

constexpr quint32 kSeed = 20240611;

struct Options
{
    int count = 10000;
    int rounds = 3;
};

struct Pass
{
    qint64 nanoseconds = 0;
    qint64 checksum = 0; // what the pass found, so that none of its work can be dropped
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times cmark-gfm alone and Shortlist's full parse on synthetic CVs, single-threaded."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
        QStringLiteral("Number of synthetic profiles (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("Timed rounds of each phase (default 3)."), QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({countOption, roundsOption});
    parser.process(app);

    Options options;
    bool countOk = false;
    bool roundsOk = false;
    options.count = parser.value(countOption).toInt(&countOk);
    options.rounds = parser.value(roundsOption).toInt(&roundsOk);
    if (!countOk || options.count < 1 || !roundsOk || options.rounds < 1) {
        QTextStream(stderr) << "bench_parse: --count and --rounds take a positive whole number\n";
        std::exit(EXIT_FAILURE);
    }
    return options;
}

// Parses with the options and extensions core/parser/markdownlines.cpp uses, without walking
// the tree afterwards. Returns the number of top-level blocks. The baseline is cmark-gfm as
// its documentation has it called, with malloc; Shortlist gives it an arena (`memory`).
int parseWithCmark(const QByteArray &text, cmark_mem *memory = cmark_get_default_mem_allocator())
{
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory);
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, text.constData(), size_t(text.size()));
    cmark_node *document = cmark_parser_finish(parser);
    int blocks = 0;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node))
        ++blocks;
    // In the arena the tree and the parser go with the arena's reset, as in markdownLines().
    if (memory == cmark_get_default_mem_allocator()) {
        cmark_node_free(document);
        cmark_parser_free(parser);
    }
    return blocks;
}

using Inputs = std::span<const SyntheticProfile>;

// One timed pass over the inputs; `work` returns a count of what it found for the checksum.
template<typename Work>
Pass timed(Inputs inputs, Work work)
{
    Pass pass;
    QElapsedTimer timer;
    timer.start();
    for (const SyntheticProfile &input : inputs)
        pass.checksum += work(input.bytes);
    pass.nanoseconds = timer.nsecsElapsed();
    return pass;
}

// Each phase is a function of its own, never inlined, so that callgrind can be pointed at it
// (--toggle-collect='*::timeFullParse(std::span*)', see the README; the pattern ends
// with ')' so that it does not also match the lambdas inside).
Q_NEVER_INLINE Pass timeCmark(Inputs inputs)
{
    return timed(inputs, [](const QByteArray &bytes) { return parseWithCmark(bytes); });
}

// What a user pays once a file is read: decoding and parsing into a Profile.
Q_NEVER_INLINE Pass timeFullParse(Inputs inputs)
{
    return timed(inputs, [](const QByteArray &bytes) {
        const Shortlist::SourceText source = Shortlist::SourceText::fromBytes(bytes);
        return Shortlist::parseProfile(source).profile.work.size();
    });
}

// Where the full parse's time goes, for whoever works on it next: reading the bytes alone
// (BOM, UTF-8 check, line starts), cmark-gfm in the arena the full parse gives it, and
// cmark-gfm with the flattening into lines (what the understanding of the CV starts from).
Q_NEVER_INLINE Pass timeReading(Inputs inputs)
{
    return timed(inputs,
        [](const QByteArray &bytes) { return Shortlist::SourceText::fromBytes(bytes).fileBytes().size(); });
}

Q_NEVER_INLINE Pass timeCmarkInArena(Inputs inputs)
{
    return timed(inputs, [](const QByteArray &bytes) {
        Shortlist::CmarkArena::Scope arena;
        return parseWithCmark(bytes, arena.allocator());
    });
}

Q_NEVER_INLINE Pass timeLines(Inputs inputs)
{
    return timed(inputs, [](const QByteArray &bytes) {
        return Shortlist::markdownLines(Shortlist::SourceText::fromBytes(bytes)).size();
    });
}

// A round of both phases over all inputs, a block of them at a time: cmark-gfm on a block,
// then the full parse on it (the other way round for every other block). A machine that
// slows down for a while (another process, a busy neighbour of a virtual machine) then slows
// both phases alike, where a slow spell during one phase's whole pass would be charged to
// that phase alone. A block takes each phase some milliseconds, long enough for the caches
// to be the phase's own for nearly all of it.
constexpr qsizetype kBlock = 200;

std::pair<Pass, Pass> timeInBlocks(Inputs inputs)
{
    Pass cmark;
    Pass full;
    auto add = [](Pass &total, const Pass &block) {
        total.nanoseconds += block.nanoseconds;
        total.checksum += block.checksum;
    };
    for (qsizetype from = 0, index = 0; from < qsizetype(inputs.size()); from += kBlock, ++index) {
        const Inputs block = inputs.subspan(from, std::min(kBlock, qsizetype(inputs.size()) - from));
        if (index % 2 == 0) {
            add(cmark, timeCmark(block));
            add(full, timeFullParse(block));
        } else {
            add(full, timeFullParse(block));
            add(cmark, timeCmark(block));
        }
    }
    return {cmark, full};
}

QString phaseLine(QStringView name, const QList<qint64> &rounds, int count, qint64 totalBytes)
{
    const double seconds = double(best(rounds)) / 1e9;
    return QStringLiteral("%1 %2 ms total (median %3 ms), %4 profiles/s, %5 MB/s")
        .arg(name.toString().leftJustified(16), fixed(seconds * 1e3, 1).rightJustified(8),
            fixed(double(median(rounds)) / 1e6, 1), fixed(count / seconds, 0).rightJustified(6),
            fixed(double(totalBytes) / 1e6 / seconds).rightJustified(6));
}

void printInputs(QTextStream &out, const QList<SyntheticProfile> &inputs, qint64 totalBytes)
{
    QList<qint64> sizes;
    for (const SyntheticProfile &input : inputs)
        sizes.append(input.bytes.size());
    std::sort(sizes.begin(), sizes.end());
    out << "bench_parse: " << inputs.size() << " synthetic profiles (seed " << kSeed << "), "
        << fixed(double(totalBytes) / 1e6) << " MB in total, " << fixed(sizes.first() / 1024.0, 1) << "–"
        << fixed(sizes.last() / 1024.0, 1) << " KiB each (median " << fixed(median(sizes) / 1024.0, 1)
        << " KiB)\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_parse"));
    const Options options = parseOptions(app);
    cmark_gfm_core_extensions_ensure_registered();

    const QList<SyntheticProfile> inputs = ShortlistBench::syntheticProfiles(options.count, kSeed);
    qint64 totalBytes = 0;
    qint64 positionsWritten = 0;
    for (const SyntheticProfile &input : inputs) {
        totalBytes += input.bytes.size();
        positionsWritten += input.positions;
    }

    QTextStream out(stdout);
    printInputs(out, inputs, totalBytes);
    out << "single thread; one warm-up pass, then " << options.rounds
        << " rounds of (cmark-gfm, full parse), the two taking turns every " << kBlock
        << " profiles; best round shown\n";
    out.flush();

    timeCmark(inputs);
    timeFullParse(inputs);
    QList<qint64> cmarkTimes;
    QList<qint64> fullTimes;
    Pass cmark;
    Pass full;
    for (int round = 0; round < options.rounds; ++round) {
        std::tie(cmark, full) = timeInBlocks(inputs);
        cmarkTimes.append(cmark.nanoseconds);
        fullTimes.append(full.nanoseconds);
    }
    QList<qint64> readingTimes;
    QList<qint64> arenaTimes;
    QList<qint64> lineTimes;
    for (int round = 0; round < options.rounds; ++round) {
        readingTimes.append(timeReading(inputs).nanoseconds);
        arenaTimes.append(timeCmarkInArena(inputs).nanoseconds);
        lineTimes.append(timeLines(inputs).nanoseconds);
    }
    out << phaseLine(u"cmark-gfm parse:", cmarkTimes, options.count, totalBytes) << '\n';
    out << phaseLine(u"full parse:", fullTimes, options.count, totalBytes) << '\n';
    out << "  of which, measured apart:\n";
    out << phaseLine(u"  reading bytes:", readingTimes, options.count, totalBytes) << '\n';
    out << phaseLine(u"  cmark in arena:", arenaTimes, options.count, totalBytes) << '\n';
    out << phaseLine(u"  + cmark, lines:", lineTimes, options.count, totalBytes) << '\n';
    out << "checksum: " << full.checksum << " positions found of " << positionsWritten << " written ("
        << fixed(double(full.checksum) / options.count) << " per profile), " << cmark.checksum
        << " cmark top-level blocks\n";
    out << "peak memory: " << fixed(ShortlistBench::peakMemoryMiB(), 1) << " MiB\n";
    out << "ratio full/cmark: " << fixed(double(best(fullTimes)) / double(best(cmarkTimes))) << '\n';
    return EXIT_SUCCESS;
}
