#include "parserimpl.h"

#include "characters.h"
#include "contacts.h"
#include "dates.h"
#include "profileparser.h"
#include "source/textmatch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Shortlist {

namespace detail {

namespace {

// The lines and what is known about them are a parse's two large blocks (a few dozen KiB
// for a CV), and the chunks a list grown a step at a time. Each thread keeps their storage
// from one parse to the next, as it keeps cmark-gfm's arena, instead of having malloc find
// that memory and take it back for every file; storage a very long file made larger is
// not kept.
struct LineBuffers
{
    QList<Line> lines;
    QList<LineState> state;
    QList<Chunk> chunks;
};
thread_local LineBuffers t_lineBuffers;
constexpr qsizetype kKeptLines = 2048;

} // namespace

ProfileParser::ProfileParser(const SourceText &source)
    : m_source(source)
    , m_lines(std::exchange(t_lineBuffers.lines, {}))
    , m_chunks(std::exchange(t_lineBuffers.chunks, {}))
    , m_state(std::exchange(t_lineBuffers.state, {}))
{ }

ProfileParser::~ProfileParser()
{
    m_lines.clear();
    m_state.clear();
    m_chunks.clear();
    if (m_lines.capacity() <= kKeptLines && m_state.capacity() <= kKeptLines) {
        t_lineBuffers.lines = std::move(m_lines);
        t_lineBuffers.state = std::move(m_state);
        t_lineBuffers.chunks = std::move(m_chunks);
    }
}

Profile ProfileParser::run()
{
    const qsizetype bodyStart = readFrontMatter();
    // The lists come empty, with the storage an earlier parse on this thread left.
    appendMarkdownLines(m_source, bodyStart, m_lines);
    // Pandoc's title block: "% Jane Example" / "% Staff Engineer" as the file's first lines.
    for (int i = 0; i < std::min<int>(3, int(m_lines.size())); ++i) {
        Line &line = m_lines[i];
        if (line.kind != Line::Kind::Text || line.block != m_lines.first().block || !line.text.startsWith(QLatin1String("% "))
            || m_source.text(line.range.begin, line.range.begin + 2) != u"% ")
            break;
        line.text.remove(0, 2);
        line.range.begin += 2;
    }
    m_state.resize(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == Line::Kind::Rule)
            use(i);
        m_hasHeadings = m_hasHeadings || m_lines[i].isHeading();
    }
    findChunks();
    dispatch();
    if (m_profile.basics.email.value.isEmpty())
        readStrayEmail();
    if (m_explanation)
        writeExplanation();
    return std::move(m_profile);
}

// A CV whose header gave no e-mail address may still write one on a line of its own, under a
// heading the parser did not take for contacts ("Comment me contacter") or in a sidebar read
// into another section. The first such line before the career is the candidate's: addresses
// after it are more likely a referee's.
void ProfileParser::readStrayEmail()
{
    int career = int(m_lines.size());
    for (const Chunk &chunk : std::as_const(m_chunks)) {
        if (chunk.kind == SectionKind::Work || chunk.kind == SectionKind::Education) {
            career = chunk.heading >= 0 ? chunk.heading : chunk.begin;
            break;
        }
    }
    for (int i = 0; i < career; ++i) {
        const Line &line = m_lines[i];
        // (Taken or not: a line no field took is kept in its section as written, the address
        // as well.)
        if (line.kind == Line::Kind::Code || !line.text.contains(QLatin1Char('@')))
            continue;
        const QStringView text = Characters::trimmed(QStringView(line.text));
        const TextSpan email = findEmail(text);
        if (email.isValid() && email.length >= text.size() - 1) {
            m_profile.basics.email = locate(email.in(text).toString(), line.range).toText();
            explain(i, QStringLiteral("the e-mail address, on a line of its own before the career"));
            return;
        }
    }
}

void ProfileParser::explain(int index, const QString &note)
{
    if (m_explanation)
        m_notes[index].append(note);
}

void ProfileParser::explainSection(int from, int to, SectionKind kind)
{
    if (!m_explanation)
        return;
    for (int i = std::max(0, from); i < to; ++i)
        m_sections[i] = kind;
}

void ProfileParser::writeExplanation()
{
    static const char *const kinds[] = {"heading", "text", "list item", "table row", "code", "html", "rule"};
    static const char *const sections[] = {"", "summary", "work", "education", "skills", "projects",
        "certificates", "languages", "contacts", "other", "boilerplate"};
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        LineReading reading;
        reading.sourceLine = m_source.lineAt(line.range.begin) + 1;
        reading.kind = QString::fromLatin1(kinds[int(line.kind)]);
        if (line.isHeading())
            reading.kind += QString::number(line.level);
        reading.section = QString::fromLatin1(sections[int(m_sections.value(i))]);
        reading.notes = m_notes.value(i);
        if (reading.notes.isEmpty() && !isUsed(i) && !isBlankOrRule(i))
            reading.notes.append(QStringLiteral("not read into a field: kept as written"));
        // One line of output per line read: a cell's or an item's own breaks shown as " / ".
        reading.text = QString(line.text).replace(QLatin1Char('\n'), QLatin1String(" / "));
        m_explanation->append(std::move(reading));
    }
}

LabelledField ProfileParser::labelledFieldOf(int index) const
{
    LineState &facts = m_state[index];
    if (facts.labelled == 0)
        return {};
    const Line &line = m_lines.at(index);
    LabelledField field = labelledField(line.text, !m_hasHeadings);
    // A definition list's term over its value ("Puesto" / ":   *Research Engineer*"): the term
    // names the field (with no value of its own), the definition holds the value.
    auto termOf = [&](int term) {
        LabelledField named;
        if (term >= 0 && term < m_lines.size() && m_lines[term].kind == Line::Kind::Text
            && !m_lines[term].text.startsWith(QLatin1Char(':')) && wordCount(m_lines[term].text, 6) <= 5)
            named = labelledField(QString(m_lines[term].text + QLatin1Char(':')));
        named.value = {};
        return named;
    };
    if (field.kind == LabelledField::None && line.kind == Line::Kind::Text) {
        if (line.text.startsWith(QLatin1Char(':')) && index > 0 && m_lines[index - 1].block == line.block) {
            field = termOf(index - 1);
            field.value = QStringView(line.text).sliced(1).trimmed();
        } else if (index + 1 < m_lines.size() && m_lines[index + 1].block == line.block
            && m_lines[index + 1].text.startsWith(QLatin1Char(':'))) {
            field = termOf(index);
        }
    }
    facts.labelled = field.kind != LabelledField::None;
    return field;
}

const DateMatch &ProfileParser::datesOf(int index) const
{
    LineState &facts = m_state[index];
    if (!facts.datesKnown) {
        facts.dates = findDates(m_lines.at(index).text);
        facts.datesKnown = true;
    }
    return facts.dates;
}

bool ProfileParser::hasTitleWord(int index) const
{
    LineState &facts = m_state[index];
    if (facts.titleWord < 0)
        facts.titleWord = Lexicon::hasTitleWord(m_lines.at(index).text) ? 1 : 0;
    return facts.titleWord == 1;
}

bool ProfileParser::mentionsBreakFromWork(int index) const
{
    LineState &facts = m_state[index];
    if (facts.breakFromWork < 0)
        facts.breakFromWork = Lexicon::mentionsBreakFromWork(m_lines.at(index).text) ? 1 : 0;
    return facts.breakFromWork == 1;
}

int ProfileParser::wordsOf(int index) const
{
    LineState &facts = m_state[index];
    if (facts.words < 0)
        facts.words = wordCount(m_lines.at(index).text, kEnoughWords);
    return facts.words;
}

QStringView withoutDecoration(QStringView text)
{
    auto isDecoration = [](QChar c) {
        return c == QLatin1Char('-') || c == QLatin1Char('=') || c == QLatin1Char('_') || c == QLatin1Char('*')
            || c == QLatin1Char('~') || c == QLatin1Char('#') || c == QLatin1Char('+') || c == QLatin1Char('|')
            || c.isSpace() || (c.unicode() >= 0x2500 && c.unicode() < 0x2600); // box drawing, blocks
    };
    qsizetype from = 0, to = text.size();
    while (from < to && isDecoration(text[from]))
        ++from;
    while (to > from && isDecoration(text[to - 1]))
        --to;
    return text.sliced(from, to - from);
}

bool isDecorationOnly(QStringView text)
{
    if (text.size() >= 3 && withoutDecoration(text).isEmpty())
        return true;
    // A lone full stop between entries, as some plain-text CVs separate them.
    if (text.trimmed() == u".")
        return true;
    // A site generator's layout tags: "{{< columns >}}", "{% include x.html %}", "<--->". A
    // tag with a title ("{{% progress title=\"Go\" %}}") says something and is kept.
    text = text.trimmed();
    return (text.startsWith(u"{{<") && text.endsWith(u">}}")) || (text.startsWith(u"{%") && text.endsWith(u"%}"))
        || text == u"<--->";
}

SectionKind ProfileParser::namedSection(int index) const
{
    LineState &facts = m_state[index];
    if (!facts.sectionKnown) {
        facts.section = Lexicon::sectionKind(withoutDecoration(m_lines.at(index).text));
        facts.sectionKnown = true;
    }
    return facts.section;
}

Part ProfileParser::part(int index) const
{
    const Line &line = m_lines.at(index);
    return {line.text, line.range};
}

Part ProfileParser::locate(const QString &value, const SourceRange &within) const
{
    const QString text = Characters::trimmed(value);
    if (text.isEmpty())
        return {};
    return {text, locateRange(text, within)};
}

SourceRange ProfileParser::locateRange(QStringView value, const SourceRange &within) const
{
    const QStringView text = Characters::trimmed(value);
    if (text.isEmpty())
        return {};
    const SourceRange range = m_source.find(text, within.begin, within.end);
    if (range.isValid())
        return range;
    // Markup inside the value: span from its first word to its last. The text is trimmed,
    // so it starts and ends with a word.
    const qsizetype firstSpace = text.indexOf(QLatin1Char(' '));
    const QStringView firstWord = firstSpace < 0 ? text : text.first(firstSpace);
    const QStringView lastWord = text.sliced(text.lastIndexOf(QLatin1Char(' ')) + 1);
    const SourceRange first = m_source.find(firstWord, within.begin, within.end);
    if (!first.isValid())
        return within;
    const SourceRange last = m_source.find(lastWord, first.begin, within.end);
    return last.isValid() ? SourceRange {first.begin, last.end} : first;
}

ProfileParser::Parts ProfileParser::split(const Part &whole, std::initializer_list<QStringView> separators) const
{
    Parts parts;
    qsizetype cursor = whole.range.begin; // equal pieces are found in order
    for (const Span &span : splitSpans({whole.text, whole.range}, separators)) {
        // A text without separators is one piece, the whole text, shared rather than copied.
        const bool all = span.text.size() == whole.text.size();
        Part p {all ? whole.text : span.text.toString(), locateRange(span.text, {cursor, whole.range.end})};
        if (p.range.isValid() && p.range != whole.range)
            cursor = p.range.end;
        parts.append(std::move(p));
    }
    return parts;
}

void ProfileParser::use(int from, int to)
{
    for (int i = from; i < to; ++i)
        m_state[i].used = true;
}

bool ProfileParser::isBlankOrRule(int index) const
{
    const Line &line = m_lines.at(index);
    return line.kind == Line::Kind::Rule || line.isBlank()
        || (line.kind == Line::Kind::Text && isDecorationOnly(line.text));
}

SourceRange ProfileParser::rangeOf(int from, int to) const
{
    SourceRange range;
    for (int i = from; i < to; ++i)
        range = range.united(m_lines.at(i).range);
    return range;
}

SourceRange ProfileParser::rangeOf(LineSpan lines) const
{
    SourceRange range;
    for (int i : lines)
        range = range.united(m_lines.at(i).range);
    return range;
}

QString ProfileParser::joinedText(LineSpan lines) const
{
    QString text;
    int previousBlock = -1;
    for (int i : lines) {
        const Line &line = m_lines.at(i);
        if (!text.isEmpty())
            text += line.block == previousBlock && line.kind == Line::Kind::Text ? QLatin1String(" ")
                                                                                 : QLatin1String("\n");
        if (line.isListItem())
            text += QStringLiteral("- ");
        text += line.text;
        previousBlock = line.block;
    }
    return text;
}

// Punctuation that separates fields in a heading and never ends one.
static bool isEdgePunctuation(QChar c)
{
    switch (c.unicode()) {
    case ',':
    case ';':
    case ':':
    case '|':
    case u'·':
    case u'•':
    case u'–':
    case u'—':
    case '-':
    case '/':
    case '\\':
    case '~': return true;
    default: {
        // Pictographs people put before a field ("📅 04-2023", "🎖️ Lead Engineer", "☎"): the
        // emoji planes (surrogate pairs), variation selectors and joiners, and the symbol
        // blocks from arrows to dingbats.
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xfe0f || u == 0xfe0e || u == 0x200d || (u >= 0x2190 && u < 0x2c00))
            return true;
        return Characters::isSpace(c);
    }
    }
}

QString cleanField(QStringView text)
{
    return cleanView(text).toString();
}

QString cleanField(const QString &text)
{
    const QStringView clean = cleanView(text);
    return clean.size() == text.size() ? text : clean.toString();
}

QStringView cleanView(QStringView text)
{
    qsizetype b = 0, e = text.size();
    while (b < e && isEdgePunctuation(text[b]))
        ++b;
    while (e > b && isEdgePunctuation(text[e - 1]))
        --e;
    QStringView t = text.sliced(b, e - b);
    // «quoted», „quoted“ and "quoted" values lose their quotes.
    static const QList<QPair<QChar, QChar>> quotes = {{QChar(0x00AB), QChar(0x00BB)},
        {QChar(0x201E), QChar(0x201C)}, {QChar(0x201C), QChar(0x201D)}, {QLatin1Char('"'), QLatin1Char('"')}};
    for (const auto &[open, close] : quotes) {
        if (t.size() > 2 && t.front() == open && t.back() == close
            && !t.sliced(1, t.size() - 2).contains(close))
            t = t.sliced(1, t.size() - 2).trimmed();
    }
    // "(Lyon)" on its own loses its parentheses.
    if (t.size() > 2 && t.front() == QLatin1Char('(') && t.back() == QLatin1Char(')')
        && !t.sliced(1, t.size() - 2).contains(QLatin1Char('(')))
        t = t.sliced(1, t.size() - 2).trimmed();
    return t;
}

namespace {

// The characters separators start with, asked once per character of the text: a bit per
// ASCII character, a short list for the others ("·", "•", "—").
class SeparatorStarts
{
public:
    explicit SeparatorStarts(std::initializer_list<QStringView> separators)
    {
        for (QStringView separator : separators) {
            const char16_t u = separator.front().unicode();
            if (u < 128)
                m_ascii[u / 64] |= quint64(1) << (u % 64);
            else if (!m_others.contains(u))
                m_others.append(u);
            if (u == u' ' && !m_others.contains(u'\u00A0'))
                m_others.append(u'\u00A0'); // (see isWrittenAt())
        }
    }
    bool contains(QChar c) const
    {
        const char16_t u = c.unicode();
        if (u < 128)
            return (m_ascii[u / 64] >> (u % 64)) & 1;
        return m_others.contains(u);
    }
    // Whether splitSpans() need look at the character at all: a separator's first
    // character or a bracket. Most characters of a line are neither.
    bool matters(QChar c) const
    {
        const char16_t u = c.unicode();
        if (u < 128)
            return ((m_ascii[u / 64] | kBrackets[u / 64]) >> (u % 64)) & 1;
        return m_others.contains(u);
    }

private:
    static constexpr quint64 kBrackets[2] = {(quint64(1) << '(') | (quint64(1) << ')'),
        (quint64(1) << ('[' - 64)) | (quint64(1) << (']' - 64))};
    quint64 m_ascii[2] = {0, 0};
    QVarLengthArray<char16_t, 8> m_others;
};

} // namespace

Spans splitSpans(const Span &span, std::initializer_list<QStringView> separators)
{
    const SeparatorStarts firsts(separators);
    Spans parts;
    const QStringView text = span.text;
    int depth = 0;
    qsizetype start = 0;
    auto cut = [&](qsizetype end) {
        const QStringView piece = Characters::trimmed(text.sliced(start, end - start));
        if (!piece.isEmpty())
            parts.append({piece, span.within});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!firsts.matters(c))
            continue;
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth > 0)
            continue;
        if (!firsts.contains(c))
            continue;
        for (QStringView separator : separators) {
            if (isWrittenAt(text, i, separator)) {
                cut(i);
                start = i + separator.size();
                i = start - 1;
                break;
            }
        }
    }
    cut(text.size());
    return parts;
}

Text ProfileParser::toText(const Span &span) const
{
    const QStringView text = Characters::trimmed(span.text);
    if (text.isEmpty())
        return {};
    return {text.toString(), locateRange(text, span.within)};
}

QString urlIn(const Line &line)
{
    for (const InlineLink &link : line.links) {
        if (!link.image && !link.url.startsWith(QLatin1String("mailto:")))
            return link.url;
    }
    return {};
}

// Text without "(https://…)" and trailing punctuation.
QString withoutUrl(const QString &text)
{
    if (!containsShort(text, u"://") && !containsShort(text, u"www."))
        return cleanField(text.trimmed().endsWith(QLatin1Char('.')) ? text.trimmed().chopped(1) : text);
    QString out = text;
    thread_local const QRegularExpression inParentheses(
        QStringLiteral("\\s*\\((?:https?://|www\\.)[^)]*\\)"));
    out.remove(inParentheses);
    thread_local const QRegularExpression bare(QStringLiteral("\\s*(?:https?://|www\\.)\\S+"));
    out.remove(bare);
    return cleanField(out.trimmed().endsWith(QLatin1Char('.')) ? out.trimmed().chopped(1) : out);
}

bool bracketsAround(QStringView text, qsizetype from, qsizetype to)
{
    if (from <= 0 || to >= text.size())
        return false;
    const char16_t open = text[from - 1].unicode(), close = text[to].unicode();
    return (open == u'(' && close == u')') || (open == u'[' && close == u']')
        || (open == 0xFF08 && close == 0xFF09) || (open == 0x3010 && close == 0x3011);
}

QString withoutDates(const QString &text, const DateMatch &match)
{
    if (!match.isValid())
        return text;
    qsizetype from = match.from, to = match.to;
    if (bracketsAround(text, from, to))
        --from, ++to;
    // Views until the one string made: the text on either side of the dates, trimmed.
    const QStringView before = QStringView(text).first(from).trimmed();
    const QStringView after = QStringView(text).sliced(to).trimmed();
    if (before.isEmpty() || after.isEmpty())
        return (before.isEmpty() ? after : before).toString();
    return before + QLatin1Char(' ') + after;
}

namespace {

// Whether QString::simplified() would give the text back as it is: no white space at either
// end, and none inside but single plain spaces. Most fields are; telling so costs less than
// Qt's pass, which looks up every character that is not ASCII.
bool isSimplified(QStringView text)
{
    const qsizetype n = text.size();
    if (n > 0 && (text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' ')))
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u > ' ' && u < 0x80)
            continue;
        if (u == ' ' ? text[i + 1] == QLatin1Char(' ') : Characters::isSpace(text[i]))
            return false; // the text does not end with a space: i + 1 < n
    }
    return true;
}

// What stripParenthesised() would give back unchanged: no parentheses, white space simplified.
bool hasNothingToStrip(QStringView text)
{
    return !text.contains(QLatin1Char('(')) && isSimplified(text);
}

} // namespace

QStringView strippedView(QStringView text, QString &storage)
{
    if (hasNothingToStrip(text))
        return text;
    storage = stripParenthesised(text);
    return storage;
}

QString stripParenthesised(const QString &text, QString *removed)
{
    return hasNothingToStrip(text) ? text : stripParenthesised(QStringView(text), removed);
}

QString stripParenthesised(QStringView text, QString *removed)
{
    if (!text.contains(QLatin1Char('(')))
        return isSimplified(text) ? text.toString() : text.toString().simplified();
    // What lies outside parentheses is copied a run at a time, between them; what lies
    // inside the outermost pair (nested pairs included) is read where it is written.
    QString out;
    out.reserve(text.size());
    int depth = 0;
    qsizetype outsideFrom = 0, insideFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('(')) {
            if (depth++ == 0) {
                out += text.sliced(outsideFrom, i - outsideFrom);
                insideFrom = i + 1;
            }
        } else if (c == QLatin1Char(')') && depth > 0 && --depth == 0) {
            if (removed) {
                if (!removed->isEmpty())
                    *removed += QLatin1String(", ");
                *removed += text.sliced(insideFrom, i - insideFrom).trimmed();
            }
            outsideFrom = i + 1;
        }
    }
    if (depth == 0) // an unclosed parenthesis takes the rest of the text with it
        out += text.sliced(outsideFrom);
    if (!isSimplified(out))
        out = std::move(out).simplified();
    // "Institute of Technology (fictional), Kerala" keeps its comma where it was: the space
    // before a comma, full stop, semicolon or colon goes. simplified() leaves no two spaces
    // together, so one pass does what replacing each pair in turn would.
    QChar *data = out.data();
    qsizetype kept = 0;
    for (qsizetype i = 0, n = out.size(); i < n; ++i) {
        const bool spaceBeforePunctuation = data[i] == QLatin1Char(' ') && i + 1 < n
            && QStringView(u",.;:").contains(data[i + 1]);
        if (!spaceBeforePunctuation)
            data[kept++] = data[i];
    }
    out.truncate(kept);
    return out;
}

qsizetype indexOfShort(QStringView text, QStringView needle)
{
    const QChar first = needle.front();
    for (qsizetype i = 0, last = text.size() - needle.size(); i <= last; ++i) {
        if (text[i] == first && isWrittenAt(text, i, needle))
            return i;
    }
    return -1;
}

qsizetype lastIndexOfShort(QStringView text, QStringView needle)
{
    const QChar first = needle.front();
    for (qsizetype i = text.size() - needle.size(); i >= 0; --i) {
        if (text[i] == first && isWrittenAt(text, i, needle))
            return i;
    }
    return -1;
}

QStringView beforeFirstComma(QStringView text)
{
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    return comma < 0 ? text : text.first(comma);
}

QStringView afterLastComma(QStringView text)
{
    return text.sliced(text.lastIndexOf(QLatin1Char(',')) + 1);
}

bool isDuration(QStringView text)
{
    // "(2 years)", "7 months": a number, and never long.
    if (text.size() > 40 || std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    thread_local const QRegularExpression expression(
        QStringLiteral("^\\(?\\s*(?:(?:ca\\.?|about|approx\\.?|~)\\s*)?"
                       "(?:\\d+(?:[.,]\\d+)?\\+?\\s*(?:years?|yrs?|y|months?|mos?|mo|m|jahre?n?|monate?n?|"
                       "ans?|années?|mois|años?|meses?|лет|года?|год|месяц(?:а|ев)?|мес\\.?|jaar|jaren|"
                       "maanden|maand)\\.?\\s*(?:,|and|und|et|y|и|en)?\\s*)+\\)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return matchView(expression, text.trimmed()).hasMatch();
}

int wordCount(QStringView text, int limit)
{
    if (limit <= 0)
        return 0;
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        // Printable ASCII, most of a line, is never white space: one comparison for it.
        const char16_t u = c.unicode();
        const bool w = (u > ' ' && u < 0x80) || !Characters::isSpace(c);
        if (w && !inWord && ++count == limit)
            break;
        inWord = w;
    }
    return count;
}

bool mostlyCapitalized(QStringView text, qreal share)
{
    int words = 0, capitalized = 0;
    for (QStringView word : QStringTokenizer(text, QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!word.front().isLetter())
            continue;
        ++words;
        capitalized += word.front().isUpper();
    }
    return words > 0 && capitalized >= share * words;
}

Keywords splitKeywords(QStringView text)
{
    Keywords out;
    // (And as Chinese and Japanese write them: the enumeration comma and the full-width bar,
    // unless a full stop or a full-width comma makes the text a sentence, where the enumeration
    // comma lists the sentence's objects.)
    const bool sentence = text.contains(QChar(0x3002)) || text.contains(QChar(0xFF0C));
    const Spans spans = sentence ? splitSpans({text, {}}, {u",", u";", u"\u00B7", u"\u2022", u"|", u"\uFF5C"})
                                 : splitSpans({text, {}}, {u",", u";", u"\u00B7", u"\u2022", u"|", u"\u3001", u"\uFF5C"});
    for (const Span &span : spans) {
        // "Python, Go, and Java." lists "Java", not "and Java."
        QStringView piece = span.text;
        while (piece.endsWith(QLatin1Char('.')) && !piece.endsWith(QLatin1String("..")))
            piece.chop(1);
        if (piece.startsWith(QLatin1String("and ")))
            piece = piece.sliced(4);
        piece = Characters::trimmed(piece);
        if (!piece.isEmpty())
            out.append(piece);
    }
    return out;
}

QVarLengthArray<std::pair<int, int>, 4> ProfileParser::unreadTables(int from, int to) const
{
    QVarLengthArray<std::pair<int, int>, 4> tables;
    for (int first = from; first < to; ++first) {
        if (m_lines[first].kind != Line::Kind::TableRow || isUsed(first))
            continue;
        int last = first;
        while (last + 1 < to && m_lines[last + 1].kind == Line::Kind::TableRow
            && m_lines[last + 1].block == m_lines[first].block)
            ++last;
        tables.append({first, last});
        first = last;
    }
    return tables;
}

bool isFormRow(const Line &line)
{
    const QStringList &cells = line.cells;
    const qsizetype filled
        = std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return !Characters::trimmed(c).isEmpty(); });
    return cells.size() >= 2 && filled <= 2 && !Characters::trimmed(cells.first()).isEmpty()
        && wordCount(cells.first(), 13) <= 12;
}

QString formLabel(QStringView cell)
{
    QString label = stripParenthesised(cleanField(cell.toString()));
    while (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return cleanField(label);
}

} // namespace detail

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::ProfileParser)
};

} // namespace

ParseResult parseProfile(const SourceText &source, QList<LineReading> *explanation)
{
    detail::ProfileParser parser(source);
    parser.setExplanation(explanation);
    ParseResult result;
    result.profile = parser.run();
    // Ranges so far are offsets in the decoded text; hand out offsets in the file.
    result.profile.forEachRange([&](SourceRange &range) { range = source.toFileRange(range); });
    if (source.decodedAsFallback())
        result.warnings.prepend(Strings::tr("not valid UTF-8; read as Windows-1252"));
    return result;
}

} // namespace Shortlist
