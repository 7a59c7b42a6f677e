#pragma once

#include <QList>
#include <QString>

// What the benchmarks print about their timings and the process: order statistics of a list
// of times, and the peak memory.
namespace ShortlistBench {

// The middle value (the mean of the two middle ones for an even count).
qint64 median(QList<qint64> values);

// The value below which `percent` per cent of the values lie (nearest rank).
qint64 percentile(QList<qint64> values, int percent);

// The fastest round: other work on the machine can only slow a round down.
qint64 best(const QList<qint64> &rounds);

// Peak resident set size of the process so far (VmHWM on Linux), from getrusage().
double peakMemoryMiB();

QString fixed(double value, int decimals = 2);

} // namespace ShortlistBench
