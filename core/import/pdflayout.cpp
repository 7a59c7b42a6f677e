#include "pdflayout.h"

#include "pdffragments.h"

#include "parser/lexicon.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Shortlist::PdfImport {

namespace {

// Half the narrowest gutter between two columns, in points.
constexpr qreal gutterPad = 2.0;

// A vertical strip of white between two sets of fragments, over part of a region's height.
struct Gutter
{
    QList<int> above, left, right, below;
    int score = 0; // lines on its shorter side
};

// Lines among fragments already sorted by their vertical centre.
int lineCount(const QList<Fragment> &fragments, const QList<int> &sorted)
{
    int count = 0;
    qreal last = -1e9;
    for (int i : sorted) {
        const Fragment &f = fragments[i];
        if (f.centerY() - last > 0.4 * f.size) {
            ++count;
            last = f.centerY();
        }
    }
    return count;
}

QList<qreal> candidateGutters(const QList<Fragment> &fragments, const QList<int> &region)
{
    QList<qreal> xs;
    for (int i : region) {
        xs.append(fragments[i].box.right() + gutterPad + 0.25);
        xs.append(fragments[i].box.left() - gutterPad - 0.25);
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end(), [](qreal a, qreal b) { return b - a < 0.5; }), xs.end());
    return xs;
}

// The white runs at `x`: the vertical stretches no fragment of the region crosses.
QList<std::pair<qreal, qreal>> whiteRunsAt(qreal x, const QList<Fragment> &fragments, const QList<int> &region)
{
    QList<std::pair<qreal, qreal>> blocked;
    for (int i : region) {
        const QRectF &b = fragments[i].box;
        if (b.left() - gutterPad < x && x < b.right() + gutterPad)
            blocked.append({b.top(), b.bottom()});
    }
    std::sort(blocked.begin(), blocked.end());
    QList<std::pair<qreal, qreal>> runs;
    qreal from = -1e9;
    for (const auto &[top, bottom] : blocked) {
        if (top > from)
            runs.append({from, top});
        from = std::max(from, bottom);
    }
    runs.append({from, 1e9});
    return runs;
}

// Splits the region (sorted by vertical centre) at a white run of a candidate gutter.
Gutter splitAt(qreal x, std::pair<qreal, qreal> run, const QList<Fragment> &fragments, const QList<int> &region)
{
    Gutter g;
    for (int i : region) {
        const Fragment &f = fragments[i];
        if (f.centerY() < run.first)
            g.above.append(i);
        else if (f.centerY() > run.second)
            g.below.append(i);
        else if (f.box.right() <= x)
            g.left.append(i);
        else
            g.right.append(i);
    }
    g.score = std::min(lineCount(fragments, g.left), lineCount(fragments, g.right));
    return g;
}

// The gutter with a section heading that stands above the first line of the other side moved
// above both sides: it is over a date column and its entries, not part of one of them.
Gutter withHeadingsAbove(Gutter g, const QList<Fragment> &fragments)
{
    const qreal top = std::max(fragments[g.left.front()].box.top(), fragments[g.right.front()].box.top());
    for (QList<int> *side : {&g.left, &g.right}) {
        while (!side->isEmpty() && fragments[side->front()].box.bottom() <= top
               && Lexicon::sectionKind(fragments[side->front()].text) != Lexicon::SectionKind::None) {
            g.above.append(side->front());
            side->removeFirst();
        }
    }
    std::sort(g.above.begin(), g.above.end(), [&](int a, int b) {
        return fragments[a].centerY() < fragments[b].centerY();
    });
    return g;
}

// The gutter with the most lines on both of its sides, if one has two lines on each.
std::optional<Gutter> findGutter(const QList<Fragment> &fragments, const QList<int> &region)
{
    // A run lower than two lines of the smallest text cannot hold two lines on each side.
    qreal smallest = 1e9;
    for (int i : region)
        smallest = std::min(smallest, fragments[i].box.height());
    std::optional<Gutter> best;
    for (qreal x : candidateGutters(fragments, region)) {
        for (const auto &run : whiteRunsAt(x, fragments, region)) {
            if (run.second - run.first < 2 * smallest)
                continue;
            Gutter g = splitAt(x, run, fragments, region);
            if (g.score >= 2 && (!best || g.score > best->score))
                best = std::move(g);
        }
    }
    return best;
}

QRectF boundsOf(const QList<Fragment> &fragments, const QList<int> &members)
{
    QRectF r;
    for (int i : members)
        r |= fragments[i].box;
    return r;
}

QList<Line> ordered(const QList<Fragment> &fragments, const QList<int> &region, qreal pageHeight);

bool alignedWithAny(const Fragment &f, const QList<Fragment> &fragments, const QList<int> &others)
{
    return std::any_of(others.begin(), others.end(), [&](int j) {
        return std::abs(fragments[j].centerY() - f.centerY()) <= 0.5 * std::min(f.size, fragments[j].size);
    });
}

// Whether the narrow side of a gutter labels the lines of the wide side rather than being a
// column of its own: dates or short labels that sit level with the wide side's lines.
bool isLabelColumn(const QList<Fragment> &fragments, const QList<int> &narrow, const QList<int> &wide)
{
    int aligned = 0, dated = 0, short_ = 0, headings = 0;
    for (int i : narrow) {
        const Fragment &f = fragments[i];
        if (Lexicon::sectionKind(f.text) != Lexicon::SectionKind::None) {
            // A section heading with a line level beside it belongs to a sidebar with
            // sections of its own; one with nothing beside it stands over both sides, as
            // "Education" over the next rows of dates and the entries they date.
            if (alignedWithAny(f, fragments, wide))
                return false;
            ++headings;
            continue;
        }
        aligned += alignedWithAny(f, fragments, wide);
        dated += looksLikeDate(f.text);
        short_ += f.text.count(QLatin1Char(' ')) < 4;
    }
    const qreal n = narrow.size() - headings;
    if (n == 0)
        return false;
    // Under headings of its own, the dates must be many and nearly all level with entries.
    if (dated >= 0.34 * n && aligned >= (headings ? 0.75 : 0.5) * n)
        return true;
    return headings == 0 && aligned >= 0.85 * n && short_ == narrow.size();
}

// A sentence of a description rather than a title: many words and no pieces set apart.
bool isProse(const QString &text)
{
    return !text.contains(pieceSeparator) && text.count(QLatin1Char(' ')) >= 7;
}

// Lines of a label column put beside the lines they label: a label level with a line joins
// it, after its text as a person types "Engineer, 2019 – 2021" whichever side the date
// stood on; a label level with no line comes just before the next line below it.
QList<Line> withLabels(QList<Line> lines, const QList<Line> &labels)
{
    QList<std::pair<qsizetype, Line>> before; // labels to insert before the line at an index
    qsizetype lastTarget = -1;                 // the line the label above this one joined
    const Line *lastLabel = nullptr;
    for (const Line &label : labels) {
        if (label.text.size() == 1)
            continue; // a lone glyph beside a contact line is an icon font's picture
        const qreal y = label.box.center().y();
        const auto at = std::find_if(lines.begin(), lines.end(), [&](const Line &l) {
            return l.box.center().y() >= y - 0.5 * std::min(label.size, l.size);
        });
        const bool level = at != lines.end() && std::abs(at->box.center().y() - y) <= 0.5 * std::min(label.size, at->size);
        qsizetype target = level ? at - lines.begin() : -1;
        // A date under a city is the entry's, not that of the sentence of a description
        // that happens to stand level with it.
        const bool sameGroup = lastLabel && label.box.top() - lastLabel->box.bottom() < 0.8 * label.size;
        if (target >= 0 && sameGroup && lastTarget >= 0 && isProse(lines[target].text))
            target = lastTarget;
        if (target >= 0 && label.text.endsWith(QLatin1Char(':'))) {
            // "GitHub:" names what stands beside it, as a person types it: before it.
            addPiece(lines[target], u" ", label.text, label.emphasis, true);
            lines[target].box |= label.box;
        } else if (target >= 0) {
            addPiece(lines[target], pieceSeparator, label.text, label.emphasis);
            lines[target].box |= label.box;
        } else {
            before.append({at - lines.begin(), label});
        }
        lastTarget = target;
        lastLabel = &label;
    }
    for (auto it = before.crbegin(); it != before.crend(); ++it) {
        const qsizetype index = it->first;
        Line label = it->second;
        label.startsBlock = false;
        if (index < lines.size()) {
            label.column = lines[index].column;
            std::swap(label.startsBlock, lines[index].startsBlock);
        }
        lines.insert(index, label);
    }
    return lines;
}

// Whether a gutter's narrower side labels the lines of the other (see isLabelColumn).
bool splitsOffLabels(const QList<Fragment> &fragments, const Gutter &g)
{
    if (g.left.isEmpty() || g.right.isEmpty())
        return false;
    const bool leftNarrow = boundsOf(fragments, g.left).width() < boundsOf(fragments, g.right).width();
    return leftNarrow ? isLabelColumn(fragments, g.left, g.right) : isLabelColumn(fragments, g.right, g.left);
}

// The two sides of a gutter as two columns; a sidebar much narrower than the main column
// beside it, over much of the page, is marked so, to be read before the main column.
QList<Line> asColumns(const QList<Fragment> &fragments, const Gutter &g, qreal pageHeight)
{
    QList<Line> left = ordered(fragments, g.left, pageHeight);
    QList<Line> right = ordered(fragments, g.right, pageHeight);
    const QRectF l = boundsOf(fragments, g.left), r = boundsOf(fragments, g.right);
    const bool sidebar = std::min(l.width(), r.width()) < 0.6 * std::max(l.width(), r.width()) && g.score >= 5
        && (l | r).height() >= 0.4 * pageHeight;
    if (!sidebar)
        return left + right;
    const bool leftNarrow = l.width() < r.width();
    for (Line &line : left)
        line.columnKind = leftNarrow ? Line::Column::Sidebar : Line::Column::Main;
    for (Line &line : right)
        line.columnKind = leftNarrow ? Line::Column::Main : Line::Column::Sidebar;
    return leftNarrow ? left + right : right + left;
}

QList<Line> asLabelled(const QList<Fragment> &fragments, const Gutter &g, qreal pageHeight)
{
    const bool leftNarrow = boundsOf(fragments, g.left).width() < boundsOf(fragments, g.right).width();
    QList<Line> left = ordered(fragments, g.left, pageHeight);
    QList<Line> right = ordered(fragments, g.right, pageHeight);
    return leftNarrow ? withLabels(right, left) : withLabels(left, right);
}

// A table: rows of the same number of cells, each column's cells starting where its first
// row's cell starts, that first row naming the columns (a few words each, no digits, set in
// bold, or over rows that all hold a number). The white between its columns is a gutter too,
// but its two sides are one table, read row by row, not two columns.
struct Table
{
    QList<QList<int>> above, rows, below; // rows of fragments, each row left to right
};

std::optional<Table> tableIn(const QList<Fragment> &fragments, const QList<int> &members)
{
    QList<QList<int>> rows = rowGroups(fragments, members);
    for (QList<int> &row : rows) {
        std::sort(row.begin(), row.end(), [&](int a, int b) { return fragments[a].box.left() < fragments[b].box.left(); });
    }
    Table t;
    // A heading or a line of text above or below the table shares a white run with it.
    while (!rows.isEmpty() && rows.front().size() == 1)
        t.above.append(rows.takeFirst());
    while (!rows.isEmpty() && rows.back().size() == 1)
        t.below.prepend(rows.takeLast());
    if (rows.size() < 3)
        return std::nullopt;
    const QList<int> &head = rows.front();
    const qsizetype columns = head.size();
    if (columns < 2 || columns > 8)
        return std::nullopt;
    for (const QList<int> &row : rows) {
        if (row.size() != columns)
            return std::nullopt;
        for (qsizetype c = 0; c < columns; ++c) {
            const Fragment &cell = fragments[row[c]], &name = fragments[head[c]];
            if (cell.bullet || cell.text.contains(pieceSeparator)
                || std::abs(cell.box.left() - name.box.left()) > 0.5 * std::min(cell.size, name.size))
                return std::nullopt;
        }
    }
    bool bold = true;
    for (int i : head) {
        const QString name = withoutEmphasis(fragments[i].text);
        if (name.count(QLatin1Char(' ')) > 2 || std::any_of(name.begin(), name.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        bold = bold && (int(fragments[i].emphasis) & int(Emphasis::Bold));
    }
    const bool numbered = std::all_of(rows.begin() + 1, rows.end(), [&](const QList<int> &row) {
        return std::any_of(row.begin(), row.end(), [&](int i) {
            return std::any_of(fragments[i].text.begin(), fragments[i].text.end(), [](QChar c) { return c.isDigit(); });
        });
    });
    if (!bold && !numbered)
        return std::nullopt;
    t.rows = rows;
    return t;
}

QList<int> flattened(const QList<QList<int>> &rows)
{
    QList<int> all;
    for (const QList<int> &row : rows)
        all += row;
    return all;
}

QList<Line> tableLines(const QList<Fragment> &fragments, const QList<QList<int>> &rows)
{
    const int table = rows.front().front() + 1; // (it only needs to differ from a neighbour's)
    QList<Line> lines;
    QRectF bounds;
    for (const QList<int> &row : rows) {
        Line line;
        line.table = table;
        line.tableHeader = lines.isEmpty();
        for (int i : row) {
            const Fragment &f = fragments[i];
            addPiece(line, line.text.isEmpty() ? QStringView() : pieceSeparator, f.text, f.emphasis);
            line.box |= f.box;
            line.size = std::max(line.size, f.size);
        }
        bounds |= line.box;
        lines.append(line);
    }
    for (Line &l : lines)
        l.column = bounds;
    return lines;
}

QList<Line> ordered(const QList<Fragment> &fragments, const QList<int> &region, qreal pageHeight)
{
    if (region.isEmpty())
        return {};
    const std::optional<Gutter> found = findGutter(fragments, region);
    if (!found) {
        QList<Line> lines = rowsOf(fragments, region);
        const QRectF column = boundsOf(fragments, region);
        for (Line &l : lines)
            l.column = column;
        lines.front().startsBlock = true;
        return lines;
    }
    // A heading over a date column and its entries is read above them; over a column of its
    // own it stays at that column's top.
    if (const std::optional<Table> table = tableIn(fragments, found->left + found->right)) {
        QList<Line> out = ordered(fragments, found->above, pageHeight);
        out += ordered(fragments, flattened(table->above), pageHeight);
        out += tableLines(fragments, table->rows);
        out += ordered(fragments, flattened(table->below), pageHeight);
        out += ordered(fragments, found->below, pageHeight);
        return out;
    }
    const Gutter trimmed = withHeadingsAbove(*found, fragments);
    const bool trimmedLabels = splitsOffLabels(fragments, trimmed);
    const Gutter &g = trimmedLabels ? trimmed : *found;
    QList<Line> out = ordered(fragments, g.above, pageHeight);
    if (trimmedLabels || splitsOffLabels(fragments, g))
        out += asLabelled(fragments, g, pageHeight);
    else
        out += asColumns(fragments, g, pageHeight);
    out += ordered(fragments, g.below, pageHeight);
    return out;
}

bool namesSection(const QString &text)
{
    return text.count(QLatin1Char(' ')) < 3 && Lexicon::sectionKind(text) != Lexicon::SectionKind::None;
}

// The sidebars of all pages read before the main column, so that a main column that goes on
// over the next page is read in one piece. What the first page has above its first section
// heading, in either column, is the head (name, headline, contacts) and comes first.
QList<Line> withSidebarsFirst(const QList<Line> &lines)
{
    QList<Line> head, side, main;
    bool sideHead = true, mainHead = true;
    for (const Line &l : lines) {
        const bool inSide = l.columnKind == Line::Column::Sidebar;
        bool &inHead = inSide ? sideHead : mainHead;
        inHead = inHead && l.page == 0 && !namesSection(l.text);
        if (inHead)
            head.append(l);
        else
            (inSide ? side : main).append(l);
    }
    if (side.isEmpty())
        return lines;
    if (!main.isEmpty())
        main.front().startsBlock = true;
    if (!side.isEmpty())
        side.front().startsBlock = true;
    return head + side + main;
}

} // namespace

QString withEmphasis(const QString &text, Emphasis emphasis)
{
    const bool bold = int(emphasis) & int(Emphasis::Bold), italic = int(emphasis) & int(Emphasis::Italic);
    if (!bold && !italic)
        return text;
    // Markdown's emphasis hugs its words: spaces stay outside the marks.
    const QString inner = text.trimmed();
    if (inner.isEmpty())
        return text;
    QString out;
    out.reserve(inner.size() + 4);
    if (bold)
        out += boldOpen;
    if (italic)
        out += italicOpen;
    out += inner;
    if (italic)
        out += italicClose;
    if (bold)
        out += boldClose;
    return out;
}

QString withoutEmphasis(QString text)
{
    text.removeIf([](QChar c) { return c >= boldOpen && c <= italicClose; });
    return text;
}

QString markdownEmphasis(QString text)
{
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= boldOpen && c <= italicClose; }))
        return text;
    text.replace(boldOpen, QLatin1String("**")).replace(boldClose, QLatin1String("**"));
    return text.replace(italicOpen, QLatin1Char('*')).replace(italicClose, QLatin1Char('*'));
}

void addPiece(Line &line, QStringView separator, const QString &text, Emphasis emphasis, bool before)
{
    if (line.text.isEmpty()) {
        line.text = text;
        line.emphasis = emphasis;
        return;
    }
    QString piece = text;
    if (emphasis != line.emphasis) {
        line.text = withEmphasis(line.text, line.emphasis);
        line.emphasis = Emphasis::None;
        piece = withEmphasis(piece, emphasis);
    }
    line.text = before ? piece + separator + line.text : line.text + separator + piece;
}

bool looksLikeDate(QStringView text)
{
    static const QRegularExpression date(QStringLiteral(
        R"((?<!\d)((19|20)\d\d|\d{1,2}[./]\d{2,4})(?!\d))"));
    return date.match(text).hasMatch();
}

QList<Line> readingOrder(const QList<Page> &pages)
{
    QList<QList<Fragment>> fragments;
    for (const Page &page : pages)
        fragments.append(fragmentsOf(page));
    // What every page repeats in its margins is read once, at the top, where a person who
    // typed the CV would have written the name and contacts of a footer.
    const QList<Fragment> repeated = takeRunningHeadsAndFeet(fragments, pages);
    QList<int> all(repeated.size());
    std::iota(all.begin(), all.end(), 0);
    QList<Line> lines = rowsOf(repeated, all);
    for (Line &line : lines) {
        line.startsBlock = true;
        line.column = line.box;
    }
    for (qsizetype p = 0; p < fragments.size(); ++p) {
        QList<int> onPageAll(fragments[p].size());
        std::iota(onPageAll.begin(), onPageAll.end(), 0);
        const QList<Line> onPage = ordered(fragments[p], onPageAll, pages[p].size.height());
        for (Line line : onPage) {
            line.page = int(p);
            lines.append(line);
        }
    }
    return withSidebarsFirst(lines);
}

} // namespace Shortlist::PdfImport
