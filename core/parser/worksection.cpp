// A work section read as a whole, dates first: the lines that carry a position's dates
// anchor its entry; the short lines around each anchor are its header, and the section's
// own pattern (where the dates stand among the header lines, whether the title comes
// before the company) is learnt from the majority of its entries and applied to all.

#include "characters.h"
#include "parserimpl.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Shortlist::detail {

namespace {

// The median of a few small counts (the lower one of two middles).
int median(QVarLengthArray<int, 16> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

// Whether the dates of `outer` hold those of `inner`: a company's years over its roles.
bool spans(const DateRange &outer, const DateRange &inner)
{
    if (!outer.start.isValid() || !inner.start.isValid())
        return false;
    const bool startsBefore = outer.start.firstMonthIndex() <= inner.start.firstMonthIndex();
    const bool endsAfter = outer.ongoing
        || (outer.end.isValid() && !inner.ongoing && inner.end.isValid()
            && outer.end.lastMonthIndex() >= inner.end.lastMonthIndex())
        || (outer.end.isValid() && !inner.end.isValid() && !inner.ongoing
            && outer.end.lastMonthIndex() >= inner.start.lastMonthIndex());
    return startsBefore && endsAfter;
}

// "Title at Company": words that say which side is the company (readHeaderFields' own).
bool containsAtWord(QStringView text)
{
    for (QStringView word : atWords()) {
        if (containsShort(text, word))
            return true;
    }
    return false;
}

// The pieces of `text` outside its `taken` pieces that say something: not punctuation alone,
// nor a word joining a title and its company ("at", "bei", "in"), nor a duration.
Spans untakenWords(QStringView text, const SourceRange &line, QVarLengthArray<QStringView, 8> taken)
{
    static constexpr QStringView joining[] = {u"for", u"as", u"with", u"and"};
    auto joins = [](QStringView rest) {
        auto same = [rest](QStringView w) { return w.trimmed().compare(rest, Qt::CaseInsensitive) == 0; };
        return std::any_of(atWords().begin(), atWords().end(), same)
            || std::any_of(kInWords.begin(), kInWords.end(), same) || std::any_of(std::begin(joining), std::end(joining), same);
    };
    std::sort(taken.begin(), taken.end(), [](QStringView a, QStringView b) { return a.data() < b.data(); });
    Spans found;
    const QChar *at = text.data();
    auto gap = [&](const QChar *to) {
        const QStringView rest = to > at ? cleanView(QStringView(at, to)) : QStringView();
        if (std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetterOrNumber(); }) && !joins(rest)
            && !isDuration(rest))
            found.append({rest, line});
    };
    for (QStringView piece : std::as_const(taken)) {
        gap(piece.data());
        at = std::max(at, piece.data() + piece.size());
    }
    gap(text.data() + text.size());
    return found;
}

} // namespace

int ProfileParser::wordsBesideDates(int index) const
{
    const DateMatch &match = datesOf(index);
    const QStringView text = m_lines.at(index).text;
    if (!match.isValid())
        return wordsOf(index);
    return wordCount(cleanView(text.first(match.from)), kEnoughWords)
        + wordCount(cleanView(text.sliced(match.to)), kEnoughWords);
}

bool ProfileParser::isDateAnchor(int index) const
{
    const Line &line = m_lines.at(index);
    // HTML blocks count as text: a page's <div>s and <time>s hold whole CVs.
    if (line.kind != Line::Kind::Text && line.kind != Line::Kind::Heading && line.kind != Line::Kind::ListItem
        && line.kind != Line::Kind::Html)
        return false;
    const DateMatch &match = datesOf(index);
    if (!match.isValid())
        return false;
    const QStringView text = line.text;
    int beside = wordsBesideDates(index);
    // Where the dates stand: at the start or the end of the line (a bracket or a full stop
    // may close it), or, in a short line, anywhere.
    QStringView after = cleanView(text.sliced(match.to));
    const QStringView before = cleanView(text.first(match.from));
    // "Senior Consultant, Ashcombe (2002 – 2006) — strategy for ports": bracketed dates close
    // the entry's header; what a dash sets after them is its note.
    if (match.isRange && !before.isEmpty() && bracketsAround(text, match.from, match.to)) {
        const QStringView rest = text.sliced(match.to + 1).trimmed();
        if (rest.size() > 2 && (rest.front() == QChar(0x2014) || rest.front() == QChar(0x2013)) && rest[1] == u' ') {
            after = {};
            beside = wordCount(before, kEnoughWords);
        }
    }
    // "2020 - current: Postdoctoral Researcher with …, Centre for …": a list item that opens
    // with its dates and a colon is an entry, however long its header runs on.
    if (line.isListItem() && match.isRange && before.isEmpty() && match.from <= 2) {
        const QStringView rest = text.sliced(match.to).trimmed();
        if (rest.startsWith(QLatin1Char(':')) && wordCount(rest, 41) <= 40)
            return true;
    }
    if (beside > 14)
        return false;
    const bool atAnEdge = before.isEmpty() || after.isEmpty() || wordCount(after, 3) <= 2;
    // "### Earlier career (1998 – 2006)", "Research, 2010 – 2015": a heading that dates a kind
    // of experience stands over the positions under it.
    if (line.isHeading() && !before.isEmpty() && after.isEmpty() && Lexicon::isExperienceCategory(before))
        return false;
    // "Career break, 2018 – 2019: relocation": a time away from work, not a position.
    if (beside > 0 && mentionsBreakFromWork(index))
        return false;
    // "UK port operator (acquired 2013)": a year a word dates inside parentheses tells of
    // something else than the entry.
    if (!match.isRange && match.from > 0) {
        const qsizetype open = text.first(match.from).lastIndexOf(QLatin1Char('('));
        const qsizetype close = text.indexOf(QLatin1Char(')'), match.to);
        if (open >= 0 && close >= 0 && text.first(match.from).lastIndexOf(QLatin1Char(')')) < open
            && !cleanView(text.sliced(open + 1, match.from - open - 1)).isEmpty())
            return false;
    }
    if (line.kind == Line::Kind::ListItem)
        return (atAnEdge && beside <= 12 && (match.isRange || beside <= 6)) || (match.isRange && beside <= 8 && !text.endsWith(QLatin1Char('.')));
    // A sentence that mentions a year is text: "In 2019 we moved the fleet to Kubernetes."
    if (!match.isRange && beside > 6 && !atAnEdge)
        return false;
    if (text.endsWith(QLatin1Char('.')) && beside > 8)
        return false;
    return match.isRange || atAnEdge || beside <= 4;
}

bool ProfileParser::isEntryHeaderLine(int index) const
{
    const Line &line = m_lines.at(index);
    if (line.isHeading())
        return true;
    // "+ Acme Ltd" with its dates on the item's next line: the item names the entry.
    if (line.isListItem() && index + 1 < m_lines.size() && m_lines[index + 1].kind == Line::Kind::Text
        && !m_lines[index + 1].blankBefore && m_lines[index + 1].indent > line.indent && isDateAnchor(index + 1)
        && wordsOf(index) <= 8 && !line.text.endsWith(QLatin1Char('.')))
        return true;
    // "- Did this", "• Did that" typed as text (an escaped or indented bullet) is a highlight.
    // "-- Did this", "o\tDid that": the bullets of a text made in a word processor, too.
    const QStringView text = line.text;
    qsizetype bullet = 0;
    while (bullet < 2 && bullet < text.size()
        && (text[bullet] == QLatin1Char('-') || text[bullet] == QLatin1Char('*') || text[bullet] == QChar(0x2022)
            || text[bullet] == QChar(0x25e6) || (bullet == 0 && text[bullet] == QLatin1Char('o'))))
        ++bullet;
    if (bullet > 0 && bullet + 1 < text.size() && text[bullet].isSpace()
        && (text[0] != QLatin1Char('o') || text[1] == QLatin1Char('\t')))
        return false;
    if (isDateAnchor(index))
        return true;
    // "Role: PHP developer." names a field; "Role: PHP developer. I built the shop's …" starts
    // the entry's text with it (its first clause is read there, when the header left the
    // field empty).
    if (const LabelledField field = labelledFieldOf(index); field.kind != LabelledField::None)
        return !field.value.contains(u". ") || wordCount(field.value, kEnoughWords + 1) <= 8;
    // A line of a hard-wrapped paragraph: it runs on into the next line ("…internal
    // controls," / "looking for gaps…"), or continues the one before it in lower case.
    const auto startsLower = [](QStringView s) { return !s.isEmpty() && s.front().isLower(); };
    auto sameBlock = [&](int other) {
        return other >= 0 && other < m_lines.size() && m_lines[other].block == line.block
            && m_lines[other].kind == Line::Kind::Text;
    };
    if (line.kind == Line::Kind::Text) {
        if (sameBlock(index + 1) && wordsOf(index) >= 5 && !isDateAnchor(index + 1)
            && (text.endsWith(QLatin1Char(',')) || startsLower(m_lines[index + 1].text)))
            return false;
        if (sameBlock(index - 1) && wordsOf(index - 1) >= 5 && !isDateAnchor(index - 1) && startsLower(text))
            return false;
    }
    return isHeaderLine(index);
}

namespace {

// The words before a date say that one joined then: "Joined", "Joined in", "Since", "Seit",
// "Depuis", "Desde", "Dal", "Started in" at the start of the sentence.
bool joinedAt(QStringView before)
{
    static constexpr QStringView openings[] = {u"joined", u"joined in", u"joined the team in", u"since", u"started in",
        u"started", u"seit", u"depuis", u"desde", u"dal", u"dès", u"sinds", u"od"};
    before = Characters::trimmed(before);
    return std::any_of(std::begin(openings), std::end(openings),
        [before](QStringView opening) { return before.compare(opening, Qt::CaseInsensitive) == 0; });
}

// What a label names, without the rest of its sentence: "PHP developer" of "Role: PHP
// developer. I did both …", "Acme" of "Employer: Acme." ("Acme Ltd." keeps its dot).
QStringView labelledValue(QStringView value)
{
    if (const qsizetype stop = value.indexOf(u". "); stop > 0)
        value = value.first(stop);
    value = cleanView(value);
    if (value.endsWith(QLatin1Char('.')) && !Lexicon::isLegalSuffix(value.sliced(value.lastIndexOf(QLatin1Char(' ')) + 1)))
        value.chop(1);
    return value;
}

} // namespace

void ProfileParser::readWorkSection(int from, int to, int heading)
{
    const qsizetype workBefore = m_profile.work.size();
    const bool tabled = readTable(from, to);

    // 1. Groups: runs of header lines, each closed by the body lines under it. A heading
    // opens a new group once the group has its dates.
    struct Group
    {
        LineList lines;
        LineList anchors; // positions in `lines`
        LineList body;
        int lateAnchor = -1; // dates alone below the text of a group that had none
        bool complete = false; // a heading named both the title and the company
        bool taken = false; // read with a group before it
    };
    QList<Group> groups;
    for (int i = from; i < to; ++i) {
        if (isUsed(i) || isBlankOrRule(i) || m_lines[i].kind == Line::Kind::TableRow)
            continue;
        bool header = isEntryHeaderLine(i);
        // Right below a heading, a plain line of a few words more is still its header:
        // "University of Westholm IT Services, Leeds, UK" under "#### Title    Dates".
        if (!header && !groups.isEmpty() && groups.last().body.isEmpty() && i > 0 && m_lines[i - 1].isHeading()
            && groups.last().lines.last() == i - 1 && !m_lines[i].blankBefore
            && m_lines[i].kind == Line::Kind::Text && !m_lines[i].text.endsWith(QLatin1Char('.'))
            && !m_lines[i].text.endsWith(QLatin1Char(':')) && wordsOf(i) <= 12)
            header = true;
        // Right above its dates, in the same paragraph, a line is the entry's header whatever
        // its parenthesised places: "**Developer** (Lisbon / Paris, FR / Miami, US)<br>".
        // Between a header line and the dates, in one paragraph ("Title" / "a school's long
        // name, its city" / "dates"), it may be longer, and end with a company form's dot.
        if (!header && i + 1 < to && m_lines[i].kind == Line::Kind::Text && m_lines[i + 1].block == m_lines[i].block
            && isDateAnchor(i + 1)) {
            const bool underHeader = !groups.isEmpty() && groups.last().body.isEmpty()
                && groups.last().lines.last() == i - 1 && m_lines[i - 1].block == m_lines[i].block;
            const QStringView text = m_lines[i].text;
            const bool sentence = endsSentence(text);
            header = !sentence && wordCount(stripParenthesised(text), kEnoughWords + 1) <= (underHeader ? kEnoughWords : 8);
        }
        // Right below a dated line that opened a group, a line of a name's words ("National
        // Institute for the Deaf at RIT, Rochester, NY") is more of its header.
        if (!header && !groups.isEmpty() && groups.last().body.isEmpty() && groups.last().anchors.size() == 1
            && groups.last().lines.last() == i - 1 && groups.last().lines[groups.last().anchors.first()] == i - 1
            && !m_lines[i].blankBefore && m_lines[i].kind == Line::Kind::Text && wordsOf(i) <= 12
            && !m_lines[i].text.endsWith(QLatin1Char('.')) && mostlyCapitalized(m_lines[i].text, 0.51))
            header = true;
        const bool anchor = header && isDateAnchor(i);
        // Below "### Title at Company" a short plain line is text, not more of the header.
        if (header && !anchor && !m_lines[i].isHeading() && !groups.isEmpty() && groups.last().complete
            && groups.last().body.isEmpty())
            header = false;
        // Dates alone, below the text of a position that had none: "### Title at Company",
        // a paragraph, then "_Nov 2014 - Apr 2017_".
        if (anchor && !groups.isEmpty() && groups.last().anchors.isEmpty() && groups.last().lateAnchor < 0
            && !groups.last().body.isEmpty() && wordsBesideDates(i) == 0 && m_lines[i].kind != Line::Kind::Heading) {
            groups.last().lateAnchor = i;
            continue;
        }
        if (header) {
            // A heading opens a group unless it follows a heading above it ("### Company"
            // over "#### Title") with no dates yet between them, or with dates but no role
            // ("### Company - City - 2014 to 2015" over "#### Title").
            // (Nor does a heading that follows a deeper one: "#### Role" then "### Company".)
            const Line *opener = groups.isEmpty() ? nullptr : &m_lines[groups.last().lines.first()];
            bool startNew = groups.isEmpty() || !groups.last().body.isEmpty()
                || (m_lines[i].isHeading()
                    && (!groups.last().anchors.isEmpty() || !opener->isHeading() || m_lines[i].level < opener->level));
            if (startNew && !groups.isEmpty() && groups.last().body.isEmpty() && m_lines[i].isHeading() && !anchor
                && groups.last().anchors.size() == 1) {
                const int first = groups.last().lines.first();
                const int dated = groups.last().lines[groups.last().anchors.first()];
                // ("Lead Galaxy - London - 2014 to 2015": a company's name may hold a title's word;
                // the heading below that names a role in a few words and has no dates says which.)
                startNew = !(m_lines[first].isHeading() && m_lines[first].level < m_lines[i].level
                    && (!hasTitleWord(dated) || wordsOf(i) <= 5) && hasTitleWord(i));
            }
            if (startNew)
                groups.append(Group {});
            Group &g = groups.last();
            if (anchor)
                g.anchors.append(int(g.lines.size()));
            g.lines.append(i);
            // Only a heading that says which is which ("Title at Company", "Title @ Company")
            // leaves no room for a company line below it.
            if (m_lines[i].isHeading() && !g.complete && containsAtWord(m_lines[i].text)) {
                Spans own;
                const DateMatch &dates = datesOf(i);
                const QStringView text = m_lines[i].text;
                own.append({dates.isValid() ? text.first(dates.from) : text, m_lines[i].range});
                const HeaderFields fields = readHeaderFields(own);
                g.complete = !fields.title.isEmpty() && !fields.company.isEmpty()
                    && Lexicon::hasTitleWord(fields.title.text);
            }
        } else if (!groups.isEmpty()) {
            groups.last().body.append(i);
        }
    }
    if (groups.isEmpty())
        return;
    // Beside a range or a line of dates, a lone year in a line of words is part of a name
    // ("Studio 1950").
    auto isWeak = [this](int line) {
        return !datesOf(line).isRange && wordsBesideDates(line) > 0 && !m_lines[line].emphasized;
    };
    for (Group &g : groups) {
        const bool anyStrong
            = std::any_of(g.anchors.begin(), g.anchors.end(), [&](int a) { return !isWeak(g.lines[a]); });
        if (anyStrong)
            g.anchors.removeIf([&](int a) { return isWeak(g.lines[a]); });
    }

    // 2. The section's pattern, from the groups with one anchor: how many header lines
    // stand before the dates, and how many after.
    QVarLengthArray<int, 16> before, after;
    for (const Group &g : std::as_const(groups)) {
        if (g.anchors.size() == 1) {
            before.append(g.anchors.first());
            after.append(int(g.lines.size()) - 1 - g.anchors.first());
        }
    }
    int p = median(before);
    int q = median(after);
    auto namesRole = [this](const Group &g) {
        return std::any_of(g.lines.begin(), g.lines.end(), [this](int i) { return hasTitleWord(i); });
    };
    // Where most entries are dated, a line without dates that is no heading of the entries'
    // level is part of the entry above (a project under a job: "* Gofivo (url), Lead Developer").
    int dated = 0, undatedRoles = 0, deepestDatedHeading = 0;
    for (const Group &g : std::as_const(groups)) {
        if (!g.anchors.isEmpty() || g.lateAnchor >= 0) {
            ++dated;
            if (m_lines[g.lines.first()].isHeading())
                deepestDatedHeading = std::max(deepestDatedHeading, m_lines[g.lines.first()].level);
        } else if (namesRole(g)) {
            ++undatedRoles;
        }
    }
    // Whether the headings that open dated groups name companies rather than roles.
    int roleHeadings = 0, otherHeadings = 0;
    for (const Group &g : std::as_const(groups)) {
        if (g.anchors.isEmpty() || g.anchors.first() == 0 || !m_lines[g.lines.first()].isHeading())
            continue;
        (hasTitleWord(g.lines.first()) ? roleHeadings : otherHeadings) += 1;
    }
    const bool headingsNameCompanies = otherHeadings > roleHeadings;
    auto isAside = [&](const Group &g) {
        if (dated < 2 || dated <= undatedRoles)
            return false;
        const Line &first = m_lines[g.lines.first()];
        return !first.isHeading() || (deepestDatedHeading > 0 && first.level > deepestDatedHeading);
    };

    // 3. Entries: each anchor with the header lines the pattern gives it; lines before the
    // first entry of a group (a company over its roles) are context for the entries that
    // follow, until the next context.
    struct Piece
    {
        LineList header;
        int anchor = -1; // line index
        LineList body;
        LineList context;
        int employerDates = -1; // the context is an employer's line, with these dates
    };
    QList<Piece> pieces;
    LineList context;
    int employerDates = -1;
    int contextLevel = 0; // the heading level of the context, 0 for a plain line
    // Where the entries are headings, a dated list item is something within an entry (a
    // promotion, a project with its dates), not an entry of its own.
    int headingEntries = 0;
    for (const Group &g : std::as_const(groups)) {
        headingEntries += !g.anchors.isEmpty() && m_lines[g.lines.first()].isHeading()
            && !m_lines[g.lines[g.anchors.first()]].isListItem();
    }
    auto isListedWithin = [&](const Group &g) {
        return headingEntries >= 2 && headingEntries * 2 > dated && !pieces.isEmpty()
            && std::all_of(g.lines.begin(), g.lines.end(), [this](int i) { return m_lines[i].isListItem(); });
    };
    // A heading above the level of the headings that opened the entries before it ("### Company"
    // and a line about it, over "#### Title" entries) is no part of those entries.
    auto abovePieceHeadings = [&](const Group &g) {
        const Line &first = m_lines[g.lines.first()];
        if (!first.isHeading() || pieces.last().header.isEmpty())
            return false;
        const Line &opener = m_lines[pieces.last().header.first()];
        return opener.isHeading() && first.level < opener.level;
    };
    // "### Company [Jan 2021 - Jan 2024]" over "#### Role" headings without dates (the
    // company's bullets may come before them): the employer's range over the roles held
    // there, each role heading an entry. The number of entries made, 0 if `g` is no such group.
    auto readRolesUnderDatedHeading = [&](Group &g) {
        const int company = g.lines.first();
        const Line &heading = m_lines[company];
        if (!heading.isHeading() || g.anchors.size() != 1 || g.anchors.first() != 0 || hasTitleWord(company))
            return 0;
        auto isRoleHeading = [&](int line) {
            return m_lines[line].isHeading() && m_lines[line].level > heading.level && hasTitleWord(line)
                && !datesOf(line).isValid();
        };
        QList<Piece> roles;
        for (qsizetype k = 1; k < g.lines.size(); ++k) {
            if (!isRoleHeading(g.lines[k]))
                return 0;
            roles.append(Piece {{g.lines[k]}, -1, {}, {company}, company});
        }
        LineList before; // the company's own text, above its first role
        if (roles.isEmpty())
            before = g.body;
        else
            roles.last().body = g.body;
        QList<Group *> following;
        for (qsizetype j = &g - groups.data() + 1; j < groups.size(); ++j) {
            Group &next = groups[j];
            if (!next.anchors.isEmpty() || next.lateAnchor >= 0
                || !std::all_of(next.lines.cbegin(), next.lines.cend(), isRoleHeading))
                break;
            for (int line : next.lines)
                roles.append(Piece {{line}, -1, {}, {company}, company});
            roles.last().body = next.body;
            following.append(&next);
        }
        if (roles.isEmpty())
            return 0;
        for (Group *next : following)
            next->taken = true;
        before.append(roles.first().body.constData(), roles.first().body.size());
        roles.first().body = before;
        const int made = int(roles.size());
        pieces.append(std::move(roles));
        context = {company};
        contextLevel = heading.level;
        employerDates = company;
        return made;
    };
    for (Group &g : groups) {
        if (g.taken || readRolesUnderDatedHeading(g) > 0)
            continue;
        if (!g.anchors.isEmpty() && isListedWithin(g)) {
            pieces.last().body.append(g.lines.constData(), g.lines.size());
            pieces.last().body.append(g.body.constData(), g.body.size());
            continue;
        }
        // A heading over deeper headings at the top of the group is context: "### Company"
        // over "#### Title" and its dates.
        if (!g.lines.isEmpty() && m_lines[g.lines.first()].isHeading()) {
            const int level = m_lines[g.lines.first()].level;
            if (contextLevel > 0 && level <= contextLevel)
                context.clear(), contextLevel = 0, employerDates = -1;
        }
        // Where the section's headings name companies, not roles, a heading without dates
        // over dated lines is the company of this entry and of those that follow under it
        // ("### Company", then the roles with their dates).
        bool headingIsContext = false;
        if (headingsNameCompanies && !g.anchors.isEmpty() && g.anchors.first() > 0
            && m_lines[g.lines.first()].isHeading() && !hasTitleWord(g.lines.first())) {
            headingIsContext = true;
            context.clear();
            employerDates = -1;
            context.append(g.lines.first());
            contextLevel = m_lines[g.lines.first()].level;
            g.lines.remove(0);
            for (int &a : g.anchors)
                --a;
        }
        if (g.anchors.isEmpty() && g.lateAnchor < 0) {
            // No dates: a position written without them (it names a role) or a company
            // over the roles that follow.
            if (!pieces.isEmpty() && isAside(g)) {
                pieces.last().body.append(g.lines.constData(), g.lines.size());
                pieces.last().body.append(g.body.constData(), g.body.size());
            } else if (namesRole(g)) {
                Piece piece;
                piece.header = g.lines;
                piece.body = g.body;
                piece.context = context;
                piece.employerDates = employerDates;
                pieces.append(std::move(piece));
            } else if (!g.body.isEmpty() && !pieces.isEmpty() && !abovePieceHeadings(g)) {
                // "Achievements" over a list: more of the position above.
                pieces.last().body.append(g.lines.constData(), g.lines.size());
                pieces.last().body.append(g.body.constData(), g.body.size());
            } else if (!g.body.isEmpty() && tabled) {
                // Below a table of positions: their highlights, under their companies' names
                // (and a heading over them all, kept in the text).
                Position &last = m_profile.work.last();
                LineList lines;
                for (int i : g.lines) {
                    lines.append(i);
                    last.range = last.range.united(m_lines[i].range);
                }
                lines.append(g.body.constData(), g.body.size());
                std::sort(lines.begin(), lines.end());
                readPositionBody(LineSpan(lines), last, -1);
                last.range = last.range.united(rangeOf(LineSpan(lines)));
            } else {
                context = g.lines;
                employerDates = -1;
                contextLevel = m_lines[g.lines.first()].isHeading() ? m_lines[g.lines.first()].level : 0;
                if (!pieces.isEmpty())
                    pieces.last().body.append(g.body.constData(), g.body.size());
            }
            continue;
        }
        if (g.lateAnchor >= 0) {
            Piece piece;
            piece.header = g.lines;
            piece.header.append(g.lateAnchor);
            piece.anchor = g.lateAnchor;
            piece.body = g.body;
            piece.context = context;
            pieces.append(std::move(piece));
            continue;
        }
        // "Google, 2011-present" / "Kirkland, WA" over undated groups of roles ("Project" /
        // "Staff Engineer"): the employer and its years, over the roles held there.
        const qsizetype index = &g - groups.data();
        if (g.anchors.size() == 1 && !namesRole(g) && index + 1 < groups.size()
            && groups[index + 1].anchors.isEmpty() && groups[index + 1].lateAnchor < 0
            && namesRole(groups[index + 1])) {
            context = g.lines;
            contextLevel = m_lines[g.lines.first()].isHeading() ? m_lines[g.lines.first()].level : 0;
            employerDates = g.lines[g.anchors.first()];
            continue;
        }
        const int n = int(g.lines.size());
        LineList &anchors = g.anchors;
        // A first dated line without a role whose dates hold all the others' is the company.
        if (anchors.size() >= 2 && !hasTitleWord(g.lines[anchors.first()])) {
            const DateRange outer = datesOf(g.lines[anchors.first()]).dates;
            bool holdsAll = true;
            for (qsizetype k = 1; k < anchors.size() && holdsAll; ++k)
                holdsAll = spans(outer, datesOf(g.lines[anchors[k]]).dates);
            if (holdsAll) {
                const int first = anchors.first();
                context.clear();
                employerDates = -1;
                for (int k = 0; k <= first; ++k)
                    context.append(g.lines[k]);
                contextLevel = m_lines[g.lines.first()].isHeading() ? m_lines[g.lines.first()].level : 0;
                anchors.remove(0);
            }
        }
        // Lines before and after each anchor: the section's pattern, or this group's own.
        int lead = p, trail = q;
        if (anchors.size() >= 2) {
            const int gap = anchors[1] - anchors[0] - 1;
            if (gap == 0) {
                lead = trail = 0; // one line each
            } else if (lead < 0 || lead + trail != gap) {
                const int firstBefore = anchors.first();
                lead = std::min(firstBefore, gap);
                trail = gap - lead;
            }
        } else if (lead < 0) {
            lead = anchors.first();
            trail = n - 1 - anchors.first();
        }
        int firstStart = std::max(0, anchors.first() - lead);
        // The group's first `count` lines go to the position above, into `into` (its header or
        // its body).
        auto moveToPieceAbove = [&](int count, LineList &into) {
            into.append(g.lines.constData(), count);
            g.lines.remove(0, count);
            for (int &a : anchors)
                a -= count;
            firstStart = std::max(0, firstStart - count);
        };
        // "Employer: …" and "Sector: …" closing the paragraph of the position above, a blank
        // line before this one's dates: fields of that position, not a context for this one.
        if (firstStart > 0 && !headingIsContext && !pieces.isEmpty() && !m_lines[g.lines.first()].blankBefore) {
            // ("Type of business or sector: …": a label the lexicon need not know.)
            auto labelled = [this](int h) {
                const QString &text = m_lines[h].text;
                const qsizetype colon = indexOfShort(text, u": ");
                return labelledFieldOf(h).kind != LabelledField::None
                    || (colon > 0 && colon <= 45 && wordCount(QStringView(text).first(colon), 8) <= 6);
            };
            int own = 0;
            while (own < firstStart && !m_lines[g.lines[own]].blankBefore && labelled(g.lines[own]))
                ++own;
            const bool apart = own == firstStart || m_lines[g.lines[own]].blankBefore;
            if (own > 0 && apart && labelledFieldOf(g.lines.first()).kind != LabelledField::None)
                moveToPieceAbove(own, pieces.last().header);
        }
        // A sentence before the first entry ("_Career break, 2018 – 2019: relocation and
        // parental leave._") is text of the position above, not a company over the roles below.
        if (!anchors.isEmpty() && anchors.first() > 0 && !headingIsContext && !pieces.isEmpty()) {
            int sentences = 0;
            while (sentences < anchors.first()) {
                const int h = g.lines[sentences];
                if (m_lines[h].isHeading()
                    || !(wordsOf(h) > 12 || mentionsBreakFromWork(h)))
                    break;
                ++sentences;
            }
            if (sentences > 0 && (sentences >= firstStart || sentences == anchors.first() - 1))
                moveToPieceAbove(sentences, pieces.last().body);
        }
        // Header lines before the first entry: context for this group's entries (after the
        // company's heading, when that is the context: "#### Company" over "Mumbai").
        if (firstStart > 0) {
            if (!headingIsContext) {
                context.clear();
                employerDates = -1;
                contextLevel = m_lines[g.lines.first()].isHeading() ? m_lines[g.lines.first()].level : 0;
            }
            for (int k = 0; k < firstStart; ++k)
                context.append(g.lines[k]);
        }
        int start = firstStart;
        for (qsizetype k = 0; k < anchors.size(); ++k) {
            const int a = anchors[k];
            const bool last = k + 1 == anchors.size();
            int end = last ? int(g.lines.size()) : std::min(a + trail + 1, std::max(a + 1, anchors[k + 1] - lead));
            Piece piece;
            for (int j = start; j < end; ++j)
                piece.header.append(g.lines[j]);
            piece.anchor = g.lines[a];
            piece.context = context;
            if (last)
                piece.body = g.body;
            pieces.append(std::move(piece));
            start = end;
        }
    }

    // 4. Positions, and the order of title and company the section keeps.
    struct Built
    {
        Position position;
        HeaderFields fields;
        bool titleFirst = true;
        bool titleEvidence = false;
        bool hasBoth = false;
        qsizetype piece = 0; // its lines
        QStringView ranks; // the ranks written together that this entry's title is one of
    };
    QList<Built> built;
    built.reserve(pieces.size());
    int titleFirstVotes = 0, companyFirstVotes = 0;
    // "Experience as Senior Perl Developer": the section's heading names the role of the
    // entries that name none.
    Span sectionRole;
    if (heading >= 0) {
        const QStringView text = m_lines[heading].text;
        for (QStringView as : {u" as ", u" als ", u" en tant que ", u" como ", u" come ", u" jako ", u" как ", u" som "}) {
            const qsizetype at = text.indexOf(as, 0, Qt::CaseInsensitive);
            if (at > 0 && Lexicon::hasTitleWord(text.sliced(at + as.size()))) {
                sectionRole = {cleanView(text.sliced(at + as.size())), m_lines[heading].range};
                break;
            }
        }
    }
    // Where most entries write their place on a line of its own at one place from the dates
    // ("Title" / "Dates" / "Bonn, Germany"), that line is the place in every entry, even where
    // the place is one no list knows ("Бонн").
    auto slotOf = [](const Piece &piece, int line) {
        return int(piece.header.indexOf(line) - piece.header.indexOf(piece.anchor));
    };
    std::optional<int> placeSlot;
    {
        QVarLengthArray<std::pair<int, int>, 4> votes; // slot, entries
        int dated = 0;
        for (const Piece &piece : std::as_const(pieces)) {
            if (piece.anchor < 0)
                continue;
            ++dated;
            // (Below the dates, where exports write it; a short line, before the look-ups.)
            for (qsizetype k = piece.header.indexOf(piece.anchor) + 1; k > 0 && k < piece.header.size(); ++k) {
                const int h = piece.header[k];
                if (wordsOf(h) > 8 || !isPlaceLine(m_lines[h].text))
                    continue;
                const int slot = slotOf(piece, h);
                auto it = std::find_if(votes.begin(), votes.end(), [slot](const auto &v) { return v.first == slot; });
                if (it == votes.end())
                    votes.append({slot, 1});
                else
                    ++it->second;
            }
        }
        for (const auto &[slot, entries] : votes) {
            if (entries >= 2 && entries * 2 >= dated)
                placeSlot = slot;
        }
    }
    for (const Piece &piece : std::as_const(pieces)) {
        Built b;
        b.piece = &piece - pieces.constData();
        Spans spansOf;
        const DateMatch dates = piece.anchor >= 0 ? datesOf(piece.anchor) : DateMatch {};
        Spans dateNotes;
        // Lines that say which field they hold are taken at their word; the rest are read.
        LineList unlabelled;
        QVarLengthArray<std::pair<LabelledField, int>, 4> labelled;
        for (int h : piece.header) {
            // (Under a company named over its roles, a line that is a place is the place:
            // "Montevideo, Uruguay" is no company and its country.)
            if ((placeSlot && piece.anchor >= 0 && h != piece.anchor && slotOf(piece, h) == *placeSlot
                    && wordsOf(h) <= 3 && !hasTitleWord(h))
                || (!piece.context.isEmpty() && h != piece.anchor && isPlaceLine(m_lines[h].text) && !hasTitleWord(h))) {
                LabelledField place;
                place.kind = LabelledField::Location;
                place.value = m_lines[h].text;
                labelled.append({place, h});
                continue;
            }
            const LabelledField field = labelledFieldOf(h);
            if (field.kind == LabelledField::None || field.kind == LabelledField::Dates)
                unlabelled.append(h);
            if (field.kind != LabelledField::None && field.kind != LabelledField::Dates)
                labelled.append({field, h});
        }
        headerSpans(LineSpan(unlabelled), piece.anchor, dates, spansOf, dateNotes);
        // "Dates:" before the dates is the label, not a field.
        spansOf.removeIf([](const Span &span) {
            return wordCount(span.text, 4) <= 3
                && labelledField(QString(span.text.toString() + QLatin1Char(':'))).kind == LabelledField::Dates;
        });
        b.fields = readHeaderFields(spansOf);
        for (const auto &[field, line] : labelled) {
            const Span value {labelledValue(field.value), m_lines[line].range};
            if (value.text.isEmpty())
                continue; // a definition list's term: its value is on the next line
            if (field.kind == LabelledField::Title)
                b.fields.title = value;
            else if (field.kind == LabelledField::Company) {
                // "Employer: Acme GmbH, Hamburg": the company, and its place after it.
                b.fields.company = value;
                const qsizetype comma = value.text.indexOf(u", ");
                if (comma > 0 && !Lexicon::isLegalSuffix(value.text.sliced(comma + 2))
                    && isPlaceLine(value.text.sliced(comma + 2))) {
                    b.fields.company.text = value.text.first(comma);
                    if (b.fields.location.isEmpty())
                        b.fields.location = {value.text.sliced(comma + 2), value.within};
                }
            }
            else if (field.kind == LabelledField::Location)
                b.fields.location = value;
        }
        // "Role: PHP developer. I did both …", "Employers: 2K Czech, Bohemia Interactive." at the
        // top of the entry's text: the field its label names, when the header left it empty.
        for (qsizetype k = 0; k < std::min<qsizetype>(piece.body.size(), 3); ++k) {
            const int line = piece.body[k];
            if (m_lines[line].kind != Line::Kind::Text)
                break;
            const LabelledField field = labelledFieldOf(line);
            Span *slot = field.kind == LabelledField::Title ? &b.fields.title
                : field.kind == LabelledField::Company      ? &b.fields.company
                                                            : nullptr;
            if (!slot || !slot->text.isEmpty())
                continue;
            const QStringView value = labelledValue(field.value);
            if (!value.isEmpty() && wordCount(value, 9) <= 8)
                *slot = {value, m_lines[line].range};
        }
        // "**2022—Present: Addiva AB**" over "Software Architect and embedded systems
        // consultant.": a company and its dates whose role is the first clause of the text.
        if (b.fields.title.isEmpty() && !b.fields.company.isEmpty() && !piece.body.isEmpty()
            && m_lines[piece.body.first()].kind == Line::Kind::Text && !startsInFirstPerson(m_lines[piece.body.first()].text)) {
            const Line &first = m_lines[piece.body.first()];
            QStringView clause = first.text;
            for (QStringView end : {u", ", u". ", u" at ", u" - "}) {
                const qsizetype at = clause.indexOf(end);
                if (at > 0)
                    clause = clause.first(at);
            }
            clause = cleanView(clause);
            if (clause.endsWith(QLatin1Char('.')))
                clause.chop(1);
            // ("*Bioinformático*. A lo largo de …": set apart in emphasis, the clause is the
            // role whatever its words.)
            auto emphasized = [&] {
                const QString raw = m_source.text(first.range.begin,
                    std::min(first.range.end, first.range.begin + clause.size() + 4));
                for (QStringView mark : {u"**", u"__", u"*", u"_"}) {
                    if (raw.startsWith(mark) && QStringView(raw).sliced(mark.size()).startsWith(clause)
                        && QStringView(raw).sliced(mark.size() + clause.size()).startsWith(mark))
                        return true;
                }
                return false;
            };
            if (!clause.isEmpty() && wordCount(clause, 9) <= 8
                && (Lexicon::titleEvidence(clause) == Lexicon::TitleEvidence::Role || emphasized()))
                b.fields.title = {clause, first.range};
        }
        const bool titleWord = Lexicon::hasTitleWord(b.fields.title.text);
        if (!titleWord && !dates.isValid())
            continue;
        // A company from the context (the heading over the roles) when the entry has none,
        // or when what it took for one is a place.
        const bool employer = piece.employerDates >= 0;
        // Under a company, a role's one field is its title, known words or not ("Dualer
        // Student Informatik").
        if (!piece.context.isEmpty() && b.fields.title.isEmpty() && !b.fields.company.isEmpty()) {
            b.fields.title = b.fields.company;
            b.fields.company = {};
        }
        // Under a company named over its roles, "SVP, Digital & Operations" is one title: the
        // words after its comma name a field of the role, not another company. (Not under a
        // kind of experience: "### Earlier career (1998 – 2006)" names no company.)
        const auto contextNamesCategory = [&] {
            const int c = piece.context.size() == 1 ? piece.context.first() : -1;
            return c >= 0 && Lexicon::isExperienceCategory(cleanField(withoutDates(m_lines[c].text, datesOf(c))));
        };
        if (!piece.context.isEmpty() && !b.fields.title.isEmpty() && !b.fields.company.isEmpty()
            && !contextNamesCategory()
            && b.fields.title.text.data() + b.fields.title.text.size() + 2 == b.fields.company.text.data()
            && QStringView(b.fields.title.text.data() + b.fields.title.text.size(), 2) == u", "
            && wordCount(b.fields.company.text, 5) <= 4 && !Lexicon::isLegalSuffix(b.fields.company.text.sliced(
                   b.fields.company.text.lastIndexOf(QLatin1Char(' ')) + 1))) {
            b.fields.title.text = QStringView(b.fields.title.text.data(),
                b.fields.company.text.data() + b.fields.company.text.size() - b.fields.title.text.data());
            b.fields.company = {};
        }
        if (!piece.context.isEmpty()
            && (employer || b.fields.company.isEmpty() || namesUnit(b.fields.company.text))) {
            Spans contextSpans, contextNotes;
            headerSpans(LineSpan(piece.context), piece.employerDates,
                employer ? datesOf(piece.employerDates) : DateMatch {}, contextSpans, contextNotes);
            const HeaderFields outer = readHeaderFields(contextSpans);
            // Its first part, unless that names a role: "Company (descriptor) 📍 City".
            // ("### Acme plc | 2006 – 2012" over "*Port operator, FTSE 250*": the company the
            // context names beside a role's words.)
            Span company = !outer.title.isEmpty() && !Lexicon::hasTitleWord(outer.title.text) ? outer.title
                : outer.title.isEmpty()
                    || (!(outer.title.within == outer.company.within) && !containsShort(outer.company.text, u"://")
                        && !isWebAddress(outer.company.text) && !findDates(outer.company.text).isValid())
                ? outer.company
                : Span {};
            const qsizetype open = company.text.endsWith(QLatin1Char(')')) ? company.text.lastIndexOf(QLatin1Char('(')) : -1;
            if (open > 0)
                company.text = company.text.first(open).trimmed();
            if (Lexicon::isExperienceCategory(company.text))
                company = {}; // "### Industry" over the positions held in industry
            if (!company.isEmpty()) {
                // Under an employer's line, what the role's own lines named (a project, a
                // team: "Engineer @ Platform Team") is a note.
                if (!b.fields.company.isEmpty())
                    b.fields.notes.append(b.fields.company);
                b.fields.company = company;
            }
        }
        if (b.fields.title.isEmpty() && !sectionRole.isEmpty())
            b.fields.title = sectionRole;
        if (b.fields.title.isEmpty() && b.fields.company.isEmpty())
            continue;
        // "### Föräldraledig" over its dates: a time away from work, not a position.
        if ((b.fields.title.isEmpty() || Lexicon::mentionsBreakFromWork(b.fields.title.text))
            && (b.fields.company.isEmpty() || Lexicon::mentionsBreakFromWork(b.fields.company.text)))
            continue;
        b.hasBoth = !b.fields.title.isEmpty() && !b.fields.company.isEmpty();
        b.titleEvidence = titleWord;
        if (b.hasBoth) {
            b.titleFirst = b.fields.title.within.begin < b.fields.company.within.begin
                || (b.fields.title.within == b.fields.company.within
                    && b.fields.title.text.data() < b.fields.company.text.data());
            if (titleWord && !Lexicon::hasTitleWord(b.fields.company.text))
                (b.titleFirst ? titleFirstVotes : companyFirstVotes) += 1;
        }
        for (const Span &note : std::as_const(dateNotes)) {
            if (b.fields.location.isEmpty() && (wordCount(note.text, 2) == 1 || Lexicon::isWorkModeOrCountry(note.text)))
                b.fields.location = note;
            else
                b.fields.notes.append(note);
        }
        Position &position = b.position;
        if (dates.isValid()) {
            setDates(position, dates, part(piece.anchor));
            // "Start date: March 2018" alone: held since then.
            if (!dates.isRange && !dates.dates.ongoing && labelledFieldOf(piece.anchor).start) {
                position.ongoing = true;
                position.end = {};
            }
            use(piece.anchor);
        } else {
            // No line of dates: a range in the first sentences of its text ("Joined in May
            // 2020 and stayed until September 2021") dates it; the text stays text.
            int looked = 0;
            for (int i : piece.body) {
                if (m_lines[i].kind != Line::Kind::Text || ++looked > 3)
                    break;
                DateMatch inProse = datesOf(i);
                if (!inProse.isValid())
                    continue;
                // "Joined in May 2020 and stayed until September 2021": two dates of one
                // sentence are its start and end.
                if (!inProse.isRange) {
                    const DateMatch later = findDates(m_lines[i].text, inProse.to);
                    // "Joined April 2023 as …", "Since May 2020 I …": held from then on.
                    if (!later.isValid() && joinedAt(QStringView(m_lines[i].text).first(inProse.from))) {
                        setDates(position, inProse, part(i));
                        position.ongoing = true;
                        position.end = {};
                        break;
                    }
                    if (!later.isValid())
                        continue;
                    inProse.isRange = true;
                    inProse.dates.end = later.isRange ? later.dates.end : later.dates.start;
                    inProse.dates.ongoing = later.dates.ongoing;
                    inProse.endFrom = later.isRange ? later.endFrom : later.startFrom;
                    inProse.endTo = later.isRange ? later.endTo : later.startTo;
                    inProse.to = later.to;
                }
                setDates(position, inProse, part(i));
                break;
            }
        }
        for (int h : piece.header)
            use(h);
        position.range = rangeOf(piece.header);
        const LineSpan body(piece.body);
        readPositionBody(body, position, piece.anchor);
        addNotes(position, b.fields.notes);
        position.range = position.range.united(rangeOf(body));
        built.append(std::move(b));
    }

    // "Graduate, Junior, Intermediate Software Engineer" under one range: the ranks held there,
    // each an entry, the latest first; one range of their own is shared as below.
    for (qsizetype k = 0; k < built.size(); ++k) {
        const QList<QStringView> ranks = rankTitles(built[k].fields.title.text);
        if (ranks.size() < 2)
            continue;
        Built whole = built[k];
        built.remove(k);
        for (qsizetype r = 0; r < ranks.size(); ++r) {
            Built one = whole;
            one.fields.title.text = ranks[r];
            one.ranks = whole.fields.title.text;
            if (r > 0) {
                // The text stays with the latest.
                one.position.description = {};
                one.position.highlights.clear();
                one.position.body.clear();
            }
            if (pieces[whole.piece].anchor >= 0) {
                if (r > 0)
                    one.position.end = {}, one.position.ongoing = false;
                if (r + 1 < ranks.size())
                    one.position.start = {};
            }
            built.insert(k + r, std::move(one));
        }
        k += ranks.size() - 1;
    }

    // Roles under one employer's range share it as LABELLING has it for titles written
    // together: the latest role ends when the range ends, the earliest starts when it starts.
    for (qsizetype k = 0; k < built.size();) {
        const int dates = pieces[built[k].piece].employerDates;
        qsizetype end = k + 1;
        while (end < built.size() && dates >= 0 && pieces[built[end].piece].employerDates == dates)
            ++end;
        if (dates >= 0 && pieces[built[k].piece].anchor < 0) {
            const DateMatch &range = datesOf(dates);
            const Part written = part(dates);
            Position &latest = built[k].position;
            Position &earliest = built[end - 1].position;
            setDates(latest, range, written);
            if (end - 1 != k) {
                latest.start = {};
                setDates(earliest, range, written);
                earliest.end = {};
                earliest.ongoing = false;
            }
            use(dates);
        }
        k = end;
    }

    // A second "Experience" of named things without roles or dates is a portfolio.
    if (built.isEmpty() && !tabled && workBefore > 0) {
        readProjects(from, to, -1);
        return;
    }

    // The order most entries with a clear title keep decides the others': where an entry's
    // "title" names no role and stands where the section writes companies, the two swap.
    const bool sectionTitleFirst = titleFirstVotes >= companyFirstVotes;

    // Which header line holds the title and which the company, in most entries that put
    // them on lines of their own; an entry that read both from one line ("Finance
    // Specialist - IT Interface" over "Acme, Berlin") is read the section's way.
    auto lineOf = [&](const Built &b, const Span &field) {
        const LineList &header = pieces[b.piece].header;
        for (qsizetype k = 0; k < header.size(); ++k) {
            if (m_lines[header[k]].range == field.within)
                return int(k);
        }
        return -1;
    };
    QHash<QPair<int, int>, int> lineVotes;
    for (const Built &b : std::as_const(built)) {
        if (!b.hasBoth || !b.titleEvidence)
            continue;
        const int t = lineOf(b, b.fields.title), c = lineOf(b, b.fields.company);
        if (t >= 0 && c >= 0 && t != c)
            ++lineVotes[{t, c}];
    }
    QPair<int, int> sectionLines {-1, -1};
    int most = 1; // two entries at least
    for (auto it = lineVotes.cbegin(); it != lineVotes.cend(); ++it) {
        if (it.value() > most)
            most = it.value(), sectionLines = it.key();
    }
    if (sectionLines.first >= 0) {
        for (Built &b : built) {
            const LineList &header = pieces[b.piece].header;
            const int t = lineOf(b, b.fields.title), c = lineOf(b, b.fields.company);
            if (!b.hasBoth || t != c || sectionLines.first >= header.size() || sectionLines.second >= header.size())
                continue;
            const int titleLine = header[sectionLines.first], companyLine = header[sectionLines.second];
            const int anchor = pieces[b.piece].anchor;
            if (titleLine == anchor)
                continue;
            b.fields.title = {cleanView(m_lines[titleLine].text), m_lines[titleLine].range};
            // (The section's lines are the evidence now: no swap below.)
            b.titleFirst = sectionLines.first < sectionLines.second;
            b.titleEvidence = true;
            // The company line read alone, beside its dates when it holds them ("Acme GmbH -
            // Linz | 07.2024 - 09.2024" over the title): "Finance Team, Delta Electronics
            // EMEA, Netherlands" names a team, its company and a place.
            Spans line, lineNotes;
            headerSpans(LineSpan(&companyLine, 1), anchor, anchor >= 0 ? datesOf(anchor) : DateMatch {}, line, lineNotes);
            const HeaderFields read = readHeaderFields(line);
            Span company = read.company;
            // The section says this line names no role: a "title" read in it without a
            // title's word is the company, and what was taken for the company its place.
            const bool noRole = !read.title.isEmpty() && !Lexicon::hasTitleWord(read.title.text);
            if (noRole && !read.company.isEmpty() && read.location.isEmpty() && wordCount(read.company.text, 4) <= 3)
                b.fields.location = read.company;
            if (company.isEmpty() || noRole || (namesUnit(company.text) && !read.title.isEmpty()))
                company = read.title;
            if (!company.isEmpty())
                b.fields.company = company;
            if (!read.location.isEmpty())
                b.fields.location = read.location;
        }
    }

    const Built *previous = nullptr;
    for (Built &b : built) {
        if (b.hasBoth && !b.titleEvidence && b.titleFirst != sectionTitleFirst
            && (titleFirstVotes + companyFirstVotes) > 0)
            std::swap(b.fields.title, b.fields.company);
        // "**Fjordlys AS**, Oslo" / "*Seniorutvikler* (2019 – nå)" … "*Utvikler* (2016 – 2019)":
        // a title line set like the one under the company's line before it, alone, is
        // another role at that company.
        const Piece &piece = pieces[b.piece];
        if (previous && b.fields.company.isEmpty() && !b.fields.title.isEmpty() && piece.header.size() == 1
            && piece.context.isEmpty() && !previous->fields.company.isEmpty()) {
            const Piece &before = pieces[previous->piece];
            const int titleLine = piece.header.first();
            const int previousTitle = before.header.size() == 2 ? before.header.last() : -1;
            // (How a line opens in the file: "**", "*", "_" or a letter; text offsets are the
            // UTF-8 text's bytes.)
            const auto opening = [this](int i) {
                const QByteArrayView from = QByteArrayView(m_source.utf8()).sliced(m_lines[i].range.begin);
                qsizetype marks = 0;
                while (marks < 3 && marks < from.size() && (from[marks] == '*' || from[marks] == '_'))
                    ++marks;
                return from.first(marks);
            };
            if (previousTitle >= 0 && before.anchor == previousTitle && !opening(titleLine).isEmpty()
                && opening(titleLine) == opening(previousTitle) && opening(before.header.first()) != opening(previousTitle)
                && m_lines[titleLine].kind == m_lines[previousTitle].kind) {
                b.fields.company = previous->fields.company;
                if (b.fields.location.isEmpty())
                    b.fields.location = previous->fields.location;
            }
        }
        previous = &b;
        b.position.title = toText(b.fields.title);
        b.position.company = toText(b.fields.company);
        b.position.location = toText(b.fields.location);
        // Words of a header line that became no field and no note ("Windows Division" of
        // "Windows Division, BitLocker" between the employer's line and the title): a note,
        // not lost.
        Spans unread;
        for (int h : pieces[b.piece].header) {
            const QStringView text = m_lines[h].text;
            // What the fields, notes and dates took of the line (a piece of another line is
            // not in it).
            QVarLengthArray<QStringView, 8> taken;
            auto take = [&](QStringView piece) {
                if (!piece.isEmpty() && piece.data() >= text.data() && piece.data() + piece.size() <= text.data() + text.size())
                    taken.append(piece);
            };
            take(b.fields.title.text), take(b.fields.company.text), take(b.fields.location.text), take(b.ranks);
            for (const Span &n : std::as_const(b.fields.notes))
                take(n.text);
            if (const DateMatch &dates = datesOf(h); dates.isValid())
                take(text.sliced(dates.from, dates.to - dates.from));
            Spans found = untakenWords(text, m_lines[h].range, taken);
            // The label of a labelled line ("Employer:") says which field its value is
            // (looked up only for the few lines with words left).
            if (const LabelledField field = found.isEmpty() ? LabelledField {} : labelledFieldOf(h);
                field.kind != LabelledField::None) {
                take(text.first(field.value.isEmpty() ? text.size() : field.value.data() - text.data()));
                found = untakenWords(text, m_lines[h].range, taken);
            }
            unread.append(found.constData(), found.size());
        }
        addNotes(b.position, unread);
        if (explaining())
            explainPosition(pieces[b.piece].header, pieces[b.piece].anchor, pieces[b.piece].body,
                pieces[b.piece].context, b.position, int(m_profile.work.size()));
        appendPromotions(std::move(b.position));
    }
}

// "Graduate Engineer → Project Engineer, Severn Marine (1998 – 2002)": the roles held one
// after another at one employer, each a position. The latest comes first, as a CV lists
// them, with the entry's end and its text; the first role holds the start.
void ProfileParser::appendPromotions(Position &&position)
{
    QList<QStringView> titles;
    const QString &title = position.title.value;
    for (QStringView part : QStringView(title).tokenize(QStringView(u" \u2192 "), Qt::SkipEmptyParts)) {
        for (QStringView piece : part.tokenize(QStringView(u" -> "), Qt::SkipEmptyParts))
            titles.append(Characters::trimmed(piece));
    }
    if (titles.size() < 2 || titles.size() > 6
        || std::any_of(titles.cbegin(), titles.cend(), [](QStringView t) { return t.isEmpty() || wordCount(t, 7) > 6; })) {
        appendTo(m_profile.work, std::move(position), 8);
        return;
    }
    for (qsizetype k = titles.size() - 1; k >= 0; --k) {
        Position role = k == titles.size() - 1 ? position : Position {};
        if (k != titles.size() - 1) {
            role.company = position.company;
            role.location = position.location;
            role.url = position.url;
            role.range = position.range;
        }
        role.title = locate(titles[k].toString(), position.title.range).toText();
        if (k != 0)
            role.start = {};
        if (k == 0) {
            role.start = position.start;
            role.datesRange = position.datesRange;
        }
        if (k != titles.size() - 1) {
            role.end = {};
            role.ongoing = false;
        }
        appendTo(m_profile.work, std::move(role), 8);
    }
}

QList<QStringView> rankTitles(QStringView title)
{
    // The steps of a career, lowest first; a step not named here is no rank.
    static const QHash<QString, int> steps = {{u"intern"_s, 0}, {u"trainee"_s, 0}, {u"apprentice"_s, 0},
        {u"graduate"_s, 1}, {u"junior"_s, 2}, {u"jr"_s, 2}, {u"associate"_s, 3}, {u"intermediate"_s, 4},
        {u"mid"_s, 4}, {u"senior"_s, 5}, {u"sr"_s, 5}, {u"staff"_s, 6}, {u"principal"_s, 7}, {u"i"_s, 1},
        {u"ii"_s, 2}, {u"iii"_s, 3}, {u"iv"_s, 4}, {u"1"_s, 1}, {u"2"_s, 2}, {u"3"_s, 3}, {u"4"_s, 4}};
    title = title.trimmed();
    if (title.startsWith(QLatin1Char('(')) && title.endsWith(QLatin1Char(')')))
        title = title.sliced(1, title.size() - 2);
    if (!title.contains(QLatin1String(", ")))
        return {};
    struct Ranked
    {
        QStringView text;
        int step;
    };
    QList<Ranked> parts;
    QString base;
    for (QStringView part : QStringTokenizer(title, u", ", Qt::SkipEmptyParts)) {
        part = part.trimmed();
        // Its rank words first or last ("Senior Engineer", "Engineer III"); the rest is the role.
        QStringList words;
        for (QStringView w : QStringTokenizer(part, QLatin1Char(' '), Qt::SkipEmptyParts))
            words.append(w.toString());
        int step = -1;
        while (words.size() > 1 && steps.contains(words.first().toLower().remove(QLatin1Char('.'))))
            step = std::max(step, steps.value(words.takeFirst().toLower().remove(QLatin1Char('.'))));
        while (words.size() > 1 && steps.contains(words.last().toLower().remove(QLatin1Char('.'))))
            step = std::max(step, steps.value(words.takeLast().toLower().remove(QLatin1Char('.'))));
        const QString role = words.join(QLatin1Char(' ')).toLower();
        if (step < 0 && !parts.isEmpty() && role == base)
            step = 4; // the role without a rank: between junior and senior
        if (step < 0 && parts.isEmpty())
            step = 4;
        if ((!parts.isEmpty() && role != base) || !Lexicon::hasTitleWord(part))
            return {};
        base = role;
        parts.append({part, step});
    }
    if (parts.size() < 2)
        return {};
    std::stable_sort(parts.begin(), parts.end(), [](const Ranked &a, const Ranked &b) { return a.step > b.step; });
    if (std::adjacent_find(parts.cbegin(), parts.cend(), [](const Ranked &a, const Ranked &b) { return a.step == b.step; })
        != parts.cend())
        return {}; // two of one rank: concurrent roles, not steps
    QList<QStringView> out;
    for (const Ranked &r : std::as_const(parts))
        out.append(r.text);
    return out;
}

void ProfileParser::explainPosition(LineSpan header, int anchor, LineSpan body, LineSpan context,
    const Position &position, int index)
{
    const QString name = QStringLiteral("position %1").arg(index + 1);
    auto said = [](const Text &field) { return field.value.isEmpty() ? QStringLiteral("-") : field.value; };
    for (int h : header) {
        if (h == anchor) {
            const DateRange &d = datesOf(h).dates;
            explain(h, QStringLiteral("%1: its dates %2..%3 (the line that anchors the entry)")
                           .arg(name, d.start.toIsoString(), d.ongoing ? QStringLiteral("present") : d.end.toIsoString()));
        } else {
            explain(h, QStringLiteral("%1: header").arg(name));
        }
    }
    if (!header.empty())
        explain(header.front(), QStringLiteral("%1 reads: title '%2', company '%3', location '%4'")
                                    .arg(name, said(position.title), said(position.company), said(position.location)));
    for (int c : context)
        explain(c, QStringLiteral("context over %1 (a company over its roles)").arg(name));
    for (int b : body) {
        if (isUsed(b))
            explain(b, QStringLiteral("%1: text").arg(name));
    }
}

} // namespace Shortlist::detail
