#include "markdownlines.h"

#include "dates.h"

#include "characters.h"
#include "cmarkarena.h"
#include "htmlblocks.h"
#include "source/sourcetext.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#if __has_include(<cmark-gfm/node.h>)
#include <cmark-gfm/node.h>
#define SHORTLIST_CMARK_NODE_LAYOUT 1
#endif

#include <QMutex>
#include <QVarLengthArray>

#include <cstring>
#include <memory>
#include <vector>

namespace Shortlist {

namespace {

void registerExtensions()
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
}

// cmark-gfm keeps the table of characters that stop its inline parser in one global, which
// each parse changes while it reads inlines (it adds the extensions' characters and takes
// them away afterwards; github/cmark-gfm#176). Two parses at once on two threads, as when
// the library loads, would make one miss the other's autolinks or table cells; so the
// inline parsing, which cmark_parser_finish() does, takes turns. Reading the blocks
// (cmark_parser_feed()) and walking a finished tree need no turn.
Q_CONSTINIT QBasicMutex s_inlineTable;

// With malloc, the tree and the parser are freed block by block. In the arena they are left
// to the arena's reset, which takes them back all at once: freeing each node would walk the
// whole tree again for nothing.
struct CmarkDeleter
{
    bool inArena = false;
    void operator()(cmark_node *node) const
    {
        if (!inArena)
            cmark_node_free(node);
    }
    void operator()(cmark_parser *parser) const
    {
        if (!inArena)
            cmark_parser_free(parser);
    }
};

// cmark-gfm's tree of `text` (GFM tables, strikethrough and autolinks), its memory from
// `memory`.
std::unique_ptr<cmark_node, CmarkDeleter> parseTree(QByteArrayView text, cmark_mem *memory, CmarkDeleter deleter)
{
    registerExtensions();
    std::unique_ptr<cmark_parser, CmarkDeleter> parser(cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory), deleter);
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), text.constData(), size_t(text.size()));
    QMutexLocker inlineTable(&s_inlineTable);
    return std::unique_ptr<cmark_node, CmarkDeleter>(cmark_parser_finish(parser.get()), deleter);
}

bool isBulletCharacter(QChar c)
{
    return c == QChar(0x2022) || c == QChar(0x25E6) || c == QChar(0x25AA) || c == QChar(0x2023)
        || c == QChar(0x25CF) || c == QChar(0x00B7) || c == QChar(0x2043);
}

// cmark_node_get_fenced() writes through all its pointers; none may be null.
bool isFenced(cmark_node *codeBlock)
{
    int length = 0, offset = 0;
    char character = 0;
    return cmark_node_get_fenced(codeBlock, &length, &offset, &character) != 0;
}

bool isExtension(cmark_node *node, const char *name)
{
    return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

QString literal(cmark_node *node)
{
    return QString::fromUtf8(cmark_node_get_literal(node));
}

// The characters of a text or inline code node. cmark_node_get_literal() copies them into
// a new NUL-terminated string the first time it is asked (and frees it with the tree),
// which for a CV is a few hundred allocations; where cmark-gfm installs the header that
// lays out its nodes (Debian's libcmark-gfm-dev does, matching the library), the node's
// own characters are read in place instead.
QByteArrayView inlineLiteral(cmark_node *node)
{
#ifdef SHORTLIST_CMARK_NODE_LAYOUT
    const cmark_chunk &chunk = node->as.literal;
    return QByteArrayView(reinterpret_cast<const char *>(chunk.data), chunk.len);
#else
    return QByteArrayView(cmark_node_get_literal(node));
#endif
}

// Every walk over the tree is a loop, never a recursion: a file of 80,000 nested list
// markers or emphasis is a tree as deep, and the stack would not hold one call per level.

// The node after `node` in document order inside `root`: its first child unless
// `intoChildren` is false, else the next sibling of it or of the nearest ancestor that has one.
// Calls `leave` for each ancestor it climbs out of. nullptr once the walk is back at `root`.
template<typename Leave>
cmark_node *nextInTree(cmark_node *node, const cmark_node *root, bool intoChildren, Leave leave)
{
    if (intoChildren) {
        if (cmark_node *child = cmark_node_first_child(node))
            return child;
    }
    while (node != root) {
        if (cmark_node *next = cmark_node_next(node))
            return next;
        node = cmark_node_parent(node);
        if (node != root)
            leave(node);
    }
    return nullptr;
}

// The text of an image's description: its words and code, without those of images inside it.
QString altTextOf(cmark_node *image)
{
    QByteArray utf8;
    for (cmark_node *node = cmark_node_first_child(image); node;) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            utf8 += inlineLiteral(node);
        node = nextInTree(node, image, type != CMARK_NODE_IMAGE, [](cmark_node *) {});
    }
    return QString::fromUtf8(utf8);
}

// Collects the inline content of a block as lines of plain text.
class InlineFlattener
{
public:
    struct Piece
    {
        QString text;
        QList<InlineLink> links;
        int visible = 0; // non-space characters
        int emphasized = 0; // of which inside emphasis or strong emphasis
        int strong = 0; // of which inside strong emphasis
        bool afterHardBreak = false; // a hard line break ("  \n", "\\", <br>) ends the line before
        int line = 0; // source lines after the block's first
    };

    // Most blocks are one line; a few are a handful, a plain-text paragraph a dozen or
    // more. Few need the heap.
    using Pieces = QVarLengthArray<Piece, 16>;

    // "**Title / Employer** Did this and that": in a table cell, text after a bold lead
    // starts a line of its own.
    Pieces runBreakingAfterBoldLead(cmark_node *block)
    {
        m_breakAfterBoldLead = true;
        Pieces pieces = run(block);
        m_breakAfterBoldLead = false;
        return pieces;
    }

    Pieces run(cmark_node *block)
    {
        m_count = 0;
        m_boldLead = m_breakPending = false;
        m_line = 0;
        m_emphasis = m_strong = 0;
        m_openLinks.clear();
        newLine();
        for (cmark_node *node = cmark_node_first_child(block); node;) {
            const bool intoChildren = enter(node);
            if (intoChildren && !cmark_node_first_child(node))
                leave(node);
            node = nextInTree(node, block, intoChildren, [this](cmark_node *n) { leave(n); });
        }
        // The text stays UTF-8, as cmark-gfm gives it, until the line is complete.
        Pieces pieces;
        for (qsizetype i = 0; i < m_count; ++i) {
            Building &b = m_pieces[i];
            pieces.append({QString::fromUtf8(b.utf8.data(), b.utf8.size()), std::move(b.links), b.visible,
                b.plain ? 0 : b.visible, b.notStrong ? 0 : b.visible, b.afterHardBreak, b.line});
        }
        return pieces;
    }

private:
    struct Building
    {
        QVarLengthArray<char, 256> utf8;
        QList<InlineLink> links;
        int visible = 0; // 1 once anything shows
        bool plain = false; // some of it is outside emphasis
        bool notStrong = false; // some of it is outside strong emphasis
        bool afterHardBreak = false;
        int line = 0;
    };

    void append(QByteArrayView text, int emphasis, int strong)
    {
        if (m_breakPending) {
            m_breakPending = false;
            const QByteArrayView rest = text.trimmed();
            if (!rest.isEmpty() && (QChar::fromLatin1(rest.front()).isLetterOrNumber() || uchar(rest.front()) >= 0x80))
                newLine();
        }
        Building &piece = m_pieces[m_count - 1];
        const qsizetype length = text.size();
        piece.utf8.append(text.data(), length);
        // Whether the line is all emphasis only needs to know if this run shows anything.
        bool visible = false;
        for (qsizetype i = 0; i < length && !visible; ++i) {
            const auto c = uchar(text[i]);
            visible = c != ' ' && c != '\t' && c != '\n' && c != '\r';
        }
        if (!visible)
            return;
        piece.visible = 1;
        if (emphasis + strong == 0)
            piece.plain = true;
        if (strong == 0)
            piece.notStrong = true;
    }

    // The pieces' buffers are kept from one block to the next: most blocks need no new ones.
    void newLine()
    {
        if (m_count == m_pieces.size()) {
            m_pieces.append(Building {});
        } else {
            Building &b = m_pieces[m_count];
            b.utf8.clear();
            b.links.clear();
            b.visible = 0;
            b.plain = b.notStrong = b.afterHardBreak = false;
        }
        m_pieces[m_count].line = m_line;
        ++m_count;
    }

    void newLineAfterHardBreak()
    {
        newLine();
        current().afterHardBreak = true;
    }

    Building &current() { return m_pieces[m_count - 1]; }

    // Reads a node on the way in; true if its children are to be read, after which leave()
    // is called for it.
    bool enter(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: append(inlineLiteral(node), m_emphasis, m_strong); return false;
        case CMARK_NODE_SOFTBREAK:
            ++m_line;
            newLine();
            return false;
        case CMARK_NODE_LINEBREAK:
            ++m_line;
            newLineAfterHardBreak();
            return false;
        case CMARK_NODE_HTML_INLINE: {
            // "<br>", "<li>", "</p>" written inside a line break it as a browser does.
            const QByteArrayView tag = inlineLiteral(node);
            switch (Html::inlineTagKind(tag)) {
            case Html::TagKind::Inline:
            case Html::TagKind::Hidden: break;
            case Html::TagKind::ListItem:
                newLineAfterHardBreak();
                if (!tag.startsWith("</"))
                    append("\u2022 ", m_emphasis, m_strong);
                break;
            case Html::TagKind::Block:
            case Html::TagKind::Heading: newLineAfterHardBreak(); break;
            }
            return false;
        }
        case CMARK_NODE_EMPH: ++m_emphasis; return true;
        case CMARK_NODE_STRONG:
            m_boldLead = m_breakAfterBoldLead && m_strong == 0 && m_count == 1 && current().visible == 0;
            ++m_strong;
            return true;
        case CMARK_NODE_IMAGE:
            // Alt text is not part of the line's reading; keep it with the image.
            current().links.append({altTextOf(node), QString::fromUtf8(cmark_node_get_url(node)), true});
            return false;
        case CMARK_NODE_LINK: m_openLinks.append({m_count - 1, current().utf8.size()}); return true;
        default: return true;
        }
    }

    void leave(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_EMPH: --m_emphasis; return;
        case CMARK_NODE_STRONG:
            --m_strong;
            m_breakPending = m_boldLead && m_strong == 0;
            m_boldLead = false;
            return;
        case CMARK_NODE_LINK: {
            const OpenLink link = m_openLinks.last();
            m_openLinks.removeLast();
            // The link's text from where it began; from the start of the line if it broke.
            const auto &utf8 = current().utf8;
            const qsizetype before = m_count - 1 == link.piece ? link.before : 0;
            const QByteArrayView text(utf8.data() + before, utf8.size() - before);
            m_pieces[link.piece].links.append(
                {QString::fromUtf8(text).trimmed(), QString::fromUtf8(cmark_node_get_url(node)), false});
            return;
        }
        default: return;
        }
    }

    // Where a link being read began: its piece, and the bytes the piece held before it.
    struct OpenLink
    {
        qsizetype piece;
        qsizetype before;
    };

    QVarLengthArray<Building, 16> m_pieces;
    qsizetype m_count = 0; // pieces of the block being read
    int m_line = 0; // source lines read past the block's first
    int m_emphasis = 0; // emphasis and strong emphasis around the node being read
    int m_strong = 0;
    bool m_breakAfterBoldLead = false;
    bool m_boldLead = false; // the strong emphasis being read opened the text
    bool m_breakPending = false; // a bold lead just ended
    QVarLengthArray<OpenLink, 4> m_openLinks;
};

class Flattener
{
public:
    Flattener(const SourceText &source, QList<Line> &lines)
        : m_source(source)
        , m_lines(lines)
    { }

    void run(cmark_node *document)
    {
        m_plainText = !usesMarkdown(document);
        m_lines.reserve(m_lines.size() + m_source.lineCount());
        for (cmark_node *node = cmark_node_first_child(document); node;) {
            const bool intoChildren = block(node);
            if (intoChildren && !cmark_node_first_child(node))
                leaveBlock(node);
            node = nextInTree(node, document, intoChildren, [this](cmark_node *n) { leaveBlock(n); });
        }
    }

private:
    // A plain-text CV uses no markdown beyond "- " bullets (and perhaps an image).
    static bool usesMarkdown(cmark_node *document)
    {
        for (cmark_node *node = cmark_node_first_child(document); node;
             node = nextInTree(node, document, true, [](cmark_node *) {})) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_HEADING:
            case CMARK_NODE_EMPH:
            case CMARK_NODE_STRONG:
            case CMARK_NODE_BLOCK_QUOTE: return true;
            case CMARK_NODE_CODE_BLOCK:
                if (isFenced(node))
                    return true;
                break;
            default:
                if (isExtension(node, "table"))
                    return true;
            }
        }
        return false;
    }

    // 0-based source lines of a node. cmark-gfm reports 0 for nodes it made up (a table
    // row it gave up on); such a node stands on the nearest real line.
    int startLine(cmark_node *node) const
    {
        return std::clamp(cmark_node_get_start_line(node) - 1, 0, m_source.lineCount() - 1);
    }
    int endLine(cmark_node *node) const
    {
        return std::clamp(cmark_node_get_end_line(node) - 1, startLine(node), m_source.lineCount() - 1);
    }

    bool lineIsBlank(int line) const
    {
        if (line < 0)
            return true;
        const QByteArray &text = m_source.utf8();
        for (qsizetype i = m_source.lineStart(line), end = m_source.lineEnd(line); i < end; ++i) {
            if (text[i] != ' ' && text[i] != '\t')
                return false;
        }
        return true;
    }

    SourceRange lineRange(int line, qsizetype from = -1) const
    {
        const qsizetype start = std::max(m_source.lineStart(line), from);
        return m_source.trimmed(start, m_source.lineEnd(line));
    }

    // A new last line, made in place: a Line moved into the list costs as much as one made,
    // for the one it leaves behind. The caller fills it in (or removes it) before adding
    // another.
    Line &addLine(Line::Kind kind, int level, int sourceLine)
    {
        Line &line = m_lines.emplace_back();
        line.kind = kind;
        line.level = level;
        line.block = m_block;
        line.blankBefore = lineIsBlank(sourceLine - 1);
        const QByteArray &text = m_source.utf8();
        for (qsizetype i = m_source.lineStart(sourceLine), end = m_source.lineEnd(sourceLine); i < end; ++i) {
            if (text[i] == ' ')
                ++line.indent;
            else if (text[i] == '\t')
                line.indent += 4;
            else
                break;
        }
        return line;
    }

    static void applyPiece(Line &line, InlineFlattener::Piece &&piece)
    {
        // Trimmed in place: a copy would share its characters with the piece's, and the
        // line's first change (or non-const read) would then copy them all again.
        line.text = Characters::trimmed(std::move(piece.text));
        line.links = std::move(piece.links);
        line.emphasized = piece.visible > 0 && piece.emphasized == piece.visible;
        line.strong = piece.visible > 0 && piece.strong == piece.visible;
    }

    void heading(cmark_node *node)
    {
        const int first = startLine(node);
        auto pieces = m_inlines.run(node);
        // A setext underline under several lines ("Name / Street 1, City / ====="): in a CV
        // those are lines of text above a rule, not one heading of all of them.
        if (pieces.size() > 1 && m_source.utf8()[lineRange(first).begin] != '#') {
            textLines(std::move(pieces), first, m_source.offsetOf(first + 1, cmark_node_get_start_column(node)));
            return;
        }
        InlineFlattener::Piece joined;
        for (auto &piece : pieces) {
            if (!joined.text.isEmpty())
                joined.text += QLatin1Char(' ');
            joined.text += piece.text;
            joined.links += piece.links;
            joined.visible += piece.visible;
            joined.emphasized += piece.emphasized;
            joined.strong += piece.strong;
        }
        Line &line = addLine(Line::Kind::Heading, cmark_node_get_heading_level(node), first);
        applyPiece(line, std::move(joined));
        // The content of an ATX heading starts after its '#' marks and ends before a closing run.
        SourceRange range = lineRange(first);
        const QByteArray &text = m_source.utf8();
        if (range.begin < range.end && text[range.begin] == '#') {
            qsizetype b = range.begin;
            while (b < range.end && text[b] == '#')
                ++b;
            qsizetype e = range.end;
            qsizetype closing = e;
            while (closing > b && text[closing - 1] == '#')
                --closing;
            if (closing < e && closing > b && (text[closing - 1] == ' ' || text[closing - 1] == '\t'))
                e = closing;
            range = m_source.trimmed(b, e);
        } else if (endLine(node) > first) {
            // Setext: the text may span lines above the underline.
            range = range.united(lineRange(endLine(node) - 1));
        }
        line.range = range;
    }

    // Pieces of a paragraph as text lines of their own, one per source line from `firstLine`.
    void appendTextLines(InlineFlattener::Pieces &&pieces, int firstLine)
    {
        const int firstPiece = pieces.isEmpty() ? 0 : pieces.first().line;
        for (qsizetype k = 0; k < pieces.size(); ++k) {
            const int sourceLine = std::min(firstLine + pieces[k].line - firstPiece, m_source.lineCount() - 1);
            Line &line = addLine(Line::Kind::Text, 0, sourceLine);
            applyPiece(line, std::move(pieces[k]));
            line.range = lineRange(sourceLine);
            if (line.text.isEmpty() && line.links.isEmpty())
                m_lines.removeLast();
        }
    }

    void appendListItem(int listDepth, bool firstInItem, InlineFlattener::Pieces &&pieces, int first,
        qsizetype firstColumnOffset, int last)
    {
        SourceRange range = lineRange(first, firstColumnOffset).united(lineRange(last));
        if (!firstInItem && !m_lines.isEmpty() && m_lines.last().isListItem()) {
            // A later paragraph of the same item continues it.
            Line &item = m_lines.last();
            for (auto &piece : pieces)
                item.text += QLatin1Char('\n') + Characters::trimmed(piece.text);
            for (auto &piece : pieces)
                item.links += piece.links;
            item.range = item.range.united(range);
            return;
        }
        InlineFlattener::Piece joined;
        for (auto &piece : pieces) {
            const QString t = Characters::trimmed(piece.text);
            if (t.isEmpty())
                continue;
            if (!joined.text.isEmpty())
                joined.text += QLatin1Char(' ');
            joined.text += t;
            joined.links += piece.links;
            joined.visible += piece.visible;
            joined.emphasized += piece.emphasized;
            joined.strong += piece.strong;
        }
        Line &line = addLine(Line::Kind::ListItem, listDepth, first);
        applyPiece(line, std::move(joined));
        line.range = range;
    }

    static bool hasDatesAloneAfterFirst(const InlineFlattener::Pieces &pieces)
    {
        // Among the first lines after the first: the header of an entry is a few lines.
        for (qsizetype k = 1; k < pieces.size() && k <= 3; ++k) {
            // Cheap looks first: a short line with a digit in it.
            const QStringView raw = QStringView(pieces[k].text).trimmed();
            if (raw.size() > 40 || std::none_of(raw.begin(), raw.end(), [](QChar c) { return c.isDigit(); }))
                continue;
            const QString text = raw.toString();
            const DateMatch dates = findDates(text);
            if (dates.isValid() && dates.from == 0 && text.size() - dates.to <= 1 && text.size() <= 40)
                return true;
        }
        return false;
    }

    void paragraph(cmark_node *node, int listDepth, bool firstInItem)
    {
        const int first = startLine(node);
        const qsizetype firstColumnOffset = m_source.offsetOf(first + 1, cmark_node_get_start_column(node));
        auto pieces = m_inlines.run(node);

        if (listDepth > 0 && pieces.size() > 1) {
            // In plain text a line that is not indented under a bullet is a new line, not
            // a continuation of the bullet (CommonMark's "lazy continuation"); in markdown,
            // one that holds a range of dates is the next entry's header, as a reader sees
            // it ("- Cut latency by 45%" / "*Developer* (09/2020 – 12/2022)").
            const qsizetype contentColumn = firstColumnOffset - m_source.lineStart(first);
            for (int i = 1; i < pieces.size(); ++i) {
                const int sourceLine = std::min(first + i, m_source.lineCount() - 1);
                const SourceRange range = lineRange(sourceLine);
                if (range.begin - m_source.lineStart(sourceLine) >= contentColumn)
                    continue;
                if (!m_plainText && (pieces[i].line != i || pieces[i].text.size() > 100 || !findDates(pieces[i].text).isRange))
                    continue;
                InlineFlattener::Pieces rest;
                for (int k = i; k < pieces.size(); ++k)
                    rest.append(std::move(pieces[k]));
                pieces.resize(i);
                appendListItem(
                    listDepth, firstInItem, std::move(pieces), first, firstColumnOffset, first + i - 1);
                ++m_block;
                appendTextLines(std::move(rest), sourceLine);
                return;
            }
        }
        if (listDepth > 0) {
            // "**Engineer**, March 2019 – May 2021␣␣" then the description on the next line: a
            // dated first line ended by a hard break is the item's header; the rest is its text.
            qsizetype split = -1;
            for (qsizetype i = 1; i < pieces.size() && split < 0; ++i) {
                if (pieces[i].afterHardBreak)
                    split = i;
            }
            if (split > 0 && firstInItem) {
                QString head;
                for (qsizetype i = 0; i < split; ++i)
                    head += pieces[i].text + QLatin1Char(' ');
                if (findDates(head).isValid() && head.size() <= 160) {
                    InlineFlattener::Pieces rest;
                    for (qsizetype k = split; k < pieces.size(); ++k)
                        rest.append(std::move(pieces[k]));
                    pieces.resize(split);
                    const int lastOfHead = std::min(first + int(split) - 1, m_source.lineCount() - 1);
                    appendListItem(listDepth, firstInItem, std::move(pieces), first, firstColumnOffset, lastOfHead);
                    appendTextLines(std::move(rest), lastOfHead + 1);
                    return;
                }
            }
            // "+ Acme Ltd" / "Summer 2012" / "Contractor": an item whose lines are an entry's
            // header lines, one of them dates alone, keeps them as lines.
            if (firstInItem && pieces.size() >= 2 && hasDatesAloneAfterFirst(pieces)) {
                InlineFlattener::Pieces rest;
                for (qsizetype k = 1; k < pieces.size(); ++k)
                    rest.append(std::move(pieces[k]));
                pieces.resize(1);
                appendListItem(listDepth, firstInItem, std::move(pieces), first, firstColumnOffset, first);
                ++m_block;
                appendTextLines(std::move(rest), first + 1);
                return;
            }
            appendListItem(
                listDepth, firstInItem, std::move(pieces), first, firstColumnOffset, endLine(node));
            return;
        }

        textLines(std::move(pieces), first, firstColumnOffset);
    }

    // Where a line's text stands when others share its source line ("A<br>B"): from where
    // the last one ended, if the text is written there as it reads.
    SourceRange pieceRange(const QString &text, SourceRange lineRange)
    {
        if (m_lines.size() > 1) {
            const SourceRange previous = m_lines.at(m_lines.size() - 2).range;
            if (previous.end > lineRange.begin && previous.end <= lineRange.end)
                lineRange.begin = previous.end;
        }
        const SourceRange found = m_source.find(text, lineRange.begin, lineRange.end);
        return found.isValid() ? found : m_source.trimmed(lineRange.begin, lineRange.end);
    }

    // A paragraph's lines, one line of text each.
    void textLines(InlineFlattener::Pieces &&pieces, int first, qsizetype firstColumnOffset)
    {
        for (int i = 0; i < pieces.size(); ++i) {
            const int sourceLine = std::min(first + pieces[i].line, m_source.lineCount() - 1);
            const bool sharesLine = (i > 0 && pieces[i - 1].line == pieces[i].line)
                || (i + 1 < pieces.size() && pieces[i + 1].line == pieces[i].line);
            const bool onFirstLine = pieces[i].line == 0;
            Line &line = addLine(Line::Kind::Text, 0, sourceLine);
            applyPiece(line, std::move(pieces[i]));
            line.range = lineRange(sourceLine, onFirstLine ? firstColumnOffset : -1);
            if (sharesLine)
                line.range = pieceRange(line.text, line.range);
            // "• Built things": a bullet typed as a character is a bullet all the same.
            if (line.text.size() > 2 && isBulletCharacter(line.text.at(0)) && line.text.at(1).isSpace()) {
                line.kind = Line::Kind::ListItem;
                line.level = 1;
                line.text.remove(0, 2); // in place: the line holds the only reference
                line.text = Characters::trimmed(std::move(line.text));
                const QByteArray &bytes = m_source.utf8();
                qsizetype b = line.range.begin;
                while (b < line.range.end && bytes[b] != ' ' && bytes[b] != '\t')
                    ++b; // past the bullet's bytes
                line.range = m_source.trimmed(b, line.range.end);
            }
            if (line.text.isEmpty() && line.links.isEmpty())
                m_lines.removeLast();
        }
    }

    void literalBlock(cmark_node *node, Line::Kind kind)
    {
        int sourceLine = startLine(node);
        if (kind == Line::Kind::Code && isFenced(node))
            ++sourceLine; // skip the opening fence
        const QStringList lines = literal(node).split(QLatin1Char('\n'));
        // An indented block in a CV is text that a word processor or a converter indented
        // ("\tPROFESSIONAL EXPERIENCE", a wrapped paragraph), not program code.
        if (kind == Line::Kind::Code && !isFenced(node))
            kind = Line::Kind::Text;
        for (int i = 0; i < lines.size(); ++i, ++sourceLine) {
            if (sourceLine >= m_source.lineCount())
                break;
            QString text = lines[i];
            if (kind == Line::Kind::Html)
                text = stripTags(text);
            text = text.trimmed();
            if (text.isEmpty())
                continue;
            Line &line = addLine(kind, 0, sourceLine);
            line.text = text;
            line.range = lineRange(sourceLine);
        }
    }

    static QString stripTags(const QString &html)
    {
        QString out;
        bool inTag = false;
        for (QChar c : html) {
            if (c == QLatin1Char('<'))
                inTag = true;
            else if (c == QLatin1Char('>') && inTag)
                inTag = false;
            else if (!inTag)
                out += c;
        }
        return out;
    }

    void table(cmark_node *node)
    {
        for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            const int sourceLine = startLine(row);
            Line &line = addLine(Line::Kind::TableRow, 0, sourceLine);
            line.headerRow = cmark_gfm_extensions_get_table_row_is_header(row);
            line.range = lineRange(sourceLine);
            qsizetype cursor = line.range.begin;
            int cells = 0;
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
                ++cells;
            line.cells.reserve(cells);
            line.cellRanges.reserve(cells);
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
                // A cell broken by "<br>" or "<li>" keeps its lines.
                QString text;
                for (auto &piece : m_inlines.runBreakingAfterBoldLead(cell)) {
                    const QString pieceText = Characters::trimmed(std::move(piece.text));
                    if (!pieceText.isEmpty() && !text.isEmpty())
                        text += QLatin1Char('\n');
                    text += pieceText;
                    line.links += piece.links;
                }
                SourceRange cellRange = m_source.find(text, cursor, line.range.end);
                if (cellRange.isValid())
                    cursor = cellRange.end;
                line.cells.append(text);
                line.cellRanges.append(cellRange);
            }
            line.text = line.cells.join(QLatin1String(" | "));
        }
    }

    // An HTML block as a browser shows it: its tables of data as table rows, the rest (text,
    // markdown written inside the HTML, list items, headings) read as the markdown it is
    // once the tags are blanked, with the offsets of this file.
    void htmlBlock(cmark_node *node)
    {
        const qsizetype begin = m_source.lineStart(startLine(node));
        const qsizetype end = m_source.lineEnd(endLine(node));
        const Html::Block html = Html::readBlock(QByteArrayView(m_source.utf8()).sliced(begin, end - begin));

        QList<Line> lines;
        const SourceText masked = SourceText::fromBytes(html.markdown);
        Flattener nested(masked, lines);
        nested.m_nested = true;
        // From malloc: the thread's arena serves the tree being walked.
        const CmarkDeleter deleter {false};
        const auto tree = parseTree(html.markdown, cmark_get_default_mem_allocator(), deleter);
        nested.run(tree.get());
        for (Line &line : lines) {
            // "2021, <a href=…>EuroPar</a>": the spaces where tags were are one space.
            line.text = collapsedSpaces(std::move(line.text));
            line.range = shifted(line.range, begin);
            for (SourceRange &cell : line.cellRanges)
                cell = shifted(cell, begin);
            line.block += m_block + 1;
            if (line.isHeading()) {
                // The level the HTML gave it: the last "# " written before the heading's text.
                const auto mark = std::upper_bound(html.headings.cbegin(), html.headings.cend(),
                    line.range.begin - begin, [](qsizetype at, const auto &h) { return at < h.first; });
                if (mark != html.headings.cbegin())
                    line.level = std::prev(mark)->second;
            }
        }
        m_block += nested.m_block + 1;
        for (const Html::Table &table : html.tables) {
            ++m_block;
            for (const Html::Row &row : table.rows) {
                Line line;
                line.kind = Line::Kind::TableRow;
                line.block = m_block;
                line.headerRow = row.header;
                line.range = m_source.trimmed(begin + row.begin, begin + row.end);
                const int sourceLine = m_source.lineAt(line.range.begin);
                line.blankBefore = lineIsBlank(sourceLine - 1);
                for (const Html::Cell &cell : row.cells) {
                    line.cells.append(cell.text);
                    line.cellRanges.append(cell.begin >= 0 ? SourceRange {begin + cell.begin, begin + cell.end} : SourceRange {});
                }
                line.text = line.cells.join(QLatin1String(" | "));
                lines.append(std::move(line));
            }
        }
        std::stable_sort(lines.begin(), lines.end(),
            [](const Line &a, const Line &b) { return a.range.begin < b.range.begin; });
        m_lines.append(std::move(lines));
    }

    static QString collapsedSpaces(QString text)
    {
        qsizetype out = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char(' ') && out > 0 && text.at(out - 1) == QLatin1Char(' '))
                continue;
            text[out++] = text.at(i);
        }
        text.truncate(out);
        return text;
    }

    static SourceRange shifted(SourceRange range, qsizetype by)
    {
        return range.isValid() ? SourceRange {range.begin + by, range.end + by} : range;
    }

    // Reads a block on the way in; true if its children are to be read, after which
    // leaveBlock() is called for it.
    bool block(cmark_node *node)
    {
        ++m_block;
        // Only an item's first block begins the item's line.
        cmark_node *parent = cmark_node_parent(node);
        const bool firstInItem
            = !(parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM && cmark_node_previous(node));
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: heading(node); return false;
        case CMARK_NODE_PARAGRAPH: paragraph(node, m_listDepth, firstInItem); return false;
        case CMARK_NODE_CODE_BLOCK: literalBlock(node, Line::Kind::Code); return false;
        case CMARK_NODE_HTML_BLOCK:
            if (m_nested)
                literalBlock(node, Line::Kind::Html);
            else
                htmlBlock(node);
            return false;
        case CMARK_NODE_THEMATIC_BREAK: {
            const int sourceLine = startLine(node);
            addLine(Line::Kind::Rule, 0, sourceLine).range = lineRange(sourceLine);
            return false;
        }
        case CMARK_NODE_LIST: ++m_listDepth; return true;
        case CMARK_NODE_ITEM: m_linesBeforeItem.push_back(m_lines.size()); return true;
        default:
            if (isExtension(node, "table")) {
                table(node);
                return false;
            }
            return true;
        }
    }

    void leaveBlock(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST: --m_listDepth; return;
        case CMARK_NODE_ITEM: {
            const qsizetype before = m_linesBeforeItem.back();
            m_linesBeforeItem.pop_back();
            if (m_lines.size() == before) {
                // An empty item still stands in the file.
                const int sourceLine = startLine(node);
                addLine(Line::Kind::ListItem, m_listDepth, sourceLine).range = lineRange(sourceLine);
            }
            return;
        }
        default: return;
        }
    }

    const SourceText &m_source;
    InlineFlattener m_inlines; // one for every block, so that its buffers are reused
    QList<Line> &m_lines;
    int m_block = 0;
    int m_listDepth = 0; // lists around the block being read
    std::vector<qsizetype> m_linesBeforeItem; // for each item being read, the lines before it
    bool m_plainText = false;
    bool m_nested = false; // reading the markdown inside an HTML block
};

} // namespace

QList<Line> markdownLines(const SourceText &source, qsizetype bodyStart)
{
    QList<Line> lines;
    appendMarkdownLines(source, bodyStart, lines);
    return lines;
}

void appendMarkdownLines(const SourceText &source, qsizetype bodyStart, QList<Line> &lines)
{
    const QByteArray &text = source.utf8();
    // Declared first, so that it ends after the tree and the parser are done with.
    CmarkArena::Scope arena;
    const CmarkDeleter deleter {CmarkArena::serves(text.size())};
    cmark_mem *memory = deleter.inArena ? arena.allocator() : cmark_get_default_mem_allocator();
    std::unique_ptr<cmark_node, CmarkDeleter> document;
    if (bodyStart > 0) {
        // Front matter is read elsewhere; blank it so that line numbers stay the same.
        QByteArray body = text;
        for (qsizetype i = 0; i < bodyStart && i < body.size(); ++i) {
            if (body[i] != '\n' && body[i] != '\r')
                body[i] = ' ';
        }
        document = parseTree(body, memory, deleter);
    } else {
        document = parseTree(text, memory, deleter);
    }
    Flattener(source, lines).run(document.get());
}

} // namespace Shortlist
