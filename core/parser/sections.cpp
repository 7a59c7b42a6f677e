// How a CV is cut into sections: headings say what a section holds, the shape of
// its lines says the rest. Heading levels are not trusted.

#include "dates.h"
#include "parserimpl.h"

namespace Shortlist::detail {

namespace {

QString sectionKindName(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Summary: return QStringLiteral("summary");
    case SectionKind::Work: return QStringLiteral("work");
    case SectionKind::Education: return QStringLiteral("education");
    case SectionKind::Skills: return QStringLiteral("skills");
    case SectionKind::Projects: return QStringLiteral("projects");
    case SectionKind::Certificates: return QStringLiteral("certificates");
    case SectionKind::Languages: return QStringLiteral("languages");
    case SectionKind::Contacts: return QStringLiteral("contacts");
    case SectionKind::Other: return QStringLiteral("other");
    case SectionKind::Boilerplate: return QStringLiteral("boilerplate");
    case SectionKind::None: break;
    }
    return {};
}

bool isAllCaps(QStringView text)
{
    int letters = 0;
    for (QChar c : text) {
        if (c.isDigit())
            return false;
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 3;
}

bool looksLikeCommaList(const Line &line)
{
    return line.kind == Line::Kind::Text && splitKeywords(line.text).size() >= 3;
}

} // namespace

SectionKind ProfileParser::headingKind(int index) const
{
    const Line &line = m_lines.at(index);
    const QString &text = line.text;
    // A job heading can name a section word ("Head of Education at …"); dates and roles win.
    if (datesOf(index).isRange)
        return SectionKind::None;
    // The separators first: looking for them is cheaper than looking for a title word.
    if ((containsAnyOf(text, {u'@', u'|', u','}) || containsShort(text, u" at ")) && hasTitleWord(index))
        return SectionKind::None;
    return namedSection(index);
}

bool ProfileParser::isImplicitHeading(int index, SectionKind current) const
{
    const Line &line = m_lines.at(index);
    if (line.kind != Line::Kind::Text)
        return false;
    const QString &text = line.text;
    if (text.size() > 60)
        return false;
    const int words = wordsOf(index);
    if (words > 7 || text.contains(QLatin1Char('@')) || text.endsWith(QLatin1Char(',')))
        return false;
    // "Projects: Backend and Blockchain." is a labelled note, not a heading; nor is a line
    // with an address ("https://…"), whose colon has text after it too.
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0 && colon + 1 < text.size())
        return false;
    const Line *next = index + 1 < m_lines.size() ? &m_lines.at(index + 1) : nullptr;
    // In a markdown CV the headings are marked up; a plain line that names a section
    // ("Technology Stack:") is then part of the text, unless it is set apart.
    const bool plainText = !m_hasHeadings;
    const bool setApart = line.strong || (isAllCaps(text) && (line.blankBefore || index == 0));

    const SectionKind kind = namedSection(index);
    if (kind == SectionKind::Boilerplate)
        return true; // a platform's footer, whatever the markup around it
    if (kind != SectionKind::None && !datesOf(index).isValid() && (plainText || setApart)) {
        // Inside a skills section, "Languages" or "Tools" over a list names a group of skills.
        if (current == SectionKind::Skills && next && looksLikeCommaList(*next)
            && !Lexicon::isNaturalLanguage(next->text) && !isAllCaps(text))
            return false;
        return true;
    }
    if (plainText && isAllCaps(text) && words >= 2 && words <= 5 && (line.blankBefore || index == 0))
        return true;
    // "**Achievements:**" standing alone in a paragraph.
    if (line.strong && text.endsWith(QLatin1Char(':')) && words <= 4)
        return true;
    // "The most amazing..." continued by "...thing I've built": a prompt and its answer.
    if (plainText && (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026))) && next
        && (next->text.startsWith(QLatin1String("...")) || next->text.startsWith(QChar(0x2026))))
        return true;
    return false;
}

void ProfileParser::findChunks()
{
    m_chunks.clear();
    Chunk chunk;
    SectionKind current = SectionKind::None;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].isHeading() && !isImplicitHeading(i, current))
            continue;
        chunk.end = i;
        m_chunks.append(chunk);
        chunk = Chunk {i, i + 1, 0, headingKind(i)};
        if (chunk.kind != SectionKind::None)
            current = chunk.kind;
    }
    chunk.end = int(m_lines.size());
    m_chunks.append(chunk);
}

int ProfileParser::headerEnd() const
{
    for (int c = 0; c < m_chunks.size(); ++c) {
        const Chunk &chunk = m_chunks[c];
        if (chunk.heading < 0)
            continue;
        if (chunk.kind != SectionKind::None || isPositionHeading(chunk.heading))
            return c;
        // A second heading of the name's level or above starts the body of the CV.
        if (c > 1 && m_lines[chunk.heading].isHeading() && m_chunks[c - 1].heading >= 0
            && m_lines[chunk.heading].level <= m_lines[m_chunks[c - 1].heading].level)
            return c;
    }
    return int(m_chunks.size());
}

// A heading that names a role and has dates on it or on one of the two lines below it: a
// position. The same heading without dates near it, under the name, is the headline.
bool ProfileParser::isPositionHeading(int index) const
{
    if (!isJobHeading(index))
        return false;
    if (datesOf(index).isValid())
        return true;
    int seen = 0;
    for (int i = index + 1; i < m_lines.size() && seen < 2; ++i) {
        if (isBlankOrRule(i))
            continue;
        if (datesOf(i).isValid())
            return true;
        ++seen;
    }
    return false;
}

// What a chunk's heading says it holds, corrected by what the chunk holds.
SectionKind ProfileParser::sectionKindOf(const Chunk &chunk, SectionKind current) const
{
    SectionKind kind = chunk.kind;
    // "Languages: Python, Go, Java" in a skills list is a group of skills.
    if (kind == SectionKind::Languages && !looksLikeLanguages(chunk.begin, chunk.end)
        && (current == SectionKind::Skills || looksLikeSkillList(chunk.begin, chunk.end)))
        kind = SectionKind::Skills;
    // "Experience: - Python - 10 years": years per skill, not positions.
    if (kind == SectionKind::Work && looksLikeSkillYears(chunk.begin, chunk.end))
        kind = SectionKind::Skills;
    return kind;
}

void ProfileParser::readSection(const Chunk &chunk, SectionKind kind)
{
    const int h = chunk.heading;
    switch (kind) {
    case SectionKind::Summary: readSummary(chunk.begin, chunk.end); break;
    case SectionKind::Work: readWorkSection(chunk.begin, chunk.end); break;
    case SectionKind::Education: readEducation(chunk.begin, chunk.end, -1); break;
    case SectionKind::Skills: readSkills(chunk.begin, chunk.end, part(h)); break;
    case SectionKind::Projects: readProjects(chunk.begin, chunk.end, -1); break;
    case SectionKind::Certificates: readCertificates(chunk.begin, chunk.end); break;
    case SectionKind::Languages: readLanguages(chunk.begin, chunk.end); break;
    case SectionKind::Contacts: readContacts(chunk.begin, chunk.end); break;
    case SectionKind::Other:
    case SectionKind::Boilerplate:
    case SectionKind::None: return; // kept as written by keepUnused()
    }
    // The heading is consumed, and the section enters the outline, unless nothing under
    // a heading with something under it was understood.
    bool understood = chunk.end == chunk.begin;
    for (int i = chunk.begin; i < chunk.end && !understood; ++i)
        understood = isUsed(i) && !isBlankOrRule(i);
    if (!understood)
        return;
    use(h);
    const Line &line = m_lines[h];
    appendTo(m_profile.outline,
        SectionMark {sectionKindName(kind), line.text, line.isHeading() ? line.level : 0, line.range,
            line.range.united(rangeOf(chunk.begin, chunk.end))},
        8);
}

// A heading that names no section: read by what surrounds it and what it holds.
SectionKind ProfileParser::readSubsection(const Chunk &chunk, SectionKind current)
{
    const int h = chunk.heading;
    if (current == SectionKind::Education) {
        readEducation(chunk.begin, chunk.end, h);
    } else if (current == SectionKind::Projects && !looksLikeSkillList(chunk.begin, chunk.end)) {
        readProjects(chunk.begin, chunk.end, h);
    } else if (isJobHeading(h)) {
        readWorkChunk(chunk, nullptr);
        return SectionKind::Work;
    } else if (current == SectionKind::Work && !m_profile.work.isEmpty() && wordsOf(h) <= 5) {
        // "Achievements:", "Responsibilities", "Key projects": part of the position above.
        use(h);
        readWorkChunk(chunk, &m_profile.work.last());
    } else if (looksLikeSkillList(chunk.begin, chunk.end)
        || (current == SectionKind::Skills && chunk.end > chunk.begin)) {
        use(h);
        readSkills(chunk.begin, chunk.end, part(h));
    } else if (current == SectionKind::Certificates) {
        readCertificates(h, chunk.end);
    } else if (current == SectionKind::Languages && looksLikeLanguages(h, chunk.end)) {
        readLanguages(h, chunk.end);
    }
    return current;
}

void ProfileParser::dispatch()
{
    const int firstBody = headerEnd();
    readHeader(firstBody < m_chunks.size() ? m_chunks[firstBody].heading : int(m_lines.size()));
    if (m_profile.basics.name.value.isEmpty()) {
        int positions = int(m_lines.size());
        for (const Chunk &chunk : std::as_const(m_chunks)) {
            if (chunk.heading >= 0 && (chunk.kind == SectionKind::Work || chunk.kind == SectionKind::Education)) {
                positions = chunk.heading;
                break;
            }
        }
        findNameBlock(positions);
    }
    readFooterContacts();
    for (int c = 0; c < firstBody; ++c) {
        const Chunk &chunk = m_chunks[c];
        keepUnused(chunk.heading >= 0 ? chunk.heading : chunk.begin, chunk.end, {}, {}, false);
    }

    SectionKind current = SectionKind::None;
    for (int c = firstBody; c < m_chunks.size(); ++c) {
        Chunk chunk = m_chunks[c];
        const int h = chunk.heading;
        const SectionKind kind = sectionKindOf(chunk, current);
        // A work section is read as a whole: its headings that name no section (companies,
        // titles, "Achievements") are part of it.
        if (kind == SectionKind::Work) {
            while (c + 1 < m_chunks.size() && m_chunks[c + 1].kind == SectionKind::None)
                chunk.end = m_chunks[++c].end;
        }
        if (kind == SectionKind::Skills && current == SectionKind::Skills && !m_lines[h].isHeading()
            && looksLikeSkillList(chunk.begin, chunk.end)) {
            use(h); // a group's name in a plain-text skills list
            readSkills(chunk.begin, chunk.end, part(h));
        } else if (kind != SectionKind::None) {
            current = kind;
            readSection(chunk, kind);
        } else {
            current = readSubsection(chunk, current);
        }
        if (explaining()) {
            explainSection(h, chunk.end, kind != SectionKind::None ? kind : current);
            if (chunk.kind != SectionKind::None)
                explain(h, QStringLiteral("heading names the section"));
        }
        if (chunk.kind == SectionKind::None && !m_profile.outline.isEmpty()) {
            SectionMark &mark = m_profile.outline.last();
            mark.range = mark.range.united(m_lines[h].range).united(rangeOf(chunk.begin, chunk.end));
        }
        const bool boilerplate = chunk.kind == SectionKind::Boilerplate
            || (current == SectionKind::Boilerplate && chunk.kind == SectionKind::None);
        if (chunk.kind == SectionKind::Boilerplate)
            current = SectionKind::Boilerplate;
        keepUnused(chunk.begin, chunk.end, isUsed(h) ? m_lines[h].text : QString(),
            isUsed(h) ? SourceRange {} : m_lines[h].range, boilerplate);
    }
}

void ProfileParser::keepUnused(
    int from, int to, const QString &heading, SourceRange headingRange, bool boilerplate)
{
    // The heading line itself, when nothing consumed it, opens the kept section.
    const int headingLine = from > 0 && headingRange.isValid() ? from - 1 : -1;
    LineList lines;
    for (int i = from; i < to; ++i) {
        if (!isUsed(i))
            lines.append(i);
    }
    if (lines.isEmpty() && headingLine < 0)
        return;

    Section section;
    section.kind = boilerplate ? Section::Kind::Boilerplate : Section::Kind::Unrecognised;
    section.heading = headingLine >= 0 ? m_lines[headingLine].text : heading;
    section.headingRange = headingRange;
    // The text as written: whole source lines, contiguous runs joined.
    QString text;
    int previous = -2;
    for (int i : lines) {
        const int first = m_source.lineAt(m_lines[i].range.begin);
        const int last = m_source.lineAt(std::max(m_lines[i].range.begin, m_lines[i].range.end - 1));
        const int start = previous >= first ? previous + 1 : first;
        for (int l = start; l <= last; ++l) {
            if (!text.isEmpty())
                text += l == previous + 1 ? QLatin1String("\n") : QLatin1String("\n\n");
            text += m_source.lineText(l);
            previous = l;
        }
        section.range = section.range.united(m_lines[i].range);
        use(i);
    }
    section.text = text;
    section.range = section.range.united(headingRange);
    if (headingLine >= 0)
        use(headingLine);
    appendTo(m_profile.sections, std::move(section));
}

} // namespace Shortlist::detail
