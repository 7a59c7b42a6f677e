// Skills, languages, certificates, education and projects.

#include "characters.h"
#include "contacts.h"
#include "dates.h"
#include "parserimpl.h"
#include "source/textmatch.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Shortlist::detail {

namespace {

const QRegularExpression &skillYearsExpression()
{
    thread_local const QRegularExpression re(
        QStringLiteral(
            "^([^,;:]+?)\\s*(?:[-–—:]\\s*|\\(\\s*)(\\d{1,2})\\+?\\s*(?:years?|yrs?|jahre?n?|ans?|años?|"
            "лет|года?|год|jaar|jaren)\\.?\\s*\\)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Whether the line ends with a word for years, which a skill-years line does: looked at
// before asking the expression.
bool endsWithYearsWord(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0
        && (Characters::isSpace(text[end - 1]) || text[end - 1] == QLatin1Char(')')
            || text[end - 1] == QLatin1Char('.')))
        --end;
    qsizetype begin = end;
    while (begin > 0 && Characters::isLetter(text[begin - 1]))
        --begin;
    static const QList<QStringView> yearWords = {u"year", u"years", u"yr", u"yrs", u"jahr", u"jahre",
        u"jahren", u"an", u"ans", u"año", u"años", u"лет", u"года", u"год", u"jaar", u"jaren"};
    const QStringView last = text.sliced(begin, end - begin);
    // An ASCII first letter folds only to its own lower case, which every word above is
    // written in: most words are told apart by it without a case-insensitive comparison.
    const char16_t first = last.isEmpty() ? 0 : last.front().unicode();
    const auto sameFirst = [first](QStringView w) {
        return first >= 0x80 || Characters::toLower(QChar(first)) == w.front();
    };
    return !last.isEmpty() && last.size() <= 6
        && std::any_of(yearWords.cbegin(), yearWords.cend(), [&](QStringView w) {
               return w.size() == last.size() && sameFirst(w) && last.compare(w, Qt::CaseInsensitive) == 0;
           });
}

// "Python - 10 years", "Go (5 years)"; a line without a digit is not.
bool isSkillYears(QStringView text)
{
    return endsWithYearsWord(text) && matchView(skillYearsExpression(), text).hasMatch();
}

struct SkillYears
{
    QString name;
    int years = -1;
};

// The skill and its years of a skill-years line; nothing for any other line.
std::optional<SkillYears> readSkillYears(QStringView text)
{
    if (!endsWithYearsWord(text))
        return {};
    const QRegularExpressionMatch match = matchView(skillYearsExpression(), text);
    if (!match.hasMatch())
        return {};
    return SkillYears {match.captured(1).trimmed(), match.captured(2).toInt()};
}

// The code spans of a line written as nothing else ("`Go` `Python` `Bash`"); empty for any
// other line.
QStringList codeSpansAlone(QStringView written)
{
    QStringList spans;
    written = Characters::trimmed(written);
    for (qsizetype i = 0; i < written.size();) {
        if (Characters::isSpace(written[i]) || written[i] == u',' || written[i] == u'·' || written[i] == u'|') {
            ++i;
            continue;
        }
        if (written[i] != u'`')
            return {};
        const qsizetype close = written.indexOf(u'`', i + 1);
        if (close < 0 || close == i + 1)
            return {};
        spans.append(Characters::trimmed(written.sliced(i + 1, close - i - 1)).toString());
        i = close + 1;
    }
    return spans;
}

// "4 Jaar", "10+ years": a number of years alone; -1 for anything else.
int yearsAlone(QStringView text)
{
    text = Characters::trimmed(text);
    qsizetype digits = 0;
    while (digits < text.size() && digits < 3 && text[digits].isDigit())
        ++digits;
    if (digits == 0 || digits == text.size() || !endsWithYearsWord(text))
        return -1;
    QStringView rest = text.sliced(digits);
    if (rest.startsWith(QLatin1Char('+')))
        rest = rest.sliced(1);
    if (wordCount(rest, 2) != 1 || !rest.front().isSpace())
        return -1;
    return text.first(digits).toInt();
}

bool isKeywordList(const Line &line)
{
    if (line.kind != Line::Kind::Text && line.kind != Line::Kind::ListItem)
        return false;
    const Keywords keywords = splitKeywords(line.text);
    if (keywords.size() < 2)
        return false;
    int words = 0;
    for (QStringView k : keywords)
        words += wordCount(k);
    return words <= 4 * keywords.size();
}

// A nested bullet that says something about the skill above it ("follow the PEP8 style,
// write reusable code"): it goes on in lower case and holds a phrase, not only names.
bool isSkillNote(const Line &line)
{
    const QStringView text = Characters::trimmed(QStringView(line.text));
    if (!line.isListItem() || line.level < 2 || text.isEmpty() || !text.front().isLower())
        return false;
    const Keywords keywords = splitKeywords(text);
    return std::any_of(keywords.cbegin(), keywords.cend(), [](QStringView k) { return wordCount(k, 3) >= 3; });
}

// "Label: a, b, c" or "**Label:** a, b"; returns the colon's index or -1.
qsizetype labelColon(const Line &line)
{
    qsizetype colon = line.text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        colon = line.text.indexOf(QChar(0xFF1A)); // a full-width colon
    if (colon <= 0 || colon > 40 || colon + 1 >= line.text.size())
        return -1;
    if (isWrittenAt(line.text, colon + 1, u"//"))
        return -1; // "https://…" is an address, not a label

    if (wordCount(QStringView(line.text).first(colon)) > 5)
        return -1;
    return colon;
}

// "R (RStudio, Shiny)", "Backend (C#, Golang)", "Versatile (e.g., Go / Rust)": a name and
// the technologies it groups, when the parentheses hold a list of them; "SASS (Scss)" is
// one skill written with its alias. Returns the name (maybe empty) and the items.
std::optional<std::pair<QStringView, Spans>> groupedKeywords(QStringView keyword)
{
    const qsizetype open = keyword.indexOf(QLatin1Char('('));
    if (open < 0 || !keyword.endsWith(QLatin1Char(')')) || keyword.indexOf(QLatin1Char('('), open + 1) >= 0)
        return {};
    QStringView inner = Characters::trimmed(keyword.sliced(open + 1, keyword.size() - open - 2));
    for (QStringView lead : {u"e.g.,", u"e.g.", u"eg.", u"i.e.", u"z.b.", u"ex.", u"like"}) {
        if (inner.startsWith(lead, Qt::CaseInsensitive)) {
            inner = Characters::trimmed(inner.sliced(lead.size()));
            break;
        }
    }
    Spans items;
    for (const Span &item : splitSpans({inner, {}}, {u",", u";", u" / "})) {
        const QStringView text = Characters::trimmed(item.text);
        if (!text.isEmpty() && text != u"..." && text != u"\u2026" && text.compare(u"etc", Qt::CaseInsensitive) != 0
            && text.compare(u"etc.", Qt::CaseInsensitive) != 0)
            items.append({text, {}});
    }
    if (items.size() < 2)
        return {};
    return std::pair {Characters::trimmed(keyword.first(open)), items};
}

// The title of a skill bar written as a template's tag: {{% progress title="Go" value=90 %}},
// <div class="bar" data-name="Go">. Empty for any other line.
QStringView skillBarTitle(QStringView text)
{
    if (!text.startsWith(u"{{") && !text.startsWith(QLatin1Char('<')))
        return {};
    for (QStringView attribute : {u"title=\"", u"name=\""}) {
        const qsizetype at = text.indexOf(attribute);
        if (at < 0)
            continue;
        const qsizetype from = at + attribute.size();
        const qsizetype end = text.indexOf(QLatin1Char('"'), from);
        if (end > from)
            return text.sliced(from, end - from);
    }
    return {};
}

// A table row of a skill bar: the skill in the first cell, the rest a bar or a number.
// A line that is only an e-mail address, a link or a telephone number: a contact set under
// the skills (a sidebar read into them), never a skill.
bool isContactLine(QStringView text)
{
    text = Characters::trimmed(text);
    const auto covers = [&text](TextSpan span) { return span.isValid() && span.length >= text.size() - 1; };
    return (text.contains(QLatin1Char('@')) && covers(findEmail(text)))
        || ((text.contains(QLatin1Char('/')) || text.contains(QLatin1String("www."))) && covers(findUrl(text)))
        || (std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }) >= 7 && covers(findPhone(text)));
}

bool isSkillBarRow(const Line &line)
{
    if (line.cells.size() < 2 || cleanView(line.cells.first()).isEmpty())
        return false;
    for (qsizetype c = 1; c < line.cells.size(); ++c) {
        if (std::any_of(line.cells[c].cbegin(), line.cells[c].cend(), [](QChar ch) { return ch.isLetter(); }))
            return false;
    }
    return true;
}

} // namespace

bool ProfileParser::looksLikeSkillYears(int from, int to) const
{
    int items = 0;
    for (int i = from; i < to; ++i)
        items += !isBlankOrRule(i);
    int matches = 0, misses = 0;
    for (int i = from; i < to && misses * 10 <= items * 4; ++i) {
        if (isBlankOrRule(i))
            continue;
        if (isSkillYears(m_lines[i].text))
            ++matches;
        else
            ++misses;
    }
    return matches >= 2 && matches * 10 >= items * 6;
}

bool ProfileParser::looksLikeShortItems(int from, int to) const
{
    int items = 0;
    for (int i = from; i < to; ++i) {
        if (isBlankOrRule(i))
            continue;
        const Line &line = m_lines[i];
        const bool item = line.isListItem() || line.kind == Line::Kind::Text || line.kind == Line::Kind::Html;
        if (!item || wordsOf(i) > 4 || datesOf(i).isValid())
            return false;
        ++items;
    }
    return items >= 3;
}

bool ProfileParser::looksLikeSkillList(int from, int to) const
{
    int lists = 0;
    for (int i = from; i < to; ++i) {
        if (isBlankOrRule(i))
            continue;
        const Line &line = m_lines[i];
        if (line.isHeading())
            return false;
        if (isKeywordList(line) || (labelColon(line) > 0 && splitKeywords(line.text).size() >= 2))
            ++lists;
        else if (!(line.kind == Line::Kind::Text && wordCount(line.text, 5) <= 4))
            return false;
    }
    return lists > 0;
}

void ProfileParser::readSkills(int from, int to, const Part &groupName)
{
    // The group that bullets and skill-years lines go to, by index: appending a group may
    // move the others.
    qsizetype listGroup = -1;
    // The unlabelled group the lines of one paragraph go to ("Java | Python" / "Groovy | Bash"
    // / "Docker": rows of tags one under another), and the paragraph.
    qsizetype blockGroup = -1;
    int groupBlock = -1;
    // The group a bold name on its own line opened, which the skills under it join.
    qsizetype namedGroup = -1;
    Part pendingLabel;
    auto newGroup = [&](const Part &name) -> SkillGroup & {
        SkillGroup group;
        group.name = {cleanField(name.text), name.range};
        return appendTo(m_profile.skills, std::move(group), 8);
    };
    auto listGroupOr = [&](const Part &name) -> SkillGroup & {
        if (listGroup < 0) {
            newGroup(name);
            listGroup = m_profile.skills.size() - 1;
        }
        return m_profile.skills[listGroup];
    };
    // Returns where the keyword ends, so that the next one is looked for after it.
    auto addKeyword = [&](SkillGroup &group, QStringView text, const SourceRange &within) -> qsizetype {
        // "Python | ●●●○○": a level drawn in symbols is no skill of its own.
        if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            return within.begin;
        // "Java | 4 Jaar": the years of the skill before it, set apart in a cell of their own.
        if (const int years = yearsAlone(text); years >= 0 && !group.keywords.isEmpty() && group.keywords.last().years < 0) {
            group.keywords.last().years = years;
            const SourceRange range = locateRange(text, within);
            return range.isValid() && range != within ? range.end : within.begin;
        }
        Skill skill;
        if (std::optional<SkillYears> years = readSkillYears(text)) {
            skill.name = std::move(years->name);
            skill.years = years->years;
            skill.range = locateRange(text, within);
        } else {
            skill.name = text.toString();
            skill.range = locateRange(skill.name, within);
        }
        const qsizetype end = skill.range.isValid() && skill.range != within ? skill.range.end : within.begin;
        group.keywords.append(std::move(skill));
        group.range = group.range.united(within);
        return end;
    };
    auto addList = [&](SkillGroup &group, QStringView list, const SourceRange &within) {
        SourceRange rest = within;
        const Keywords keywords = splitKeywords(list);
        group.keywords.reserve(group.keywords.size() + keywords.size());
        for (QStringView keyword : keywords) {
            if (const auto grouped = groupedKeywords(keyword)) {
                if (!grouped->first.isEmpty())
                    rest.begin = addKeyword(group, grouped->first, rest);
                for (const Span &item : grouped->second)
                    rest.begin = addKeyword(group, item.text, rest);
            } else {
                rest.begin = addKeyword(group, keyword, rest);
            }
            group.range = group.range.united(within);
        }
    };

    // "### Technical (Ruby / Rails, HTML5 / CSS3)": the group's heading lists its skills.
    if (const auto grouped = groupedKeywords(groupName.text); grouped && from > 0 && m_lines[from - 1].isHeading()) {
        listGroupOr(groupName);
        addList(m_profile.skills[listGroup], groupName.text, groupName.range);
    }

    for (int i = from; i < to; ++i) {
        if (isUsed(i) || isBlankOrRule(i))
            continue;
        const Line &line = m_lines[i];
        if (line.isHeading())
            continue;
        const QString &text = line.text;
        if (line.kind == Line::Kind::TableRow) {
            use(i);
            if (line.headerRow || line.cells.isEmpty())
                continue;
            if (isSkillBarRow(line)) {
                addKeyword(listGroupOr(groupName), cleanView(line.cells.first()),
                    line.cellRanges.first().isValid() ? line.cellRanges.first() : line.range);
                continue;
            }
            SkillGroup &group = newGroup({line.cells.first(), line.cellRanges.first()});
            for (int c = 1; c < line.cells.size(); ++c)
                addList(group, line.cells[c], line.cellRanges[c].isValid() ? line.cellRanges[c] : line.range);
            continue;
        }
        if (isSkillNote(line) || (line.kind == Line::Kind::Text && isContactLine(text)))
            continue; // kept as written
        if (const QStringView title = skillBarTitle(text); !title.isEmpty()) {
            addList(listGroupOr(groupName), title, line.range);
            use(i);
            continue;
        }
        if (isSkillYears(text)) {
            addKeyword(listGroupOr(groupName), text, line.range);
            use(i);
            continue;
        }
        if (readLabelledContact(i))
            continue;
        // "`Go` `Python` `Terraform`": a README's badges of code, one skill each.
        if (const QStringList spans = m_source.utf8().at(line.range.begin) == '`' ? codeSpansAlone(m_source.text(line.range))
                                                                                    : QStringList();
            spans.size() >= 2) {
            SkillGroup &group = listGroupOr(groupName);
            SourceRange rest = line.range;
            for (const QString &skill : spans)
                rest.begin = addKeyword(group, skill, rest);
            use(i);
            continue;
        }
        const qsizetype colon = labelColon(line);
        if (colon > 0) {
            const Part label = locate(text.first(colon), line.range);
            SkillGroup &group = newGroup(label);
            addList(group, QStringView(text).sliced(colon + 1), line.range);
            group.range = line.range;
            use(i);
            listGroup = -1;
            continue;
        }
        // "**Frontend**" alone over skills one a line: a group's name, as a template's
        // sidebar sets them.
        int next = i + 1;
        while (next < to && isBlankOrRule(next))
            ++next;
        if (line.strong && line.kind == Line::Kind::Text && wordCount(text, 5) <= 4 && !text.contains(QLatin1Char(','))
            && next < to && !m_lines[next].strong && !m_lines[next].isHeading() && wordCount(m_lines[next].text, 7) <= 6) {
            newGroup(part(i));
            namedGroup = listGroup = m_profile.skills.size() - 1;
            blockGroup = -1;
            pendingLabel = {};
            use(i);
            continue;
        }
        const bool inGroupBlock = blockGroup >= 0 && groupBlock == line.block && line.kind == Line::Kind::Text;
        if (isKeywordList(line)) {
            if (pendingLabel.isEmpty() && namedGroup >= 0) {
                addList(m_profile.skills[namedGroup], text, line.range);
                use(i);
                continue;
            }
            if (pendingLabel.isEmpty() && inGroupBlock) {
                addList(m_profile.skills[blockGroup], text, line.range);
                use(i);
                continue;
            }
            SkillGroup &group = newGroup(pendingLabel.isEmpty() ? groupName : pendingLabel);
            addList(group, text, line.range);
            group.range = pendingLabel.range.united(line.range);
            if (pendingLabel.isEmpty() && line.kind == Line::Kind::Text)
                blockGroup = m_profile.skills.size() - 1, groupBlock = line.block;
            pendingLabel = {};
            listGroup = -1;
            use(i);
            continue;
        }
        if (inGroupBlock && wordCount(text, 7) <= 6 && !text.contains(QLatin1Char(','))) {
            addKeyword(m_profile.skills[blockGroup], cleanField(text), line.range); // "Docker" between rows of tags
            use(i);
            continue;
        }
        // A group name on its own line (not the last of skill-years lines above it) over a
        // list with no label of its own.
        if (line.kind == Line::Kind::Text && wordCount(text, 5) <= 4 && !text.contains(QLatin1Char(','))
            && (i == from || !isSkillYears(m_lines[i - 1].text)) && next < to
            && isKeywordList(m_lines[next]) && labelColon(m_lines[next]) <= 0
            && !isSkillYears(m_lines[next].text)) {
            pendingLabel = part(i);
            use(i);
            continue;
        }
        if (!line.isListItem() && line.kind != Line::Kind::Text && line.kind != Line::Kind::Html)
            continue;
        // "Large Language Models (OpenAI, Claude)": the name before a list counts, not the list.
        const auto grouped = groupedKeywords(text);
        if (grouped && wordCount(grouped->first, 7) <= 6) {
            addList(listGroupOr(groupName), text, line.range);
            use(i);
        } else if (wordCount(text, 13) <= (line.isListItem() ? 12 : 6)) {
            // A bullet of a skills list is one skill, even written as a phrase
            // ("document processing such as LaTeX"); a plain line that long is prose.
            addKeyword(listGroupOr(groupName), cleanField(text), line.range);
            use(i);
        }
    }
    m_profile.skills.removeIf([](const SkillGroup &g) { return g.keywords.isEmpty(); });
}

bool ProfileParser::looksLikeLanguages(int from, int to) const
{
    for (int i = from; i < to; ++i) {
        if (isBlankOrRule(i))
            continue;
        for (QStringView item : splitKeywords(m_lines[i].text)) {
            if (Lexicon::isNaturalLanguage(item))
                return true;
        }
    }
    return false;
}

void ProfileParser::readLanguages(int from, int to)
{
    static const QStringList separators = {QStringLiteral(": "), QStringLiteral(" — "), QStringLiteral(" – "),
        QStringLiteral(" - "), QStringLiteral(" | ")};
    for (int i = from; i < to; ++i) {
        // A heading is a language only where it names one alone ("### English").
        if (isUsed(i) || isBlankOrRule(i)
            || (m_lines[i].isHeading() && !Lexicon::isNaturalLanguage(Characters::trimmed(QStringView(m_lines[i].text)))))
            continue;
        const Line &line = m_lines[i];
        Keywords items = splitKeywords(line.text);
        int languages = 0;
        for (QStringView item : items)
            languages += Lexicon::isNaturalLanguage(item);
        if (languages < 2) {
            items.clear();
            items.append(QStringView(line.text));
        }
        bool any = false;
        for (QStringView item : items) {
            if (!Lexicon::isNaturalLanguage(item))
                continue;
            QString name = item.toString();
            QString fluency;
            for (const QString &separator : separators) {
                const qsizetype at = indexOfShort(name, separator);
                if (at > 0) {
                    fluency = name.sliced(at + separator.size());
                    name = name.first(at);
                    break;
                }
            }
            if (fluency.isEmpty()) {
                QString inner;
                const QString bare = stripParenthesised(name, &inner);
                if (!inner.isEmpty()) {
                    fluency = inner;
                    name = bare;
                } else if (const qsizetype space = name.indexOf(QLatin1Char(' ')); space > 0) {
                    fluency = name.sliced(space + 1);
                    name = name.first(space);
                }
            }
            Language language;
            language.language = locate(cleanField(name), line.range).toText();
            if (!cleanField(fluency).isEmpty())
                language.fluency = locate(cleanField(fluency), line.range).toText();
            language.range = line.range;
            appendTo(m_profile.languages, std::move(language));
            any = true;
        }
        if (any)
            use(i);
    }
}

// The line right under a language that says how well it is spoken: "Fluency: Native
// speaker", "C1", as a heading of its own under the language's ("### English"). The
// fluency is what follows a label.
bool ProfileParser::readFluencyHeading(int index)
{
    if (m_profile.languages.isEmpty() || !m_profile.languages.last().fluency.value.isEmpty() || wordsOf(index) > 5)
        return false;
    Language &language = m_profile.languages.last();
    int above = index - 1;
    while (above >= 0 && isBlankOrRule(above))
        --above;
    const Line &line = m_lines[index];
    if (above < 0 || m_lines[above].range != language.range || Lexicon::isNaturalLanguage(line.text))
        return false;
    QStringView value = line.text;
    if (const qsizetype colon = value.indexOf(QLatin1Char(':')); colon > 0 && colon < value.size() - 1)
        value = value.sliced(colon + 1);
    value = Characters::trimmed(value);
    if (value.isEmpty())
        return false;
    language.fluency = locate(value.toString(), line.range).toText();
    language.range = language.range.united(line.range);
    use(index);
    return true;
}

void ProfileParser::readCertificates(int from, int to)
{
    LineList lines;
    for (int i = from; i < to; ++i) {
        if (!isUsed(i) && !isBlankOrRule(i))
            lines.append(i);
    }
    // "Name" over "Issuer", line by line, as hiring platforms print them.
    bool pairs = lines.size() >= 2 && lines.size() % 2 == 0;
    for (int k = 0; pairs && k < lines.size(); k += 2) {
        const Line &name = m_lines[lines[k]];
        const Line &issuer = m_lines[lines[k + 1]];
        pairs = name.kind == Line::Kind::Text && issuer.kind == Line::Kind::Text
            && wordCount(issuer.text) <= 3 && !issuer.text.contains(QLatin1Char('|'))
            && !findDates(issuer.text).isValid() && !issuer.text.contains(QLatin1Char(','));
    }
    for (int k = 0; k < lines.size(); k += pairs ? 2 : 1) {
        const int i = lines[k];
        const Line &line = m_lines[i];
        Certificate certificate;
        QString text = line.text;
        const DateMatch &date = datesOf(i);
        if (date.isValid()) {
            const QString written = text.sliced(date.from, date.to - date.from);
            certificate.date = {date.dates.end.isValid() ? date.dates.end : date.dates.start,
                locateRange(written, line.range)};
            text = withoutDates(text, date);
        }
        certificate.url = {urlIn(line), {}};
        text = withoutUrl(text);
        // "Name (Issuer)", "Name | Issuer", "Name — Issuer", "Name, Issuer"; a dash inside a
        // name ("Architect – Associate") and an abbreviation in parentheses ("(CKA)") stay.
        QString inner;
        const QString bare = stripParenthesised(text, &inner);
        const bool abbreviation
            = inner.size() <= 6 && inner == inner.toUpper() && !inner.contains(QLatin1Char(' '));
        QString name = cleanField(text), issuer;
        if (!inner.isEmpty() && !abbreviation && text.trimmed().endsWith(QLatin1Char(')'))) {
            name = bare;
            issuer = inner;
        } else {
            for (const QString &separator :
                {QStringLiteral(" | "), QStringLiteral(" — "), QStringLiteral(", ")}) {
                const qsizetype at = indexOfShort(name, separator);
                if (at > 0) {
                    issuer = name.sliced(at + separator.size());
                    name = name.first(at);
                    break;
                }
            }
        }
        certificate.name = locate(cleanField(name), line.range).toText();
        certificate.range = line.range;
        if (pairs) {
            const Line &second = m_lines[lines[k + 1]];
            certificate.issuer = part(lines[k + 1]).toText();
            certificate.range = certificate.range.united(second.range);
            use(lines[k + 1]);
        } else if (!cleanField(issuer).isEmpty()) {
            certificate.issuer = locate(cleanField(issuer), line.range).toText();
        }
        if (certificate.name.value.isEmpty())
            continue;
        appendTo(m_profile.certificates, std::move(certificate));
        use(i);
    }
}

void ProfileParser::readProjects(int from, int to, int headingLine)
{
    auto project = [&](int header, LineSpan body) {
        const Line &line = m_lines[header];
        Project p;
        QString name = withoutUrl(line.text);
        p.url = {urlIn(line), {}};
        for (const QString &separator :
            {QStringLiteral(" — "), QStringLiteral(" – "), QStringLiteral(": ")}) {
            const qsizetype at = indexOfShort(name, separator);
            if (at > 0 && wordCount(QStringView(name).first(at)) <= 8) {
                p.description = locate(name.sliced(at + separator.size()), line.range).toText();
                name = name.first(at);
                break;
            }
        }
        p.name = locate(cleanField(name), line.range).toText();
        LineList description;
        for (int i : body) {
            const Line &b = m_lines[i];
            if (b.isListItem()) {
                p.highlights.append(part(i).toText());
            } else if (const QString url = urlIn(b);
                       !url.isEmpty() && p.url.value.isEmpty() && wordCount(b.text) <= 2) {
                p.url = {url, b.range};
            } else {
                description.append(i);
            }
            use(i);
        }
        if (!description.isEmpty())
            p.description = {joinedText(description), rangeOf(description)};
        p.range = line.range.united(rangeOf(body));
        use(header);
        if (!p.name.value.isEmpty())
            appendTo(m_profile.projects, std::move(p));
    };

    if (headingLine >= 0) {
        LineList body;
        for (int i = from; i < to; ++i) {
            if (!isUsed(i) && !isBlankOrRule(i))
                body.append(i);
        }
        project(headingLine, body);
        return;
    }
    // Each header line names a project, but a line with nothing but a link ("**ParkStreet**"
    // over "<https://…>") belongs to the project named above it, with what follows it.
    std::vector<std::pair<int, std::vector<int>>> projects;
    for (const Entry &entry : segment(from, to, true)) {
        for (int h : entry.header) {
            const bool linkOnly = cleanField(withoutUrl(m_lines[h].text)).isEmpty() && !urlIn(m_lines[h]).isEmpty();
            if (linkOnly && !projects.empty() && projects.back().second.empty())
                projects.back().second.push_back(h);
            else
                projects.push_back({h, {}});
        }
        std::vector<int> &body = projects.back().second;
        body.insert(body.end(), entry.body.cbegin(), entry.body.cend());
    }
    for (const auto &[header, body] : projects)
        project(header, LineSpan(body));
    // A list of projects, one per item.
    for (int i = from; i < to; ++i) {
        if (!isUsed(i) && m_lines[i].isListItem() && m_lines[i].level == 1)
            project(i, {});
    }
}

} // namespace Shortlist::detail
