#include "markdownexport.h"

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
    void bullet(const QString &text)
    {
        if (m_needBlank && !m_inList)
            blank();
        const QStringList lines = text.split(QLatin1Char('\n'));
        m_out += QStringLiteral("- ") + lines.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_out += QStringLiteral("  - ") + lines[i] + QLatin1Char('\n');
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
    QString result() const { return m_out; }

private:
    QString m_out;
    bool m_needBlank = false;
    bool m_inList = false;
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

    w.blank();
    if (!b.location.isEmpty())
        w.bullet(QStringLiteral("Location: ") + b.location.text);
    if (!b.email.value.isEmpty())
        w.bullet(QStringLiteral("Email: ") + b.email.value);
    if (!b.phone.value.isEmpty())
        w.bullet(QStringLiteral("Phone: ") + b.phone.value);
    for (const Link &link : b.links)
        w.bullet(link.network + QStringLiteral(": ") + (link.url.isEmpty() ? link.username : link.url));

    for (const Section &s : profile.sections) {
        if (s.heading.isEmpty() && s.kind == Section::Kind::Unrecognised)
            w.paragraph(s.text);
    }

    if (!b.summary.value.isEmpty()) {
        w.heading(2, QStringLiteral("Summary"));
        for (const QString &p : b.summary.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            w.paragraph(p);
    }

    if (!profile.work.isEmpty()) {
        w.heading(2, QStringLiteral("Experience"));
        for (const Position &p : profile.work) {
            QString heading = p.title.value;
            if (!p.company.value.isEmpty())
                heading += (heading.isEmpty() ? QString() : QStringLiteral(" at ")) + p.company.value;
            if (!p.location.value.isEmpty())
                heading += QStringLiteral(" · ") + p.location.value;
            w.heading(3, heading);
            const QString dates = dateLine(p.start.value, p.end.value, p.ongoing);
            if (!dates.isEmpty())
                w.line(QLatin1Char('*') + dates + QLatin1Char('*'));
            for (const QString &para : p.description.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                w.paragraph(para);
            for (const Text &h : p.highlights)
                w.bullet(h.value);
        }
    }

    if (!profile.education.isEmpty()) {
        w.heading(2, QStringLiteral("Education"));
        for (const Education &e : profile.education) {
            w.heading(3, e.institution.value.isEmpty() ? e.studyType.value : e.institution.value);
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
        }
    }

    if (!profile.skills.isEmpty()) {
        w.heading(2, QStringLiteral("Skills"));
        for (const SkillGroup &g : profile.skills) {
            QStringList keywords;
            for (const Skill &s : g.keywords)
                keywords.append(
                    s.years >= 0 ? QStringLiteral("%1 (%2 years)").arg(s.name).arg(s.years) : s.name);
            w.bullet(QStringLiteral("**%1:** %2")
                         .arg(g.name.value.isEmpty() ? QStringLiteral("Skills") : g.name.value,
                             keywords.join(QStringLiteral(", "))));
        }
    }

    if (!profile.projects.isEmpty()) {
        w.heading(2, QStringLiteral("Projects"));
        for (const Project &p : profile.projects) {
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
        }
    }

    if (!profile.certificates.isEmpty()) {
        w.heading(2, QStringLiteral("Certificates"));
        for (const Certificate &c : profile.certificates)
            w.bullet(joinNonEmpty(
                {c.name.value, c.issuer.value, houseStyleDate(c.date.value)}, QStringLiteral(" | ")));
    }

    if (!profile.languages.isEmpty()) {
        w.heading(2, QStringLiteral("Languages"));
        for (const Language &l : profile.languages)
            w.bullet(l.fluency.value.isEmpty() ? l.language.value
                                               : l.language.value + QStringLiteral(": ") + l.fluency.value);
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
