#include "import/markdownline.h"

#include <algorithm>

namespace Shortlist::Import {

namespace {

// Symbol, Wingdings and Webdings place their glyphs at U+F000 + the character code; these are
// the codes of the glyphs Word's bullet lists and typed bullets use (filled and hollow dots,
// squares, arrows, check marks). Any other private-use character is an icon and is dropped.
bool isSymbolFontBullet(char16_t c)
{
    switch (c) {
    case 0xF0B7: case 0xF0A7: case 0xF06C: case 0xF06E: case 0xF071: case 0xF075: case 0xF076:
    case 0xF077: case 0xF0A8: case 0xF0D8: case 0xF0E0: case 0xF0E8: case 0xF0F0: case 0xF0FC:
    case 0xF0A1: case 0xF09F: case 0xF0B2:
        return true;
    default: return false;
    }
}

bool isDropped(char16_t c)
{
    return c == 0x00AD                       // soft hyphen
        || (c >= 0x200B && c <= 0x200F)      // zero-width space, joiners, direction marks
        || c == 0x2060 || c == 0xFEFF        // word joiner, zero-width no-break space
        || (c >= 0x2610 && c <= 0x2612)      // ballot boxes: a form's checkboxes
        || c == 0xFFFC || c == 0xFFFD;       // object replacement, replacement character
}

bool isBulletGlyph(QChar c)
{
    static const QString glyphs = QStringLiteral("•·▪◦‣⁃●○■□▫◾◽❑❍➢➤➔→►▸▹✓✔❖♦◆-–*");
    return glyphs.contains(c);
}

bool isBlank(QChar c) { return c == u' ' || c == u'\t'; }

void removeAt(FormattedLine &line, qsizetype from, qsizetype count)
{
    line.text.remove(from, count);
    line.looks.remove(from, count);
}

void insertAt(FormattedLine &line, qsizetype at, QStringView text, Look look)
{
    line.text.insert(at, text);
    line.looks.insert(at, text.size(), look);
}

// Trims spaces and tabs at both ends and turns each run of blanks holding a tab (or four
// spaces) into the separator, so that "⇥Engineer ⇥⇥⇥Jan 2019" becomes "Engineer | Jan 2019".
void resolveTabs(FormattedLine &line)
{
    qsizetype start = 0;
    while (start < line.text.size() && isBlank(line.text[start]))
        ++start;
    removeAt(line, 0, start);
    qsizetype end = line.text.size();
    while (end > 0 && isBlank(line.text[end - 1]))
        --end;
    removeAt(line, end, line.text.size() - end);

    for (qsizetype i = 0; i < line.text.size(); ++i) {
        // Four spaces or more between words place them in columns as a tab does.
        const bool wideGap = line.text[i] == u' ' && line.text.mid(i, 4) == QStringLiteral("    ");
        if (line.text[i] != u'\t' && !wideGap)
            continue;
        qsizetype from = i;
        while (from > 0 && isBlank(line.text[from - 1]))
            --from;
        qsizetype to = i;
        while (to < line.text.size() && isBlank(line.text[to]))
            ++to;
        // The separator takes the look of the text on both sides when they share it, so
        // that "**Engineer | Jan 2019**" stays one bold run.
        const Look before = line.looks[from - 1];
        const Look look = before == line.looks[to] ? before : Look{};
        removeAt(line, from, to - from);
        // "Phone:⇥0123" is a label and its value: a space reads better than a bar.
        const QStringView separator = line.text[from - 1] == u':' ? QStringView(u" ") : tabSeparator;
        insertAt(line, from, separator, look);
        i = from + separator.size() - 1;
    }
}

} // namespace

QString cleanText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isDropped(u))
            continue;
        if (u >= 0xE000 && u <= 0xF8FF) {
            if (isSymbolFontBullet(u))
                result.append(u'•');
            continue;
        }
        if (u == 0x00A0 || u == 0x202F || u == 0x2007)
            result.append(u' ');
        else if (u == 0x2011)
            result.append(u'-');
        else
            result.append(c);
    }
    return result;
}

QList<FormattedLine> paragraphLines(const Paragraph &paragraph)
{
    QList<FormattedLine> lines(1);
    for (const Span &span : paragraph.spans) {
        Look look{span.bold, span.italic, -1};
        if (!span.link.isEmpty()) {
            FormattedLine &line = lines.last();
            if (line.links.isEmpty() || line.links.last() != span.link)
                line.links.append(span.link);
            look.link = int(line.links.size() - 1);
        }
        for (const QChar c : cleanText(span.text)) {
            if (c == u'\n') {
                lines.append(FormattedLine{});
                if (look.link >= 0) { // the link goes on on the next line
                    lines.last().links.append(span.link);
                    look.link = 0;
                }
                continue;
            }
            lines.last().text.append(c == u'\r' ? QChar(u' ') : c);
            lines.last().looks.append(look);
        }
    }
    for (FormattedLine &line : lines)
        resolveTabs(line);
    return lines;
}

bool takeTypedBullet(FormattedLine &line)
{
    if (line.text.size() < 2 || !isBulletGlyph(line.text[0]) || !line.text[1].isSpace())
        return false;
    qsizetype end = 1;
    while (end < line.text.size() && (line.text[end].isSpace() || line.text.mid(end, 3) == tabSeparator))
        end += line.text.mid(end, 3) == tabSeparator ? 3 : 1;
    removeAt(line, 0, end);
    return !line.isEmpty();
}

bool isTypedRule(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 3)
        return false;
    const QChar first = trimmed[0];
    if (first != u'_' && first != u'-' && first != u'=' && first != u'—' && first != u'─')
        return false;
    for (const QChar c : trimmed) {
        if (c != first && c != u' ')
            return false;
    }
    return true;
}

} // namespace Shortlist::Import

namespace Shortlist::Import {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

// Escapes what markdown would read as markup inside a line. Underscores inside a word
// (first_last@example.org) are no emphasis in CommonMark and stay as they are, so that
// addresses keep being recognised.
QString escapeInline(QStringView text, bool inTableCell)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        const QChar previous = i > 0 ? text[i - 1] : QChar();
        bool escape = false;
        switch (c.unicode()) {
        case u'\\': case u'*': case u'`': case u'[': case u']': escape = true; break;
        case u'_': escape = !isWordChar(previous) || !isWordChar(next); break;
        case u'<': escape = next.isLetter() || next == u'/' || next == u'!' || next == u'?'; break;
        case u'|': escape = inTableCell; break;
        default: break;
        }
        if (escape)
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

// What would start a block at the beginning of a line: "# ", "> ", "- ", "+ ", "1. ", a rule
// or setext underline ("---", "==="), a fence ("~~~").
QString escapeLineStart(QString line)
{
    if (line.isEmpty())
        return line;
    const QChar first = line[0];
    const QChar second = line.size() > 1 ? line[1] : QChar(u' ');
    const bool markerThenSpace = (first == u'-' || first == u'+') && second == u' ';
    const bool heading = first == u'#' && (second == u' ' || second == u'#');
    const bool repeated = (first == u'-' || first == u'=' || first == u'~')
        && std::all_of(line.begin(), line.end(), [first](QChar c) { return c == first || c == u' '; });
    if (markerThenSpace || heading || repeated || first == u'>' || line.startsWith(QStringLiteral("~~~")))
        return u'\\' + line;
    qsizetype digits = 0;
    while (digits < line.size() && line[digits].isDigit())
        ++digits;
    if (digits > 0 && digits < 10 && digits < line.size()
        && (line[digits] == u'.' || line[digits] == u')')
        && (digits + 1 == line.size() || line[digits + 1] == u' '))
        line.insert(digits, u'\\');
    return line;
}

QString markerFor(const Look &look)
{
    if (look.bold && look.italic)
        return QStringLiteral("***");
    if (look.bold)
        return QStringLiteral("**");
    if (look.italic)
        return QStringLiteral("*");
    return {};
}

QString linkTarget(const QString &target)
{
    if (target.contains(u' ') || target.contains(u'(') || target.contains(u')'))
        return u'<' + QString(target).replace(u'>', QStringLiteral("%3E")) + u'>';
    return target;
}

// A link whose text is its own address (or the address without "mailto:") is written as the
// text alone: the parser finds addresses and URLs in text anyway.
bool linkSaysItself(const QString &text, const QString &target)
{
    QString bare = target;
    for (const QStringView prefix : {u"mailto:", u"tel:", u"https://", u"http://"}) {
        if (bare.startsWith(prefix, Qt::CaseInsensitive))
            bare = bare.mid(prefix.size());
    }
    const QString simple = text.trimmed();
    return simple.compare(target, Qt::CaseInsensitive) == 0 || simple.compare(bare, Qt::CaseInsensitive) == 0
        || QString(simple + u'/').compare(bare, Qt::CaseInsensitive) == 0;
}

// Blanks between two characters of the same look take that look; other blanks are plain, so
// that markers never open or close next to a space ("**Engineer **" is no emphasis).
QList<Look> settleBlanks(const FormattedLine &line)
{
    QList<Look> looks = line.looks;
    for (qsizetype i = 0; i < looks.size(); ++i) {
        if (!line.text[i].isSpace())
            continue;
        qsizetype before = i - 1;
        qsizetype after = i;
        while (after < looks.size() && line.text[after].isSpace())
            ++after;
        const bool inside = before >= 0 && after < looks.size() && looks[before] == looks[after];
        for (qsizetype k = i; k < after; ++k)
            looks[k] = inside ? looks[before] : Look{};
        i = after - 1;
    }
    return looks;
}

} // namespace

QString renderLine(const FormattedLine &line, bool emphasis, bool inTableCell)
{
    if (!emphasis)
        return escapeLineStart(escapeInline(line.text, inTableCell));
    const QList<Look> looks = settleBlanks(line);
    QString out;
    for (qsizetype start = 0; start < line.text.size();) {
        qsizetype end = start + 1;
        while (end < line.text.size() && looks[end] == looks[start])
            ++end;
        const QString segment = line.text.mid(start, end - start);
        const Look look = looks[start];
        const QString escaped = escapeInline(segment, inTableCell);
        if (look.isPlain()) {
            out += start == 0 ? escapeLineStart(escaped) : escaped;
        } else {
            const QString marker = markerFor(look);
            QString inner = marker + escaped + marker;
            if (look.link >= 0 && !linkSaysItself(segment, line.links[look.link]))
                inner = u'[' + inner + QStringLiteral("](") + linkTarget(line.links[look.link]) + u')';
            out += inner;
        }
        start = end;
    }
    return out;
}

} // namespace Shortlist::Import
