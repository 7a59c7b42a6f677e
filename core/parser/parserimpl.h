#pragma once

// Internals shared by the parts of the profile parser; not for use outside core/parser.

#include "dates.h"
#include "lexicon.h"
#include "markdownlines.h"
#include "profile/profile.h"
#include "profileparser.h"
#include "source/sourcetext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <limits>
#include <span>

namespace Shortlist::detail {

using Lexicon::SectionKind;

// A piece of a line with the text offsets it came from.
struct Part
{
    QString text;
    SourceRange range;

    bool isEmpty() const { return text.isEmpty(); }
    Text toText() const { return {text, range}; }
};

// A piece of a line's text, as a view, with the range of the line to find it in. Header
// parsing cuts and joins spans; only the fields a profile keeps become strings.
struct Span
{
    QStringView text;
    SourceRange within;

    bool isEmpty() const { return text.isEmpty(); }
};
using Spans = QVarLengthArray<Span, 8>;

// What the label of a piece of a contact line says: "E-mail:", "Телефон :", "📍", "GitHub:".
struct ContactLabel
{
    Lexicon::ContactField field = Lexicon::ContactField::None;
    QString network; // the network a label names ("GitHub"), or empty
    qsizetype valueStart = 0; // where the value starts, after the label; 0 without one
    QString words; // the label as written ("Teléfono", "Mobile Phone"); empty for an emoji

    bool isValid() const { return field != Lexicon::ContactField::None || !network.isEmpty(); }
};

// What a position's header says: "Title at Company, City (note)".
struct HeaderFields
{
    Span title;
    Span company;
    Span location;
    Spans notes;
};

// A heading (explicit or recognised in plain text) and the lines up to the next one.
struct Chunk
{
    int heading = -1; // line index, -1 for text before the first heading
    int begin = 0; // content lines [begin, end)
    int end = 0;
    SectionKind kind = SectionKind::None;
};

// What the parser has decided about a line (whether a field took it) and what it has
// worked out about it at most once, when first asked: one array of these for the lines.
struct LineState
{
    DateMatch dates;
    SectionKind section = SectionKind::None;
    int words = -1; // -1 unknown
    bool used = false;
    bool datesKnown = false;
    bool sectionKnown = false;
    qint8 titleWord = -1; // -1 unknown, 0 no, 1 yes
    qint8 labelled = -1; // whether labelledField() finds a label: -1 unknown, 0 no, 1 yes
    qint8 breakFromWork = -1; // whether it tells of a career break: -1 unknown, 0 no, 1 yes
};

// Indexes of lines: an entry's header or body, a paragraph. They are a few lines each,
// held without the heap; functions that only read them take a span.
using LineList = QVarLengthArray<int, 32>;
using LineSpan = std::span<const int>;

// A position, study or project as written: a header (heading or a few short lines)
// and the body below it.
struct Entry
{
    LineList header;
    LineList body;
};
using Entries = QVarLengthArray<Entry, 8>;

// Appends to one of the profile's lists, with room for a few more made at the first: a CV
// has a handful of each, and a list grown a step at a time reallocates at every step.
template<typename T> T &appendTo(QList<T> &list, T &&value, qsizetype room = 4)
{
    if (list.capacity() == 0)
        list.reserve(room);
    list.append(std::move(value));
    return list.last();
}

struct LabelledField;

class ProfileParser
{
public:
    explicit ProfileParser(const SourceText &source);
    ~ProfileParser();
    Q_DISABLE_COPY_MOVE(ProfileParser)
    Profile run();
    void readStrayEmail();
    // Collect, line by line, what the parser made of each line (null: do not).
    void setExplanation(QList<LineReading> *explanation)
    {
        m_explanation = explanation;
        m_notes.clear();
        m_sections.clear();
    }

private:
    // --explain: notes on a line, the section lines fell in, and the print of them all.
    void explain(int index, const QString &note);
    void explainSection(int from, int to, SectionKind kind);
    void writeExplanation();
    bool explaining() const { return m_explanation != nullptr; }

    // Structure: sections.cpp
    void findChunks();
    bool isImplicitHeading(int index, SectionKind current) const;
    SectionKind headingKind(int index) const;
    int headerEnd() const;
    int implicitWorkStart() const;
    bool isSiblingSection(int heading, int sectionLevel) const;
    bool isFramed(int index) const;
    bool isPositionHeading(int index) const;
    void dispatch();
    SectionKind sectionKindOf(const Chunk &chunk, SectionKind current) const;
    void readSection(const Chunk &chunk, SectionKind kind);
    // Whether the lines [from, to) are all blank or rules.
    bool isBlankBetween(int from, int to) const;
    // Whether any of the lines [from, to) carries a date.
    bool hasDates(int from, int to) const;
    SectionKind readSubsection(const Chunk &chunk, SectionKind current);
    void keepUnused(int from, int to, const QString &heading, SourceRange headingRange, bool boilerplate);

    // Basics: basics.cpp
    qsizetype readFrontMatter();
    void readHeader(int chunkEnd);
    void readContacts(int from, int to);
    void readSummary(int from, int to);
    bool readContactLine(int index);
    bool readNameLine(int index);
    bool readLabelledContact(int index);
    bool readIntroducedName(int index);
    bool readIntroducedPlace(const QString &text, SourceRange within);
    bool readDefinition(int index);
    bool readLabelOverValue(int index);
    bool readPostalAddress(int index);
    void setPostalAddress(const QStringList &written, SourceRange range, QStringView town, QStringView country);
    LineList readFooterContacts();
    void keepHeaderResidue(const LineList &lines);
    void findNameBlock(int to);
    bool readContactPiece(const Part &piece);
    bool readLabelledValue(const ContactLabel &label, const Part &value);
    bool readLinkPiece(const Line &line, const Part &piece);
    void addLink(const QString &url, const QString &network, const QString &username, SourceRange range,
        const QString &label = {});
    void setLocation(const Part &part);
    void findCityIn(int index);

    // Work: work.cpp
    bool isJobHeading(int index) const;
    void readWorkChunk(const Chunk &chunk, Position *current);
    Entries segment(int from, int to, bool projects) const;
    bool isHeaderLine(int index, int plainWords = 6) const;
    bool buildPosition(const Entry &entry, Position &position);
    HeaderFields readHeaderFields(const Spans &pieces) const;
    // The header lines' text as pieces, the dates cut out of the date line; a note in
    // parentheses right after the dates ("(remote)") goes to `dateNotes`.
    void headerSpans(LineSpan header, int dateLine, const DateMatch &dates, Spans &pieces, Spans &dateNotes) const;
    // Notes the header held ("long-term contract") go before the description.
    void addNotes(Position &position, const Spans &notes) const;
    Text toText(const Span &span) const;
    // The dates a position was written with, and the ranges of start, end and both.
    static QString cellLines(const QString &text, bool datesColumn, QStringList *bullets,
        std::optional<Part> *dates, const SourceRange &range);
    void setDates(Position &position, const DateMatch &dates, const Part &written) const;
    void readPositionBody(LineSpan body, Position &position, int skipLine);
    bool readTable(int from, int to);
    bool readFormTables(int from, int to);
    // The tables in [from, to) that nothing has read yet, each as its first and last row.
    QVarLengthArray<std::pair<int, int>, 4> unreadTables(int from, int to) const;
    int findDateLine(LineSpan lines, int limit) const;

    // A work section as a whole, dates first: worksection.cpp
    void readWorkSection(int from, int to, int heading = -1);
    void appendPromotions(Position &&position);
    // A line that carries a position's dates: a range, or a date at an edge of a short line.
    bool isDateAnchor(int index) const;
    // A line that can stand in a position's header: a heading, dates, a short line.
    bool isEntryHeaderLine(int index) const;
    // The words of a line outside its dates.
    int wordsBesideDates(int index) const;
    void explainPosition(LineSpan header, int anchor, LineSpan body, LineSpan context, const Position &position,
        int index);

    // Lists: lists.cpp
    void readSkills(int from, int to, const Part &groupName);
    bool looksLikeSkillList(int from, int to) const;
    // At least three lines of a few words each, none dated: a list of names (skill bars).
    bool looksLikeShortItems(int from, int to) const;
    bool looksLikeSkillYears(int from, int to) const;
    void readLanguages(int from, int to);
    bool readFluencyHeading(int index);
    bool looksLikeLanguages(int from, int to) const;
    void readCertificates(int from, int to);
    void readEducation(int from, int to, int headingLine);
    void readEducationForms(int from, int to);
    void readProjects(int from, int to, int headingLine);

    // Helpers: parserimpl.cpp
    Part part(int index) const;
    Part locate(const QString &value, const SourceRange &within) const;
    // Where the trimmed value is written inside `within` (locate() without making a string).
    SourceRange locateRange(QStringView value, const SourceRange &within) const;
    using Parts = QVarLengthArray<Part, 8>;
    Parts split(const Part &part, std::initializer_list<QStringView> separators) const;
    // The first date or range on a line, found once and remembered.
    const DateMatch &datesOf(int index) const;
    // Whether a line names a role ("Engineer", "Entwicklerin"…), and how many words it has,
    // worked out once. Words are counted up to kEnoughWords: no rule asks about more.
    static constexpr int kEnoughWords = 16;
    bool hasTitleWord(int index) const;
    // Lexicon::mentionsBreakFromWork() of the line, worked out once.
    bool mentionsBreakFromWork(int index) const;
    // labelledField() of a line, remembering lines that have no label.
    LabelledField labelledFieldOf(int index) const;
    int wordsOf(int index) const;
    // The section a line's text names (Lexicon::sectionKind), worked out once.
    SectionKind namedSection(int index) const;
    void use(int index) { m_state[index].used = true; }
    void use(int from, int to);
    bool isUsed(int index) const { return m_state.at(index).used; }
    bool isBlankOrRule(int index) const;
    SourceRange rangeOf(int from, int to) const;
    SourceRange rangeOf(LineSpan lines) const;
    QString joinedText(LineSpan lines) const;

    const SourceText &m_source;
    QList<Line> m_lines;
    QList<Chunk> m_chunks;
    // The location is a name line's street and town, without a country: a postal address
    // block below, with its country, replaces it.
    bool m_addressOfNameLine = false;
    mutable QList<LineState> m_state; // one per line; const readers fill in its facts
    bool m_hasHeadings = false; // markdown headings: section names on plain lines are then not trusted
    Profile m_profile;
    QList<LineReading> *m_explanation = nullptr;
    QHash<int, QStringList> m_notes; // only when explaining
    QHash<int, SectionKind> m_sections;
};

// Text helpers: parserimpl.cpp
QString cleanField(QStringView text);
// The same for a string: shared, not copied, when there is nothing to clean (most fields).
QString cleanField(const QString &text);
// cleanField() without making a string: the view trimmed of separators, quotes and parentheses.
QStringView cleanView(QStringView text);
// The text cut at separators outside parentheses, each piece trimmed; empty pieces are dropped.
Spans splitSpans(const Span &span, std::initializer_list<QStringView> separators);
// The first link of a line that is not an image or an e-mail address.
QString urlIn(const Line &line);
// The text without the runs of rule characters plain-text CVs frame headings with
// ("EMPLOYMENT ------", "=== Skills ===").
QStringView withoutDecoration(QStringView text);
// A line of rule characters only ("=======", "+-----+").
bool isDecorationOnly(QStringView text);
// "Employer Name: Acme", "Position Title: Drafter", "Dates: 2019 - 2021": a line whose label
// says which field it holds (the column names of a table of positions, as labels).
struct LabelledField
{
    enum Kind { None, Title, Company, Location, Dates };
    Kind kind = None;
    QStringView value;
    bool start = false; // Dates labelled as the start ("Start date:", "Fecha de incorporación:")
};
// "Employer: Acme"; with `spaced`, also "Employer      Acme" (plain text, where a run of
// spaces or a tab sets a label apart as a colon does; markdown shows such a run as one space).
LabelledField labelledField(QStringView text, bool spaced = false);
// "Graduate, Junior, Intermediate Software Engineer": the ranks of one role written together,
// the highest first; empty when the title is not such a list.
QList<QStringView> rankTitles(QStringView title);
// "part-time", "employed", "Vollzeit": how one was employed, a note and no field.
bool isEmploymentType(QStringView text);
// A web address written out: "https://…", "www.…".
bool isWebAddress(QStringView text);
// A sentence about oneself: "I was …", "Ich war …", "Je suis …".
bool startsInFirstPerson(QStringView text);
// A line that names a place and nothing else: "Bonn, Nordrhein-Westfalen, Deutschland".
bool isPlaceLine(QStringView text);
// Whether the text ends with a sentence's full stop, not an abbreviation's ("Acme Ltd.",
// "Bity s.c.", "e.K.").
bool endsSentence(QStringView text);
// The words between a title and its company: " at ", " @ ", " bei ", " chez "…
std::span<const QStringView> atWords();
// The words between a title and its team or field: "Engineer in Payments", "в компании"…
inline constexpr std::array<QStringView, 4> kInWords = {u" in ", u" en ", u" в ", u" для "};
// A university, the body its institutes and centres belong to: "University of Oxford".
bool namesUniversity(QStringView text);
// A unit of an organisation rather than the organisation: "Finance Team", "Dept. of Physics".
bool namesUnit(QStringView text);
// Text without "(https://…)", a bare URL or a final full stop.
QString withoutUrl(const QString &text);
// Whether brackets close around text[from, to): "(2019 – 2021)", "[…]", "（2019年〜現在）", "【…】".
bool bracketsAround(QStringView text, qsizetype from, qsizetype to);
// The text without the dates (and the brackets around them).
QString withoutDates(const QString &text, const DateMatch &match);
QString stripParenthesised(QStringView text, QString *removed = nullptr);
// The same for a string: shared, not copied, when nothing changes (most names).
QString stripParenthesised(const QString &text, QString *removed = nullptr);
// What stripParenthesised() gives, as the text itself when that would be unchanged (most
// names), else as a view of `storage`, which holds the stripped copy.
QStringView strippedView(QStringView text, QString &storage);
bool isDuration(QStringView text);
// indexOf() and lastIndexOf() for the short strings the parser looks for (separators,
// "://"): a scan for the first character, then one comparison (Qt's search hashes its way
// along the text).
qsizetype indexOfShort(QStringView text, QStringView needle);
qsizetype lastIndexOfShort(QStringView text, QStringView needle);
// text.sliced(at).startsWith(needle), compared in line: QStringView's comparison is a call
// out of line, long for the two or three characters of a separator. A space in the needle
// is written in the text as a space or a no-break space (" · " set with U+00A0 around it).
inline bool isWrittenAt(QStringView text, qsizetype at, QStringView needle)
{
    if (at < 0 || needle.size() > text.size() - at)
        return false;
    for (qsizetype k = 0; k < needle.size(); ++k) {
        if (text[at + k] != needle[k] && !(needle[k] == u' ' && text[at + k] == u'\u00A0'))
            return false;
    }
    return true;
}
inline bool containsShort(QStringView text, QStringView needle)
{
    return indexOfShort(text, needle) >= 0;
}
// Whether the text holds any of a few characters: one pass in line, where asking
// QString::contains() for each is a call out of line (and a search set up) per character.
inline bool containsAnyOf(QStringView text, std::initializer_list<char16_t> characters)
{
    for (QChar c : text) {
        for (char16_t wanted : characters) {
            if (c.unicode() == wanted)
                return true;
        }
    }
    return false;
}
// What text.split(',').first() and .last() would be, without splitting.
QStringView beforeFirstComma(QStringView text);
// A row of a form: a label, then its value (a third cell, empty, as Word's grid leaves one,
// aside).
bool isFormRow(const Line &line);
// A form's label as its words: "• Date (da – a)" is "Date", "**Employer:**" "Employer".
QString formLabel(QStringView cell);
QStringView afterLastComma(QStringView text);
// The words in the text, counted up to `limit`: asking whether a long line has more than a
// few words need not read all of it.
int wordCount(QStringView text, int limit = std::numeric_limits<int>::max());
// Of the words that start with a letter, the share that start with a capital, at least
// `share` of them: a name ("National Institute for the Deaf", "EE. Prof. Maria Souto") rather
// than a sentence or a subject.
bool mostlyCapitalized(QStringView text, qreal share);
using Keywords = QVarLengthArray<QStringView, 16>;
Keywords splitKeywords(QStringView text);

} // namespace Shortlist::detail
