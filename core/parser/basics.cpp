// The person: name, headline, contacts, links, location and summary, read from the
// top of the CV, from YAML front matter and from contact sections.

#include "contacts.h"
#include "dates.h"
#include "parserimpl.h"

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

bool looksLikeName(QStringView text)
{
    static const QList<QStringView> notNames
        = {u"curriculum", u"vitae", u"resume", u"résumé", u"cv", u"lebenslauf", u"резюме"};
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
        if (std::any_of(notNames.cbegin(), notNames.cend(),
                [word](QStringView notName) { return word.compare(notName, Qt::CaseInsensitive) == 0; }))
            return false;
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

bool isProse(const Line &line)
{
    return line.kind == Line::Kind::Text && wordCount(line.text, 10) >= 10;
}

} // namespace

qsizetype ProfileParser::readFrontMatter()
{
    if (m_source.lineCount() < 3 || m_source.lineText(0).trimmed() != QLatin1String("---"))
        return 0;
    int close = -1;
    for (int l = 1; l < m_source.lineCount(); ++l) {
        const QString t = m_source.lineText(l).trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("...")) {
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
        const qsizetype colon = raw.indexOf(QLatin1Char(':'));
        const SourceRange lineRange = m_source.trimmed(m_source.lineStart(l), m_source.lineEnd(l));
        if (raw.trimmed().isEmpty())
            continue;
        bool known = false;
        if (colon > 0 && !raw.front().isSpace()) {
            const QString key = raw.first(colon).trimmed().toLower();
            QString value = raw.sliced(colon + 1).trimmed();
            if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
                && value.back() == value.front())
                value = value.sliced(1, value.size() - 2);
            const Part valuePart = locate(value, lineRange);
            known = !value.isEmpty();
            if (!known) {
            } else if (key == QLatin1String("name")) {
                m_profile.basics.name = valuePart.toText();
            } else if (key == QLatin1String("title") || key == QLatin1String("label")
                || key == QLatin1String("headline") || key == QLatin1String("role")) {
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
    const QString &url, const QString &network, const QString &username, SourceRange range)
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
    m_profile.basics.links.append({network, normalizedUrl, username, range});
}

void ProfileParser::setLocation(const Part &part)
{
    if (part.isEmpty() || !m_profile.basics.location.isEmpty())
        return;
    Location &location = m_profile.basics.location;
    location.text = part.text;
    location.range = part.range;
    const QStringList pieces = part.text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList rest;
    for (const QString &piece : pieces) {
        const QString code = Lexicon::countryCode(piece.trimmed());
        if (!code.isEmpty() && location.countryCode.isEmpty())
            location.countryCode = code;
        else
            rest.append(piece.trimmed());
    }
    if (!rest.isEmpty())
        location.city = stripParenthesised(rest.takeFirst()); // "Stockholm (remote-friendly)"
    if (!rest.isEmpty())
        location.region = rest.join(QLatin1String(", "));
    if (location.countryCode.isEmpty())
        location.countryCode = Lexicon::cityCountryCode(location.city);
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
        const TextSpan phone = findPhone(t);
        if (phone.isValid() && digitCount(phone.in(t)) >= 7 && phone.length >= t.size() - 2
            && !findDates(t).isRange) {
            if (basics.phone.value.isEmpty())
                basics.phone = locate(t.sliced(phone.start, phone.length), piece.range).toText();
            return true;
        }
    }
    return false;
}

bool ProfileParser::readContactLine(int index)
{
    const Line &line = m_lines.at(index);
    const QString &text = line.text;
    Basics &basics = m_profile.basics;

    // "Label: value"
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon < 30 && !text.sliced(colon).startsWith(QLatin1String("://"))) {
        const QString label = text.first(colon);
        const Part value = locate(text.sliced(colon + 1).trimmed(), line.range);
        const QString network = Lexicon::networkForLabel(label);
        const ContactField field = Lexicon::contactField(label);
        if (!value.isEmpty()) {
            if (field == ContactField::Email) {
                basics.email = value.toText();
                return true;
            }
            if (field == ContactField::Phone) {
                basics.phone = value.toText();
                return true;
            }
            if (field == ContactField::Location) {
                setLocation(value);
                return true;
            }
            if (field == ContactField::Name && basics.name.value.isEmpty()) {
                basics.name = value.toText();
                return true;
            }
            if (field == ContactField::Title && basics.label.value.isEmpty()) {
                basics.label = value.toText();
                return true;
            }
            if (!network.isEmpty() || field == ContactField::Website) {
                if (const TextSpan url = findUrl(value.text); url.isValid()) {
                    const QString address = value.text.sliced(url.start, url.length);
                    addLink(address,
                        network.isEmpty() || network == QLatin1String("Website")
                            ? Lexicon::networkForUrl(address)
                            : network,
                        {}, locateRange(address, value.range));
                } else {
                    addLink(
                        {}, network.isEmpty() ? QStringLiteral("Website") : network, value.text, value.range);
                }
                return true;
            }
        }
    }

    // A line of contact pieces: "Berlin, Germany | priya@example.com | +49 30 0000 5678".
    const Parts pieces = split(part(index), {u" | ", u" · ", u" • ", u" & ", u"   ", u" — ", u" – "});
    bool any = false;
    Parts rest;
    for (const Part &piece : pieces) {
        if (readContactPiece(piece))
            any = true;
        else
            rest.append(piece);
    }
    // Links written inline: "[GitHub](https://github.com/…)".
    if (!any && !line.links.isEmpty() && wordCount(text) <= 4) {
        for (const InlineLink &link : line.links) {
            if (link.image)
                continue;
            if (link.url.startsWith(QLatin1String("mailto:"))) {
                if (basics.email.value.isEmpty())
                    basics.email = locate(link.url.sliced(7), line.range).toText();
            } else {
                addLink(link.url, Lexicon::networkForUrl(link.url), {}, locateRange(link.text, line.range));
            }
            any = true;
        }
        return any;
    }
    if (!any)
        return false;
    // What is left beside the contacts: a place, or a headline.
    for (const Part &piece : rest) {
        if (Lexicon::hasTitleWord(piece.text) && !Lexicon::isBadge(piece.text)) {
            if (basics.label.value.isEmpty())
                basics.label = piece.toText();
        } else if (!Lexicon::countryCode(afterLastComma(piece.text).trimmed()).isEmpty()
            || wordCount(piece.text) <= 3) {
            setLocation(piece);
        }
    }
    return true;
}

void ProfileParser::readHeader(int end)
{
    Basics &basics = m_profile.basics;
    LineList summary;
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
        if (basics.name.value.isEmpty()
            && (looksLikeName(line.text)
                || (line.isHeading() && line.level == 1 && wordCount(line.text) <= 5
                    && digitCount(line.text) == 0))) {
            basics.name = part(i).toText();
            use(i);
            continue;
        }
        if (readContactLine(i)) {
            use(i);
            continue;
        }
        const QString &text = line.text;
        QString stripped;
        if (wordCount(text, 7) <= 6
            && (!Lexicon::countryCode(afterLastComma(text).trimmed()).isEmpty()
                || !Lexicon::cityCountryCode(strippedView(beforeFirstComma(text), stripped)).isEmpty())) {
            setLocation(part(i));
            use(i);
            continue;
        }
        if (basics.label.value.isEmpty() && Lexicon::hasTitleWord(text) && wordCount(text, 17) <= 16
            && !datesOf(i).isValid() && !Lexicon::isBadge(text)) {
            basics.label = part(i).toText();
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
        if (readContactLine(i)) {
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
