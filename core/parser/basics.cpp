// The person: name, headline, contacts, links, location and summary, read from the
// top of the CV, from YAML front matter and from contact sections.

#include "characters.h"
#include "contacts.h"
#include "dates.h"
#include "parserimpl.h"
#include "source/textmatch.h"

#include <QRegularExpression>

#include <algorithm>

namespace Shortlist::detail {

using Lexicon::ContactField;

namespace {

int digitCount(QStringView text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isDigit();
    return n;
}

// Calls `f(from, to)` for each word of `text`: each run of letters, digits and marks.
template<typename F> void forEachWord(QStringView text, F f)
{
    const auto inWord = [](QChar c) { return Characters::isLetterOrNumber(c) || c.isMark(); };
    for (qsizetype i = 0; i < text.size();) {
        if (!inWord(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && inWord(text[end]))
            ++end;
        f(i, end);
        i = end;
    }
}

// Calls `f(token)` for each token of `text` that holds a word: what stands between spaces
// (an ideographic one too), or after a full-width colon ("メール：a@b.c").
template<typename F> void forEachToken(QStringView text, F f)
{
    const auto apart = [](QChar c) { return Characters::isSpace(c) || c == QChar(0x3000) || c == QChar(0xFF1A); };
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && apart(text[i]))
            ++i;
        qsizetype end = i;
        while (end < text.size() && !apart(text[end]))
            ++end;
        const QStringView token = text.sliced(i, end - i);
        if (std::any_of(token.cbegin(), token.cend(), [](QChar c) { return Characters::isLetterOrNumber(c); }))
            f(token);
        i = end;
    }
}

// A token as looked up: without the punctuation at its edges, "<mailto:a@b.c>" the address,
// "https://www.example.org/" and "example.org" one site.
QStringView comparableWord(QStringView word)
{
    qsizetype from = 0, to = word.size();
    while (from < to && !Characters::isLetterOrNumber(word[from]))
        ++from;
    while (to > from && !Characters::isLetterOrNumber(word[to - 1]))
        --to;
    QStringView w = word.sliced(from, to - from);
    for (QStringView scheme : {u"mailto:", u"https://", u"http://", u"www."}) {
        if (w.startsWith(scheme, Qt::CaseInsensitive))
            w = w.sliced(scheme.size());
    }
    return w;
}

// The words that name the document, not the person.
const QList<QStringView> &documentWords()
{
    static const QList<QStringView> words = {u"curriculum", u"vitae", u"resume", u"résumé", u"cv", u"lebenslauf",
        u"резюме", u"özgeçmiş", u"currículum", u"curricolo", u"životopis", u"życiorys", u"简历", u"履歴書", u"職務経歴書", u"이력서"};
    return words;
}

bool isDocumentWord(QStringView word)
{
    const QList<QStringView> &words = documentWords();
    return std::any_of(words.cbegin(), words.cend(),
        [word](QStringView w) { return word.compare(w, Qt::CaseInsensitive) == 0; });
}

// "Curriculum Vitae", "Lebenslauf": a title that names the document, not the person.
bool namesDocument(QStringView text)
{
    for (QStringView word : text.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isDocumentWord(word))
            return true;
    }
    return false;
}

bool looksLikeName(QStringView text)
{
    if (text.size() > 60)
        return false;
    QVarLengthArray<QStringView, 6> words;
    for (QStringView word : text.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (words.size() == 5)
            return false;
        words.append(word);
    }
    if (words.size() < 2)
        return false;
    for (QStringView word : words) {
        if (isDocumentWord(word))
            return false;
        // A nickname between the names: "MARGARET (MEG) HOLLOWAY", 'Hannelore "Lore" Brightwater'.
        if (word.size() > 2 && ((word.front() == u'(' && word.back() == u')') || (word.front() == u'"' && word.back() == u'"')
                || (word.front() == u'\u201C' && word.back() == u'\u201D')))
            word = word.sliced(1, word.size() - 2);
        for (QChar c : word) {
            if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('\'') && c != QLatin1Char('.')
                && c != QChar(0x2019))
                return false;
        }
    }
    if (Lexicon::hasTitleWord(text) || Lexicon::sectionKind(text) != SectionKind::None)
        return false;
    int capitalised = 0;
    for (QStringView word : words)
        capitalised += word.front().isUpper();
    return capitalised >= 2;
}

// The line without the words that name the document before the name: "Resume of Jane
// Example", "CV - Jane Example", "Özgeçmiş Jane Example".
QStringView withoutDocumentWords(QStringView text)
{
    for (;;) {
        text = Characters::trimmed(text);
        qsizetype end = 0;
        while (end < text.size() && text[end].isLetter())
            ++end;
        if (end == 0 || !(isDocumentWord(text.first(end)) || (text.first(end).compare(u"of", Qt::CaseInsensitive) == 0
                                                                && end < text.size())))
            return text;
        text = text.sliced(end);
        while (!text.isEmpty() && (text.front().isSpace() || text.front().isPunct() || text.front() == u'|'))
            text = text.sliced(1);
    }
}

// Where the text after a phrase starts, the phrase written from `from` on as words of
// their own and followed by a space; -1 when it is not.
qsizetype textAfterPhrase(const QString &lowerText, const QString &phrase, qsizetype from)
{
    for (qsizetype at = lowerText.indexOf(phrase, from); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
        const qsizetype after = at + phrase.size();
        if ((at == 0 || !lowerText[at - 1].isLetter()) && after + 1 < lowerText.size()
            && lowerText[after] == QLatin1Char(' '))
            return after + 1;
    }
    return -1;
}

// A front-matter value without the quotes around it.
QStringView unquoted(QStringView value)
{
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
        && value.back() == value.front())
        return value.sliced(1, value.size() - 2);
    return value;
}

bool isProse(const Line &line)
{
    return line.kind == Line::Kind::Text && wordCount(line.text, 10) >= 10;
}

// Emoji and pictographs ("📍", "✉️", "☎"), with the joiners and variation selectors that
// come with them.
bool isPictograph(QChar c)
{
    return c.isSurrogate() || c.category() == QChar::Symbol_Other || c.unicode() == 0xFE0F
        || c.unicode() == 0x200D;
}

// What a piece of a contact line opens with: an emoji ("📍 Munich") or a label and a colon
// ("E-mail: …", "Телефон : …", "Mobile Phone: …").
ContactLabel contactLabel(QStringView text)
{
    ContactLabel label;
    qsizetype symbols = 0;
    while (symbols < text.size() && (isPictograph(text[symbols]) || text[symbols].isSpace()))
        ++symbols;
    if (symbols > 0 && symbols < text.size()) {
        const qsizetype first = text.front().isHighSurrogate() && text.size() > 1 ? 2 : 1;
        label.field = Lexicon::contactField(text.first(first));
        if (label.field != ContactField::None) {
            // ("✉: a@b.c": the colon after the symbol is the label's too.)
            label.valueStart = symbols;
            // A symbol made of letters ("℡", which is "TEL") is a word the profile keeps.
            const QString symbol = text.first(first).toString();
            const QString letters = symbol.normalized(QString::NormalizationForm_KC);
            if (std::any_of(letters.cbegin(), letters.cend(), [](QChar c) { return c.isLetter(); }))
                label.words = symbol;
            if (text[symbols] == QLatin1Char(':') || text[symbols] == QChar(0xFF1A))
                ++label.valueStart;
            return label;
        }
        text = text.sliced(symbols); // an emoji that names nothing: "🐙 GitHub: …"
    }
    qsizetype colon = -1;
    qsizetype wideSpace = -1;
    for (qsizetype i = 0; i < text.size() && i < 30 && colon < 0; ++i) {
        if (text[i] == QLatin1Char(':') || text[i] == QChar(0xFF1A))
            colon = i;
        else if (text[i] == QChar(0x3000) && wideSpace < 0)
            wideSpace = i;
    }
    // "氏名　山科 美咲": Japanese sets a label apart from its value with an ideographic space.
    if (colon < 0 && wideSpace > 0 && Lexicon::contactField(text.first(wideSpace)) != ContactField::None)
        colon = wideSpace;
    if (colon <= 0 || isWrittenAt(text, colon, u"://") || digitCount(text.first(colon)) > 0
        || wordCount(text.first(colon), 5) > 4)
        return label;
    const QStringView name = text.first(colon);
    label.field = Lexicon::contactField(name);
    label.network = Lexicon::networkForLabel(name);
    label.words = Characters::trimmed(name).toString();
    label.valueStart = symbols + colon + 1;
    return label;
}

// A telephone number as North American CVs write it, without a '+' or a leading 0:
// "(201) 555-0123", "646 555 0199", "206-555-0142". Seven to fifteen digits, and only
// spaces, brackets, dots, hyphens (en dashes too) and slashes between them.
TextSpan phoneNumberIn(QStringView text)
{
    auto isPhoneCharacter = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char(' ') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/')
            || c == QLatin1Char('+') || c == QChar(0x2013); // "9 8321 – 6700"
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text[at];
        if (!c.isDigit() && c != QLatin1Char('(') && c != QLatin1Char('+'))
            continue;
        qsizetype end = at;
        while (end < text.size() && isPhoneCharacter(text[end]))
            ++end;
        while (end > at && !text[end - 1].isDigit())
            --end;
        const int digits = digitCount(text.sliced(at, end - at));
        if (digits >= 7 && digits <= 15)
            return {at, end - at};
        at = std::max(at, end);
    }
    return {};
}

// A place as people write it: "Munich, Germany", "Austin, TX 78701", "Seattle WA", "Utrecht",
// "Mönchengladbach Germany". `first` and `last` are its first and last pieces.
bool looksLikePlace(QStringView first, QStringView last)
{
    const QStringView tail = Characters::trimmed(afterLastComma(last));
    if (!Lexicon::countryCode(tail).isEmpty())
        return true;
    const qsizetype space = tail.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QStringView firstWord = tail.first(space);
        // The last word that is not a postal code: "Cambridge MA 02139".
        QStringView lastWord = tail.sliced(tail.lastIndexOf(QLatin1Char(' ')) + 1);
        if (digitCount(lastWord) == lastWord.size()) {
            const QStringView before = tail.first(tail.size() - lastWord.size()).trimmed();
            lastWord = before.sliced(before.lastIndexOf(QLatin1Char(' ')) + 1);
        }
        // "TX 78701" after a comma; "Seattle WA", "Bonn Germany" at the end.
        if ((tail.size() < last.size() && !Lexicon::regionCountryCode(firstWord).isEmpty())
            || !Lexicon::regionCountryCode(lastWord).isEmpty() || !Lexicon::countryCode(lastWord).isEmpty())
            return true;
    } else if (tail.size() < last.size() && !Lexicon::regionCountryCode(tail).isEmpty()) {
        return true; // "Marietta, GA"
    }
    QString stripped;
    return !Lexicon::cityCountryCode(strippedView(beforeFirstComma(first), stripped)).isEmpty();
}

// A postcode and its town, as a letter is addressed: "87439 Kempten", "4484 Kronstorf",
// "8031 KJ Zwolle", "62231 SANGATTE", "00-950 Warszawa", "D-80331 München", "113 55 Stockholm".
// The town's start in `text`, or -1.
qsizetype postcodeTownStart(QStringView text)
{
    static const QRegularExpression line(QStringLiteral(
        R"(^(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{3} \d{2}|\d{4}-\d{3})\s+(\p{Lu}[\p{L}'.\- ]{1,40})$)"));
    text = Characters::trimmed(text);
    // (Looked at only where a postcode can start: a digit, or "D-" and a digit.)
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (text.size() < 6 || !(text.front().isDigit() || (dash > 0 && dash <= 2 && dash + 1 < text.size() && text[dash + 1].isDigit())))
        return -1;
    const QRegularExpressionMatch m = matchView(line, text);
    if (!m.hasMatch() || wordCount(m.capturedView(1), 5) > 4)
        return -1;
    return m.capturedStart(1);
}

// A street and its number: "Ahornstraße 8", "Lotterberg-Str. 22", "43 RD 940", "12 Rue Ben
// Alaya": a few words with a number among them, no more digits than a house's.
bool looksLikeStreet(QStringView text)
{
    text = Characters::trimmed(text);
    const int digits = digitCount(text);
    int letters = 0;
    for (QChar c : text)
        letters += c.isLetter();
    return digits >= 1 && digits <= 5 && letters >= 3 && wordCount(text, 8) <= 6 && !text.contains(QLatin1Char('@'))
        && !text.contains(QLatin1Char('/')) && !findDates(text).isValid();
}

// The label that `text` is when written alone, as a label cell or a sidebar's line holds
// it ("Adresse", "E-Mail"), with no value of its own; invalid for anything else.
ContactLabel labelAlone(QStringView text)
{
    ContactLabel label = contactLabel(QString(text + QLatin1Char(':')));
    if (label.field == ContactField::None || label.valueStart != text.size() + 1)
        return {};
    label.valueStart = text.size();
    return label;
}

// Words, not numbers or symbols: more letters than digits.
bool isPlainWords(QStringView text)
{
    int letters = 0;
    for (QChar c : text)
        letters += c.isLetter();
    return letters > digitCount(text);
}

} // namespace

qsizetype ProfileParser::readFrontMatter()
{
    // YAML between "---" lines (closed by "---" or "..."), or TOML between "+++" lines.
    if (m_source.lineCount() < 3)
        return 0;
    const QString open = m_source.lineText(0).trimmed();
    const bool toml = open == QLatin1String("+++");
    if (open != QLatin1String("---") && !toml)
        return 0;
    int close = -1;
    for (int l = 1; l < m_source.lineCount(); ++l) {
        const QString t = m_source.lineText(l).trimmed();
        if (toml ? t == QLatin1String("+++") : (t == QLatin1String("---") || t == QLatin1String("..."))) {
            close = l;
            break;
        }
    }
    if (close < 0)
        return 0;

    Section rest;
    rest.heading = QStringLiteral("Front matter");
    for (int l = 1; l < close; ++l) {
        const QString raw = m_source.lineText(l);
        const qsizetype colon = raw.indexOf(QLatin1Char(toml ? '=' : ':'));
        const SourceRange lineRange = m_source.trimmed(m_source.lineStart(l), m_source.lineEnd(l));
        if (raw.trimmed().isEmpty())
            continue;
        bool known = false;
        if (QStringView item = QStringView(raw).trimmed(); item.startsWith(u"- ")) {
            // A list's item written as a contact line: "  - 'Email: [a@b.c](mailto:a@b.c)'".
            item = unquoted(item.sliced(2).trimmed());
            const ContactLabel label = contactLabel(item);
            // Not "- name: profile" (an image's name): only a contact's label.
            known = label.isValid() && label.field != ContactField::Name && label.field != ContactField::Title
                && readLabelledValue(label, locate(item.sliced(label.valueStart).toString(), lineRange));
            if (!known && !label.isValid())
                readIntroducedPlace(item.toString(), lineRange); // "Perl developer located in Utrecht"
        } else if (colon > 0 && !raw.front().isSpace()) {
            const QString key = raw.first(colon).trimmed().toLower();
            const QString value = unquoted(QStringView(raw).sliced(colon + 1).trimmed()).toString();
            const Part valuePart = locate(value, lineRange);
            known = !value.isEmpty();
            if (!known) {
            } else if (key == QLatin1String("name")
                || (key == QLatin1String("author") && looksLikeName(value) && m_profile.basics.name.value.isEmpty())) {
                m_profile.basics.name = valuePart.toText();
            } else if ((key == QLatin1String("title") && Lexicon::hasTitleWord(value)) || key == QLatin1String("label")
                || key == QLatin1String("headline") || key == QLatin1String("role")) {
                // "title: Resume" names the page, not the person's role.
                m_profile.basics.label = valuePart.toText();
            } else if (key == QLatin1String("email") || key == QLatin1String("mail")) {
                m_profile.basics.email = valuePart.toText();
            } else if (key == QLatin1String("phone") || key == QLatin1String("tel")) {
                m_profile.basics.phone = valuePart.toText();
            } else if (key == QLatin1String("location") || key == QLatin1String("city")
                || key == QLatin1String("address")) {
                setLocation(valuePart);
            } else if (key == QLatin1String("summary") || key == QLatin1String("about")) {
                m_profile.basics.summary = valuePart.toText();
            } else if (key == QLatin1String("website") || key == QLatin1String("url")
                || key == QLatin1String("homepage") || !Lexicon::networkForLabel(key).isEmpty()) {
                const QString network = Lexicon::networkForLabel(key);
                if (value.contains(QLatin1Char('/')) || value.contains(QLatin1Char('.')))
                    addLink(value,
                        network == QLatin1String("Website") || network.isEmpty()
                            ? Lexicon::networkForUrl(value)
                            : network,
                        {}, valuePart.range);
                else
                    addLink({}, network, value, valuePart.range);
            } else {
                known = false;
            }
        }
        if (!known) {
            if (!rest.text.isEmpty())
                rest.text += QLatin1Char('\n');
            rest.text += raw;
            rest.range = rest.range.united(lineRange);
        }
    }
    if (!rest.text.isEmpty())
        appendTo(m_profile.sections, std::move(rest));
    return close + 1 < m_source.lineCount() ? m_source.lineStart(close + 1) : m_source.size();
}

void ProfileParser::addLink(
    const QString &url, const QString &network, const QString &username, SourceRange range, const QString &label)
{
    QString normalizedUrl = url;
    if (normalizedUrl.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
        || (!normalizedUrl.isEmpty() && !normalizedUrl.contains(u"://")))
        normalizedUrl.prepend(QLatin1String("https://"));
    for (const Link &link : std::as_const(m_profile.basics.links)) {
        if ((!url.isEmpty() && link.url == normalizedUrl)
            || (url.isEmpty() && link.username == username && link.network == network))
            return;
    }
    // A label that only names the network or repeats the address says nothing more.
    const bool saysMore = !label.isEmpty() && label.compare(network, Qt::CaseInsensitive) != 0
        && !url.contains(label, Qt::CaseInsensitive) && !findUrl(label).isValid();
    m_profile.basics.links.append({network, normalizedUrl, username, saysMore ? label : QString(), range});
}

void ProfileParser::setLocation(const Part &part)
{
    if (part.isEmpty() || !m_profile.basics.location.isEmpty())
        return;
    Location &location = m_profile.basics.location;
    location.text = part.text;
    location.range = part.range;
    QStringList rest;
    for (const Span &piece : splitSpans({part.text, part.range}, {u",", u" • ", u" · ", u" | "})) {
        const QString code = Lexicon::countryCode(piece.text);
        if (!code.isEmpty() && location.countryCode.isEmpty())
            location.countryCode = code;
        else
            rest.append(piece.text.toString());
    }
    if (!rest.isEmpty())
        location.city = stripParenthesised(rest.takeFirst()); // "Stockholm (remote-friendly)"
    if (!rest.isEmpty())
        location.region = rest.join(QLatin1String(", "));
    if (location.countryCode.isEmpty())
        location.countryCode = Lexicon::cityCountryCode(location.city);
    // "Austin, TX 78701": the country of the state's code.
    for (qsizetype i = 0; i < rest.size() && location.countryCode.isEmpty(); ++i)
        location.countryCode = Lexicon::regionCountryCode(QStringView(rest[i]).first(
            std::max<qsizetype>(0, rest[i].indexOf(QLatin1Char(' ')) < 0 ? rest[i].size() : rest[i].indexOf(QLatin1Char(' ')))));
}

// "Senior Developer · Java, Kotlin · Utrecht": a known city among a headline's pieces.
void ProfileParser::findCityIn(int index)
{
    if (!m_profile.basics.location.isEmpty())
        return;
    for (const Part &piece : split(part(index), {u" · ", u" | ", u" — ", u" – ", u" • "})) {
        QString stripped;
        if (!Lexicon::cityCountryCode(strippedView(beforeFirstComma(piece.text), stripped)).isEmpty()) {
            setLocation(piece);
            return;
        }
    }
}

// An e-mail address, a link or a phone number standing alone in a piece of a contact line.
// Each expression is asked only where its shape can be: an '@', a '/' or "www.", seven digits.
bool ProfileParser::readContactPiece(const Part &piece)
{
    Basics &basics = m_profile.basics;
    const QString &t = piece.text;
    if (t.contains(QLatin1Char('@'))) {
        const TextSpan email = findEmail(t);
        if (email.isValid() && email.length >= t.size() - 8) {
            if (basics.email.value.isEmpty())
                basics.email = locate(t.sliced(email.start, email.length), piece.range).toText();
            return true;
        }
    }
    if (t.contains(QLatin1Char('/')) || containsShort(t, u"www.")) {
        const TextSpan url = findUrl(t);
        if (url.isValid() && url.length >= t.size() - 2) {
            const QString address = t.sliced(url.start, url.length);
            addLink(address, Lexicon::networkForUrl(address), {}, locateRange(address, piece.range));
            return true;
        }
    }
    if (digitCount(t) >= 7) {
        TextSpan phone = findPhone(t);
        if (!phone.isValid() || phone.length < t.size() - 2)
            phone = phoneNumberIn(t); // "(201) 555-0123", "646 555 0199"
        // (Not a date: "21-02-1991", a birth date, is as long as a phone number.)
        const DateMatch dates = findDates(t);
        if (phone.isValid() && digitCount(phone.in(t)) >= 7 && phone.length >= t.size() - 2
            && !dates.isRange && !(dates.isValid() && dates.to - dates.from >= phone.length - 1)) {
            if (basics.phone.value.isEmpty())
                basics.phone = locate(t.sliced(phone.start, phone.length), piece.range).toText();
            return true;
        }
    }
    return false;
}

// A labelled piece's value, by what its label says. False when the label names no field
// the profile keeps.
bool ProfileParser::readLabelledValue(const ContactLabel &label, const Part &value)
{
    Basics &basics = m_profile.basics;
    // The label's words, found just before the value ("Teléfono: …", or "Teléfono" on the
    // line above as a definition list writes it).
    auto keepLabel = [&](Text &kept) {
        if (label.words.isEmpty() || !value.range.isValid())
            return;
        const SourceRange range = m_source.find(label.words, std::max<qsizetype>(0, value.range.begin - 80), value.range.begin);
        kept = {label.words, range};
    };
    switch (label.field) {
    case ContactField::Email:
        // An address as written; "jane at example dot com" is read as nothing.
        if (const TextSpan email = findEmail(value.text); email.isValid() && basics.email.value.isEmpty()) {
            basics.email = locate(value.text.sliced(email.start, email.length), value.range).toText();
            keepLabel(basics.labels.email);
        }
        return true;
    case ContactField::Phone:
        if (basics.phone.value.isEmpty() && digitCount(value.text) >= 6) {
            basics.phone = value.toText();
            keepLabel(basics.labels.phone);
        }
        return true;
    case ContactField::Location: {
        const bool known = !basics.location.isEmpty();
        setLocation(value);
        if (!known && !basics.location.isEmpty())
            keepLabel(basics.labels.location);
        return true;
    }
    case ContactField::Name:
        if (basics.name.value.isEmpty()) {
            // "山科 美咲（やましな みさき）": the name, then how it is read.
            const qsizetype reading = value.text.endsWith(QChar(0xFF09)) ? value.text.indexOf(QChar(0xFF08)) : -1;
            basics.name = reading > 0 ? locate(value.text.first(reading), value.range).toText() : value.toText();
        }
        return true;
    case ContactField::Title:
        if (basics.label.value.isEmpty())
            basics.label = value.toText();
        return true;
    case ContactField::Website:
    case ContactField::None: break;
    }
    const TextSpan url = findUrl(value.text);
    // A label of the file's own ("Strona domowa: https://…") over an address and nothing else.
    const bool addressOnly = url.isValid() && url.length >= Characters::trimmed(QStringView(value.text)).size() - 1;
    if (label.network.isEmpty() && label.field != ContactField::Website && !addressOnly)
        return false;
    if (url.isValid()) {
        const QString address = value.text.sliced(url.start, url.length);
        addLink(address,
            label.network.isEmpty() || label.network == QLatin1String("Website") ? Lexicon::networkForUrl(address)
                                                                                  : label.network,
            {}, locateRange(address, value.range), label.words);
    } else if (const TextSpan email = findEmail(value.text); email.isValid()) {
        return readContactPiece(value);
    } else {
        addLink({}, label.network.isEmpty() ? QStringLiteral("Website") : label.network, value.text, value.range);
    }
    return true;
}

// A piece that is the text of a link: "[GitHub](https://…)", "[Email](mailto:…)".
bool ProfileParser::readLinkPiece(const Line &line, const Part &piece)
{
    Basics &basics = m_profile.basics;
    for (const InlineLink &link : line.links) {
        if (link.image || Characters::trimmed(QStringView(link.text)) != piece.text)
            continue;
        // A link to a page about anything ("[Correctness](https://…)") is no contact; a link
        // named by what it is ("[Home page](…)", "[GitHub](…)") or to a profile is.
        if (!link.url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)
            && !link.url.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)
            && Lexicon::networkForUrl(link.url) == QLatin1String("Website")
            && !contactLabel(QString(piece.text + u':')).isValid())
            continue;
        if (link.url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
            const QStringView address = QStringView(link.url).sliced(7);
            const TextSpan email = findEmail(address);
            if (basics.email.value.isEmpty() && email.isValid())
                basics.email = {email.in(address).toString(), piece.range};
        } else if (link.url.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            if (basics.phone.value.isEmpty())
                basics.phone = piece.toText();
        } else {
            addLink(link.url, Lexicon::networkForUrl(link.url), {}, piece.range, piece.text);
        }
        return true;
    }
    return false;
}

// A contact line: "Email: a@b.c | Phone: +49 … | Location: Munich", "a@b.c - Munich, Germany
// - +49 …", "📍 Trento, Italia", "[GitHub](…) · [LinkedIn](…)". Its pieces are read one by one;
// a labelled place, name or headline goes on over the unread pieces after it ("Location:
// Munich, Germany"), and unread pieces beside the contacts are a place or a headline.
bool ProfileParser::readContactLine(int index)
{
    const Line &line = m_lines.at(index);
    Basics &basics = m_profile.basics;
    if (line.text.startsWith(QLatin1Char(':')))
        return readDefinition(index);
    // Commas and semicolons part contacts ("a@b.c, Munich, +49 …") but not a headline's
    // words ("Backend Developer, Python, Go"): a piece is cut at them only where it holds
    // something shaped like a contact.
    // (A dash between groups of digits is a phone number's own: "(12) 9 8321 – 6700".)
    Spans cut = splitSpans({line.text, line.range},
        {u" | ", u"| ", u" |", u" · ", u" • ", u" ∙ ", u" ● ", u" ⋅ ", u" & ", u"  ", u"\t", u" — ", u" – ", u" -- ",
            u" - ", u" / "});
    for (qsizetype i = cut.size() - 1; i > 0; --i) {
        const QStringView left = cut[i - 1].text, right = cut[i].text;
        const QStringView between(left.data() + left.size(), right.data());
        if (!left.isEmpty() && left.back().isDigit() && digitCount(left) >= 4 && digitCount(right) == right.size()
            && right.size() >= 2 && right.size() <= 5 && (between == u" – " || between == u" - ")) {
            cut[i - 1].text = QStringView(left.data(), right.data() + right.size());
            cut.remove(i);
        }
    }
    Spans spans;
    for (const Span &span : std::as_const(cut)) {
        if (span.text.contains(QLatin1Char('@')) || digitCount(span.text) >= 7 || containsShort(span.text, u"://")
            || containsShort(span.text, u"www."))
            for (const Span &piece : splitSpans(span, {u", ", u"; "}))
                spans.append(piece);
        else
            spans.append(span);
    }
    enum class Role : quint8 { Plain, Read, Labelled, UnknownLabel, Noise };
    QVarLengthArray<Role, 8> roles(spans.size(), Role::Plain);
    QVarLengthArray<ContactLabel, 8> labels(spans.size());
    qsizetype cursor = line.range.begin; // equal pieces are found in order
    auto partOf = [&](QStringView text) {
        Part p {text.toString(), locateRange(text, {cursor, line.range.end})};
        if (p.range.isValid() && p.range != line.range)
            cursor = p.range.end;
        return p;
    };
    bool any = false;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QStringView text = spans[i].text;
        if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
            roles[i] = Role::Noise; // a box's border, a lone bullet
            continue;
        }
        labels[i] = contactLabel(text);
        // "Adresse | 12 Rue …", "E-Mail | a@b.c": a label alone in its piece (a table's label
        // cell) names the piece after it.
        // (One word, as a label cell holds: "Sadat City" is a place, "[Email][email]" a link.)
        const auto isLinkText = [&](QStringView piece) {
            return std::any_of(line.links.cbegin(), line.links.cend(),
                [piece](const InlineLink &link) { return Characters::trimmed(QStringView(link.text)) == piece; });
        };
        if (!labels[i].isValid() && i + 1 < spans.size() && wordCount(text, 2) == 1 && !text.contains(QLatin1Char('@'))
            && !isLinkText(text))
            labels[i] = labelAlone(text);
        if (labels[i].isValid()) {
            roles[i] = Role::Labelled;
            continue;
        }
        const Part piece = partOf(text);
        if (readContactPiece(piece) || readLinkPiece(line, piece)) {
            roles[i] = Role::Read;
            any = true;
        } else if (labels[i].valueStart > 0) {
            roles[i] = Role::UnknownLabel; // "Date of birth: …"
        }
    }
    // A label's value, with the unread pieces after it.
    auto runEnd = [&](qsizetype from) {
        qsizetype to = from + 1;
        while (to < spans.size() && roles[to] == Role::Plain)
            ++to;
        return to;
    };
    auto joined = [&](QStringView first, qsizetype last) {
        const QStringView end = spans[last].text;
        return QStringView(first.data(), end.data() + end.size() - first.data());
    };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (roles[i] != Role::Labelled)
            continue;
        const ContactLabel &label = labels[i];
        const QStringView value = Characters::trimmed(spans[i].text.sliced(label.valueStart));
        const bool goesOn = label.field == ContactField::Location || label.field == ContactField::Name
            || label.field == ContactField::Title;
        const qsizetype end = goesOn ? runEnd(i) : value.isEmpty() ? std::min(i + 2, spans.size()) : i + 1;
        if (value.isEmpty() && end == i + 1)
            continue;
        const QStringView whole = value.isEmpty() ? joined(spans[i + 1].text, end - 1) : joined(value, end - 1);
        if (readLabelledValue(label, locate(whole.toString(), line.range))) {
            any = true;
            for (qsizetype k = i; k < end; ++k)
                roles[k] = Role::Read;
        }
    }
    // Links written inline, the line no more than their names: "[GitHub](…) [LinkedIn](…)".
    if (!any && !line.links.isEmpty() && wordCount(line.text) <= 4) {
        for (const InlineLink &link : line.links) {
            const qsizetype links = basics.links.size();
            if (link.image || !readLinkPiece(line, {Characters::trimmed(link.text), line.range}))
                continue;
            any = true;
            // "Profil: https://…": the words before the address name it.
            const QStringView text = line.text;
            const qsizetype at = text.indexOf(Characters::trimmed(QStringView(link.text)));
            const QStringView before = at > 0 ? Characters::trimmed(text.first(at)) : QStringView();
            if (basics.links.size() > links && before.endsWith(QLatin1Char(':')) && line.links.size() == 1) {
                Link &added = basics.links.last();
                const QString label = Characters::trimmed(before.chopped(1)).toString();
                if (label.compare(added.network, Qt::CaseInsensitive) != 0)
                    added.label = label;
            }
        }
        return any;
    }
    // "Jane Example | Lotterbergstraße 22 | 87439 Kempten": the name and a postal address,
    // the street before its postcode and town, is the place.
    if (!any) {
        for (qsizetype i = 0; i < spans.size(); ++i) {
            if (roles[i] != Role::Plain || postcodeTownStart(spans[i].text) < 0)
                continue;
            qsizetype first = i;
            while (first > 0 && roles[first - 1] == Role::Plain && looksLikeStreet(spans[first - 1].text)
                && postcodeTownStart(spans[first - 1].text) < 0)
                --first;
            const bool others = std::all_of(spans.cbegin(), spans.cend(), [&](const Span &span) {
                const qsizetype k = &span - spans.cbegin();
                return (k >= first && k <= i) || roles[k] == Role::Noise || span.text == basics.name.value
                    || (k > i && !Lexicon::countryCode(cleanView(span.text)).isEmpty());
            });
            if (!others || !basics.location.isEmpty())
                return false;
            qsizetype last = i;
            if (last + 1 < spans.size() && roles[last + 1] == Role::Plain && !Lexicon::countryCode(cleanView(spans[last + 1].text)).isEmpty())
                ++last; // "… | 87439 Kempten | Deutschland"
            QStringList written;
            for (qsizetype k = first; k <= last; ++k)
                written.append(cleanView(spans[k].text).toString());
            const QStringView postcodeTown = cleanView(spans[i].text);
            setPostalAddress(written, locateRange(joined(spans[first].text, last), line.range),
                postcodeTown.sliced(postcodeTownStart(postcodeTown)), last > i ? cleanView(spans[last].text) : QStringView());
            m_addressOfNameLine = last == i;
            return true;
        }
        return false;
    }
    // What is left beside the contacts: a headline, or a place ("Östergatan 1 • 735 33
    // Surahammar • Sweden" is one place of three pieces).
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (roles[i] != Role::Plain)
            continue;
        const QStringView text = spans[i].text;
        if (text == basics.name.value)
            continue;
        if (Lexicon::hasTitleWord(text) && !Lexicon::isBadge(text)) {
            if (basics.label.value.isEmpty())
                basics.label = locate(text.toString(), line.range).toText();
            continue;
        }
        qsizetype end = i + 1;
        while (end < spans.size() && roles[end] == Role::Plain && !Lexicon::hasTitleWord(spans[end].text))
            ++end;
        const QStringView place = joined(text, end - 1);
        if (looksLikePlace(text, spans[end - 1].text)
            || (wordCount(place, 4) <= 3 && isPlainWords(place) && Lexicon::networkForLabel(place).isEmpty()))
            setLocation(locate(place.toString(), line.range));
        i = end - 1;
    }
    return true;
}

// "Adresse: 43 Rue Haute, 62231 Sangatte", "E-mail: …" among the lines of another section
// (a PDF's sidebar read into the skills): a contact, read as one.
bool ProfileParser::readLabelledContact(int index)
{
    // A label in words (it ends at a colon, or an ideographic space, within the first words)
    // over a value of the field's shape: "📨 Files de messages" is a group of skills under an
    // envelope.
    const QString &text = m_lines.at(index).text;
    const QStringView start = QStringView(text).first(std::min<qsizetype>(text.size(), 32));
    if (!start.contains(u':') && !start.contains(QChar(0xFF1A)) && !start.contains(QChar(0x3000)))
        return false;
    const ContactLabel label = contactLabel(text);
    const bool shaped = label.field == ContactField::Email ? text.contains(QLatin1Char('@'))
        : label.field == ContactField::Phone               ? digitCount(text) >= 6
                                                           : label.field == ContactField::Location;
    if (label.words.isEmpty() || !shaped || !readContactLine(index))
        return false;
    use(index);
    return true;
}

// "My name is Jane Example.", "Hoi, ik ben **Jane Example**.": a name introduced in the
// header's prose.
bool ProfileParser::readIntroducedName(int index)
{
    static const QList<QStringView> particles
        = {u"van", u"von", u"de", u"der", u"den", u"da", u"di", u"du", u"la", u"le", u"del", u"dos", u"bin", u"al"};
    const QString &text = m_lines.at(index).text;
    const QString lower = text.toLower();
    if (lower.size() != text.size())
        return false; // a letter whose lower case is longer ("İ"): the offsets would not match
    for (const QString &phrase : Lexicon::nameIntroductions()) {
        for (qsizetype after = textAfterPhrase(lower, phrase, 0); after >= 0;
            after = textAfterPhrase(lower, phrase, after)) {
            // The capitalised words after it, with the particles between them.
            QStringView rest = QStringView(text).sliced(after);
            qsizetype end = 0;
            int words = 0;
            for (QStringView word : rest.tokenize(QLatin1Char(' '))) {
                const bool particle = particles.contains(word);
                if (word.isEmpty() || (!word.front().isUpper() && !particle) || ++words > 5)
                    break;
                end = word.data() + word.size() - rest.data();
                if (word.back().isPunct())
                    break;
            }
            QStringView name = cleanView(rest.first(end));
            // The sentence's full stop, not an initial's ("Jane Q.", "John Example Jr.").
            const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
            if (!name.isEmpty() && name.back().isPunct() && name.size() - lastSpace > 4)
                name.chop(1);
            if (looksLikeName(name)) {
                m_profile.basics.name = locate(name.toString(), m_lines.at(index).range).toText();
                return true;
            }
        }
    }
    return false;
}

// "Senior Developer based in Utrecht", "… woonachtig in Den Haag.": a place introduced in a
// line of the header, when it looks like one.
bool ProfileParser::readIntroducedPlace(const QString &text, SourceRange within)
{
    if (!m_profile.basics.location.isEmpty())
        return false;
    const QString lower = text.toLower();
    if (lower.size() != text.size())
        return false; // a letter whose lower case is longer ("İ"): the offsets would not match
    for (const QString &phrase : Lexicon::placeIntroductions()) {
        const qsizetype after = textAfterPhrase(lower, phrase, 0);
        if (after < 0)
            continue;
        QStringView place = QStringView(text).sliced(after);
        for (qsizetype i = 0; i < place.size(); ++i) {
            const QChar c = place[i];
            if (c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?')
                || c == QLatin1Char('(') || c == QLatin1Char('|')) {
                place = place.first(i);
                break;
            }
        }
        place = cleanView(place);
        if (wordCount(place, 6) <= 5 && looksLikePlace(place, place)) {
            setLocation(locate(place.toString(), within));
            return true;
        }
    }
    return false;
}

// A name, a headline and a place on lines of their own, wherever they stand before the
// positions: the page a profile site exports puts them below a sidebar of contacts and
// skills.
void ProfileParser::findNameBlock(int to)
{
    Basics &basics = m_profile.basics;
    auto nextText = [this, to](int from) {
        for (int i = from; i < to; ++i) {
            if (!isBlankOrRule(i))
                return m_lines.at(i).kind == Line::Kind::Text && !isUsed(i) ? i : -1;
        }
        return -1;
    };
    for (int i = 0; i < to; ++i) {
        if (isUsed(i) || m_lines.at(i).kind != Line::Kind::Text || !looksLikeName(m_lines.at(i).text))
            continue;
        const int headline = nextText(i + 1);
        if (headline < 0 || !hasTitleWord(headline) || wordsOf(headline) > 12 || datesOf(headline).isValid())
            continue;
        const int place = nextText(headline + 1);
        if (place < 0 || wordsOf(place) > 8 || !looksLikePlace(m_lines.at(place).text, m_lines.at(place).text))
            continue;
        basics.name = part(i).toText();
        if (basics.label.value.isEmpty())
            basics.label = part(headline).toText();
        setLocation(part(place));
        for (int line : {i, headline, place})
            use(line);
        return;
    }
}

// "Jane Example - Software Architect", "Jane Example | jane@example.com", "Jane Example
// (555) 010-0199", "Resume of Jane Example", "Jane Example, PhD": the name first on a line,
// then a headline or contacts.
bool ProfileParser::readNameLine(int index)
{
    const Line &line = m_lines.at(index);
    const QStringView text = withoutDocumentWords(line.text);
    const Spans pieces
        = splitSpans({text, line.range}, {u" | ", u" — ", u" – ", u" - ", u", ", u" · ", u" • ", u" (", u"   ", u"\t"});
    if (pieces.isEmpty())
        return false;
    QString storage;
    const QStringView name = strippedView(pieces.front().text, storage);
    if (!looksLikeName(name))
        return false;
    Basics &basics = m_profile.basics;
    basics.name = locate(name.toString(), line.range).toText();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QStringView piece = pieces[i].text;
        if (basics.label.value.isEmpty() && Lexicon::hasTitleWord(piece) && !Lexicon::isBadge(piece))
            basics.label = locate(cleanView(piece).toString(), line.range).toText();
    }
    readContactLine(index);
    // "Jane Example (555) 010-0199": a number right after the name, its bracket cut off by
    // the split above.
    const QStringView first = pieces.front().text;
    const QStringView rest = QStringView(first.data() + first.size(), text.data() + text.size()).trimmed();
    if (basics.phone.value.isEmpty() && pieces.size() > 1 && digitCount(rest) >= 7)
        readContactPiece(locate(rest.toString(), line.range));
    return true;
}

// A postal address on lines of their own: the street, "4484 Kronstorf", and a country under
// them when one is written. The location is the address as written; its town the postcode's.
bool ProfileParser::readPostalAddress(int index)
{
    const QString &text = m_lines.at(index).text;
    const qsizetype town = postcodeTownStart(text);
    // (A block of its own, with its country, says more than a name line's street and town.)
    if (town < 0 || (!m_profile.basics.location.isEmpty() && !m_addressOfNameLine))
        return false;
    int first = index, last = index;
    int above = index - 1;
    while (above >= 0 && isBlankOrRule(above) && index - above <= 2)
        --above;
    if (above >= 0 && index - above <= 2 && !isUsed(above) && m_lines[above].kind == Line::Kind::Text
        && looksLikeStreet(m_lines[above].text) && postcodeTownStart(m_lines[above].text) < 0)
        first = above;
    int below = index + 1;
    while (below < m_lines.size() && isBlankOrRule(below) && below - index <= 2)
        ++below;
    if (below < m_lines.size() && below - index <= 2 && !isUsed(below) && m_lines[below].kind == Line::Kind::Text
        && !Lexicon::countryCode(Characters::trimmed(QStringView(m_lines[below].text))).isEmpty())
        last = below;
    if (m_addressOfNameLine && last == index)
        return false;
    m_addressOfNameLine = false;
    QStringList written;
    SourceRange range;
    for (int i = first; i <= last; ++i) {
        if (isBlankOrRule(i))
            continue;
        written.append(Characters::trimmed(QStringView(m_lines[i].text)).toString());
        range = range.isValid() ? range.united(m_lines[i].range) : m_lines[i].range;
        use(i);
    }
    setPostalAddress(written, range, QStringView(text).sliced(town),
        last != index ? QStringView(m_lines[last].text) : QStringView());
    return true;
}

// The place of a postal address: as written, its town the postcode's, its country the one
// written after it or the town's.
void ProfileParser::setPostalAddress(const QStringList &written, SourceRange range, QStringView town, QStringView country)
{
    Location &location = m_profile.basics.location;
    location.text = written.join(QLatin1String(", "));
    location.range = range;
    location.city = Characters::trimmed(town).toString();
    location.countryCode = !country.isEmpty() ? Lexicon::countryCode(Characters::trimmed(country))
                                              : Lexicon::cityCountryCode(location.city);
}

// "Address" (or "Dirección:") on its own line over "12 Rue Ben Alaya, El Kef": the label names
// the line under it, as a sidebar of a PDF or a Word template sets them.
bool ProfileParser::readLabelOverValue(int index)
{
    const Line &line = m_lines.at(index);
    if (line.kind != Line::Kind::Text || wordsOf(index) > 3)
        return false;
    QStringView text = Characters::trimmed(QStringView(line.text));
    // (A word, or words ended by a colon: "Sadat City" alone is a place, not a label.)
    const bool colon = text.endsWith(QLatin1Char(':'));
    if (colon)
        text.chop(1);
    else if (wordCount(text, 2) > 1)
        return false;
    const ContactLabel label = labelAlone(text);
    if (label.field != ContactField::Location)
        return false;
    int next = index + 1;
    while (next < m_lines.size() && isBlankOrRule(next))
        ++next;
    if (next >= m_lines.size() || next - index > 2 || isUsed(next) || m_lines[next].kind != Line::Kind::Text
        || wordsOf(next) > 12 || m_lines[next].text.startsWith(QLatin1Char(':')) || contactLabel(m_lines[next].text).isValid()
        || contactLabel(QString(m_lines[next].text + QLatin1Char(':'))).isValid())
        return false;
    if (!readLabelledValue(label, part(next)))
        return false;
    use(index);
    use(next);
    return true;
}

// A definition list's item: the label on a line of its own, the value on the next after a
// colon ("Teléfono" / ":   +34 …", pandoc's layout).
bool ProfileParser::readDefinition(int index)
{
    int term = index - 1;
    while (term >= 0 && isBlankOrRule(term))
        --term;
    if (term < 0 || m_lines.at(term).kind != Line::Kind::Text || wordsOf(term) > 4)
        return false;
    const ContactLabel label = contactLabel(QString(m_lines.at(term).text + QLatin1Char(':')));
    const Line &line = m_lines.at(index);
    if (!label.isValid() || !readLabelledValue(label, locate(line.text.sliced(1), line.range)))
        return false;
    use(term);
    return true;
}

// Contacts in the CV's last paragraph when its top gave no e-mail address: a signature
// ("Jane Example • jane@example.com" / "☎ +46 … • Street 1 • 000 00 Town • Sweden").
LineList ProfileParser::readFooterContacts()
{
    LineList read;
    if (!m_profile.basics.email.value.isEmpty())
        return read;
    int last = int(m_lines.size()) - 1;
    while (last >= 0 && isBlankOrRule(last))
        --last;
    if (last < 0)
        return read;
    int first = last;
    while (first > 0 && m_lines.at(first - 1).block == m_lines.at(last).block)
        --first;
    if (last - first >= 4)
        return read;
    bool hasEmail = false;
    for (int i = first; i <= last; ++i)
        hasEmail = hasEmail || findEmail(m_lines.at(i).text).isValid();
    for (int i = first; i <= last && hasEmail; ++i) {
        if (!isUsed(i) && readContactLine(i)) {
            use(i);
            read.append(i);
        }
    }
    return read;
}

// The words of the person's lines that no field took: "née Nilsson" after a name, "46 y/o"
// among contacts, a document's title ("Резюме") over the name, a second e-mail address.
// They are kept as written, a line for each run of them (`lines` in the file's order), in a
// section without a heading,
// so that nothing the file says about the person is lost. A token (what stands between
// spaces) is taken when a field holds it, or holds each of its words and it is no address.
void ProfileParser::keepHeaderResidue(const LineList &lines)
{
    const Basics &b = m_profile.basics;
    // The fields' text, one after another; a word or token is looked up in it as a whole.
    QString fields;
    for (const Text *t : {&b.name, &b.label, &b.email, &b.phone, &b.image, &b.labels.email, &b.labels.phone,
             &b.labels.location})
        fields += t->value + QLatin1Char('\n');
    fields += b.location.text + QLatin1Char('\n');
    for (const Link &link : b.links)
        fields += link.network + QLatin1Char(' ') + link.url + QLatin1Char(' ') + link.username + QLatin1Char(' ') + link.label + QLatin1Char('\n');
    const auto holdsAsWritten = [&](QStringView word, Qt::CaseSensitivity cs) {
        for (qsizetype at = fields.indexOf(word, 0, cs); at >= 0; at = fields.indexOf(word, at + 1, cs)) {
            const qsizetype end = at + word.size();
            if ((at == 0 || !Characters::isLetterOrNumber(fields[at - 1]))
                && (end == fields.size() || !Characters::isLetterOrNumber(fields[end])))
                return true;
        }
        return false;
    };
    // (Fields are the file's own words: most are found as written, the rest in any case.)
    const auto holds = [&](QStringView word) {
        return word.isEmpty() || holdsAsWritten(word, Qt::CaseSensitive) || holdsAsWritten(word, Qt::CaseInsensitive);
    };
    const auto isTaken = [&](QStringView token) {
        if (holds(comparableWord(token)))
            return true;
        if (token.contains(QLatin1Char('@')) || token.contains(u"://") || token.contains(u"www."))
            return false;
        bool all = true;
        forEachWord(token, [&](qsizetype from, qsizetype to) { all = all && holds(token.sliced(from, to - from)); });
        return all;
    };
    Section kept;
    QStringList runs;
    for (int i : lines) {
        const Line &line = m_lines.at(i);
        if (b.summary.range.contains(line.range))
            continue; // the summary's own lines
        const QStringView text = line.text;
        const QChar *runStart = nullptr, *runEnd = nullptr;
        auto endRun = [&] {
            if (!runStart)
                return;
            const QStringView run(runStart, runEnd);
            // An enumeration's "2)" or a lone bullet's number says nothing of its own, nor
            // does a field's label left alone ("Email", "Name:") beside what it labels.
            const bool hasLetter = std::any_of(run.cbegin(), run.cend(), [](QChar c) { return c.isLetter(); });
            QStringView bare = run;
            if (bare.endsWith(QLatin1Char(':')))
                bare.chop(1);
            const bool label = labelAlone(Characters::trimmed(bare)).isValid()
                || !Lexicon::networkForLabel(Characters::trimmed(bare)).isEmpty();
            // (A letter alone is an icon font's glyph: "Ħ" before a profile's name.)
            if (((hasLetter && run.size() > 1) || digitCount(run) >= 3) && !label) {
                const Part part = locate(run.toString(), line.range);
                runs.append(part.text);
                kept.range = kept.range.united(part.range);
            }
            runStart = nullptr;
        };
        forEachToken(text, [&](QStringView token) {
            if (isTaken(token)) {
                endRun();
                return;
            }
            if (!runStart)
                runStart = token.data();
            runEnd = token.data() + token.size();
        });
        endRun();
    }
    if (runs.isEmpty())
        return;
    kept.text = runs.join(QLatin1Char('\n'));
    appendTo(m_profile.sections, std::move(kept));
}

void ProfileParser::readHeader(int end)
{
    Basics &basics = m_profile.basics;
    LineList summary;
    bool firstLine = true;
    for (int i = 0; i < end; ++i) {
        const Line &line = m_lines.at(i);
        if (isUsed(i) || line.kind == Line::Kind::Rule)
            continue;
        for (const InlineLink &link : line.links) {
            if (link.image && basics.image.value.isEmpty())
                basics.image = {link.url, line.range};
        }
        if (line.text.isEmpty()) {
            use(i);
            continue;
        }
        if (basics.name.value.isEmpty() && looksLikeName(line.text)) {
            basics.name = part(i).toText();
            use(i);
            continue;
        }
        // The name first on a line: the first line of the CV, a heading or a bold line.
        if (basics.name.value.isEmpty() && (firstLine || line.isHeading() || line.strong) && readNameLine(i)) {
            use(i);
            continue;
        }
        firstLine = false;
        // ("<h1>Hi 👋, I'm Jane Example</h1>" too: a profile README's greeting.)
        if (basics.name.value.isEmpty() && (line.kind == Line::Kind::Text || line.isHeading()))
            readIntroducedName(i); // the line goes on to be read as the summary
        // A title heading in a script without capitals, or a single name.
        if (basics.name.value.isEmpty() && line.isHeading() && line.level == 1 && wordCount(line.text) <= 5
            && digitCount(line.text) == 0 && !line.text.contains(QLatin1Char('\'')) && !namesDocument(line.text)
            && !Lexicon::hasTitleWord(line.text) && namedSection(i) == SectionKind::None) {
            basics.name = part(i).toText();
            use(i);
            continue;
        }
        if (readLabelOverValue(i) || readPostalAddress(i))
            continue;
        if (readContactLine(i)) {
            use(i);
            continue;
        }
        const QString &text = line.text;
        if (readIntroducedPlace(text, line.range) && wordCount(text, 9) <= 8) {
            use(i); // "Based in Vienna, Austria"
            continue;
        }
        if (wordCount(text, 9) <= 8 && looksLikePlace(text, text)) {
            setLocation(part(i));
            use(i);
            continue;
        }
        if (basics.label.value.isEmpty() && Lexicon::hasTitleWord(text) && wordCount(text, 17) <= 16
            && !datesOf(i).isValid() && !Lexicon::isBadge(text)) {
            // "🚀 Lead Engineer": the headline without the emoji before it.
            qsizetype symbols = 0;
            while (symbols < text.size() && (isPictograph(text[symbols]) || text[symbols].isSpace()))
                ++symbols;
            basics.label = symbols > 0 ? locate(text.sliced(symbols), line.range).toText() : part(i).toText();
            findCityIn(i);
            use(i);
            continue;
        }
        if (isProse(line)
            || (!summary.isEmpty() && line.kind == Line::Kind::Text
                && m_lines[summary.last()].block == line.block)) {
            summary.append(i);
            use(i);
        }
    }
    if (!summary.isEmpty() && basics.summary.value.isEmpty())
        basics.summary = {joinedText(summary), rangeOf(summary)};
}

void ProfileParser::readSummary(int from, int to)
{
    Basics &basics = m_profile.basics;
    LineList text;
    for (int i = from; i < to; ++i) {
        const Line &line = m_lines.at(i);
        if (isUsed(i) || isBlankOrRule(i))
            continue;
        if (text.isEmpty() && basics.label.value.isEmpty() && wordCount(line.text, 9) <= 8
            && (line.emphasized || line.strong) && Lexicon::hasTitleWord(line.text)) {
            basics.label = part(i).toText();
            use(i);
            continue;
        }
        if (line.kind != Line::Kind::Heading) {
            text.append(i);
            use(i);
        }
    }
    if (text.isEmpty())
        return;
    if (basics.summary.value.isEmpty()) {
        basics.summary = {joinedText(text), rangeOf(text)};
    } else {
        basics.summary.value += QLatin1String("\n\n") + joinedText(text);
        basics.summary.range = basics.summary.range.united(rangeOf(text));
    }
}

void ProfileParser::readContacts(int from, int to)
{
    const Basics &basics = m_profile.basics;
    for (int i = from; i < to; ++i) {
        if (isUsed(i) || isBlankOrRule(i))
            continue;
        if (readLabelOverValue(i) || readPostalAddress(i))
            continue;
        if (readContactLine(i)) {
            use(i);
            continue;
        }
        // A place on its own line ("Linz, Austria"), as in the header.
        if (const QString &text = m_lines[i].text; basics.location.isEmpty() && m_lines[i].kind == Line::Kind::Text
            && wordCount(text, 9) <= 8 && looksLikePlace(text, text)) {
            setLocation(part(i));
            use(i);
            continue;
        }
        // The name and headline repeated as a signature.
        const QString t = Lexicon::normalized(m_lines[i].text);
        if ((!basics.name.value.isEmpty() && t == Lexicon::normalized(basics.name.value))
            || (!basics.label.value.isEmpty() && t == Lexicon::normalized(basics.label.value))
            || (!basics.name.value.isEmpty() && Lexicon::normalized(basics.name.value).startsWith(t))
            || (!basics.label.value.isEmpty() && Lexicon::normalized(basics.label.value).startsWith(t)))
            use(i);
    }
}

} // namespace Shortlist::detail
