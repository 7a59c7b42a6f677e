// Education: institutions, degrees and their subjects, grades and dates, whatever order
// a CV writes them in.

#include "parserimpl.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Shortlist::detail {

namespace {

// A grade or an honour: "2:1", "GPA 3.8", "First Class Honours", "mit Auszeichnung".
bool isScore(QStringView written)
{
    const QStringView text = written.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return false;
    if (text.size() >= 3 && text[0].isDigit() && QStringView(u":.,").contains(text[1]) && text[2].isDigit()
        && (text.size() == 3 || !text[3].isLetterOrNumber()))
        return true; // "2:1", "1,3"
    static const QList<QStringView> labels
        = {u"gpa", u"cgpa", u"grade", u"note", u"nota", u"оценка", u"cijfer"};
    static const QList<QStringView> honours
        = {u"honours", u"honors", u"laude", u"distinction", u"auszeichnung", u"отличием", u"mention"};
    // The first word names a grade, or any word an honour.
    bool first = true, score = false;
    for (qsizetype i = 0; i < text.size() && !score;) {
        while (i < text.size() && !text[i].isLetter())
            ++i;
        qsizetype e = i;
        while (e < text.size() && text[e].isLetter())
            ++e;
        const QStringView word = text.sliced(i, e - i);
        auto same = [&](QStringView w) {
            return w.size() == word.size() && w.compare(word, Qt::CaseInsensitive) == 0;
        };
        score = (first && std::any_of(labels.cbegin(), labels.cend(), same))
            || std::any_of(honours.cbegin(), honours.cend(), same);
        first = false;
        i = e;
    }
    return score;
}

struct Degree
{
    QString studyType;
    QString area;
};

Degree readDegree(const QString &written)
{
    const QString text = cleanField(stripParenthesised(written));
    for (const QString &separator : {QStringLiteral(" in "), QStringLiteral(" en "), QStringLiteral(" по "),
             QStringLiteral(" im Fach ")}) {
        const qsizetype at = indexOfShort(text, separator);
        if (at > 0)
            return {cleanField(text.first(at)), cleanField(text.sliced(at + separator.size()))};
    }
    for (const QString &separator :
        {QStringLiteral(", "), QStringLiteral(" — "), QStringLiteral(" – "), QStringLiteral(" - ")}) {
        const qsizetype at = indexOfShort(text, separator);
        if (at <= 0)
            continue;
        const QString left = cleanField(text.first(at)),
                      right = cleanField(text.sliced(at + separator.size()));
        if (Lexicon::hasDegreeWord(left))
            return {left, right};
        if (Lexicon::hasDegreeWord(right))
            return {right, left};
    }
    // "B.Sc. Informatik", "MSc Computer Science": an abbreviated degree and its subject.
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QString first = text.first(space);
        const bool abbreviation = first.contains(QLatin1Char('.'))
            || (first.size() <= 4 && first.front().isUpper() && first.back().isLetter()
                && first.toUpper() != first.toLower() && first.sliced(1) != first.sliced(1).toLower());
        if (abbreviation && Lexicon::hasDegreeWord(first))
            return {first, cleanField(text.sliced(space + 1))};
    }
    return {text, {}};
}

} // namespace

void ProfileParser::readEducation(int from, int to, int headingLine)
{
    Education entry;
    QList<int> entryLines;
    auto flush = [&] {
        if (!entry.institution.value.isEmpty() || !entry.studyType.value.isEmpty()) {
            entry.range = rangeOf(entryLines);
            appendTo(m_profile.education, std::move(entry));
            for (int i : entryLines)
                use(i);
        }
        entry = {};
        entryLines.clear();
    };
    auto describe = [&](int i) {
        const Line &line = m_lines[i];
        const QString t = line.isListItem() ? QStringLiteral("- ") + line.text : line.text;
        entry.description.value += entry.description.value.isEmpty() ? t : QLatin1Char('\n') + t;
        entry.description.range = entry.description.range.united(line.range);
        entryLines.append(i);
    };
    auto setDegree = [&](const Part &p) {
        const Degree degree = readDegree(p.text);
        entry.studyType = locate(degree.studyType, p.range).toText();
        if (!degree.area.isEmpty())
            entry.area = locate(degree.area, p.range).toText();
    };
    // The institution's name without a town or country written after it.
    auto institutionName = [](QString name) {
        name = cleanField(name);
        for (const QString &separator :
            {QStringLiteral(" - "), QStringLiteral(" — "), QStringLiteral(" – ")}) {
            const qsizetype at = lastIndexOfShort(name, separator);
            if (at > 0 && wordCount(QStringView(name).sliced(at)) <= 3
                && !Lexicon::hasInstitutionWord(QStringView(name).sliced(at)))
                name = name.first(at);
        }
        // "…, Kerala, India", "…, Leeds": a place after the name. "…, and Electronics" is the name.
        QStringList commaParts = name.split(QStringLiteral(", "));
        const auto isPlace = [](const QString &part) {
            return !Lexicon::countryCode(part).isEmpty()
                || (wordCount(part) <= 2 && part.front().isUpper() && !Lexicon::hasInstitutionWord(part));
        };
        for (int dropped = 0; dropped < 2 && commaParts.size() > 1 && isPlace(commaParts.last()); ++dropped)
            commaParts.removeLast();
        return cleanField(commaParts.join(QStringLiteral(", ")));
    };
    auto readLine = [&](int i, bool headingEntry) {
        const Line &line = m_lines[i];
        QString text = line.text;
        const DateMatch &dates = datesOf(i);
        if (dates.isValid()) {
            if (!headingEntry && (entry.start.value.isValid() || entry.end.value.isValid()))
                flush();
            entry.start = {dates.dates.start,
                locateRange(QStringView(text).sliced(dates.startFrom, dates.startTo - dates.startFrom), line.range)};
            entry.ongoing = dates.dates.ongoing;
            if (dates.endFrom >= 0 && !dates.dates.ongoing)
                entry.end = {dates.dates.end,
                    locateRange(QStringView(text).sliced(dates.endFrom, dates.endTo - dates.endFrom), line.range)};
            entry.datesRange = locateRange(QStringView(text).sliced(dates.from, dates.to - dates.from), line.range);
            text = withoutDates(text, dates);
        }
        if (const QString url = urlIn(line); !url.isEmpty() && entry.url.value.isEmpty())
            entry.url = {url, {}};
        text = withoutUrl(text);
        entryLines.append(i);
        if (text.isEmpty())
            return;

        // Strong separators first: "HAVO | Christelijk Lyceum", "BSc in X — University of Y".
        const Part rest = locate(text, line.range);
        Parts parts = split(rest, {u" | ", u" — ", u" – ", u" · "});
        const auto isInstitution = [](const Part &p) { return Lexicon::hasInstitutionWord(p.text); };
        const auto isDegree = [](const Part &p) {
            return Lexicon::hasDegreeWord(p.text) && !Lexicon::hasInstitutionWord(p.text);
        };
        // "BSc Computer Science, University of the Severn": a degree and a school in one part.
        for (int k = 0; k < parts.size(); ++k) {
            if (!parts[k].text.contains(QLatin1Char(',')) || !isInstitution(parts[k]))
                continue;
            const Parts commaParts = split(parts[k], {u", "});
            if (std::any_of(commaParts.cbegin(), commaParts.cend(), isDegree)) {
                parts.remove(k);
                for (int c = 0; c < commaParts.size(); ++c)
                    parts.insert(k + c, commaParts[c]);
                break;
            }
        }
        // "BSc (Hons) Computer Science, 2:1": the grade after the last comma.
        for (int k = 0; k < parts.size(); ++k) {
            const qsizetype comma = lastIndexOfShort(parts[k].text, u", ");
            if (comma > 0 && isScore(QStringView(parts[k].text).sliced(comma + 2))) {
                const Part whole = parts[k];
                parts[k] = locate(whole.text.first(comma), whole.range);
                parts.insert(k + 1, locate(whole.text.sliced(comma + 2), whole.range));
                break;
            }
        }
        // What each part is, decided once.
        struct Kind
        {
            bool institution = false, degree = false, score = false;
        };
        QVarLengthArray<Kind, 4> kinds;
        for (const Part &p : std::as_const(parts)) {
            Kind k;
            k.institution = Lexicon::hasInstitutionWord(p.text);
            k.degree = !k.institution && Lexicon::hasDegreeWord(p.text);
            k.score = !k.institution && !k.degree && isScore(p.text);
            kinds.append(k);
        }
        const bool hasInstitution
            = std::any_of(kinds.cbegin(), kinds.cend(), [](Kind k) { return k.institution; });
        const bool hasDegree = std::any_of(kinds.cbegin(), kinds.cend(), [](Kind k) { return k.degree; });
        if (hasInstitution && !entry.institution.value.isEmpty() && !headingEntry)
            flush(), entryLines.append(i);
        else if (!hasInstitution && hasDegree && !entry.studyType.value.isEmpty() && !headingEntry)
            flush(), entryLines.append(i);

        bool used = false;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const Part &p = parts[k];
            const Kind kind = kinds[k];
            if (kind.score && entry.score.value.isEmpty()) {
                entry.score = {cleanField(p.text), p.range};
                used = true;
            } else if (kind.institution && entry.institution.value.isEmpty()) {
                entry.institution
                    = locate(parts.size() == 1 ? institutionName(p.text) : cleanField(p.text), p.range)
                          .toText();
                used = true;
            } else if (kind.degree && entry.studyType.value.isEmpty()) {
                setDegree(p);
                used = true;
            } else if (parts.size() > 1 && hasInstitution && entry.studyType.value.isEmpty()) {
                setDegree(p); // "HAVO, profiel Natuur & Techniek | Christelijk Lyceum"
                used = true;
            } else if (entry.area.value.isEmpty() && wordCount(p.text) <= 8
                && (!entry.institution.value.isEmpty() || !entry.studyType.value.isEmpty())) {
                entry.area = locate(cleanField(p.text), p.range).toText();
                used = true;
            } else if (headingEntry && entry.institution.value.isEmpty() && i == headingLine) {
                entry.institution = locate(cleanField(p.text), p.range).toText();
                used = true;
            }
        }
        if (!used) {
            entryLines.removeLast();
            describe(i);
        }
    };

    if (headingLine >= 0)
        readLine(headingLine, true);
    for (int i = from; i < to; ++i) {
        if (isUsed(i) || isBlankOrRule(i) || m_lines[i].isHeading())
            continue;
        const Line &line = m_lines[i];
        const bool fullItem = line.isListItem() && line.level == 1 && headingLine < 0
            && (Lexicon::hasInstitutionWord(line.text) || Lexicon::hasDegreeWord(line.text));
        if (fullItem) {
            flush();
            readLine(i, true);
        } else if (line.isListItem()) {
            describe(i); // details of the entry above: a thesis, a focus, honours
        } else {
            readLine(i, headingLine >= 0);
        }
    }
    flush();
}

} // namespace Shortlist::detail
