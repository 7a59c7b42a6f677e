// Positions: job headings in their many forms, flat plain-text entries, tables,
// and the dates, highlights and notes that belong to each.

#include "characters.h"
#include "dates.h"
#include "parserimpl.h"

#include <QSet>

#include <QStringTokenizer>

#include <array>

using namespace Qt::StringLiterals;

namespace Shortlist::detail {

namespace {

// "Stack: python3, uWSGI", "Projects: …": a labelled note, never a header.
// "Site and game sources: https://…": a label a little longer, when what it labels is an address.
bool startsWithLabel(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon >= 40 || colon + 1 >= text.size() || !text[colon + 1].isSpace())
        return false;
    const int words = wordCount(text.first(colon), 6);
    if (words <= 3)
        return true;
    const QStringView value = text.sliced(colon + 1).trimmed();
    return words <= 5 && !value.contains(QLatin1Char(' '))
        && (value.startsWith(u"http://") || value.startsWith(u"https://") || value.startsWith(u"www."));
}

// True when the dates are most of the line: "_June 2021 - September 2023 (Rust, Go)_".
bool datesDominate(const Line &line, const DateMatch &match)
{
    if (!match.isValid())
        return false;
    // Words left beside the dates, outside parentheses: "(Rust, Go)" and "·" do not count.
    const QString &text = line.text;
    int words = 0, depth = 0;
    bool inToken = false, counted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i >= match.from && i < match.to) {
            inToken = false;
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        if (Characters::isSpace(c) || depth > 0 || c == QLatin1Char(')')) {
            inToken = false;
            continue;
        }
        if (!inToken)
            counted = false;
        inToken = true;
        if (!counted && Characters::isLetterOrNumber(c)) {
            ++words;
            counted = true;
        }
    }
    if (match.isRange)
        return words <= 1 || line.emphasized;
    return words == 0;
}

enum class Role { Unknown, Dates, Start, End, Company, Title, Location, Description };

// What a table's column holds, from its header ("Periodo", "Empresa", "Puesto"…).
Role columnRole(const QString &header)
{
    static const QList<QPair<Role, QStringList>> roleWords = {
        {Role::Dates,
            {QStringLiteral("period"), QStringLiteral("dates"), QStringLiteral("date"),
                QStringLiteral("when"), QStringLiteral("years"), QStringLiteral("zeitraum"),
                QStringLiteral("période"), QStringLiteral("dates"), QStringLiteral("periodo"),
                QStringLiteral("fechas"), QStringLiteral("период"), QStringLiteral("годы"),
                QStringLiteral("periode"), QStringLiteral("datum"), QStringLiteral("datas"), QStringLiteral("期間"),
                QStringLiteral("时间"), QStringLiteral("時間")}},
        {Role::Start,
            {QStringLiteral("start"), QStringLiteral("from"), QStringLiteral("since"), QStringLiteral("beginn"),
                QStringLiteral("von"), QStringLiteral("début"), QStringLiteral("inicio"), QStringLiteral("início"),
                QStringLiteral("inizio"), QStringLiteral("начало"), QStringLiteral("с"), QStringLiteral("start date"),
                QStringLiteral("fecha de inicio"), QStringLiteral("fecha de incorporación"), QStringLiteral("joined"),
                QStringLiteral("date joined"), QStringLiteral("seit"), QStringLiteral("eintritt"), QStringLiteral("depuis"),
                QStringLiteral("data de início"), QStringLiteral("data di inizio"),
                QStringLiteral("başlangıç"), QStringLiteral("od"), QStringLiteral("van"), QStringLiteral("开始")}},
        {Role::End,
            {QStringLiteral("end"), QStringLiteral("to"), QStringLiteral("until"), QStringLiteral("ende"),
                QStringLiteral("bis"), QStringLiteral("fin"), QStringLiteral("fim"), QStringLiteral("fine"),
                QStringLiteral("конец"), QStringLiteral("по"), QStringLiteral("end date"), QStringLiteral("bitiş"),
                QStringLiteral("do"), QStringLiteral("tot"), QStringLiteral("结束")}},
        {Role::Company,
            {QStringLiteral("company"), QStringLiteral("employer"), QStringLiteral("employers"),
                QStringLiteral("organization"),
                QStringLiteral("organisation"), QStringLiteral("firma"), QStringLiteral("unternehmen"),
                QStringLiteral("arbeitgeber"), QStringLiteral("entreprise"), QStringLiteral("société"),
                QStringLiteral("empresa"), QStringLiteral("компания"), QStringLiteral("организация"),
                QStringLiteral("bedrijf"), QStringLiteral("werkgever"), QStringLiteral("kurum"),
                QStringLiteral("şirket"), QStringLiteral("empresa"), QStringLiteral("azienda"),
                QStringLiteral("firma"), QStringLiteral("公司"), QStringLiteral("employer name"),
                QStringLiteral("company name"), QStringLiteral("organismo"), QStringLiteral("institution"),
                QStringLiteral("client"), QStringLiteral("name and address of employer"),
                QStringLiteral("name und adresse des arbeitgebers"), QStringLiteral("nom et adresse de l'employeur"),
                QStringLiteral("nombre y dirección de la empresa"),
                QStringLiteral("nome e indirizzo del datore di lavoro"), QStringLiteral("nome e morada do empregador"),
                QStringLiteral("naam en adres van de werkgever"), QStringLiteral("nazwa i adres pracodawcy")}},
        {Role::Title,
            {QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("role"),
                QStringLiteral("job"), QStringLiteral("rolle"), QStringLiteral("poste"),
                QStringLiteral("fonction"), QStringLiteral("puesto"), QStringLiteral("cargo"),
                QStringLiteral("должность"), QStringLiteral("посада"), QStringLiteral("functie"), QStringLiteral("ünvan"),
                QStringLiteral("unvan"), QStringLiteral("pozisyon"), QStringLiteral("görev"), QStringLiteral("cargo"),
                QStringLiteral("ruolo"), QStringLiteral("stanowisko"), QStringLiteral("pozice"), QStringLiteral("职位"),
                QStringLiteral("position title"), QStringLiteral("job title"), QStringLiteral("job"),
                QStringLiteral("stelle"), QStringLiteral("titel"), QStringLiteral("intitulé du poste"),
                // Europass's labels
                QStringLiteral("occupation"), QStringLiteral("occupation or position held"),
                QStringLiteral("position held"), QStringLiteral("beruf oder funktion"),
                QStringLiteral("fonction ou poste occupé"), QStringLiteral("profesión o cargo desempeñado"),
                QStringLiteral("tipo di impiego"), QStringLiteral("lavoro o posizione ricoperti"),
                QStringLiteral("função ou cargo ocupado"), QStringLiteral("functie of positie"),
                QStringLiteral("zajmowane stanowisko"), QStringLiteral("職種"), QStringLiteral("役職"), QStringLiteral("직책"), QStringLiteral("vị trí"),
                QStringLiteral("chức vụ"), QStringLiteral("jabatan"), QStringLiteral("posisi"), QStringLiteral("beosztás"),
                QStringLiteral("funcție"), QStringLiteral("θέση"),
                QStringLiteral("직위"), QStringLiteral("담당")}},
        {Role::Location,
            {QStringLiteral("location"), QStringLiteral("city"), QStringLiteral("place"),
                QStringLiteral("ort"), QStringLiteral("standort"), QStringLiteral("lieu"),
                QStringLiteral("ville"), QStringLiteral("ubicación"), QStringLiteral("ciudad"),
                QStringLiteral("город"), QStringLiteral("место"), QStringLiteral("locatie"),
                QStringLiteral("plaats")}},
        {Role::Description,
            {QStringLiteral("description"), QStringLiteral("highlights"), QStringLiteral("tasks"),
                QStringLiteral("aufgaben"), QStringLiteral("missions"), QStringLiteral("descripción"),
                QStringLiteral("обязанности"), QStringLiteral("taken"), QStringLiteral("achievements"),
                QStringLiteral("notes"),
                // Europass's labels
                QStringLiteral("main activities and responsibilities"),
                QStringLiteral("wichtigste tätigkeiten und zuständigkeiten"),
                QStringLiteral("principales activités et responsabilités"),
                QStringLiteral("principales actividades y responsabilidades"),
                QStringLiteral("principali mansioni e responsabilità"), QStringLiteral("principali attività e responsabilità"),
                QStringLiteral("principais actividades e responsabilidades"),
                QStringLiteral("principais atividades e responsabilidades"),
                QStringLiteral("belangrijkste activiteiten en verantwoordelijkheden"),
                QStringLiteral("główne czynności i obowiązki")}},
    };
    const QString name = Lexicon::normalized(header);
    for (const auto &[role, names] : roleWords) {
        if (names.contains(name))
            return role;
    }
    return Role::Unknown;
}

} // namespace

LabelledField labelledField(QStringView text, bool spaced)
{
    // "Employer: Acme", or in plain text a label and its value set apart by a tab or a run
    // of spaces ("Employer        Acme", as Europass CVs write them).
    // (A label of five words at most stands in the line's first characters.)
    qsizetype labelEnd = text.first(std::min<qsizetype>(text.size(), 64)).indexOf(QLatin1Char(':'));
    qsizetype valueStart = labelEnd + 1;
    if (spaced && (labelEnd <= 0 || labelEnd > 48)) {
        // (One pass over the first characters: most lines have neither.)
        labelEnd = -1;
        const qsizetype limit = std::min<qsizetype>(text.size() - 1, 48);
        for (qsizetype i = 1; i < limit; ++i) {
            const char16_t c = text[i].unicode();
            if (c == u'\t' || (c == u' ' && text[i + 1].unicode() == u' ')) {
                labelEnd = i;
                break;
            }
        }
        valueStart = labelEnd;
    }
    if (labelEnd <= 0 || wordCount(text.first(labelEnd), 6) > 5)
        return {};
    LabelledField field;
    switch (columnRole(text.first(labelEnd).trimmed().toString())) {
    case Role::Title: field.kind = LabelledField::Title; break;
    case Role::Company: field.kind = LabelledField::Company; break;
    case Role::Location: field.kind = LabelledField::Location; break;
    case Role::Start: field.start = true; [[fallthrough]];
    case Role::Dates:
    case Role::End: field.kind = LabelledField::Dates; break;
    case Role::Description:
    case Role::Unknown: return {};
    }
    field.value = text.sliced(valueStart).trimmed();
    return field;
}

bool ProfileParser::isJobHeading(int index) const
{
    const QString &text = m_lines.at(index).text;
    const DateMatch &match = datesOf(index);
    if (match.isValid()) {
        const QString rest = cleanField(stripParenthesised(
            QString(QStringView(text).first(match.from) + QLatin1Char(' ') + QStringView(text).sliced(match.to))));
        if (wordCount(rest) >= 1 && !isDuration(rest))
            return true;
    }
    return hasTitleWord(index) && wordsOf(index) <= 14;
}

bool ProfileParser::isHeaderLine(int index, int plainWords) const
{
    const Line &line = m_lines.at(index);
    if (line.kind != Line::Kind::Text && line.kind != Line::Kind::Html)
        return false;
    const QString &text = line.text;
    const int words = wordsOf(index);
    if (words == 0)
        return false;
    const DateMatch &match = datesOf(index);
    if (match.isValid() && (datesDominate(line, match) || (match.isRange && match.from == 0)))
        return true;
    // A sentence ends with a full stop; "Yandex, Ltd." and "окт. 2022 — н.в." do not.
    const bool endsWithDates = match.isValid() && match.to >= text.size() - 1;
    const bool sentence = !endsWithDates && endsSentence(text);
    if (words > 12 || sentence || text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(';'))
        || startsWithLabel(text) || (words >= 4 && startsInFirstPerson(text)) || mentionsBreakFromWork(index))
        return false;
    // "Company, City | Oct 2022 – now": a header line that ends with its dates.
    if (match.isRange)
        return true;
    // An indented line under a header, or under indented lines under one, is a
    // responsibility, not a header.
    if (line.indent >= 2) {
        int above = index - 1;
        while (above >= 0 && m_lines[above].block == line.block && m_lines[above].indent >= 2)
            --above;
        if (above >= 0 && m_lines[above].block == line.block)
            return false;
    }
    // The title words last: they cost a pass over the words, the others a look at the line.
    return line.strong || line.emphasized || words <= plainWords || hasTitleWord(index);
}

int ProfileParser::findDateLine(LineSpan lines, int limit) const
{
    int seen = 0;
    for (int i : lines) {
        const Line &line = m_lines.at(i);
        if (isUsed(i) || line.kind != Line::Kind::Text)
            continue;
        if (++seen > limit)
            break;
        if (datesDominate(line, datesOf(i)))
            return i;
    }
    return -1;
}

Entries ProfileParser::segment(int from, int to, bool projects) const
{
    Entries entries;
    Entry current;
    bool inBody = false;
    bool headerHasDates = false;
    for (int i = from; i < to; ++i) {
        if (isUsed(i) || isBlankOrRule(i) || m_lines[i].isHeading())
            continue;
        if (isHeaderLine(i, projects ? 10 : 6)) {
            const bool dated = datesOf(i).isValid();
            if (!current.header.isEmpty()
                && (inBody || current.header.size() >= 3 || projects || (dated && headerHasDates))) {
                entries.append(std::move(current));
                current = {};
                headerHasDates = false;
            }
            current.header.append(i);
            headerHasDates = headerHasDates || dated;
            inBody = false;
        } else if (!current.header.isEmpty()) {
            current.body.append(i);
            inBody = true;
        }
    }
    if (!current.header.isEmpty())
        entries.append(std::move(current));
    return entries;
}

namespace {

// Two spans of one line joined with what stands between them: "Yandex" and "Ltd." make
// "Yandex, Ltd.".
Span joined(const Span &a, const Span &b)
{
    const QChar *begin = a.text.data();
    const QChar *end = b.text.data() + b.text.size();
    if (!(a.within == b.within) || b.text.data() < begin + a.text.size())
        return a; // not one after the other on one line
    return {QStringView(begin, end - begin), a.within};
}

bool isPlace(QStringView text)
{
    // "м. Львів", "г. Москва": a town named as Ukrainian and Russian write it, after the
    // abbreviation of "town".
    text = text.trimmed();
    if (text.size() > 3 && text.size() <= 40 && text[1] == u'.' && text[2] == u' ' && text[3].isUpper()
        && (text[0] == QChar(0x43C) || text[0] == QChar(0x433)))
        return true;
    return Lexicon::isWorkModeOrCountry(text);
}

} // namespace

bool isEmploymentType(QStringView text)
{
    static constexpr QStringView types[] = {u"full-time", u"full time", u"part-time", u"part time", u"employed",
        u"permanent", u"temporary", u"contract", u"seasonal", u"freelance", u"vollzeit", u"teilzeit", u"festanstellung",
        u"angestellt", u"temps plein", u"temps partiel", u"cdi", u"cdd", u"tiempo completo", u"medio tiempo",
        u"jornada completa", u"tempo pieno", u"voltijd", u"deeltijd", u"heltid", u"deltid", u"pełny etat",
        u"полная занятость", u"частичная занятость"};
    text = text.trimmed();
    if (text.size() < 3 || text.size() > 24)
        return false;
    return std::any_of(std::begin(types), std::end(types),
        [text](QStringView type) { return type.size() == text.size() && type.compare(text, Qt::CaseInsensitive) == 0; });
}

// A whole web address written out: "https://…", "www.…" (a bare "Booking.com" is a name).
bool isWebAddress(QStringView text)
{
    return !text.contains(QLatin1Char(' '))
        && (text.startsWith(u"https://", Qt::CaseInsensitive) || text.startsWith(u"http://", Qt::CaseInsensitive)
            || text.startsWith(u"www.", Qt::CaseInsensitive));
}

// "I was a security analyst at …", "Ich war …": a sentence about oneself, never a header.
bool startsInFirstPerson(QStringView text)
{
    static constexpr QStringView pronouns[] = {u"I ", u"I'", u"I\u2019", u"We ", u"My ", u"Ich ", u"Wir ", u"Je ",
        u"J'", u"J\u2019", u"Nous ", u"Yo ", u"Eu ", u"Io ", u"Ik ", u"Jag ", u"Jeg ", u"Я ", u"Мы "};
    return std::any_of(std::begin(pronouns), std::end(pronouns), [text](QStringView p) { return text.startsWith(p); });
}

bool endsSentence(QStringView text)
{
    if (!text.endsWith(QLatin1Char('.')))
        return false;
    // "Yandex, Ltd.", "Wiślane Bity s.c.", a legal form written with dots the lexicon does
    // not know ("e.K.").
    const QStringView lastWord = text.sliced(text.lastIndexOf(QLatin1Char(' ')) + 1);
    const bool abbreviation = lastWord.size() <= 8 && lastWord.count(QLatin1Char('.')) >= 2
        && std::all_of(lastWord.begin(), lastWord.end(), [](QChar c) { return c.isLetter() || c == QLatin1Char('.'); });
    return !abbreviation && !Lexicon::isLegalSuffix(lastWord);
}

bool isPlaceLine(QStringView text)
{
    // "Bonn, Nordrhein-Westfalen, Deutschland", "Leeds · United Kingdom", "Remote": a country
    // or a mode of work last, a city or a region (a few words each) before it.
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 80)
        return false;
    QVarLengthArray<QStringView, 4> parts;
    for (QStringView part : QStringTokenizer(text, QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (QStringView piece : QStringTokenizer(part, u" \u00b7 ", Qt::SkipEmptyParts))
            parts.append(piece.trimmed());
    }
    if (parts.isEmpty() || parts.size() > 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || wordCount(part, 4) > 3)
            return false;
    }
    if (isPlace(parts.last()) || (parts.size() == 1 && !Lexicon::cityCountryCode(parts.first()).isEmpty()))
        return true;
    // "New York, NY", "Omaha, NE": a city and the code of its state or province.
    const QStringView code = parts.last();
    const bool stateCode = parts.size() == 2 && code.size() == 2 && code[0].isUpper() && code[1].isUpper()
        && !Lexicon::isLegalSuffix(code);
    return stateCode && parts.first().front().isUpper();
}

// "Aux. administrativo. Valetur Transportes LTDA": a full stop after a word, before a
// capital, ends one field of a header and starts the next; the dot of an abbreviation
// ("Aux.", "Univ.", "Sr.") or of a company's form ("Inc.") ends none.
Spans splitAtFullStops(const Spans &parts)
{
    Spans out;
    for (const Span &part : parts) {
        const QStringView text = part.text;
        qsizetype start = 0;
        for (qsizetype i = text.indexOf(u". "); i > 0 && i + 2 < text.size(); i = text.indexOf(u". ", i + 1)) {
            if (!text[i + 2].isUpper())
                continue;
            qsizetype w = i;
            while (w > start && text[w - 1].isLetter())
                --w;
            const QStringView word = text.sliced(w, i - w);
            const bool lower = std::none_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
            if ((w > start && !text[w - 1].isSpace()) || word.size() < (lower ? 4 : 6)
                || Lexicon::isLegalSuffix(text.sliced(w, i - w + 1)))
                continue;
            out.append({text.sliced(start, i - start).trimmed(), part.within});
            start = i + 2;
        }
        out.append({text.sliced(start).trimmed(), part.within});
    }
    return out;
}

std::span<const QStringView> atWords()
{
    static constexpr QStringView words[] = {u" at ", u" @ ", u" @", u" bei ", u" chez ", u" bij ", u" presso ",
        u" w firmie ", u" в компании ", u" en la empresa ", u" na ", u" no "};
    return words;
}

HeaderFields ProfileParser::readHeaderFields(const Spans &pieces) const
{
    constexpr const auto &inWords = kInWords;
    static const std::initializer_list<QStringView> separators
        = {u" | ", u" — ", u" – ", u" - ", u", ", u" · ", u" • ", u"   ", u"; ", u": ", u" \U0001F4CD", u" —", u"— ",
            u"\uFF5C"}; // (a full-width bar, as Chinese and Japanese CVs write it)
    HeaderFields fields;
    Spans parts;
    for (Span piece : pieces) {
        // "Nubeluz logo" over "Nubeluz": a page copied from a profile site names each
        // company's logo picture.
        if (piece.text.endsWith(QLatin1String(" logo")) && wordCount(piece.text, 7) <= 6)
            piece.text.chop(5);
        const QStringView text = piece.text;
        // The last " at " (or "bei", "chez"…): one pass from the end over the spaces.
        qsizetype at = -1;
        qsizetype atLength = 0;
        for (qsizetype i = text.size() - 3; i > 0 && at < 0; --i) {
            if (text[i] != QLatin1Char(' '))
                continue;
            for (QStringView word : atWords()) {
                // (Portuguese "na"/"no" before a name only: "Programátor na částečný úvazek" is
                // Czech for part-time.)
                const bool portuguese = word == u" na " || word == u" no ";
                const bool beforeName = i + word.size() < text.size() && text[i + word.size()].isUpper();
                if (isWrittenAt(text, i, word) && (!portuguese || beforeName)) {
                    at = i;
                    atLength = word.size();
                    break;
                }
            }
        }
        // "Engineer in Company": the title is the words before " in ". Each of these starts
        // with a space, so the words before it are words of the text, and a title word among
        // them is one of the text's: the whole text need not be searched for one first.
        if (at < 0) {
            // Where each word first stands, found in one pass over the spaces.
            std::array<qsizetype, inWords.size()> firstAt;
            firstAt.fill(-1);
            for (qsizetype i = 1; i < text.size(); ++i) {
                if (text[i] != QLatin1Char(' '))
                    continue;
                for (std::size_t k = 0; k < inWords.size(); ++k) {
                    if (firstAt[k] < 0 && isWrittenAt(text, i, inWords[k]))
                        firstAt[k] = i;
                }
            }
            for (std::size_t k = 0; k < inWords.size(); ++k) {
                const qsizetype i = firstAt[k];
                const QStringView word = inWords[k];
                if (i <= 0)
                    continue;
                // (After "en", a name: "Développeuse en alternance" is one title, work-study.)
                const QStringView after = text.sliced(i + word.size());
                if (Lexicon::hasTitleWord(text.first(i)) && !Lexicon::hasTitleWord(text.sliced(i)) && wordCount(after) <= 5
                    && !(word == u" en " && !after.isEmpty() && after.front().isLower())) {
                    at = i;
                    atLength = word.size();
                    break;
                }
            }
        }
        // ("Research Initiative at MIT" names a place of work, not a title at one.)
        if (at > 0 && fields.title.isEmpty() && (atLength <= 3 || Lexicon::hasTitleWord(text.first(at)))) {
            fields.title = {text.first(at).trimmed(), piece.within};
            // ("… at the University of Leeds": the article is not the name's.)
            QStringView rest = text.sliced(at + atLength);
            if (rest.startsWith(u"the ") && rest.size() > 4 && rest[4].isUpper())
                rest = rest.sliced(4);
            const Spans right = splitSpans({rest, piece.within}, separators);
            parts.append(right.constData(), right.size());
            continue;
        }
        const Spans split = splitAtFullStops(splitSpans(piece, separators));
        for (const Span &part : split) {
            // "Optimization Developer / Independent": a title and, after a slash, a name
            // that is none ("Engineer / API Developer" is one title).
            const qsizetype slash = part.text.indexOf(u" / ");
            const bool inParentheses = slash > 0 && part.text.first(slash).count(QLatin1Char('('))
                    != part.text.first(slash).count(QLatin1Char(')'));
            if (slash > 0 && !inParentheses && Lexicon::hasTitleWord(part.text.first(slash))
                && !Lexicon::hasTitleWord(part.text.sliced(slash + 3)) && !isPlaceLine(part.text.sliced(slash + 3))) {
                parts.append({part.text.first(slash), part.within});
                parts.append({part.text.sliced(slash + 3), part.within});
            } else {
                parts.append(part);
            }
        }
    }

    // "Yandex, Ltd." is one company; durations are not fields.
    Spans merged;
    for (const Span &p : std::as_const(parts)) {
        if (isDuration(p.text))
            continue;
        // "Developer | https://example.org/games | 2017-2022": an address is where to look,
        // never the company's name (nor a title or a place).
        if (isWebAddress(cleanView(p.text))) {
            fields.notes.append(p);
            continue;
        }
        if (isEmploymentType(cleanView(p.text))) {
            fields.notes.append(p);
            continue;
        }
        if (!merged.isEmpty() && Lexicon::isLegalSuffix(p.text)) {
            merged.last() = joined(merged.last(), p);
            continue;
        }
        merged.append(p);
    }
    for (Span &p : merged)
        p.text = cleanView(p.text);
    merged.removeIf([](const Span &p) { return p.text.isEmpty(); });

    // "Google    New York, NY": the parts at the end that together name a place are the
    // location, whatever else the line holds.
    if (merged.size() >= 2 && fields.location.isEmpty()) {
        // Each part of the run a place of its own: a country or mode of work, a city the
        // gazetteer knows, or a state's code after one ("New York, NY").
        auto isStateCode = [](QStringView part) {
            return part.size() == 2 && part[0].isUpper() && part[1].isUpper() && !Lexicon::isLegalSuffix(part);
        };
        auto isPlacePart = [&](QStringView part, bool first) {
            if (part.isEmpty())
                return false;
            // (A city is a name: the look-up only for what starts with a capital.)
            if (isPlace(part) || (part.front().isUpper() && !Lexicon::cityCountryCode(part).isEmpty()))
                return true;
            return !first && isStateCode(part);
        };
        qsizetype placeFrom = -1;
        for (qsizetype k = merged.size() - 1; k >= 1; --k) {
            if (!isPlacePart(merged[k].text, false))
                break;
            if (isPlacePart(merged[k].text, true))
                placeFrom = k;
        }
        // "Englewood Cliffs, NJ": a place the gazetteer does not know, before its state's code.
        const qsizetype last = merged.size() - 1;
        if (placeFrom < 0 && last >= 2 && isStateCode(merged[last].text) && wordCount(merged[last - 1].text, 4) <= 3
            && merged[last - 1].text.front().isUpper() && !Lexicon::hasTitleWord(merged[last - 1].text))
            placeFrom = last - 1;
        // (All of it on one line, to be one field.)
        const Span run = placeFrom > 0 ? joined(merged[placeFrom], merged.last()) : Span {};
        if (placeFrom > 0 && run.text.data() + run.text.size() != merged.last().text.data() + merged.last().text.size())
            placeFrom = -1;
        if (placeFrom > 0 && !Lexicon::hasTitleWord(joined(merged[placeFrom], merged.last()).text)) {
            fields.location = joined(merged[placeFrom], merged.last());
            merged.resize(placeFrom);
        }
    }
    if (fields.title.isEmpty()) {
        // The first part that names a role; one that only starts with a rank ("Lead Galaxy")
        // when no other part names one.
        qsizetype titleIndex = -1, rankIndex = -1;
        // ("星桥互动传媒（实习）", "Acme Corp (internship)": a note in brackets after a name
        // tells of the role, but the name is no role's.)
        const auto withoutNote = [](QStringView text) {
            const QChar close = text.isEmpty() ? QChar() : text.back();
            const qsizetype open = close == u')' ? text.lastIndexOf(u'(') : close == QChar(0xFF09) ? text.lastIndexOf(QChar(0xFF08)) : -1;
            return open > 0 ? Characters::trimmed(text.first(open)) : text;
        };
        // ("Havbris Konsulent AS": a name that ends in a legal form is a company's, whatever
        // words it holds.)
        const auto endsInLegalForm = [](QStringView text) {
            const qsizetype space = text.lastIndexOf(u' ');
            return space > 0 && Lexicon::isLegalSuffix(text.sliced(space + 1));
        };
        for (qsizetype i = 0; i < merged.size() && titleIndex < 0; ++i) {
            if (endsInLegalForm(merged[i].text))
                continue;
            const Lexicon::TitleEvidence evidence = Lexicon::titleEvidence(withoutNote(merged[i].text));
            if (evidence == Lexicon::TitleEvidence::Role)
                titleIndex = i;
            else if (evidence == Lexicon::TitleEvidence::RankOnly && rankIndex < 0)
                rankIndex = i;
        }
        if (titleIndex < 0)
            titleIndex = rankIndex;
        if (titleIndex < 0 && merged.size() >= 2 && !namesUnit(merged[0].text))
            titleIndex = 0;
        if (titleIndex >= 0) {
            fields.title = merged[titleIndex];
            // "Team Lead, Software Engineer": one title in two parts.
            while (titleIndex + 1 < merged.size() && Lexicon::hasTitleWord(merged[titleIndex + 1].text)
                && merged.size() > 2) {
                fields.title = joined(fields.title, merged[titleIndex + 1]);
                merged.remove(titleIndex + 1);
            }
            merged.remove(titleIndex);
        }
    }
    // Whether a part names a place (a look-up of its normalized text) is asked only where
    // the answer decides, and after the cheaper word count.
    for (qsizetype k = 0; k < merged.size(); ++k) {
        const Span &p = merged[k];
        // "Finance Team, Prologis, Netherlands": a team or department before the company
        // is a note; the company is the part after it.
        if (fields.company.isEmpty() && k + 1 < merged.size() && namesUnit(p.text) && !isPlace(merged[k + 1].text)
            && !namesUnit(merged[k + 1].text) && !Lexicon::hasTitleWord(merged[k + 1].text)) {
            fields.notes.append(p);
            continue;
        }
        // "Software Technology, Technische Universiteit Eindhoven": a programme or a group
        // before the university it belongs to.
        if (fields.company.isEmpty() && k + 1 < merged.size() && !Lexicon::hasInstitutionWord(p.text)
            && Lexicon::hasInstitutionWord(merged[k + 1].text) && !isPlace(merged[k + 1].text)
            && !Lexicon::hasTitleWord(merged[k + 1].text)) {
            fields.notes.append(p);
            continue;
        }
        // "Environmental Change Institute, University of Oxford": an institute, a centre or a
        // lab before the university it belongs to.
        if (fields.company.isEmpty() && k + 1 < merged.size() && namesUniversity(merged[k + 1].text)
            && !namesUniversity(p.text) && !Lexicon::hasTitleWord(merged[k + 1].text)) {
            fields.notes.append(p);
            continue;
        }
        if (fields.company.isEmpty() && !isPlace(p.text))
            fields.company = p;
        else if (fields.location.isEmpty() && (wordCount(p.text, 4) <= 3 || isPlace(p.text)))
            fields.location = p;
        else
            fields.notes.append(p);
    }
    fields.title.text = cleanView(fields.title.text);
    // "Postdoctoral Researcher with Ecosystems Lab (PI: …)", "Engineer with the Maps team":
    // the role, then whom it was held with, which is a note.
    if (const qsizetype with = fields.title.text.indexOf(u" with "); with > 0) {
        const QStringView role = fields.title.text.first(with);
        const QStringView whom = fields.title.text.sliced(with + 6);
        if (wordCount(role, 7) <= 6 && Lexicon::titleEvidence(role) == Lexicon::TitleEvidence::Role && !whom.isEmpty()
            && (whom.front().isUpper() || whom.startsWith(u"the "))) {
            // (The note keeps its "with": "with Ecosystems Lab".)
            fields.notes.insert(fields.notes.cbegin(), Span {fields.title.text.sliced(with + 1), fields.title.within});
            fields.title.text = role;
        }
    }
    // "Developer (Lisbon / Paris, FR)": places in parentheses after the title are its location.
    const QStringView title = fields.title.text;
    const qsizetype titleOpen = title.endsWith(QLatin1Char(')')) ? title.lastIndexOf(QLatin1Char('(')) : -1;
    if (titleOpen > 0) {
        const QStringView inner = title.sliced(titleOpen + 1, title.size() - titleOpen - 2).trimmed();
        bool place = false;
        for (QStringView part : QStringTokenizer(inner, QLatin1Char('/'), Qt::SkipEmptyParts)) {
            for (QStringView piece : QStringTokenizer(part, QLatin1Char(','), Qt::SkipEmptyParts))
                place = place || isPlace(piece.trimmed());
        }
        if (place) {
            if (fields.location.isEmpty())
                fields.location = {inner, fields.title.within};
            else
                fields.notes.append({inner, fields.title.within});
            fields.title.text = title.first(titleOpen).trimmed();
        }
    }
    // "Lumora Travel (long-term contract)": the note is not the company's name.
    const QStringView company = fields.company.text;
    const qsizetype open = company.endsWith(QLatin1Char(')')) ? company.lastIndexOf(QLatin1Char('(')) : -1;
    if (open > 0) {
        const Span note {
            company.sliced(open + 1, company.size() - open - 2).trimmed(), fields.company.within};
        if (!note.isEmpty()) {
            if (fields.location.isEmpty() && isPlace(note.text))
                fields.location = note;
            else
                fields.notes.append(note);
            fields.company.text = company.first(open).trimmed();
        }
    }
    return fields;
}

void ProfileParser::headerSpans(LineSpan header, int dateLine, const DateMatch &dates, Spans &pieces,
    Spans &dateNotes) const
{
    for (int h : header) {
        const Line &line = m_lines[h];
        const QStringView text = line.text;
        if (h != dateLine) {
            pieces.append({text, line.range});
            continue;
        }
        qsizetype from = dates.from, to = dates.to;
        if (bracketsAround(text, from, to))
            --from, ++to;
        QStringView after = text.sliced(to).trimmed();
        // A note right after the dates: "(7 months)" is dropped, "(remote)" is a place.
        if (after.startsWith(QLatin1Char('('))) {
            const qsizetype close = after.indexOf(QLatin1Char(')'));
            if (close > 0) {
                const QStringView inner = after.sliced(1, close - 1).trimmed();
                if (!inner.isEmpty() && !isDuration(inner))
                    dateNotes.append({inner, line.range});
                after = after.sliced(close + 1);
            }
        }
        // What stands beside the dates, without the separators that joined them ("· 8 mos").
        const QStringView before = cleanView(text.first(from));
        if (!before.isEmpty())
            pieces.append({before, line.range});
        if (!cleanView(after).isEmpty())
            pieces.append({cleanView(after), line.range});
    }
}

void ProfileParser::addNotes(Position &position, const Spans &notes) const
{
    if (notes.isEmpty())
        return;
    QStringList texts;
    SourceRange range;
    for (const Span &n : notes) {
        texts.append(n.text.toString());
        range = range.united(toText(n).range);
    }
    const QString joined = texts.join(QLatin1String(", "));
    position.description.value = position.description.value.isEmpty()
        ? joined
        : joined + QLatin1String("\n") + position.description.value;
    position.body.prepend({TextBlock::Kind::Paragraph, 1, {joined, range}});
}

bool ProfileParser::buildPosition(const Entry &entry, Position &position)
{
    DateMatch dates;
    int dateLine = -1;
    for (int h : entry.header) {
        const DateMatch &match = datesOf(h);
        if (match.isValid() && (match.isRange || datesDominate(m_lines[h], match))) {
            dates = match;
            dateLine = h;
            break;
        }
    }
    if (dateLine < 0) {
        dateLine = findDateLine(entry.body, 6);
        if (dateLine >= 0)
            dates = datesOf(dateLine);
    }

    Spans pieces;
    Spans dateNotes;
    headerSpans(LineSpan(entry.header), dateLine, dates, pieces, dateNotes);

    HeaderFields fields = readHeaderFields(pieces);
    bool anyTitleWord = Lexicon::hasTitleWord(fields.title.text);
    if (!anyTitleWord && !dates.isValid())
        return false;
    if (fields.title.isEmpty() && fields.company.isEmpty())
        return false;

    for (const Span &note : std::as_const(dateNotes)) {
        if (fields.location.isEmpty()
            && (wordCount(note.text, 2) == 1 || Lexicon::isWorkModeOrCountry(note.text)))
            fields.location = note;
        else
            fields.notes.append(note);
    }

    position.title = toText(fields.title);
    position.company = toText(fields.company);
    position.location = toText(fields.location);
    if (dates.isValid()) {
        setDates(position, dates, part(dateLine));
        use(dateLine);
    }
    for (int h : entry.header)
        use(h);
    position.range = rangeOf(entry.header);

    const LineSpan body(entry.body);
    readPositionBody(body, position, dateLine);
    addNotes(position, fields.notes);
    position.range = position.range.united(rangeOf(body));
    return true;
}

void ProfileParser::setDates(Position &position, const DateMatch &dates, const Part &written) const
{
    const QString &text = written.text;
    position.start = {dates.dates.start,
        locateRange(QStringView(text).sliced(dates.startFrom, dates.startTo - dates.startFrom), written.range)};
    position.ongoing = dates.dates.ongoing;
    if (dates.endFrom >= 0)
        position.end = {dates.dates.end,
            locateRange(QStringView(text).sliced(dates.endFrom, dates.endTo - dates.endFrom), written.range)};
    position.datesRange = locateRange(QStringView(text).sliced(dates.from, dates.to - dates.from), written.range);
    // An end written before its start ("Present – 2019") has no range of its own.
    if (position.start.range.isValid() && position.end.range.isValid()
        && position.end.range.begin < position.start.range.begin)
        position.end.range = {};
}

void ProfileParser::readPositionBody(LineSpan body, Position &position, int skipLine)
{
    Position *target = &position;
    bool headingLast = false; // the last line read was a sub-heading, with nothing under it yet
    LineList description;
    int paragraphBlock = -1; // the markdown block of the paragraph the body ends with, if it does
    // A line of the description, and of the body as a paragraph: lines of one block are one.
    auto addParagraph = [&](int i, TextBlock::Kind kind = TextBlock::Kind::Paragraph) {
        const Line &line = m_lines.at(i);
        description.append(i);
        const bool continues = kind == TextBlock::Kind::Paragraph && line.kind == Line::Kind::Text
            && line.block == paragraphBlock && !position.body.isEmpty();
        if (continues) {
            Text &last = position.body.last().text;
            last.value += QLatin1Char(' ') + line.text;
            last.range = last.range.united(line.range);
        } else {
            position.body.append({kind, 1, part(i).toText()});
        }
        paragraphBlock = kind == TextBlock::Kind::Paragraph && line.kind == Line::Kind::Text ? line.block : -1;
    };
    position.highlights.reserve(position.highlights.size() + body.size()); // most of a body, usually
    for (int i : body) {
        if (i == skipLine || isUsed(i) || isBlankOrRule(i))
            continue;
        const Line &line = m_lines.at(i);
        const bool wasHeadingLast = std::exchange(headingLast, false);
        const bool indentedUnderHeader = line.kind == Line::Kind::Text && line.indent >= 2 && i > 0
            && m_lines[i - 1].block == line.block && (m_lines[i - 1].indent >= 2 || i - 1 == skipLine);
        if (line.isListItem() || line.kind == Line::Kind::Code || indentedUnderHeader) {
            const Text item = part(i).toText();
            if (line.level <= 1 || target->highlights.isEmpty()) {
                target->highlights.append(item);
            } else {
                Text &last = target->highlights.last();
                last.value += QLatin1Char('\n') + line.text;
                last.range = last.range.united(line.range);
            }
            target->body.append({TextBlock::Kind::Item, std::max(1, line.level), item});
            paragraphBlock = -1;
        } else if (Lexicon::isSubheadingLabel(line.text) || line.isHeading()) {
            // "Achievements:", or a markdown heading inside the position's text.
            target->body.append({TextBlock::Kind::Heading, 1, part(i).toText()});
            paragraphBlock = -1;
            headingLast = true;
        } else if (line.kind == Line::Kind::Text && line.strong && !line.text.isEmpty()) {
            // "**Cobaltia Software SL**" over a list of achievements: they belong to that position.
            Position *match = nullptr;
            const QString name = Lexicon::normalized(line.text);
            for (Position &p : m_profile.work) {
                if (!p.company.value.isEmpty() && Lexicon::normalized(p.company.value) == name) {
                    match = &p;
                    break;
                }
            }
            if (match && match != target) {
                // A sub-heading right over the company's name heads its highlights.
                if (wasHeadingLast && !target->body.isEmpty() && target->body.last().kind == TextBlock::Kind::Heading)
                    match->body.append(target->body.takeLast());
                target = match;
            } else if (!match) {
                addParagraph(i, TextBlock::Kind::Heading);
            }
        } else if (line.text.endsWith(QLatin1Char(':')) && wordCount(line.text, 5) <= 4) {
            addParagraph(i, TextBlock::Kind::Heading); // "Areas:", "Key projects:"
        } else {
            addParagraph(i);
        }
        use(i);
    }
    if (description.isEmpty())
        return;
    const QString text = joinedText(description);
    if (position.description.value.isEmpty()) {
        position.description = {text, rangeOf(description)};
    } else {
        position.description.value += QLatin1Char('\n') + text;
        position.description.range = position.description.range.united(rangeOf(description));
    }
}

// A table cell broken into lines ("<br>", "<li>"): its list items go to `bullets`, a line of
// dates alone in a cell of another column to `dates`, and the other lines are the value.
QString ProfileParser::cellLines(const QString &text, bool datesColumn, QStringList *bullets,
    std::optional<Part> *dates, const SourceRange &range)
{
    if (!text.contains(QLatin1Char('\n')))
        return text;
    QStringList value;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("\u2022 "))) {
            bullets->append(line.sliced(2));
            continue;
        }
        // After the value, prose: "Built the order service. Led a team of four."
        if (!value.isEmpty() && (wordCount(line, 13) > 12 || line.endsWith(QLatin1Char('.')))) {
            bullets->append(line);
            continue;
        }
        if (!datesColumn && dates && !value.isEmpty() && line.size() <= 40
            && std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit(); })) {
            const DateMatch found = findDates(line);
            if (found.isValid() && cleanField(withoutDates(line, found)).isEmpty()) {
                *dates = Part {line, range};
                dates = nullptr;
                continue;
            }
        }
        value.append(line);
    }
    return value.join(QLatin1Char(' '));
}

// A table that is one entry's form, a label and its value on each row, as Europass CVs and
// the Word templates like them set out a position: "Dates (from – to) | 2018 – 2021",
// "Name and address of employer | Acme Ltd, 1 Quay Street, Leeds", "Occupation or position
// held | Analyst", "Main activities and responsibilities | …". Each such table is a position;
// rows whose label names no field are kept in its text as written.
bool ProfileParser::readFormTables(int from, int to)
{
    bool any = false;
    for (const auto &[first, last] : unreadTables(from, to)) {
        QVarLengthArray<Role, 8> roles;
        int named = 0;
        bool form = true;
        for (int i = first; i <= last && form; ++i) {
            form = isFormRow(m_lines[i]);
            roles.append(form ? columnRole(formLabel(m_lines[i].cells.first())) : Role::Unknown);
            named += roles.back() != Role::Unknown;
        }
        const bool placesAnEntry = roles.contains(Role::Dates) || roles.contains(Role::Start);
        const bool namesAnEntry = roles.contains(Role::Title) || roles.contains(Role::Company);
        if (!form || named < 2 || !placesAnEntry || !namesAnEntry)
            continue;
        Position position;
        QStringList text;
        for (int i = first; i <= last; ++i) {
            const Line &line = m_lines[i];
            const SourceRange valueRange = line.cellRanges.value(1).isValid() ? line.cellRanges[1] : line.range;
            const QString value = cleanField(line.cells[1]);
            use(i);
            if (value.isEmpty())
                continue;
            switch (roles[i - first]) {
            case Role::Dates:
            case Role::Start:
            case Role::End:
                if (const DateMatch dates = findDates(value); dates.isValid() && position.isUndated()) {
                    setDates(position, dates, locate(value, valueRange));
                    break;
                }
                text.append(cleanField(line.cells[0]) + QStringLiteral(": ") + value);
                break;
            case Role::Company: {
                // "Acme Ltd, 1 Quay Street, Leeds": the employer's name, then its address.
                qsizetype comma = value.indexOf(QStringLiteral(", "));
                while (comma > 0 && Lexicon::isLegalSuffix(beforeFirstComma(QStringView(value).sliced(comma + 2))))
                    comma = value.indexOf(QStringLiteral(", "), comma + 2);
                if (comma > 0) {
                    position.company = locate(value.first(comma), valueRange).toText();
                    position.location = locate(value.sliced(comma + 2), valueRange).toText();
                } else {
                    position.company = locate(value, valueRange).toText();
                }
                break;
            }
            case Role::Title: position.title = locate(value, valueRange).toText(); break;
            case Role::Location: position.location = locate(value, valueRange).toText(); break;
            case Role::Description: text.append(value); break;
            case Role::Unknown: text.append(cleanField(line.cells[0]) + QStringLiteral(": ") + value); break;
            }
        }
        if (!text.isEmpty())
            position.description = {text.join(QLatin1Char('\n')), rangeOf(first, last + 1)};
        position.range = rangeOf(first, last + 1);
        appendTo(m_profile.work, std::move(position), 8);
        any = true;
    }
    return any;
}

bool ProfileParser::readTable(int from, int to)
{
    const bool forms = readFormTables(from, to);
    QList<Role> roles;
    QList<Role> learnt; // for columns without a name, what their cells were found to hold
    bool any = false;
    for (int i = from; i < to; ++i) {
        const Line &line = m_lines.at(i);
        if (line.kind != Line::Kind::TableRow || isUsed(i))
            continue;
        if (line.headerRow) {
            roles.clear();
            learnt.clear();
            for (const QString &cell : line.cells)
                roles.append(columnRole(cell));
            use(i);
            continue;
        }
        Position position;
        QList<Part> leftovers;
        QStringList bullets;
        DateMatch dates;
        int dateCell = -1;
        std::optional<Part> ownDates; // "Web Developer<br>2006 - 2007": a role's years in its cell
        // A cell in a column without a name that could be the company: a few words, no dates,
        // no title's words ("When | Where | What").
        const bool companyCell = std::any_of(line.cells.cbegin(), line.cells.cend(), [&](const QString &text) {
            const qsizetype c = &text - line.cells.constData();
            return (c >= roles.size() || roles[c] == Role::Unknown) && !text.contains(QLatin1Char('\n'))
                && wordCount(text, 7) <= 6 && !findDates(text).isValid() && !Lexicon::hasTitleWord(stripParenthesised(text));
        });
        for (int c = 0; c < line.cells.size(); ++c) {
            Role role = c < roles.size() ? roles[c] : Role::Unknown;
            bool titleByColumn = false;
            const SourceRange cellRange = line.cellRanges[c].isValid() ? line.cellRanges[c] : line.range;
            const Part cell {cellLines(line.cells[c], role == Role::Dates || role == Role::Start || role == Role::End,
                                 &bullets, ownDates ? nullptr : &ownDates, cellRange),
                cellRange};
            const bool named = role != Role::Unknown; // by the column's header
            // Once a column is known to hold the titles, another's title word ("Media
            // (consultant)") does not make it one.
            const qsizetype learntTitles = learnt.indexOf(Role::Title);
            if (role == Role::Unknown) {
                if (dateCell < 0 && findDates(cell.text).isValid())
                    role = Role::Dates;
                else if (learntTitles >= 0 && learntTitles != c)
                    role = Role::Unknown;
                else if (position.title.value.isEmpty() && Lexicon::hasTitleWord(cell.text))
                    role = Role::Title;
                else if (position.title.value.isEmpty() && c < learnt.size() && learnt[c] == Role::Title)
                    role = Role::Title, titleByColumn = true; // the column of the titles above
                if (role == Role::Title) {
                    learnt.resize(std::max(learnt.size(), qsizetype(c + 1)), Role::Unknown);
                    learnt[c] = Role::Title;
                }
            }
            switch (role) {
            case Role::Dates:
                dates = findDates(cell.text);
                dateCell = c;
                if (dates.isValid())
                    setDates(position, dates, cell);
                break;
            case Role::Start:
            case Role::End: {
                // A start and an end in columns of their own: "04/2024 | -".
                const DateMatch found = findDates(cell.text);
                const bool open = !found.isValid()
                    && (cleanView(cell.text).isEmpty() || isOngoingWord(cleanView(cell.text)));
                if (role == Role::Start && found.isValid()) {
                    position.start = {found.dates.start, locateRange(QStringView(cell.text).sliced(found.from, found.to - found.from), cell.range)};
                    dateCell = c;
                } else if (role == Role::End && found.isValid()) {
                    position.end = {found.dates.start, locateRange(QStringView(cell.text).sliced(found.from, found.to - found.from), cell.range)};
                } else if (role == Role::End && open) {
                    position.ongoing = true;
                }
                if (found.isValid())
                    dates = found;
                break;
            }
            case Role::Company: position.company = cell.toText(); break;
            case Role::Title:
                // A cell of its own layout, or a title column in a table without a company
                // column ("Job: [Acme], _Berlin_ - __Engineer__"): read as a header.
                if (!named && companyCell && line.cells[c].contains(QLatin1Char('\n'))) {
                    // "Lead Designer<br><sub>Design system, hiring</sub>" beside the company's
                    // cell: the title, then what the role was about.
                    const QStringList cellText = line.cells[c].split(QLatin1Char('\n'));
                    const QString first = cleanField(cellText.first());
                    Spans pieces;
                    pieces.append({first, cell.range});
                    const HeaderFields fields = readHeaderFields(pieces); // ("Analyst / Independent")
                    if (!fields.title.isEmpty() && !fields.company.isEmpty()) {
                        position.title = toText(fields.title);
                        position.company = toText(fields.company);
                    } else {
                        position.title = locate(first, cell.range).toText();
                    }
                    for (qsizetype k = 1; k < cellText.size(); ++k) {
                        if (!cellText[k].trimmed().isEmpty())
                            bullets.append(cellText[k].trimmed());
                    }
                } else if (position.company.value.isEmpty() && !titleByColumn && (!named || !roles.contains(Role::Company))) {
                    // A cell of its own layout ("__Title__, Company, _City_"): read as a header.
                    // "**Title**<br>Company, City<br>What the role was about": the header on
                    // the cell's first lines (the second when it is short), the rest its text.
                    Spans pieces;
                    QStringList cellText = line.cells[c].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                    // (Only lines the writer broke with <br>: a bold lead's own break is the
                    // header's, "**Werkstudent** Softwareentwicklung, Firma GmbH".)
                    const QString row = m_source.text(line.range);
                    const auto brokenBefore = [&row](const QString &next) {
                        const qsizetype at = row.indexOf(next);
                        return at < 0 || row.first(at).trimmed().endsWith(u'>');
                    };
                    if (cellText.size() > 1 && !brokenBefore(cellText[1]))
                        cellText[0] += QLatin1Char(' ') + cellText.takeAt(1);
                    if (cellText.size() > 1) {
                        // (A first line that names more than the title is the whole header.)
                        const bool titleAlone = !cellText[0].contains(u", ") && !cellText[0].contains(u" | ")
                            && !cellText[0].contains(u" at ") && !cellText[0].contains(u" - ");
                        const qsizetype headerLines = titleAlone && wordCount(cellText[1], 9) <= 8 ? 2 : 1;
                        for (qsizetype k = 0; k < cellText.size(); ++k) {
                            if (k < headerLines)
                                pieces.append({Characters::trimmed(QStringView(cellText[k])), cell.range});
                            else if (!Characters::trimmed(cellText[k]).isEmpty())
                                bullets.append(Characters::trimmed(cellText[k]));
                        }
                    } else {
                        pieces.append({cell.text, cell.range});
                    }
                    const HeaderFields fields = readHeaderFields(pieces);
                    position.title = toText(fields.title);
                    position.company = toText(fields.company);
                    if (!fields.location.isEmpty())
                        position.location = toText(fields.location);
                } else {
                    position.title = cell.toText();
                }
                break;
            case Role::Location: position.location = cell.toText(); break;
            case Role::Description: position.description = cell.toText(); break;
            case Role::Unknown: leftovers.append(cell); break;
            }
        }
        for (const Part &cell : std::as_const(leftovers)) {
            if (position.location.value.isEmpty() && isPlaceLine(cell.text))
                position.location = cell.toText();
            else if (position.company.value.isEmpty())
                position.company = cell.toText();
            else if (position.location.value.isEmpty() && wordCount(cell.text, 4) <= 3)
                position.location = cell.toText();
            else if (position.description.value.isEmpty())
                position.description = cell.toText();
        }
        if (ownDates) {
            dates = findDates(ownDates->text);
            setDates(position, dates, *ownDates);
        }
        if (!bullets.isEmpty()) {
            const QString text = bullets.join(QLatin1Char('\n'));
            if (position.description.value.isEmpty())
                position.description = {text, line.range};
            else
                position.description.value += QLatin1Char('\n') + text;
        }
        if (position.title.value.isEmpty() && !dates.isValid())
            continue;
        position.range = line.range;
        appendPromotions(std::move(position)); // "Analyst → Senior Analyst" in a row: two roles
        use(i);
        any = true;
    }
    return any || forms;
}

void ProfileParser::readWorkChunk(const Chunk &chunk, Position *current)
{
    if (current) {
        LineList body;
        body.reserve(chunk.end - chunk.begin);
        for (int i = chunk.begin; i < chunk.end; ++i)
            body.append(i);
        readPositionBody(body, *current, -1);
        current->range = current->range.united(m_lines[chunk.heading].range).united(rangeOf(body));
        return;
    }
    if (chunk.heading >= 0 && chunk.kind == SectionKind::None) {
        Entry entry;
        entry.header.append(chunk.heading);
        entry.body.reserve(chunk.end - chunk.begin);
        for (int i = chunk.begin; i < chunk.end; ++i)
            entry.body.append(i);
        Position position;
        if (buildPosition(entry, position))
            appendTo(m_profile.work, std::move(position), 8);
        return;
    }
    if (readTable(chunk.begin, chunk.end))
        return;
    const Entries entries = segment(chunk.begin, chunk.end, false);
    int built = 0;
    for (const Entry &entry : entries) {
        Position position;
        if (buildPosition(entry, position)) {
            appendTo(m_profile.work, std::move(position), 8);
            ++built;
        }
    }
    // A second "Experience" of named things without roles or dates is a portfolio.
    if (built == 0 && !entries.isEmpty() && !m_profile.work.isEmpty())
        readProjects(chunk.begin, chunk.end, -1);
}

// A unit of an organisation rather than the organisation: "Finance Team", "Dept. of
// Physics", "IT-Abteilung".
// "University of Oxford", "Universität Wien", "Uniwersytet Warszawski": a university, the
// body its institutes and centres belong to.
bool namesUniversity(QStringView text)
{
    // ("nivers" is in University, Universität, Université, Universidad, Üniversitesi.)
    for (QStringView word : {u"nivers", u"niwersytet", u"ниверситет", u"ніверситет", u"yliopisto"}) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool namesUnit(QStringView text)
{
    static const QStringList units = {QStringLiteral("team"), QStringLiteral("department"), QStringLiteral("dept"),
        QStringLiteral("division"), QStringLiteral("unit"), QStringLiteral("abteilung"), QStringLiteral("équipe"),
        QStringLiteral("service"), QStringLiteral("departamento"), QStringLiteral("dipartimento"),
        QStringLiteral("afdeling"), QStringLiteral("отдел"), QStringLiteral("команда")};
    bool found = false;
    int words = 0;
    for (QStringView word : QStringTokenizer(text, QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (++words > 5)
            return false;
        QStringView w = word;
        while (!w.isEmpty() && !w.back().isLetter())
            w.chop(1);
        for (const QString &unit : units)
            found = found || w.compare(unit, Qt::CaseInsensitive) == 0;
    }
    return found;
}

} // namespace Shortlist::detail
