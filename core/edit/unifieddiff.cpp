#include "unifieddiff.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace Shortlist {

namespace {

using namespace Qt::StringLiterals;

enum class Op { Keep, Remove, Add };

struct Line
{
    Op op;
    qsizetype index; // in `before` for Keep and Remove, in `after` for Add
};

// Marks a last line without a line feed, so that it differs from the same line with one.
constexpr QChar kNoNewline(0xFFFF);

// Splits into lines; a last line without a line feed carries the mark, as diff tells it.
QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        lines.last().append(kNoNewline);
    else
        lines.removeLast();
    return lines;
}

// The edit script between two line lists: common lines at both ends are kept as they
// are, and the rest compared by longest common subsequence. Edits are small next to a
// CV, so the middle is small; a middle too large to compare is replaced as a whole.
QList<Line> script(const QStringList &a, const QStringList &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;

    QList<Line> lines;
    for (qsizetype i = 0; i < prefix; ++i)
        lines.append({Op::Keep, i});
    if (n * m <= 16'000'000) {
        // lcs[i][j]: the longest common subsequence of a's middle from i and b's from j.
        QList<int> lcs((n + 1) * (m + 1), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j])
                lines.append({Op::Keep, prefix + i}), ++i, ++j;
            else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1)))
                lines.append({Op::Remove, prefix + i++});
            else
                lines.append({Op::Add, prefix + j++});
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            lines.append({Op::Remove, prefix + i});
        for (qsizetype j = 0; j < m; ++j)
            lines.append({Op::Add, prefix + j});
    }
    for (qsizetype i = 0; i < suffix; ++i)
        lines.append({Op::Keep, a.size() - suffix + i});
    return lines;
}

QString range(qsizetype start, qsizetype count)
{
    // diff numbers lines from 1; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return u"%1,%2"_s.arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(
    const QString &before, const QString &after, const QString &beforeName, const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QStringList a = linesOf(before), b = linesOf(after);
    const QList<Line> lines = script(a, b);

    QString out = u"--- %1\n+++ %2\n"_s.arg(beforeName, afterName);
    // Where each script line stands in `before` and `after`.
    QList<qsizetype> aPos(lines.size()), bPos(lines.size());
    qsizetype ai = 0, bi = 0;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        aPos[k] = ai, bPos[k] = bi;
        ai += lines[k].op != Op::Add;
        bi += lines[k].op != Op::Remove;
    }
    auto text = [&](const Line &line) -> const QString & { return line.op == Op::Add ? b[line.index] : a[line.index]; };

    qsizetype k = 0;
    while (k < lines.size()) {
        if (lines[k].op == Op::Keep) {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the
        // last change that is no more than 2 * context lines from the one before it.
        const qsizetype first = std::max<qsizetype>(0, k - context);
        qsizetype last = k;
        for (qsizetype j = k; j < lines.size() && j <= last + 2 * context; ++j) {
            if (lines[j].op != Op::Keep)
                last = j;
        }
        const qsizetype end = std::min(lines.size(), last + context + 1);
        qsizetype aCount = 0, bCount = 0;
        for (qsizetype j = first; j < end; ++j)
            aCount += lines[j].op != Op::Add, bCount += lines[j].op != Op::Remove;
        out += u"@@ -%1 +%2 @@\n"_s.arg(range(aPos[first], aCount), range(bPos[first], bCount));
        for (qsizetype j = first; j < end; ++j) {
            const Line &line = lines[j];
            QString written = text(line);
            const bool open = written.endsWith(kNoNewline);
            if (open)
                written.chop(1);
            out += (line.op == Op::Keep ? u" "_s : line.op == Op::Remove ? u"-"_s : u"+"_s) + written + u"\n"_s;
            if (open)
                out += u"\\ No newline at end of file\n"_s;
        }
        k = end;
    }
    return out;
}

} // namespace Shortlist
