#include "pdfmarkdown.h"

#include "parser/lexicon.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Shortlist::PdfImport {

namespace {

// Sizes are compared in quarter points: the box heights of one font differ by rounding.
int sizeKey(qreal size)
{
    return int(std::lround(size * 4));
}

// The size most of the text is set in.
qreal bodySizeOf(const QList<Line> &lines)
{
    QHash<int, qsizetype> chars;
    for (const Line &l : lines)
        chars[sizeKey(l.size)] += l.text.size();
    int best = 0;
    qsizetype most = -1;
    for (auto it = chars.cbegin(); it != chars.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best / 4.0;
}

int wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

// A line in capitals long enough to be a heading: "PHP" or "MATLAB" alone is a skill.
bool isAllCaps(const QString &text)
{
    int upper = 0;
    for (const QChar c : text) {
        if (c.isLower())
            return false;
        upper += c.isUpper();
    }
    return upper >= 7;
}

struct Styles
{
    qreal body = 0;
    int nameLine = -1, nameLast = -1; // the lines of the name, largest on the first page
    QList<int> headingSizes;          // size keys above the body's, largest first
    QList<int> sectionSizes;          // the sizes of headings that name a known section
    qsizetype firstSection = 0;       // the first line that names a known section
    bool sizedHeadings = false;
};

bool namesSection(const QString &text)
{
    return Lexicon::sectionKind(text) != Lexicon::SectionKind::None;
}

Styles stylesOf(const QList<Line> &lines)
{
    Styles s;
    s.body = bodySizeOf(lines);
    qreal largest = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // The largest, and of two as large the higher on the page.
        const bool larger = lines[i].size > largest
            || (lines[i].size == largest && lines[i].box.top() < lines[s.nameLine].box.top());
        if (lines[i].page == 0 && larger && wordCount(lines[i].text) <= 6 && !namesSection(lines[i].text)) {
            largest = lines[i].size;
            s.nameLine = int(i);
        }
    }
    if (largest < 1.2 * s.body) {
        s.nameLine = -1;
    } else {
        s.nameLast = s.nameLine;
        while (s.nameLast + 1 < lines.size() && !lines[s.nameLast + 1].startsBlock
               && sizeKey(lines[s.nameLast + 1].size) == sizeKey(largest))
            ++s.nameLast;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int key = sizeKey(lines[i].size);
        if ((i < s.nameLine || i > s.nameLast) && lines[i].size >= 1.12 * s.body
            && wordCount(lines[i].text) <= 6 && !s.headingSizes.contains(key))
            s.headingSizes.append(key);
    }
    std::sort(s.headingSizes.rbegin(), s.headingSizes.rend());
    s.sizedHeadings = !s.headingSizes.isEmpty();
    for (const Line &l : lines) {
        const int key = sizeKey(l.size);
        if (s.headingSizes.contains(key) && namesSection(l.text) && !s.sectionSizes.contains(key))
            s.sectionSizes.append(key);
    }
    const auto first = std::find_if(lines.begin(), lines.end(), [](const Line &l) {
        return wordCount(l.text) <= 3 && namesSection(l.text);
    });
    s.firstSection = first - lines.begin();
    // Without a heading the parser knows, the largest size stands for the sections.
    const bool anySection = std::any_of(lines.begin(), lines.end(), [](const Line &l) {
        return wordCount(l.text) <= 3 && namesSection(l.text);
    });
    if (!anySection && s.sizedHeadings)
        s.sectionSizes.append(s.headingSizes.front());
    return s;
}

bool standsAlone(const QList<Line> &lines, qsizetype i)
{
    const Line &l = lines[i];
    const bool gapBefore = i == 0 || l.startsBlock || lines[i - 1].page != l.page
        || l.box.top() - lines[i - 1].box.bottom() > 0.3 * l.size;
    const bool gapAfter = i + 1 == lines.size() || lines[i + 1].startsBlock || lines[i + 1].page != l.page
        || lines[i + 1].box.top() - l.box.bottom() > 0.15 * l.size;
    return gapBefore || gapAfter;
}

// "##" for a section heading, "**" for a smaller heading (an entry's title, which a person
// writes in bold: the parser reads a bold line as the start of an entry), empty for any other.
QString headingMarker(const QList<Line> &lines, qsizetype i, const Styles &s)
{
    const Line &l = lines[i];
    // (A letter alone is an icon font's picture, not a heading: "E" beside "Education".)
    const auto letters = std::count_if(l.text.cbegin(), l.text.cend(), [](QChar c) { return c.isLetter(); });
    if (l.bullet || letters < 2 || wordCount(l.text) > 6 || l.text.contains(QLatin1Char('@')))
        return {};
    const int key = sizeKey(l.size);
    if (s.headingSizes.contains(key))
        return s.sectionSizes.contains(key) || namesSection(l.text) ? QStringLiteral("##") : QStringLiteral("**");
    if (namesSection(l.text) && wordCount(l.text) <= 3 && l.size >= 0.95 * s.body && standsAlone(lines, i))
        return QStringLiteral("##");
    if (isAllCaps(l.text) && !looksLikeDate(l.text) && wordCount(l.text) <= 4 && l.size >= 0.95 * s.body
        && standsAlone(lines, i))
        return !s.sizedHeadings || namesSection(l.text) ? QStringLiteral("##") : QStringLiteral("**");
    return {};
}

// Whether line i carries on the paragraph of the line before it.
bool continuesParagraph(const QList<Line> &lines, qsizetype i, qreal bodySize)
{
    const Line &prev = lines[i - 1];
    const Line &l = lines[i];
    if (l.bullet || sizeKey(l.size) != sizeKey(prev.size))
        return false;
    const QChar last = prev.text.isEmpty() ? QChar() : prev.text.back();
    const bool sentenceGoesOn = !l.text.isEmpty() && l.text.front().isLower() && last != QLatin1Char('.')
        && last != QLatin1Char(':') && !prev.text.contains(pieceSeparator);
    // A sentence cut by the end of a page goes on at the top of the next.
    if (l.page == prev.page + 1 && sentenceGoesOn && l.columnKind == prev.columnKind)
        return true;
    if (l.page != prev.page || l.box.top() - prev.box.bottom() > 0.5 * l.size)
        return false;
    // A paragraph above a sidebar's top runs on into the column under it: the first line of
    // that column, right under the paragraph's last line and in line with its left edge.
    if (l.startsBlock && std::abs(l.box.left() - prev.box.left()) > 0.5 * l.size)
        return false;
    // A line that begins in lower case goes on with the sentence of the line before it.
    if (sentenceGoesOn)
        return true;
    // A heading too long for its line goes on in the next; an entry's title and employer
    // in one size are shorter.
    if (l.size >= 1.12 * bodySize)
        return prev.box.width() >= 0.6 * prev.column.width() && !prev.text.contains(pieceSeparator);
    // The line before ran to the column's right edge: the writer did not end it.
    const qreal slack = std::max(0.12 * prev.column.width(), 2.0 * prev.size);
    return prev.box.right() >= prev.column.right() - slack && wordCount(prev.text) >= 4
        && !prev.text.contains(pieceSeparator);
}

// Small capitals that Poppler reads as capitals except for a lower-case "i" ("LEiTER"):
// a piece of a line in capitals but for its i's is all capitals.
QString withSmallCapsFixed(const QString &text)
{
    QStringList pieces = text.split(pieceSeparator.toString());
    for (QString &piece : pieces) {
        int upper = 0;
        bool lower = false;
        for (const QChar c : piece) {
            lower = lower || (c.isLower() && c != QLatin1Char('i'));
            upper += c.isUpper();
        }
        if (!lower && upper >= 4 && piece.contains(QLatin1Char('i')))
            piece = piece.toUpper();
    }
    return pieces.join(pieceSeparator.toString());
}

// LaTeX templates that draw icons with a macro sometimes give the icon the macro's source as
// its text ("\\csuse {emailsymbol}:"), which the page does not show.
QString withoutTexCommands(QString text)
{
    static const QRegularExpression command(QStringLiteral(R"(\\[A-Za-z]+\s*(\{[^}]*\})?:?\s*)"));
    if (text.contains(QLatin1Char('\\')))
        text.remove(command);
    return text;
}

// An icon drawn from a font that maps it to ':' (a phone, an envelope) leaves a line that
// opens with a colon before the contact it stood for; markdown would read it as a definition.
QString withoutIconColon(QString text)
{
    if (text.startsWith(QLatin1Char(':')) && text.size() > 1 && !text.startsWith(QLatin1String("::")))
        text = text.sliced(1).trimmed();
    return text;
}

bool isRule(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isSpace() || QStringView(u"-_=*~.\u2013\u2014\u2500").contains(c);
    });
}

bool isBreakHyphen(const QString &text)
{
    return text.size() >= 3 && text.endsWith(QLatin1Char('-')) && text[text.size() - 2].isLetter();
}

// Whether the last line of `text` ends with a word of letters broken by a hyphen ("Middle-";
// not "linkedin.com/in/jane-", an address).
bool endsWithBrokenWord(const QString &text)
{
    const QString last = withoutEmphasis(text.sliced(text.lastIndexOf(QLatin1Char('\n')) + 1));
    if (!isBreakHyphen(last))
        return false;
    const QStringView word = QStringView(last).sliced(last.lastIndexOf(QLatin1Char(' ')) + 1).chopped(1);
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() || c == QLatin1Char('-'); });
}

// A word broken at the line's end is joined again: "develop-" "ment" is "development",
// while before a capital the hyphen is the word's own ("CAD-" "Modellierung").
void appendContinuation(QString &out, const QString &next)
{
    // "**Mul-**" / "**ticast**": the word broken inside one emphasis goes on in it.
    if (out.size() > 1 && !next.isEmpty() && (out.back() == boldClose || out.back() == italicClose)
        && next.front() == QChar(out.back().unicode() - 1)) {
        const QString inner = out.chopped(1);
        const QString rest = next.sliced(1);
        if (isBreakHyphen(inner) && !rest.isEmpty() && rest.front().isLower()) {
            out = inner.chopped(1) + rest;
            return;
        }
    }
    if (isBreakHyphen(out) && !next.isEmpty() && next.front().isLetter()) {
        if (next.front().isLower())
            out.chop(1);
        out += next;
    } else {
        out += QLatin1Char(' ') + next;
    }
}

// A line's text with what markdown would take for syntax at its start escaped.
QString escaped(const QString &text)
{
    if (text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1Char('>')) || text.startsWith(QLatin1Char('+'))
        || text.startsWith(QLatin1Char('=')))
        return QLatin1Char('\\') + text;
    return text;
}

// The markdown built block by block: a block is a heading, a paragraph (its lines kept as
// lines, for the parser reads an entry line by line), bold lines, or a run of list items.
class Writer
{
public:
    void heading(const QString &marker, const QString &text)
    {
        flush();
        m_blocks.append(marker + QLatin1Char(' ') + text);
    }

    // "EHRENAMTLICHE" over "TÄTIGKEITEN": a heading that went on onto the next line.
    void headingGoesOn(const QString &text)
    {
        m_blocks.last() += QLatin1Char(' ') + text;
    }

    // A bold line right under another is that entry's next line (title, then employer),
    // not the start of another block.
    void boldLine(const QString &text, bool newBlock)
    {
        if (newBlock || !inBold())
            flush();
        addLine(QStringLiteral("**") + text);
        m_closing = QStringLiteral("**");
    }

    void item(const QString &text, bool newBlock)
    {
        if (!m_inList || newBlock)
            flush();
        addLine(QStringLiteral("- ") + text);
        m_inList = true;
    }

    void line(const QString &text, bool newBlock)
    {
        if (newBlock || m_inList)
            flush();
        // "Middle-" over "ware 2025": a word broken at the line's end is one word again.
        // (A word of letters: "linkedin.com/in/jane-" over "example" is an address.)
        if (!newBlock && m_closing.isEmpty() && !text.isEmpty() && endsWithBrokenWord(m_current)
            && withoutEmphasis(text).front().isLower()) {
            appendContinuation(m_current, text);
            return;
        }
        addLine(escaped(text));
    }

    // A GFM table: its first row names the columns.
    void table(const QList<QStringList> &rows)
    {
        flush();
        QStringList text;
        auto row = [](const QStringList &cells) -> QString {
            QStringList escaped;
            for (const QString &cell : cells)
                escaped.append(QString(cell).replace(QLatin1Char('|'), QLatin1String("\\|")));
            return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        };
        for (qsizetype r = 0; r < rows.size(); ++r) {
            text.append(row(rows[r]));
            if (r == 0)
                text.append(row(QStringList(rows[r].size(), QStringLiteral("---"))));
        }
        m_blocks.append(text.join(QLatin1Char('\n')));
    }

    // The rest of the last line's sentence or list item, wrapped onto this line.
    void continuation(const QString &text) { appendContinuation(m_current, text); }

    bool hasText() const { return !m_current.isEmpty(); }
    bool inList() const { return m_inList; }
    bool inBold() const { return !m_closing.isEmpty(); }

    QString finished()
    {
        flush();
        return markdownEmphasis(m_blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
    }

private:
    void addLine(const QString &text)
    {
        m_current += m_closing;
        m_closing.clear();
        if (!m_current.isEmpty())
            m_current += QLatin1Char('\n');
        m_current += text;
    }

    void flush()
    {
        m_current += m_closing;
        if (!m_current.isEmpty())
            m_blocks.append(m_current);
        m_current.clear();
        m_closing.clear();
        m_inList = false;
    }

    QStringList m_blocks;
    QString m_current;
    QString m_closing; // the "**" that ends the bold line in m_current
    bool m_inList = false;
};

// The blocks of a PDF's lines, after the name.
struct Blocks
{
    const QList<Line> &lines;
    const Styles &styles;
    Writer writer;
    qreal itemLeft = 0; // where the current list item's bullet stands
    qsizetype lastHeading = -1; // the line last written as a heading, and its marker
    QString lastMarker;

    void write(qsizetype i)
    {
        const Line &l = lines[i];
        // The line with its emphasis; in a bold line, its italics only (markdown sets no bold
        // within bold).
        const QString text = withEmphasis(l.text, l.emphasis);
        const QString inBold = withEmphasis(withoutEmphasis(l.text), Emphasis(int(l.emphasis) & int(Emphasis::Italic)));
        if (i > 0 && writer.hasText() && continuesParagraph(lines, i, styles.body)) {
            writer.continuation(writer.inBold() ? inBold : text);
            return;
        }
        QString heading = headingMarker(lines, i, styles);
        // Between the name and the first section, larger lines are the headline.
        if (heading == u"##" && i < styles.firstSection && !namesSection(l.text))
            heading.clear();
        const qreal gap = i > 0 ? l.box.top() - lines[i - 1].box.bottom() : 0;
        // (Set tight, entries stand apart by twice the space between their own lines.)
        const qreal gapBefore = i > 1 && lines[i - 2].page == l.page ? lines[i - 1].box.top() - lines[i - 2].box.bottom() : -1;
        const bool newBlock = i == 0 || l.startsBlock || l.page != lines[i - 1].page || gap > 0.7 * l.size
            || (!l.bullet && !writer.inList() && gapBefore >= 0 && gapBefore <= 0.35 * l.size && gap >= 0.6 * l.size
                && gap >= 2 * std::max<qreal>(gapBefore, 1));
        // A short line set all in bold in the body's size is an entry's title as much as a
        // larger one is (a paragraph in bold is only emphasis).
        const bool bold = int(l.emphasis) & int(Emphasis::Bold);
        if (heading == u"**" || (heading.isEmpty() && bold && !l.bullet && wordCount(l.text) <= 12)) {
            writer.boldLine(inBold, newBlock);
        } else if (!heading.isEmpty()) {
            // A heading set tight under a heading of the same kind and size, aligned with it
            // (left, right or centred), is the rest of it, when the first did not end.
            const Line *above = i > 0 && lastHeading == i - 1 ? &lines[i - 1] : nullptr;
            const auto aligned = [&](qreal a, qreal b) { return std::abs(a - b) <= 0.5 * l.size; };
            const bool goesOn = above && heading == lastMarker && !writer.hasText() && above->page == l.page
                && sizeKey(above->size) == sizeKey(l.size) && gap <= 0.5 * l.size
                && (aligned(above->box.left(), l.box.left()) || aligned(above->box.right(), l.box.right())
                    || aligned(above->box.center().x(), l.box.center().x()))
                && !above->text.endsWith(QLatin1Char(':')) && !above->text.endsWith(QLatin1Char('.'));
            if (goesOn)
                writer.headingGoesOn(withoutEmphasis(l.text));
            else
                writer.heading(heading, withoutEmphasis(l.text));
            lastHeading = i;
            lastMarker = heading;
        } else if (l.bullet) {
            writer.item(text, newBlock);
            itemLeft = l.box.left();
        } else if (writer.inList() && !newBlock && l.box.left() > itemLeft + 0.5 * l.size) {
            writer.continuation(writer.inBold() ? inBold : text); // the wrapped rest of a list item
        } else {
            writer.line(text, newBlock);
        }
    }
};

} // namespace

QString markdownOf(QList<Line> lines)
{
    for (Line &l : lines)
        l.text = withoutIconColon(withoutTexCommands(withSmallCapsFixed(l.text)));
    // A line of dashes or dots is a rule drawn with characters; in markdown it would turn the
    // line above into a heading.
    lines.removeIf([](const Line &l) { return isRule(l.text); });
    const Styles styles = stylesOf(lines);
    Blocks blocks{lines, styles, {}, 0, -1, {}};
    if (styles.nameLine >= 0) {
        QStringList name;
        for (int i = styles.nameLine; i <= styles.nameLast; ++i)
            name.append(withoutEmphasis(lines[i].text));
        blocks.writer.heading(QStringLiteral("#"), name.join(QLatin1Char(' ')));
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i >= styles.nameLine && i <= styles.nameLast)
            continue;
        if (lines[i].table == 0) {
            blocks.write(i);
            continue;
        }
        QList<QStringList> rows;
        for (const int table = lines[i].table; i < lines.size() && lines[i].table == table; ++i) {
            const Line &l = lines[i];
            QStringList cells = l.text.split(pieceSeparator.toString());
            for (QString &cell : cells)
                cell = l.tableHeader ? withoutEmphasis(cell) : withEmphasis(cell, l.emphasis);
            rows.append(cells);
        }
        --i;
        blocks.writer.table(rows);
    }
    return blocks.writer.finished();
}

} // namespace Shortlist::PdfImport
