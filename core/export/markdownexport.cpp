#include "markdownexport.h"

#include "parser/lexicon.h"

#include <QStringList>

namespace Shortlist {

namespace {

const char *const kMonths[12]
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QString dateLine(const PartialDate &start, const PartialDate &end, bool ongoing)
{
    if (!start.isValid() && !end.isValid())
        return {};
    if (ongoing)
        return houseStyleDate(start) + QStringLiteral(" – present");
    if (!start.isValid())
        return houseStyleDate(end);
    if (!end.isValid() || end == start)
        return houseStyleDate(start);
    return houseStyleDate(start) + QStringLiteral(" – ") + houseStyleDate(end);
}

class Writer
{
public:
    void heading(int level, const QString &text)
    {
        blank();
        m_out += QString(level, QLatin1Char('#')) + QLatin1Char(' ') + text + QLatin1Char('\n');
        m_needBlank = true;
        if (level <= 2)
            m_section.clear();
    }
    void paragraph(const QString &text)
    {
        if (text.isEmpty())
            return;
        blank();
        m_out += text + QLatin1Char('\n');
        m_needBlank = true;
    }
    void line(const QString &text)
    {
        m_out += text + QLatin1Char('\n');
        m_needBlank = true;
    }
    // A list item, at `level` 1 for the outer list; its own line breaks are items of the next.
    void bullet(const QString &text, int level = 1)
    {
        if (m_needBlank && !m_inList)
            blank();
        const QString indent(2 * (level - 1), QLatin1Char(' '));
        const QStringList lines = text.split(QLatin1Char('\n'));
        m_out += indent + QStringLiteral("- ") + lines.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_out += indent + QStringLiteral("  - ") + lines[i] + QLatin1Char('\n');
        m_inList = true;
        m_needBlank = true;
    }
    void blank()
    {
        if (m_needBlank)
            m_out += QLatin1Char('\n');
        m_needBlank = false;
        m_inList = false;
    }
    // A section's heading, unless the section already stands under it.
    void sectionHeading(const QString &text)
    {
        if (text == m_section)
            return;
        heading(2, text);
        m_section = text;
    }
    QString result() const { return m_out; }

private:
    QString m_out;
    bool m_needBlank = false;
    bool m_inList = false;
    QString m_section;
};

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            kept.append(p);
    }
    return kept.join(separator);
}

// The file's own heading of `mark` ("Berufserfahrung", "Work History"), so that no word of the
// file is lost, when it names that kind of section by itself (parsing the export again must
// find the same section); otherwise empty.
QString ownHeading(const SectionMark *mark, Lexicon::SectionKind kind)
{
    if (!mark)
        return {};
    const QString heading = Lexicon::withoutTrailingRule(mark->heading).trimmed().toString();
    return Lexicon::sectionKind(heading) == kind ? heading : QString();
}

// The file's own heading of `mark`, or the house style's.
QString headingOf(const SectionMark *mark, Lexicon::SectionKind kind, const QString &houseHeading)
{
    const QString own = ownHeading(mark, kind);
    return own.isEmpty() ? houseHeading : own;
}

// The section of `kind` the file wrote `range` in, if any.
const SectionMark *markHolding(const Profile &profile, const QString &kind, const SourceRange &range)
{
    for (const SectionMark &mark : profile.outline) {
        if (mark.kind == kind && mark.range.contains(range))
            return &mark;
    }
    return nullptr;
}

// Writes `items` under the headings of the sections they were written in, in their order:
// a heading each time an item stands in another section of the file than the one before.
template<typename Item, typename WriteItem>
void writeSections(Writer &w, const Profile &profile, const char *kind, Lexicon::SectionKind sectionKind,
    const QString &houseHeading, const QList<Item> &items, WriteItem writeItem)
{
    const QString kindName = QLatin1String(kind);
    bool headed = false;
    for (const Item &item : items) {
        const SectionMark *mark = markHolding(profile, kindName, item.range);
        if (!headed || mark)
            w.sectionHeading(headingOf(mark, sectionKind, houseHeading));
        headed = true;
        writeItem(item);
    }
}

struct ContactLine
{
    QString text;
    SourceRange range;
};

QList<ContactLine> contactLines(const Basics &b)
{
    QList<ContactLine> lines;
    // The file's own label ("Teléfono", "Cell") where it wrote one.
    auto labelled = [](const Text &label, const char *house, const QString &value) -> QString {
        return (label.value.isEmpty() ? QLatin1String(house) : label.value) + QStringLiteral(": ") + value;
    };
    if (!b.location.isEmpty())
        lines.append({labelled(b.labels.location, "Location", b.location.text), b.location.range});
    if (!b.email.value.isEmpty())
        lines.append({labelled(b.labels.email, "Email", b.email.value), b.email.range});
    if (!b.phone.value.isEmpty())
        lines.append({labelled(b.labels.phone, "Phone", b.phone.value), b.phone.range});
    for (const Link &link : b.links)
        lines.append({(link.label.isEmpty() ? link.network : link.label) + QStringLiteral(": ")
                + (link.url.isEmpty() ? link.username : link.url),
            link.range});
    return lines;
}

// The section of contacts under a heading that says so, which the file wrote `range` in.
const SectionMark *contactsSection(const Profile &profile, const SourceRange &range)
{
    const SectionMark *mark = markHolding(profile, QStringLiteral("contacts"), range);
    return ownHeading(mark, Lexicon::SectionKind::Contacts).isEmpty() ? nullptr : mark;
}

} // namespace

QString houseStyleDate(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    if (!date.hasMonth())
        return QString::number(date.year);
    return QLatin1String(kMonths[date.month - 1]) + QLatin1Char(' ') + QString::number(date.year);
}

QString toHouseStyleMarkdown(const Profile &profile)
{
    Writer w;
    const Basics &b = profile.basics;
    w.heading(1, b.name.value.isEmpty() ? QStringLiteral("Unnamed candidate") : b.name.value);
    w.paragraph(b.label.value);
    if (!b.image.value.isEmpty())
        w.paragraph(QStringLiteral("![Photo](%1)").arg(b.image.value));

    // Contacts the file wrote under a heading of their own ("## Links") follow the other
    // sections under it; the rest stand under the headline.
    const QList<ContactLine> contacts = contactLines(b);
    w.blank();
    for (const ContactLine &c : contacts) {
        if (!contactsSection(profile, c.range))
            w.bullet(c.text);
    }

    for (const Section &s : profile.sections) {
        if (s.heading.isEmpty() && s.kind == Section::Kind::Unrecognised)
            w.paragraph(s.text);
    }

    using Kind = Lexicon::SectionKind;
    if (!b.summary.value.isEmpty()) {
        w.sectionHeading(headingOf(markHolding(profile, QStringLiteral("summary"), b.summary.range),
            Kind::Summary, QStringLiteral("Summary")));
        for (const QString &p : b.summary.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            w.paragraph(p);
    }

    writeSections(
        w, profile, "work", Kind::Work, QStringLiteral("Experience"), profile.work, [&](const Position &p) {
            QString heading = p.title.value;
            if (!p.company.value.isEmpty())
                heading += (heading.isEmpty() ? QString() : QStringLiteral(" at ")) + p.company.value;
            if (!p.location.value.isEmpty())
                heading += QStringLiteral(" · ") + p.location.value;
            w.heading(3, heading);
            const QString dates = dateLine(p.start.value, p.end.value, p.ongoing);
            if (!dates.isEmpty())
                w.line(QLatin1Char('*') + dates + QLatin1Char('*'));
            for (const TextBlock &b : p.blocks()) {
                switch (b.kind) {
                case TextBlock::Kind::Paragraph: w.paragraph(b.text.value); break;
                case TextBlock::Kind::Item: w.bullet(b.text.value, b.level); break;
                case TextBlock::Kind::Heading:
                    // "Achievements:" as written; a line the file set in bold, in bold; a
                    // heading the file wrote as one (it is not in the description), as a
                    // heading under the position's.
                    if (Lexicon::isSubheadingLabel(b.text.value))
                        w.paragraph(b.text.value);
                    else if (p.description.value.split(QLatin1Char('\n')).contains(b.text.value))
                        w.paragraph(QStringLiteral("**") + b.text.value + QStringLiteral("**"));
                    else
                        w.heading(4, b.text.value);
                    break;
                }
            }
        });

    writeSections(w, profile, "education", Kind::Education, QStringLiteral("Education"), profile.education,
        [&](const Education &e) {
            // "University of Leeds, Leeds, UK": the place after the name, as CVs write it.
            w.heading(3, joinNonEmpty({e.institution.value.isEmpty() ? e.studyType.value : e.institution.value,
                                          e.location.value},
                             QStringLiteral(", ")));
            QString degree = e.institution.value.isEmpty()
                ? e.area.value
                : joinNonEmpty({e.studyType.value, e.area.value}, QStringLiteral(" in "));
            degree = joinNonEmpty({degree, e.score.value}, QStringLiteral(", "));
            if (!degree.isEmpty())
                w.line(degree);
            const QString dates = dateLine(e.start.value, e.end.value, e.ongoing);
            if (!dates.isEmpty())
                w.line(QLatin1Char('*') + dates + QLatin1Char('*'));
            if (!e.url.value.isEmpty())
                w.line(QLatin1Char('<') + e.url.value + QLatin1Char('>'));
            for (const QString &para : e.description.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                w.paragraph(para);
        });

    writeSections(w, profile, "skills", Kind::Skills, QStringLiteral("Skills"), profile.skills,
        [&](const SkillGroup &g) {
            QStringList keywords;
            for (const Skill &s : g.keywords)
                keywords.append(
                    s.years >= 0 ? QStringLiteral("%1 (%2 years)").arg(s.name).arg(s.years) : s.name);
            w.bullet(QStringLiteral("**%1:** %2")
                         .arg(g.name.value.isEmpty() ? QStringLiteral("Skills") : g.name.value,
                             keywords.join(QStringLiteral(", "))));
        });

    writeSections(w, profile, "projects", Kind::Projects, QStringLiteral("Projects"), profile.projects,
        [&](const Project &p) {
            w.heading(3, p.name.value);
            const QString dates = dateLine(p.start.value, p.end.value, p.ongoing);
            if (!dates.isEmpty())
                w.line(QLatin1Char('*') + dates + QLatin1Char('*'));
            if (!p.url.value.isEmpty())
                w.line(QLatin1Char('<') + p.url.value + QLatin1Char('>'));
            for (const QString &para : p.description.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                w.paragraph(para);
            for (const Text &h : p.highlights)
                w.bullet(h.value);
        });

    writeSections(w, profile, "certificates", Kind::Certificates, QStringLiteral("Certificates"),
        profile.certificates, [&](const Certificate &c) {
            w.bullet(joinNonEmpty(
                {c.name.value, c.issuer.value, houseStyleDate(c.date.value)}, QStringLiteral(" | ")));
        });

    writeSections(w, profile, "languages", Kind::Languages, QStringLiteral("Languages"), profile.languages,
        [&](const Language &l) {
            w.bullet(l.fluency.value.isEmpty() ? l.language.value
                                               : l.language.value + QStringLiteral(": ") + l.fluency.value);
        });

    for (const ContactLine &c : contacts) {
        if (const SectionMark *mark = contactsSection(profile, c.range)) {
            w.sectionHeading(ownHeading(mark, Lexicon::SectionKind::Contacts));
            w.bullet(c.text);
        }
    }

    for (const Section &s : profile.sections) {
        if (s.heading.isEmpty() && s.kind == Section::Kind::Unrecognised)
            continue;
        w.heading(2, s.heading.isEmpty() ? QStringLiteral("Other") : s.heading);
        w.paragraph(s.text);
    }
    return w.result();
}

} // namespace Shortlist
