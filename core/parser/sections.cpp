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
    // A plain-text CV indents some headings with a tab, which markdown reads as code.
    const bool plainText = !m_hasHeadings;
    // "| **Relevant Experience** | | |": a row whose one cell names a section, in a CV that is
    // one table (as word processors export them), heads the rows below it.
    if (line.kind == Line::Kind::TableRow) {
        const auto filled = std::count_if(line.cells.cbegin(), line.cells.cend(),
            [](const QString &cell) { return !cell.trimmed().isEmpty(); });
        return filled == 1 && wordCount(withoutDecoration(line.text), kEnoughWords) <= 4 && namedSection(index) != SectionKind::None;
    }
    if (line.kind != Line::Kind::Text && !(plainText && line.kind == Line::Kind::Code))
        return false;
    const QStringView text = withoutDecoration(line.text);
    if (text.size() > 60 || text.isEmpty())
        return false;
    const int words = wordCount(text, kEnoughWords);
    if (words > 7 || text.contains(QLatin1Char('@')) || text.endsWith(QLatin1Char(',')))
        return false;
    // "Projects: Backend and Blockchain." is a labelled note, not a heading; nor is a line
    // with an address ("https://…"), whose colon has text after it too.
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0 && colon + 1 < text.size())
        return false;
    // "=====" / "Teaching" / "===== .": a short line framed by rules is a heading.
    if (words <= 4 && isFramed(index) && !datesOf(index).isValid())
        return true;
    // "…helpdesk, backups," / "small LAN/WLAN projects": a line in lower case that goes on
    // from the one above it ends a sentence; it heads nothing.
    if (!line.blankBefore && index > 0 && text.front().isLower() && m_lines.at(index - 1).kind == Line::Kind::Text
        && !m_lines.at(index - 1).isHeading())
        return false;
    const Line *next = index + 1 < m_lines.size() ? &m_lines.at(index + 1) : nullptr;
    // In a markdown CV the headings are marked up; a plain line that names a section
    // ("Technology Stack:") is then part of the text, unless it is set apart.
    const bool setApart = line.strong || (isAllCaps(text) && (line.blankBefore || index == 0));

    const SectionKind kind = namedSection(index);
    if (kind == SectionKind::Boilerplate)
        return true; // a platform's footer, whatever the markup around it
    if (line.kind == Line::Kind::Code && kind == SectionKind::None)
        return false;
    // A plain line of several words that merely uses a section word ("Rapid acquisition of new
    // languages") is text; set apart, or short, it is a heading.
    if (kind != SectionKind::None && !datesOf(index).isValid() && (setApart || (plainText && words <= 4))) {
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
    // Inside a position a markdown heading opened, under a work section a markdown heading
    // named: there, a line set apart that names a section ("**Key projects**") is the
    // position's sub-heading, since this CV marks its sections up as headings.
    int workLevel = 0;
    bool inPosition = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        if (!line.isHeading() && !isImplicitHeading(i, current))
            continue;
        chunk.end = i;
        m_chunks.append(chunk);
        chunk = Chunk {i, i + 1, 0, headingKind(i)};
        if (line.isHeading()) {
            if (chunk.kind != SectionKind::None)
                workLevel = chunk.kind == SectionKind::Work ? line.level : 0, inPosition = false;
            else if (workLevel > 0 && line.level > workLevel)
                inPosition = true;
            else if (line.level <= workLevel)
                workLevel = 0, inPosition = false;
        } else if (inPosition && chunk.kind != SectionKind::Boilerplate) {
            chunk.kind = SectionKind::None;
        }
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
    // (A heading with nothing under it names what the headings under it hold.)
    if (kind == SectionKind::Languages && !looksLikeLanguages(chunk.begin, chunk.end)
        && !isBlankBetween(chunk.begin, chunk.end)
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
    case SectionKind::Work: readWorkSection(chunk.begin, chunk.end, chunk.heading); break;
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
    } else if (current != SectionKind::Work && !hasDates(h, chunk.end)
        && (looksLikeSkillList(chunk.begin, chunk.end) || (wordsOf(h) <= 3 && looksLikeShortItems(chunk.begin, chunk.end)))) {
        // "### DevOps" over "Kubernetes, Jenkins" or over a list of names: a group of
        // skills, not a job.
        use(h);
        readSkills(chunk.begin, chunk.end, part(h));
    } else if (isJobHeading(h)) {
        readWorkChunk(chunk, nullptr);
        return SectionKind::Work;
    } else if (current == SectionKind::Work && !m_profile.work.isEmpty() && wordsOf(h) <= 5) {
        // "Achievements:", "Responsibilities", "Key projects": part of the position above.
        use(h);
        readWorkChunk(chunk, &m_profile.work.last());
    } else if (current == SectionKind::Languages && readFluencyHeading(h)) {
        // "### English" over "##### Fluency: Native speaker": the language's fluency.
    } else if ((looksLikeSkillList(chunk.begin, chunk.end) && current != SectionKind::Projects
                   && !hasDates(chunk.begin, chunk.end))
        || (current == SectionKind::Skills && (chunk.end > chunk.begin || m_lines[h].text.endsWith(QLatin1Char(')'))))) {
        // (A project's "Contributor · Apr 2020 – Nov 2020" is no list of skills.)
        // (A heading can list its group's skills in parentheses, with nothing under it.)
        use(h);
        readSkills(chunk.begin, chunk.end, part(h));
    } else if (current == SectionKind::Languages && !looksLikeLanguages(h, chunk.end)
        && looksLikeShortItems(chunk.begin, chunk.end)) {
        // "## Backend" over names after the spoken languages: skills again.
        use(h);
        readSkills(chunk.begin, chunk.end, part(h));
        return SectionKind::Skills;
    } else if (current == SectionKind::Certificates) {
        readCertificates(h, chunk.end);
    } else if (current == SectionKind::Languages && looksLikeLanguages(h, chunk.end)) {
        readLanguages(h, chunk.end);
    }
    return current;
}

// A CV without a work heading ("no Experience heading at all": a box of contacts, then the
// employers): the first run of dated lines that name roles, outside any named section, is
// its work. Returns the line it starts at, or -1.
int ProfileParser::implicitWorkStart() const
{
    for (const Chunk &chunk : std::as_const(m_chunks)) {
        if (chunk.kind == SectionKind::Work || (chunk.heading >= 0 && chunk.kind == SectionKind::None
                                                   && m_lines[chunk.heading].isHeading() && isJobHeading(chunk.heading)))
            return -1;
    }
    for (const Chunk &chunk : std::as_const(m_chunks)) {
        if (chunk.kind != SectionKind::None)
            continue;
        int first = -1, anchors = 0, named = 0;
        for (int i = std::max(chunk.begin, 2); i < chunk.end; ++i) {
            if (isBlankOrRule(i) || !isDateAnchor(i) || m_lines[i].isListItem())
                continue;
            if (first < 0)
                first = i;
            ++anchors;
            named += hasTitleWord(i) || (i + 1 < chunk.end && hasTitleWord(i + 1)) || hasTitleWord(i - 1);
        }
        if (anchors >= 2 && named * 2 >= anchors) {
            // The header lines right above the first dates belong to it.
            while (first > chunk.begin && !m_lines[first].blankBefore && !isBlankOrRule(first - 1)
                && isHeaderLine(first - 1))
                --first;
            return first;
        }
    }
    return -1;
}

bool ProfileParser::hasDates(int from, int to) const
{
    for (int i = from; i < to; ++i) {
        if (datesOf(i).isValid())
            return true;
    }
    return false;
}

bool ProfileParser::isBlankBetween(int from, int to) const
{
    for (int i = from; i < to; ++i) {
        if (!isBlankOrRule(i))
            return false;
    }
    return true;
}

// A line with a rule of decoration on the source lines right above and below it ("=====",
// "----- ." as some plain-text templates write them).
bool ProfileParser::isFramed(int index) const
{
    auto isRuleLine = [this](int sourceLine) {
        if (sourceLine < 0 || sourceLine >= m_source.lineCount())
            return false;
        QString text = m_source.lineText(sourceLine).trimmed();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text.size() >= 3 && withoutDecoration(text).isEmpty();
    };
    const SourceRange range = m_lines.at(index).range;
    return isRuleLine(m_source.lineAt(range.begin) - 1) && isRuleLine(m_source.lineAt(range.end) + 1);
}

// A heading at the level of the section's own (or above), which is no position's heading
// and holds no company's roles: the name of another section.
bool ProfileParser::isSiblingSection(int heading, int sectionLevel) const
{
    const Line &line = m_lines[heading];
    if (!line.isHeading())
        return isFramed(heading) && !isJobHeading(heading);
    if (sectionLevel <= 0 || line.level > sectionLevel || wordsOf(heading) > 6
        || datesOf(heading).isValid() || isJobHeading(heading) || Lexicon::isLegalSuffix(line.text))
        return false;
    // "## Acme Corp" over "### Engineer" and dates: a company at the section's level.
    int next = heading + 1;
    while (next < m_lines.size() && isBlankOrRule(next))
        ++next;
    return !(next < m_lines.size() && m_lines[next].isHeading() && m_lines[next].level > line.level
        && (isJobHeading(next) || datesOf(next).isValid()));
}

void ProfileParser::dispatch()
{
    const int firstBody = headerEnd();
    const int headerLimit = firstBody < m_chunks.size() ? m_chunks[firstBody].heading : int(m_lines.size());
    const int implicitWork = implicitWorkStart();
    int headerRead = headerLimit; // the lines readHeader() read
    if (implicitWork >= 0 && implicitWork < headerLimit) {
        int end = int(m_lines.size());
        for (const Chunk &chunk : std::as_const(m_chunks)) {
            if (chunk.heading > implicitWork && chunk.kind != SectionKind::None) {
                end = chunk.heading;
                break;
            }
        }
        readHeader(implicitWork);
        readWorkSection(implicitWork, end);
        headerRead = implicitWork;
        if (explaining()) {
            explainSection(implicitWork, end, SectionKind::Work);
            explain(implicitWork, QStringLiteral("no work heading: the first run of dated lines naming roles is the work"));
        }
    } else {
        readHeader(headerLimit);
    }
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
    // The person's lines, in the file's order: the header's, then a closing signature's.
    LineList personLines;
    for (int i = 0; i < headerRead; ++i) {
        if (isUsed(i))
            personLines.append(i);
    }
    for (int i : readFooterContacts()) {
        if (i >= headerRead)
            personLines.append(i);
    }
    keepHeaderResidue(personLines);
    for (int c = 0; c < firstBody; ++c) {
        const Chunk &chunk = m_chunks[c];
        keepUnused(chunk.heading >= 0 ? chunk.heading : chunk.begin, chunk.end, {}, {}, false);
    }

    SectionKind current = SectionKind::None;
    bool namedNotWork = false; // the current section's heading says it is not work
    int sectionLevel = 0; // the markdown level of the current section's heading, 0 for none
    for (int c = firstBody; c < m_chunks.size(); ++c) {
        Chunk chunk = m_chunks[c];
        const int h = chunk.heading;
        SectionKind kind = sectionKindOf(chunk, current);
        // "## Politics" after "## Education": a heading as high as the section's own opens
        // a section of its own, one the lexicon does not know, not an entry of the last.
        const Line &heading = m_lines[h];
        // (A paragraph underlined as a heading is no section's name.)
        // In a skills section, where groups of skills can be headed at the section's level,
        // only a heading over dated lines ("## Awards" …, 2014) is one.
        // After a work section, the heading that ended it (see isSiblingSection) is one too.
        if (kind == SectionKind::None && heading.isHeading() && sectionLevel > 0 && heading.level <= sectionLevel
            && wordsOf(h) <= 8
            && (current == SectionKind::Education
                || (current == SectionKind::Skills && hasDates(chunk.begin, chunk.end))
                || (current == SectionKind::Work && isSiblingSection(h, sectionLevel))))
            kind = SectionKind::Other;
        // "#### Main Languages" inside "## Skills" is a group of the same section.
        const int level = heading.isHeading() ? heading.level : 0;
        if (kind != SectionKind::None && (kind != current || sectionLevel == 0 || level < sectionLevel))
            sectionLevel = level;
        // "## Degree" straight over "### Institution" in an education section: one entry.
        if (kind == SectionKind::None && current == SectionKind::Education && heading.isHeading()
            && c + 1 < m_chunks.size() && m_chunks[c + 1].kind == SectionKind::None && isBlankBetween(chunk.begin, chunk.end)
            && m_lines[m_chunks[c + 1].heading].isHeading() && m_lines[m_chunks[c + 1].heading].level > heading.level)
            chunk.end = m_chunks[++c].end;
        // A work section is read as a whole: its headings that name no section (companies,
        // titles, "Achievements") are part of it.
        // A heading as high as the section's own that names neither a role nor a company over
        // roles ("## Teaching", "## Special Interest") opens a section the lexicon does not know.
        if (kind == SectionKind::Work) {
            while (c + 1 < m_chunks.size() && m_chunks[c + 1].kind == SectionKind::None
                && !isSiblingSection(m_chunks[c + 1].heading, sectionLevel))
                chunk.end = m_chunks[++c].end;
        }
        if (kind == SectionKind::Skills && current == SectionKind::Skills && !m_lines[h].isHeading()
            && looksLikeSkillList(chunk.begin, chunk.end)) {
            use(h); // a group's name in a plain-text skills list
            readSkills(chunk.begin, chunk.end, part(h));
        } else if (kind != SectionKind::None) {
            current = kind;
            namedNotWork = chunk.kind == SectionKind::Other; // "Volunteering", "Publications"
            readSection(chunk, kind);
        } else if ((current == SectionKind::Summary || (current == SectionKind::Other && !namedNotWork)
                       || current == SectionKind::Contacts || current == SectionKind::Work)
            && h >= 0 && m_lines[h].isHeading() && isJobHeading(h)) {
            // A position's heading where no heading named the work: it and the headings that
            // follow it, up to the next named section, are read as a work section.
            chunk.begin = h;
            while (c + 1 < m_chunks.size() && m_chunks[c + 1].kind == SectionKind::None)
                chunk.end = m_chunks[++c].end;
            readWorkSection(chunk.begin, chunk.end);
            current = SectionKind::Work;
            if (explaining())
                explain(h, QStringLiteral("no heading named the work: this position's heading opens it"));
        } else if (!(current == SectionKind::Other && namedNotWork)) {
            current = readSubsection(chunk, current);
        }
        if (explaining()) {
            explainSection(h, chunk.end, kind != SectionKind::None ? kind : current);
            if (chunk.kind != SectionKind::None)
                explain(h, QStringLiteral("heading names the section"));
        }
        if (kind == SectionKind::None && !m_profile.outline.isEmpty()) {
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
