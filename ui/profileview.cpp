#include "profileview.h"

#include "export/markdownexport.h"
#include "profile/profile.h"

#include <QDate>
#include <QDesktopServices>
#include <QPalette>

namespace Shortlist {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(esc(p));
    return html;
}

QString dates(const PartialDate &start, const PartialDate &end, bool ongoing)
{
    if (!start.isValid() && !end.isValid())
        return ProfileView::tr("undated");
    QString text = houseStyleDate(start);
    if (ongoing)
        return text + QStringLiteral(" – ") + ProfileView::tr("present");
    if (end.isValid() && end != start)
        text += QStringLiteral(" – ") + houseStyleDate(end);
    return text;
}

} // namespace

ProfileView::ProfileView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Links leave the application only when the user clicks them.
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

QVariant ProfileView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    return {}; // nothing is loaded: no network, no files
}

void ProfileView::clearProfile()
{
    setHtml(QString());
}

void ProfileView::showProfile(const Profile &profile, const QString &fileName)
{
    setHtml(toHtml(profile, fileName));
}

QString ProfileView::toHtml(const Profile &profile, const QString &fileName)
{
    const Basics &b = profile.basics;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(b.name.value.isEmpty() ? fileName : b.name.value));
    if (!b.label.value.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(b.label.value));
    QStringList contacts;
    if (!b.location.isEmpty())
        contacts.append(esc(b.location.text));
    if (!b.email.value.isEmpty())
        contacts.append(QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(b.email.value)));
    if (!b.phone.value.isEmpty())
        contacts.append(esc(b.phone.value));
    for (const Link &link : b.links) {
        contacts.append(link.url.isEmpty()
                ? esc(link.network + QStringLiteral(": ") + link.username)
                : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(link.url), esc(link.network)));
    }
    if (!b.image.value.isEmpty())
        contacts.append(tr("[photo not loaded]"));
    if (!contacts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(contacts.join(QStringLiteral(" · ")));
    if (!b.summary.value.isEmpty())
        html += QStringLiteral("<h2>%1</h2>%2").arg(tr("Summary"), paragraphs(b.summary.value));

    if (!profile.skills.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><table cellspacing=4>").arg(tr("Skills"));
        for (const SkillGroup &g : profile.skills) {
            QStringList keywords;
            for (const Skill &s : g.keywords)
                keywords.append(
                    s.years >= 0 ? tr("%1 (%n years)", nullptr, s.years).arg(esc(s.name)) : esc(s.name));
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(g.name.value), keywords.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</table>");
    }
    if (!profile.work.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Experience"));
        for (const Position &p : profile.work) {
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(esc(p.title.value)
                            + (p.company.value.isEmpty() ? QString()
                                                         : QStringLiteral(" @ ") + esc(p.company.value)));
            QString meta = dates(p.start.value, p.end.value, p.ongoing);
            if (!p.location.value.isEmpty())
                meta += QStringLiteral(" · ") + esc(p.location.value);
            html += QStringLiteral("<p><i>%1</i></p>").arg(meta);
            html += paragraphs(p.description.value);
            if (!p.highlights.isEmpty()) {
                html += QStringLiteral("<ul>");
                for (const Text &h : p.highlights)
                    html += QStringLiteral("<li>%1</li>").arg(esc(h.value));
                html += QStringLiteral("</ul>");
            }
        }
    }
    if (!profile.education.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Education"));
        for (const Education &e : profile.education) {
            html
                += QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(esc(e.institution.value),
                           esc(QStringList {e.studyType.value, e.area.value}.join(QLatin1Char(' ')).trimmed())
                               + QStringLiteral(" <i>") + dates(e.start.value, e.end.value, e.ongoing)
                               + QStringLiteral("</i>"));
        }
    }
    if (!profile.projects.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Projects"));
        for (const Project &p : profile.projects)
            html += QStringLiteral("<h3>%1</h3>%2").arg(esc(p.name.value), paragraphs(p.description.value));
    }
    if (!profile.certificates.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Certificates"));
        for (const Certificate &c : profile.certificates)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(QStringList {c.name.value, c.issuer.value}.join(QStringLiteral(" — "))));
        html += QStringLiteral("</ul>");
    }
    if (!profile.languages.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Languages"));
        for (const Language &l : profile.languages)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(l.language.value
                            + (l.fluency.value.isEmpty() ? QString()
                                                         : QStringLiteral(": ") + l.fluency.value)));
        html += QStringLiteral("</ul>");
    }
    for (const Section &s : profile.sections) {
        if (s.kind == Section::Kind::Boilerplate)
            continue;
        html += QStringLiteral("<h2>%1</h2><pre>%2</pre>")
                    .arg(esc(s.heading.isEmpty() ? tr("Other") : s.heading), esc(s.text));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace Shortlist
