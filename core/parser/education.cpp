// Education: institutions, degrees and their subjects, grades and dates, whatever order
// a CV writes them in.

#include "characters.h"
#include "parserimpl.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace Shortlist::detail {

namespace {

// Whether a word of the text (only the first, if `firstOnly`) is one of `words`, compared
// without case.
bool hasWordOf(QStringView text, const QList<QStringView> &words, bool firstOnly = false)
{
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && !text[i].isLetter())
            ++i;
        qsizetype e = i;
        while (e < text.size() && text[e].isLetter())
            ++e;
        const QStringView word = text.sliced(i, e - i);
        if (!word.isEmpty() && std::any_of(words.cbegin(), words.cend(), [&](QStringView w) {
                return w.size() == word.size() && w.compare(word, Qt::CaseInsensitive) == 0;
            }))
            return true;
        if (firstOnly)
            return false;
        i = e;
    }
    return false;
}

// What a form's label says its value is: "Name and type of organisation providing education
// and training:", "Title of qualification awarded:", "Principal subjects:", "Dates:".
enum class EducationLabel { None, Institution, Degree, Area, Location, Other };

struct LabelledValue
{
    EducationLabel label = EducationLabel::None;
    qsizetype valueStart = 0;
};

LabelledValue educationLabel(QStringView text)
{
    const qsizetype colon = text.first(std::min<qsizetype>(text.size(), 90)).indexOf(QLatin1Char(':'));
    if (colon <= 0 || (colon + 1 < text.size() && !text[colon + 1].isSpace()))
        return {}; // ("2:1", "https://…")
    const QStringView label = text.first(colon);
    if (wordCount(label, 13) > 12 || label.contains(QLatin1Char(',')))
        return {};
    static const QList<QStringView> institution = {u"school", u"university", u"institution", u"organisation",
        u"organization", u"college", u"institute", u"schule", u"universität", u"hochschule", u"einrichtung",
        u"établissement", u"école", u"université", u"organisme", u"escuela", u"universidad", u"centro",
        u"istituto", u"università", u"scuola", u"instituição", u"escola", u"uczelnia", u"szkoła", u"instelling",
        u"trường", u"sekolah", u"kampus"};
    static const QList<QStringView> degree = {u"degree", u"qualification", u"diploma", u"abschluss", u"diplôme",
        u"título", u"titulo", u"titolo", u"qualifica", u"grau", u"dyplom", u"graad", u"bằng", u"gelar", u"végzettség",
        u"πτυχίο", u"tutkinto"};
    static const QList<QStringView> area = {u"subject", u"subjects", u"field", u"major", u"studiengang",
        u"fach", u"fächer", u"studienfach", u"domaine", u"filière", u"spécialité", u"especialidad", u"carrera",
        u"indirizzo", u"materie", u"curso", u"kierunek", u"richting", u"studierichting", u"chuyên", u"jurusan",
        u"szak", u"specializare", u"ειδίκευση", u"pääaine"};
    static const QList<QStringView> place = {u"location", u"place", u"city", u"town", u"ort", u"stadt", u"lieu",
        u"ville", u"ubicación", u"ciudad", u"luogo", u"città", u"local", u"cidade", u"miejsce", u"plaats"};
    static const QList<QStringView> other = {u"level", u"grade", u"niveau", u"note"};
    LabelledValue found;
    found.valueStart = colon + 1;
    // (The institution's words win: "Name and type of organisation providing education" names
    // the school however it goes on.)
    if (hasWordOf(label, institution))
        found.label = EducationLabel::Institution;
    else if (hasWordOf(label, degree))
        found.label = EducationLabel::Degree;
    else if (hasWordOf(label, area))
        found.label = EducationLabel::Area;
    else if (hasWordOf(label, place))
        found.label = EducationLabel::Location;
    else if (labelledField(text).kind == LabelledField::Dates || hasWordOf(label, other))
        found.label = EducationLabel::Other;
    return found;
}

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
    return hasWordOf(text, labels, true) || hasWordOf(text, honours);
}

// A certification listed among the studies ("AWS Certified …"): not a study.
bool isCertification(QStringView text)
{
    static const QList<QStringView> words = {u"certified", u"certification", u"zertifiziert",
        u"zertifizierung", u"certifié", u"certifiée", u"certificado", u"certificación", u"certificazione",
        u"certificação", u"сертифицированный", u"gecertificeerd"};
    return hasWordOf(text, words);
}

// A part of a school named before the school: "Department of Physics", "Faculté des
// Sciences", "Institute of Multimedia Engineering" over "National Chiao-Tung University".
bool isSubUnit(QStringView name)
{
    static const QList<QStringView> units = {u"department", u"dept", u"faculty", u"faculté", u"fakultät",
        u"facultad", u"facoltà", u"faculdade", u"wydział", u"fakulta", u"institute", u"school", u"college",
        u"division", u"fachbereich"};
    return hasWordOf(name, units, true);
}

// " | ", " — ", " – ": what a line of fields has between them and a sentence has not.
bool hasFieldSeparator(QStringView text)
{
    return containsShort(text, u" | ") || containsShort(text, u" — ") || containsShort(text, u" – ");
}

// A sentence, not a field: "During my last year I held a research grant at …". A long
// line of fields has separators between them.
bool isProse(QStringView text)
{
    const QStringView t = Characters::trimmed(text);
    if (t.isEmpty())
        return false;
    // A wrapped sentence goes on in lower case ("and completed the requirements for…"),
    // or speaks in the first person ("I earned a Bachelor of Science…").
    // ("специалист in Applied Mathematics" starts with its degree.)
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    const bool goesOn = t.front().isLower() && wordCount(t, 5) >= 4
        && !Lexicon::hasDegreeWord(space > 0 ? t.first(space) : t);
    if (goesOn || (t.startsWith(u"I ") && wordCount(t, 6) >= 5))
        return true;
    return wordCount(t, 16) > 15 && !hasFieldSeparator(t);
}

struct Degree
{
    QString studyType;
    QString area;
};

// "BSc (Hons) Computer Science", "Master (year 2) in Physics": a short note in brackets right
// after a degree word of a word or two is part of the degree; the rest is read as usual.
std::optional<Degree> readQualifiedDegree(const QString &written)
{
    const QString text = cleanField(written);
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const qsizetype close = text.indexOf(QLatin1Char(')'), open + 1);
    if (open <= 0 || close < 0 || close - open > 14 || text.indexOf(QLatin1Char('('), open + 1) >= 0)
        return std::nullopt;
    const QStringView degree = QStringView(text).first(open).trimmed();
    if (wordCount(degree, 3) > 2 || !Lexicon::hasDegreeWord(degree) || Lexicon::hasInstitutionWord(degree))
        return std::nullopt;
    const QString studyType = degree + QLatin1Char(' ') + QStringView(text).sliced(open, close + 1 - open);
    QString rest = cleanField(text.sliced(close + 1));
    for (const QString &joining : {QStringLiteral("in "), QStringLiteral("en "), QStringLiteral("по ")}) {
        if (rest.startsWith(joining))
            rest = cleanField(rest.sliced(joining.size()));
    }
    return Degree {studyType, cleanField(stripParenthesised(rest))};
}

Degree readDegree(const QString &written)
{
    if (const auto qualified = readQualifiedDegree(written))
        return *qualified;
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
    // "B.Sc. Informatik", "MSc Computer Science": an abbreviated degree and its subject;
    // "B. Sc. Geography" with its initials spaced.
    qsizetype space = text.indexOf(QLatin1Char(' '));
    while (space > 0 && space + 1 < text.size() && text.at(space - 1) == QLatin1Char('.')
        && (space < 3 || !text.at(space - 3).isLetter()) && text.at(space - 2).isLetter()) {
        const qsizetype next = text.indexOf(QLatin1Char(' '), space + 1);
        if (next < 0 || text.at(next - 1) != QLatin1Char('.'))
            break;
        space = next;
    }
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

// A word without the punctuation at its edges: "(6" is "6", "Units)" is "Units".
QStringView trimmedToWord(QStringView word)
{
    while (!word.isEmpty() && !word.front().isLetterOrNumber())
        word = word.sliced(1);
    while (!word.isEmpty() && !word.back().isLetterOrNumber())
        word.chop(1);
    return word;
}

// The words of a line read into `entry` that none of its fields holds ("(6 Units)" after a
// degree, "(2 years) - 106/110"), as the runs of text they stand in; joining words ("in",
// "of") and durations alone are not runs.
QStringList wordsNoFieldHolds(QStringView text, const Education &entry)
{
    // Looked up in the fields as they are, without a set of their words: a handful of fields
    // and words, on the few lines of an education section.
    const Text *const fields[] = {&entry.institution, &entry.studyType, &entry.area, &entry.score, &entry.location,
        &entry.description};
    // (As written first, the cheap look: fields are mostly the line's own words.)
    const auto held = [&fields](QStringView word) {
        return std::any_of(std::begin(fields), std::end(fields),
                   [word](const Text *field) { return QStringView(field->value).contains(word); })
            || std::any_of(std::begin(fields), std::end(fields),
                [word](const Text *field) { return QStringView(field->value).contains(word, Qt::CaseInsensitive); });
    };
    // Most lines are their fields and a joining word or two ("BSc in Physics, University of
    // Y"): when the fields found in the line hold all its letters but three, nothing is left.
    const auto letters = [](QStringView t) {
        return std::count_if(t.begin(), t.end(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    qsizetype covered = 0;
    for (const Text *field : fields) {
        if (!field->value.isEmpty()
            && (text.contains(field->value) || text.contains(field->value, Qt::CaseInsensitive)))
            covered += letters(field->value);
    }
    if (covered + 3 >= letters(text))
        return {};
    QStringList runs;
    qsizetype runFrom = -1, runTo = -1;
    auto close = [&] {
        if (runFrom < 0)
            return;
        const QStringView run = text.sliced(runFrom, runTo - runFrom);
        bool joiningOnly = true;
        for (QStringView word : run.tokenize(u' ', Qt::SkipEmptyParts)) {
            const QStringView core = trimmedToWord(word);
            joiningOnly = joiningOnly && (core.isEmpty() || (core.size() <= 3 && core.front().isLower()));
        }
        if (!joiningOnly && !isDuration(run))
            runs.append(cleanField(run));
        runFrom = -1;
    };
    qsizetype at = 0;
    for (QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        const qsizetype from = word.data() - text.data();
        at = from + word.size();
        const QStringView core = trimmedToWord(word);
        if (core.isEmpty() || held(core)) {
            if (!core.isEmpty())
                close();
            continue;
        }
        if (runFrom < 0)
            runFrom = from;
        runTo = at;
    }
    close();
    return runs;
}

} // namespace

// A table that is one study's form, a label and its value on each row, as Europass CVs set
// them out: "Dates (from – to) | 2011 – 2014", "Name and type of organisation providing
// education and training | University of …", "Title of qualification awarded | MSc in …".
// Rows whose label names no field are kept in its description as written.
void ProfileParser::readEducationForms(int from, int to)
{
    for (const auto &[first, last] : unreadTables(from, to)) {
        struct Row
        {
            QString label;
            QString value;
            EducationLabel field = EducationLabel::None;
            bool dates = false;
        };
        QVarLengthArray<Row, 8> rows;
        bool form = true, dated = false, named = false;
        for (int i = first; i <= last && form; ++i) {
            form = isFormRow(m_lines[i]);
            if (!form)
                break;
            const QStringList &cells = m_lines[i].cells;
            Row row {cleanField(cells[0]), cleanField(cells[1])};
            const QString label = formLabel(cells[0]);
            row.dates = labelledField(QString(label + QStringLiteral(": x"))).kind == LabelledField::Dates;
            if (!row.dates)
                row.field = educationLabel(QString(label + QStringLiteral(": x"))).label;
            dated = dated || (row.dates && findDates(row.value).isValid());
            named = named || row.field == EducationLabel::Institution || row.field == EducationLabel::Degree;
            rows.append(row);
        }
        if (!form || !dated || !named)
            continue;
        Education entry;
        QStringList notes;
        for (int i = first; i <= last; ++i) {
            const Row &row = rows[i - first];
            const Line &line = m_lines[i];
            const SourceRange valueRange = line.cellRanges.value(1).isValid() ? line.cellRanges[1] : line.range;
            use(i);
            if (row.value.isEmpty())
                continue;
            const Part value = locate(row.value, valueRange);
            if (const DateMatch dates = row.dates ? findDates(row.value) : DateMatch(); dates.isValid() && entry.isUndated()) {
                entry.start = {dates.dates.start, value.range};
                entry.ongoing = dates.dates.ongoing;
                if (dates.endFrom >= 0 && !dates.dates.ongoing)
                    entry.end = {dates.dates.end, value.range};
                entry.datesRange = value.range;
            } else if (row.field == EducationLabel::Institution && entry.institution.value.isEmpty()) {
                entry.institution = value.toText();
            } else if (row.field == EducationLabel::Degree && entry.studyType.value.isEmpty()) {
                const Degree degree = readDegree(row.value);
                entry.studyType = locate(degree.studyType, valueRange).toText();
                if (!degree.area.isEmpty() && entry.area.value.isEmpty())
                    entry.area = locate(degree.area, valueRange).toText();
            } else if (row.field == EducationLabel::Location && entry.location.value.isEmpty()) {
                entry.location = value.toText();
            } else {
                notes.append(row.label + QStringLiteral(": ") + row.value);
            }
        }
        if (!notes.isEmpty())
            entry.description = {notes.join(QLatin1Char('\n')), rangeOf(first, last + 1)};
        entry.range = rangeOf(first, last + 1);
        appendTo(m_profile.education, std::move(entry));
    }
}

void ProfileParser::readEducation(int from, int to, int headingLine)
{
    readEducationForms(from, to);
    Education entry;
    QList<int> entryLines;
    bool institutionFromHeading = false; // a heading with no school's or degree's word
    auto flush = [&] {
        if (!entry.institution.value.isEmpty() || !entry.studyType.value.isEmpty()) {
            entry.range = rangeOf(entryLines);
            appendTo(m_profile.education, std::move(entry));
            for (int i : entryLines)
                use(i);
        }
        entry = {};
        entryLines.clear();
        institutionFromHeading = false;
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
    // What may name the town or country after a school's name: a country, or a word or two
    // with a capital that say nothing of a school or a degree.
    const auto isPlace = [](const QString &part) {
        return !Lexicon::countryCode(part).isEmpty()
            || (wordCount(part) <= 2 && part.front().isUpper() && !Lexicon::hasInstitutionWord(part)
                && !Lexicon::hasDegreeWord(part));
    };
    // A school's town set apart after its name: "| Heidenheim an der Brenz" (a few words with
    // a capital, none a school's or a degree's, no digits).
    const auto isTownAfterSchool = [&isPlace](const QString &part) {
        return isPlace(part)
            || (wordCount(part, 6) <= 4 && !part.isEmpty() && part.front().isUpper()
                && std::none_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); })
                && !Lexicon::hasInstitutionWord(part) && !Lexicon::hasDegreeWord(part));
    };
    // The institution's name and, apart, a town or country written after it.
    struct Named
    {
        QString name;
        QString place;
    };
    auto institutionNamed = [&isPlace](const QString &written) {
        QString name = cleanField(written);
        QString place;
        for (const QString &separator :
            {QStringLiteral(" - "), QStringLiteral(" — "), QStringLiteral(" – ")}) {
            const qsizetype at = lastIndexOfShort(name, separator);
            if (at > 0 && wordCount(QStringView(name).sliced(at)) <= 3
                && !Lexicon::hasInstitutionWord(QStringView(name).sliced(at))) {
                place = cleanField(name.sliced(at + separator.size()));
                name = name.first(at);
            }
        }
        // "…, Kerala, India", "…, Leeds": a place after the name. "…, and Electronics" is the name.
        QStringList commaParts = name.split(QStringLiteral(", "));
        QStringList placeParts;
        for (int dropped = 0; dropped < 2 && commaParts.size() > 1 && isPlace(commaParts.last()); ++dropped)
            placeParts.prepend(commaParts.takeLast());
        if (!placeParts.isEmpty())
            place = placeParts.join(QStringLiteral(", "));
        return Named {cleanField(commaParts.join(QStringLiteral(", "))), cleanField(place)};
    };
    // Sets the institution, and its place when the text names one after it.
    auto setInstitution = [&](const Part &p, bool withPlace) {
        const Named named = withPlace ? institutionNamed(p.text) : Named {cleanField(p.text), {}};
        entry.institution = locate(named.name, p.range).toText();
        if (!named.place.isEmpty() && entry.location.value.isEmpty())
            entry.location = locate(named.place, p.range).toText();
    };
    // A line cut into its fields: a table row into its cells, the dates left out; another
    // line at its strong separators ("HAVO | Christelijk Lyceum", "BSc in X — University of
    // Y", "MSc; University of Z"), at "Degree at School", and at the commas between a degree
    // and a school.
    // The fields of one line of text written in `range`.
    auto textParts = [&](const QString &text, const SourceRange &range) {
        Parts parts = split(locate(text, range), {u" | ", u" — ", u" – ", u" · ", u"; ", u"\uFF5C"});
        // "M.S. in Computer Science at Clemson University": a degree at a school.
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QString &t = parts[k].text;
            const qsizetype at = indexOfShort(t, u" at ");
            if (at > 0 && Lexicon::hasDegreeWord(QStringView(t).first(at))
                && !Lexicon::hasInstitutionWord(QStringView(t).first(at))
                && Lexicon::hasInstitutionWord(QStringView(t).sliced(at + 4))) {
                const Part whole = parts[k];
                parts[k] = locate(whole.text.first(at), whole.range);
                parts.insert(k + 1, locate(whole.text.sliced(at + 4), whole.range));
                break;
            }
        }
        const auto isInstitution = [](const Part &p) { return Lexicon::hasInstitutionWord(p.text); };
        const auto isDegree = [](const Part &p) {
            return Lexicon::hasDegreeWord(p.text) && !Lexicon::hasInstitutionWord(p.text);
        };
        // "BSc Computer Science, University of the Severn": a degree and a school in one part.
        for (qsizetype k = 0; k < parts.size(); ++k) {
            if (!parts[k].text.contains(QLatin1Char(',')) || !isInstitution(parts[k]))
                continue;
            const Parts commaParts = split(parts[k], {u", "});
            if (std::any_of(commaParts.cbegin(), commaParts.cend(), isDegree)) {
                parts.remove(k);
                for (qsizetype c = 0; c < commaParts.size(); ++c)
                    parts.insert(k + c, commaParts[c]);
                break;
            }
        }
        // "BSc (Hons) Computer Science, 2:1": the grade after the last comma.
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const qsizetype comma = lastIndexOfShort(parts[k].text, u", ");
            if (comma > 0 && isScore(QStringView(parts[k].text).sliced(comma + 2))) {
                const Part whole = parts[k];
                parts[k] = locate(whole.text.first(comma), whole.range);
                parts.insert(k + 1, locate(whole.text.sliced(comma + 2), whole.range));
                break;
            }
        }
        return parts;
    };
    auto lineParts = [&](int i, const QString &text) {
        const Line &line = m_lines[i];
        if (line.kind != Line::Kind::TableRow)
            return textParts(text, line.range);
        Parts parts;
        for (qsizetype c = 0; c < line.cells.size(); ++c) {
            const SourceRange range = line.cellRanges[c].isValid() ? line.cellRanges[c] : line.range;
            // A cell of several lines ("School, City<br>Degree in Subject<br>Thesis: …"): each
            // line its fields.
            for (const QString &cellLine : line.cells[c].split(QLatin1Char('\n'))) {
                const QString cell = cleanField(withoutDates(cellLine, findDates(cellLine)));
                if (cell.isEmpty())
                    continue;
                if (line.cells[c].contains(QLatin1Char('\n'))) {
                    for (const Part &part : textParts(cell, range))
                        parts.append(part);
                } else
                    parts.append(locate(cell, range));
            }
        }
        return parts;
    };
    // Whether the next line of the section names a degree and no school.
    auto nextLineNamesDegree = [&](int i) {
        int next = i + 1;
        while (next < to && isBlankOrRule(next))
            ++next;
        return next < to && !isUsed(next) && m_lines[next].kind != Line::Kind::TableRow
            && Lexicon::hasDegreeWord(m_lines[next].text) && !Lexicon::hasInstitutionWord(m_lines[next].text)
            && !isProse(m_lines[next].text) && !isCertification(m_lines[next].text);
    };
    // The next line, in the same paragraph, names a school: "Applied informatics" over
    // "Technical University of Liberec" is the field of study there.
    auto nextLineNamesSchool = [&](int i) {
        const int next = i + 1;
        return next < to && !isUsed(next) && m_lines[next].block == m_lines[i].block
            && m_lines[next].kind == m_lines[i].kind && Lexicon::hasInstitutionWord(m_lines[next].text)
            && !isProse(m_lines[next].text);
    };
    // A short line starting a paragraph after a dated entry, that names a study or a school or
    // stands over one: the next entry ("Knowledge engineering" / "CTU in Prague" / dates).
    auto opensEntry = [&](int i) {
        const Line &line = m_lines[i];
        if (!line.blankBefore || line.kind != Line::Kind::Text || wordsOf(i) > 8 || isProse(line.text)
            || (entry.institution.value.isEmpty() && entry.studyType.value.isEmpty())
            || (!entry.start.value.isValid() && !entry.end.value.isValid()))
            return false;
        // "**B.A. – Political Science** | 2019 – 2022" over "*University of Massachusetts*" in a
        // paragraph of its own: the school of the degree above, which has none, not the next
        // entry (which would have dates of its own, on its line or the next).
        // ("Amherst, MA" ends with a state's code, not a Master of Arts.)
        QStringView named = line.text;
        if (named.size() > 4 && named[named.size() - 3] == u' ' && named[named.size() - 4] == u','
            && named.back().isUpper() && named[named.size() - 2].isUpper())
            named.chop(4);
        const bool schoolOnly = Lexicon::hasInstitutionWord(named) && !Lexicon::hasDegreeWord(named);
        if (schoolOnly && entry.institution.value.isEmpty() && !datesOf(i).isValid()
            && !(i + 1 < to && m_lines[i + 1].block == line.block && datesOf(i + 1).isValid()))
            return false;
        // "**School** | 2021 – 2024" over "Bachelor Informatik" and its details: the degree of
        // the school above, which names none, when nothing after it could make an entry of it
        // (its details follow it, or the section ends).
        if (entry.studyType.value.isEmpty() && !entry.institution.value.isEmpty() && !datesOf(i).isValid()
            && !Lexicon::hasInstitutionWord(named)) {
            int next = i + 1;
            while (next < to && isBlankOrRule(next))
                ++next;
            if (next >= to || m_lines[next].isListItem())
                return false;
        }
        return Lexicon::hasInstitutionWord(line.text) || Lexicon::hasDegreeWord(line.text) || nextLineNamesSchool(i);
    };
    // A line of a paragraph of three lines or more that holds a sentence's worth of words:
    // a wrapped paragraph about the study, not its fields.
    auto inParagraph = [&](int i) {
        const Line &line = m_lines[i];
        if (line.kind != Line::Kind::Text || wordsOf(i) < 8 || hasFieldSeparator(line.text))
            return false;
        int first = i, last = i;
        while (first > from && m_lines[first - 1].block == line.block && m_lines[first - 1].kind == Line::Kind::Text)
            --first;
        while (last + 1 < to && m_lines[last + 1].block == line.block && m_lines[last + 1].kind == Line::Kind::Text)
            ++last;
        // (A wrapped sentence's lines are long one after another; a school's long name between
        // a short subject and its dates is a field.)
        const bool longNeighbour = (i > first && wordsOf(i - 1) >= 8) || (i < last && wordsOf(i + 1) >= 8);
        return last - first >= 2 && longNeighbour;
    };
    auto readLine = [&](int i, bool headingEntry) {
        const Line &line = m_lines[i];
        QString text = line.text;
        // (A list item that names a school or a degree is an entry, however long.)
        const EducationLabel label = line.kind == Line::Kind::TableRow ? EducationLabel::None : educationLabel(text).label;
        const bool labelsField = label != EducationLabel::None && label != EducationLabel::Other;
        if (line.kind != Line::Kind::TableRow && i != headingLine && !(line.isListItem() && headingEntry) && !labelsField
            && (isProse(text) || isCertification(text) || inParagraph(i))) {
            describe(i);
            return;
        }
        const DateMatch &dates = datesOf(i);
        // A bold line after a whole entry (school, degree and dates) starts the next one:
        // "**EXTRA Computer GmbH, DHBW Heidenheim** | *Heidenheim*" under the entry before.
        const auto opensBold = [&] {
            const QString start = m_source.text(line.range.begin, std::min(line.range.end, line.range.begin + 2));
            return line.strong || start == u"**" || start == u"__";
        };
        if (!headingEntry && !dates.isValid() && !entry.institution.value.isEmpty()
            && !entry.studyType.value.isEmpty() && (entry.start.value.isValid() || entry.end.value.isValid()) && opensBold())
            flush();
        if (dates.isValid()) {
            // A new paragraph after a whole entry, or new dates, start the next entry.
            const bool complete = !entry.institution.value.isEmpty() && !entry.studyType.value.isEmpty();
            if (!headingEntry
                && (entry.start.value.isValid() || entry.end.value.isValid() || (complete && line.blankBefore)))
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
        // ("Dates: 2010 – 2012" without its dates: the label alone.)
        if (text.isEmpty()
            || (dates.isValid() && wordCount(text, 4) <= 3
                && labelledField(QString(cleanField(text) + QLatin1Char(':'))).kind == LabelledField::Dates))
            return;
        if (line.kind != Line::Kind::TableRow) {
            if (const LabelledValue labelled = educationLabel(text); labelled.label != EducationLabel::None) {
                const QString value = cleanField(text.sliced(labelled.valueStart));
                const Part p = locate(value, line.range);
                if (value.isEmpty() || labelled.label == EducationLabel::Other) {
                    if (!value.isEmpty() && !dates.isValid())
                        describe(i);
                } else if (labelled.label == EducationLabel::Institution && entry.institution.value.isEmpty()) {
                    setInstitution(p, true);
                } else if (labelled.label == EducationLabel::Degree && entry.studyType.value.isEmpty()) {
                    setDegree(p);
                } else if (labelled.label == EducationLabel::Area && entry.area.value.isEmpty()) {
                    entry.area = p.toText();
                } else if (labelled.label == EducationLabel::Location && entry.location.value.isEmpty()) {
                    entry.location = p.toText();
                } else {
                    describe(i);
                }
                return;
            }
        }

        Parts parts = lineParts(i, text);
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
        bool hasInstitution = std::any_of(kinds.cbegin(), kinds.cend(), [](Kind k) { return k.institution; });
        const bool hasDegree = std::any_of(kinds.cbegin(), kinds.cend(), [](Kind k) { return k.degree; });
        // "Master of Science in Computer Sciences, UT Austin": a school without a school's
        // word, written after the degree and its subject.
        if (!hasInstitution && hasDegree && parts.size() == 1 && entry.institution.value.isEmpty()) {
            const qsizetype comma = lastIndexOfShort(parts[0].text, u", ");
            const QStringView last = comma > 0 ? QStringView(parts[0].text).sliced(comma + 2) : QStringView();
            const QString degree = comma > 0 ? parts[0].text.first(comma) : QString();
            if (!last.isEmpty() && last.front().isUpper() && wordCount(last, 5) <= 4
                && !Lexicon::hasDegreeWord(last) && Lexicon::hasDegreeWord(degree) && !readDegree(degree).area.isEmpty()
                && Lexicon::countryCode(last).isEmpty() && !isScore(last)) {
                const Part whole = parts[0];
                parts[0] = locate(whole.text.first(comma), whole.range);
                parts.append(locate(whole.text.sliced(comma + 2), whole.range));
                kinds.append(Kind {true, false, false});
                hasInstitution = true;
            }
        }
        const bool underSubUnit = isSubUnit(entry.institution.value) && entry.studyType.value.isEmpty();
        if (hasInstitution && !entry.institution.value.isEmpty() && !headingEntry && !underSubUnit)
            flush(), entryLines.append(i);
        else if (!hasInstitution && hasDegree && !entry.studyType.value.isEmpty() && !headingEntry)
            flush(), entryLines.append(i);

        // The parts whose words say what they are first, then the others in what is left.
        bool used = false;
        QVarLengthArray<bool, 4> taken(parts.size(), false);
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const Part &p = parts[k];
            const Kind kind = kinds[k];
            if (kind.score && entry.score.value.isEmpty()) {
                entry.score = {cleanField(p.text), p.range};
            } else if (kind.institution
                && (entry.institution.value.isEmpty()
                    || (isSubUnit(entry.institution.value) && !isSubUnit(p.text) && entry.area.value.isEmpty()))) {
                if (!entry.institution.value.isEmpty())
                    entry.area = entry.institution; // the department, under the school named now
                setInstitution(p, parts.size() == 1);
            } else if (kind.degree && entry.studyType.value.isEmpty()) {
                setDegree(p);
            } else {
                continue;
            }
            taken[k] = used = true;
        }
        // "ALMA MATER STUDIORUM, Bologna | Master of Science in …": the part before the degree,
        // when no part has a school's word, names the school.
        const qsizetype degreePart = std::find_if(kinds.cbegin(), kinds.cend(), [](Kind k) { return k.degree; }) - kinds.cbegin();
        for (qsizetype k = 0; k < degreePart && degreePart < parts.size(); ++k) {
            if (hasInstitution || taken[k] || !entry.institution.value.isEmpty() || kinds[k].score
                || wordCount(parts[k].text, 9) > 8 || isProse(parts[k].text))
                continue;
            setInstitution(parts[k], true);
            taken[k] = used = true;
        }
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const Part &p = parts[k];
            if (taken[k])
                continue;
            // "… | Leeds, UK"; "BSc in X, University of Y, Irvine": a word or two after the
            // school's part, once the field of study is known ("University of Y, Economics"
            // names the field).
            // ("Technische Hochschule Augsburg | Augsburg": a school and its town, nothing else.)
            const bool afterSchool = k > 0 && taken[k - 1] && kinds[k - 1].institution
                && ((!entry.area.value.isEmpty() && isPlace(cleanField(p.text)))
                    || (parts.size() == 2 && isTownAfterSchool(cleanField(p.text))));
            if (entry.location.value.isEmpty() && !entry.institution.value.isEmpty()
                && (isPlaceLine(p.text) || afterSchool)) {
                entry.location = locate(cleanField(p.text), p.range).toText();
                used = true;
            } else if (parts.size() > 1 && hasInstitution && !hasDegree && entry.studyType.value.isEmpty()) {
                setDegree(p); // "HAVO, profiel Natuur & Techniek | Christelijk Lyceum"
                used = true;
            } else if (institutionFromHeading && i != headingLine && dates.isValid() && parts.size() == 1
                && wordCount(p.text, 5) <= 4 && entry.area.value.isEmpty() && entry.studyType.value.isEmpty()) {
                // "## Full Stack Web Developer" over "**Develhope** | 2022": the heading named
                // the programme, the dated line under it the school.
                entry.area = entry.institution;
                entry.institution = locate(cleanField(p.text), p.range).toText();
                institutionFromHeading = false;
                used = true;
            } else if (entry.institution.value.isEmpty() && !entry.studyType.value.isEmpty() && line.blankBefore
                && parts.size() == 1 && !dates.isValid() && wordCount(p.text, 7) <= 6 && entry.datesRange.isValid()
                && p.text.front().isUpper() && mostlyCapitalized(p.text, 0.75)) {
                // "- 2012 - Ensino médio" over "EE. Prof. Francisco Costa Braga": a dated degree
                // alone, then a name in a paragraph of its own, is the school.
                setInstitution(p, false);
                used = true;
            } else if (entry.area.value.isEmpty() && wordCount(p.text) <= 8
                && (!entry.institution.value.isEmpty() || !entry.studyType.value.isEmpty())) {
                entry.area = locate(cleanField(p.text), p.range).toText();
                used = true;
            } else if (headingEntry && entry.institution.value.isEmpty() && i == headingLine) {
                entry.institution = locate(cleanField(p.text), p.range).toText();
                institutionFromHeading = true;
                used = true;
            } else if (entry.institution.value.isEmpty() && entry.studyType.value.isEmpty() && entry.area.value.isEmpty()
                && parts.size() == 1 && wordCount(p.text, 9) <= 8 && !dates.isValid() && nextLineNamesSchool(i)) {
                entry.area = locate(cleanField(p.text), p.range).toText();
                used = true;
            } else if (entry.institution.value.isEmpty() && entry.studyType.value.isEmpty()
                && (parts.size() == 1 || (parts.size() == 2 && k == 0 && isTownAfterSchool(cleanField(parts[1].text))))
                && wordCount(p.text, 9) <= 8 && nextLineNamesDegree(i)) {
                // "TH Rijswijk, Rijswijk" over "Computer Science, BSc": the school, named
                // without a school's word, above its degree (and its town apart after it:
                // "EXTRA Computer GmbH, DHBW Heidenheim | Heidenheim").
                setInstitution(p, parts.size() == 1);
                if (parts.size() == 2 && entry.location.value.isEmpty()) {
                    entry.location = locate(cleanField(parts[1].text), parts[1].range).toText();
                    taken[1] = true;
                }
                used = true;
            }
        }
        if (!used) {
            entryLines.removeLast();
            describe(i);
            return;
        }
        // What the fields left of the line is kept with the entry, not lost.
        for (const QString &run : wordsNoFieldHolds(text, entry)) {
            entry.description.value += entry.description.value.isEmpty() ? run : QLatin1Char('\n') + run;
            entry.description.range = entry.description.range.united(locate(run, line.range).range);
        }
    };

    if (headingLine >= 0)
        readLine(headingLine, true);
    for (int i = from; i < to; ++i) {
        if (isUsed(i) || isBlankOrRule(i))
            continue;
        const Line &line = m_lines[i];
        if (line.kind == Line::Kind::TableRow) {
            // A row is an entry; the header row names the columns.
            flush();
            if (line.headerRow)
                use(i);
            else
                readLine(i, true);
            flush();
            continue;
        }
        if (line.isHeading()) {
            // "### Institution" under "## Degree": more of the entry the heading opened.
            if (headingLine >= 0)
                readLine(i, true);
            continue;
        }
        // Bullets right under an entry's text are its details ("Graduated magna cum laude
        // from the Honors College"), even when they name a school.
        int previous = i - 1;
        while (previous >= from && isBlankOrRule(previous))
            --previous;
        // (Unless the text continues an item of this one's level: "+ School" / "2014" / "Clubs",
        // then "+ Next School".)
        int item = previous;
        while (item >= from && m_lines[item].kind == Line::Kind::Text && m_lines[item].indent > line.indent)
            --item;
        const bool siblingAbove = line.isListItem() && item >= from && item < previous && m_lines[item].isListItem()
            && m_lines[item].level == line.level;
        const bool underEntryText = previous >= from && m_lines[previous].kind == Line::Kind::Text && !siblingAbove
            && (!entry.institution.value.isEmpty() || !entry.studyType.value.isEmpty());
        const bool fullItem = line.isListItem() && line.level == 1 && headingLine < 0 && !underEntryText
            && (Lexicon::hasInstitutionWord(line.text) || Lexicon::hasDegreeWord(line.text));
        // "- Bằng: Kỹ sư", "- Major: Physics" under the school: the entry's own fields.
        const bool underEntry = underEntryText || (!entryLines.isEmpty() && entryLines.last() == previous);
        const EducationLabel label = line.isListItem() && underEntry ? educationLabel(line.text).label : EducationLabel::None;
        const bool labelsEmptyField = (label == EducationLabel::Degree && entry.studyType.value.isEmpty())
            || (label == EducationLabel::Area && entry.area.value.isEmpty())
            || (label == EducationLabel::Institution && entry.institution.value.isEmpty());
        if (fullItem) {
            flush();
            readLine(i, true);
        } else if (labelsEmptyField) {
            readLine(i, false);
        } else if (line.isListItem()) {
            describe(i); // details of the entry above: a thesis, a focus, honours
        } else {
            if (headingLine < 0 && opensEntry(i))
                flush();
            readLine(i, headingLine >= 0);
        }
    }
    flush();
}

} // namespace Shortlist::detail
