#include "profilehtml.h"

#include "i18n/translations.h"
#include "profile/profile.h"
#include "timeline/experience.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRegularExpression>

#include <functional>

namespace Shortlist {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::ProfilePage)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isWebUrl(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// A web address as a link, anything else (a handle, a javascript: URL) as text.
QString linkOrText(const QString &url, const QString &text)
{
    if (!isWebUrl(url))
        return esc(text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(text));
}

// "Mar 2018 – present", "2015 – 2019", "2020"; empty when undated.
QString dateRangeText(const PartialDate &start, const PartialDate &end, bool ongoing)
{
    QStringList ends {start.toDisplayString(interfaceLocale())};
    if (ongoing)
        ends.append(Strings::tr("present"));
    else if (end != start)
        ends.append(end.toDisplayString(interfaceLocale()));
    ends.removeAll(QString());
    return ends.join(QStringLiteral(" – "));
}

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    auto mix = [amountOfB](qreal x, qreal y) { return x + (y - x) * amountOfB; };
    return QColor::fromRgbF(
        float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())), float(mix(a.blueF(), b.blueF())));
}

// Paragraphs separated by blank lines, with their line breaks as '\n'.
QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n?"));
    static const QRegularExpression blankLines(QStringLiteral("\\n(?:[ \\t]*\\n)+"));
    static const QRegularExpression outerBreaks(QStringLiteral("^\\s*\\n|\\n\\s*$"));
    const QString value = QString(text).replace(lineBreak, QStringLiteral("\n")).remove(outerBreaks);
    QStringList parts = value.split(blankLines, Qt::SkipEmptyParts);
    parts.removeIf([](const QString &part) { return part.trimmed().isEmpty(); });
    return parts;
}

// Colours from the palette, so that the page follows a light or a dark theme.
QString styleSheet(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor link = palette.color(QPalette::Link);
    if (qAbs(link.lightnessF() - base.lightnessF()) < 0.3)
        link = mixed(link, text, 0.5); // a dark theme that kept a light theme's dark blue
    QColor accent = palette.color(QPalette::Highlight);
    if (qAbs(accent.lightnessF() - base.lightnessF()) < 0.25)
        accent = mixed(accent, text, 0.5);
    return QStringLiteral("body { color: %1; }"
                          "a { color: %3; text-decoration: none; }"
                          "h1 { font-size: x-large; margin-top: 0; margin-bottom: 2px; }"
                          "h2 { color: %4; font-size: small; font-weight: bold; text-transform: uppercase;"
                          " margin-top: 22px; margin-bottom: 6px; }"
                          "p { margin-top: 0; margin-bottom: 0; }"
                          "ul { margin-top: 4px; margin-bottom: 0; }"
                          "li { margin-bottom: 3px; }"
                          ".headline { font-size: large; margin-bottom: 4px; }"
                          ".meta { color: %2; }"
                          ".gap { margin-top: 6px; }"
                          ".entry { margin-top: 14px; }"
                          ".role { font-weight: bold; }"
                          ".tag { color: %2; font-style: italic; }"
                          ".text { margin-top: 4px; }"
                          ".subheading { font-weight: bold; margin-top: 6px; }"
                          ".asis { white-space: pre-wrap; margin-bottom: 6px; }"
                          ".fine { color: %2; font-size: small; }")
        .arg(text.name(), mixed(text, base, 0.4).name(), link.name(), accent.name());
}

// Writes the page; every block that stands for part of the file gets a user state.
class PageWriter
{
public:
    PageWriter(const Profile &profile, QDate today)
        : m_profile(profile)
        , m_today(today)
    { }

    ProfilePage write(const QPalette &palette, const QString &fallbackName, const QString &origin);

private:
    // <tag class="cls" style="-qt-user-state:N">html</tag>
    void block(QLatin1String tag, QLatin1String cls, const QString &html, const SourceRange &range = {});
    void lines(QLatin1String cls, const Text &text, bool asWritten = false);
    void bullets(const QList<Text> &items);
    void body(const QList<TextBlock> &blocks);
    void heading(const QString &title, const char *kind);
    void para(QLatin1String cls, const QString &html, const SourceRange &range = {})
    {
        block(QLatin1String("p"), cls, html, range);
    }
    void entryHead(const std::function<void()> &what, const std::function<void()> &when);
    void entry(const std::function<void()> &what, const std::function<void()> &when, const Text &text,
        const QList<Text> &items);

    void header(const QString &fallbackName);
    void contacts();
    void summary();
    void skills();
    // A recognised section: its heading, then each item written by `write`.
    template<typename T>
    void section(const QString &title, const char *kind, const QList<T> &items,
        void (PageWriter::*write)(const T &), bool list = false);
    void position(const Position &p);
    void education(const Education &e);
    void project(const Project &p);
    void certificate(const Certificate &c);
    void language(const Language &l);
    void sections(Section::Kind kind);

    const Profile &m_profile;
    QDate m_today;
    QString m_html;
    QList<SourceRange> m_ranges;
};

void PageWriter::block(QLatin1String tag, QLatin1String cls, const QString &html, const SourceRange &range)
{
    QString attributes;
    if (cls.size())
        attributes += QStringLiteral(" class=\"%1\"").arg(cls);
    if (range.isValid()) {
        attributes += QStringLiteral(" style=\"-qt-user-state:%1\"").arg(m_ranges.size());
        m_ranges.append(range);
    }
    m_html += QStringLiteral("<%1%2>%3</%1>").arg(tag, attributes, html);
}

// Free text: a paragraph per blank-line-separated part, line breaks and indents kept;
// in prose, a part written as a list ("- a", "- b") becomes bullets.
// Text as written shows its emphasis as emphasis, not as the marks that make it: "**Award**"
// bold, "*2019*" italic (marks that hug their words, as markdown reads them).
QString withEmphasis(QString html)
{
    if (!html.contains(QLatin1Char('*')))
        return html;
    static const QRegularExpression strong(QStringLiteral(R"(\*\*(?=\S)(.+?)(?<=\S)\*\*)"));
    static const QRegularExpression emphasis(QStringLiteral(R"((?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w]))"));
    html.replace(strong, QStringLiteral("<b>\\1</b>"));
    return html.replace(emphasis, QStringLiteral("<i>\\1</i>"));
}

void PageWriter::lines(QLatin1String cls, const Text &text, bool asWritten)
{
    static const QRegularExpression listItem(
        QStringLiteral("^\\s*[-*•–]\\s+"), QRegularExpression::MultilineOption);
    for (const QString &part : paragraphsOf(text.value)) {
        const QStringList items = part.split(QLatin1Char('\n'));
        if (!asWritten && items.size() == part.count(listItem)) {
            m_html += QLatin1String("<ul>");
            for (const QString &item : items)
                block(QLatin1String("li"), {}, esc(QString(item).remove(listItem)), text.range);
            m_html += QLatin1String("</ul>");
        } else {
            QString html = esc(part);
            if (asWritten) {
                // A heading among the lines shown as written is shown as one, without its marks.
                static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*$"), QRegularExpression::MultilineOption);
                html = withEmphasis(html.replace(heading, QStringLiteral("<b>\\1</b>")));
            }
            para(cls, html.replace(QLatin1Char('\n'), QLatin1String("<br>")), text.range);
        }
    }
}

void PageWriter::bullets(const QList<Text> &items)
{
    if (items.isEmpty())
        return;
    m_html += QLatin1String("<ul>");
    for (const Text &item : items)
        block(QLatin1String("li"), {}, esc(item.value), item.range);
    m_html += QLatin1String("</ul>");
}

// A recognised section's heading, tied to where the file's own heading is.
void PageWriter::heading(const QString &title, const char *kind)
{
    SourceRange range;
    for (const SectionMark &mark : m_profile.outline) {
        if (mark.kind == QLatin1String(kind) && !range.isValid())
            range = mark.headingRange;
    }
    block(QLatin1String("h2"), {}, esc(title), range);
}

// A position's text as the file writes it: paragraphs, sub-headings where they stand, and its
// lists with their nesting.
void PageWriter::body(const QList<TextBlock> &blocks)
{
    int depth = 0; // lists open
    for (const TextBlock &b : blocks) {
        const int level = b.kind == TextBlock::Kind::Item ? b.level : 0;
        for (; depth > level; --depth)
            m_html += QLatin1String("</ul>");
        for (; depth < level; ++depth)
            m_html += QLatin1String("<ul>");
        switch (b.kind) {
        case TextBlock::Kind::Paragraph: para(QLatin1String("text"), esc(b.text.value), b.text.range); break;
        case TextBlock::Kind::Heading: para(QLatin1String("subheading"), esc(b.text.value), b.text.range); break;
        case TextBlock::Kind::Item:
            block(QLatin1String("li"), {}, esc(b.text.value).replace(QLatin1Char('\n'), QLatin1String("<br>")),
                b.text.range);
            break;
        }
    }
    for (; depth > 0; --depth)
        m_html += QLatin1String("</ul>");
}

// An entry's first lines: what and where on the left, when on the right.
void PageWriter::entryHead(const std::function<void()> &what, const std::function<void()> &when)
{
    m_html += QLatin1String(
        "<table class=\"entry\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    what();
    m_html += QLatin1String("</td><td align=\"right\" valign=\"top\">");
    when();
    m_html += QLatin1String("</td></tr></table>");
}

// An entry, then its text and bullets.
void PageWriter::entry(const std::function<void()> &what, const std::function<void()> &when, const Text &text,
    const QList<Text> &items)
{
    entryHead(what, when);
    lines(QLatin1String("text"), text);
    bullets(items);
}

ProfilePage PageWriter::write(const QPalette &palette, const QString &fallbackName, const QString &origin)
{
    m_html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(styleSheet(palette));
    header(fallbackName);
    if (!origin.isEmpty())
        para(QLatin1String("meta"), QStringLiteral("<a href=\"%1\">%2</a>").arg(kOriginUrl, esc(origin)));
    summary();
    skills();
    section(Strings::tr("Experience"), "work", m_profile.work, &PageWriter::position);
    section(Strings::tr("Education"), "education", m_profile.education, &PageWriter::education);
    section(Strings::tr("Projects"), "projects", m_profile.projects, &PageWriter::project);
    section(Strings::tr("Certificates"), "certificates", m_profile.certificates, &PageWriter::certificate, true);
    section(Strings::tr("Languages"), "languages", m_profile.languages, &PageWriter::language, true);
    sections(Section::Kind::Unrecognised);
    sections(Section::Kind::Boilerplate);
    m_html += QLatin1String("</body></html>");
    return {m_html, m_ranges};
}

void PageWriter::header(const QString &fallbackName)
{
    const Basics &b = m_profile.basics;
    const bool photo = !b.image.value.isEmpty();
    if (photo) {
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">"
                                 "<img src=\"%1\" width=\"64\" height=\"64\"></td><td width=\"14\"></td><td>")
                      .arg(placeholderAvatarUrl().toString());
    }
    block(QLatin1String("h1"), {}, esc(b.name.value.isEmpty() ? fallbackName : b.name.value), b.name.range);
    if (!b.label.value.isEmpty())
        para(QLatin1String("headline"), esc(b.label.value), b.label.range);
    contacts();
    const Experience total = experienceOf(m_profile.work, m_today);
    if (total.datedPositions + total.undatedPositions > 0) {
        para(QLatin1String("gap"),
            QStringLiteral("<span class=\"meta\">%1</span> %2")
                .arg(esc(Strings::tr("Experience")), esc(formatExperience(total))));
    }
    if (photo)
        m_html += QLatin1String("</td></tr></table>");
}

void PageWriter::contacts()
{
    const Basics &b = m_profile.basics;
    if (!b.location.isEmpty())
        para(QLatin1String("meta"), esc(b.location.text), b.location.range);
    QStringList items;
    SourceRange range;
    if (!b.email.value.isEmpty()) {
        items.append(QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(b.email.value)));
        range = range.united(b.email.range);
    }
    if (!b.phone.value.isEmpty()) {
        items.append(esc(b.phone.value));
        range = range.united(b.phone.range);
    }
    for (const Link &link : b.links) {
        const QString name = !link.label.isEmpty() ? link.label
            : link.network.isEmpty()               ? Strings::tr("Website")
                                                   : link.network;
        items.append(link.url.isEmpty() ? esc(name + QStringLiteral(": ") + link.username)
                                        : linkOrText(link.url, name));
        range = range.united(link.range);
    }
    if (!items.isEmpty())
        para(QLatin1String("meta"), items.join(QStringLiteral(" · ")), range);
}

void PageWriter::summary()
{
    const Text &summary = m_profile.basics.summary;
    if (summary.value.trimmed().isEmpty())
        return;
    heading(Strings::tr("Summary"), "summary");
    lines(QLatin1String("text"), summary);
}

void PageWriter::skills()
{
    if (m_profile.skills.isEmpty())
        return;
    heading(Strings::tr("Skills"), "skills");
    m_html += QLatin1String("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const SkillGroup &group : m_profile.skills) {
        QStringList keywords;
        for (const Skill &skill : group.keywords) {
            keywords.append(skill.years > 0 ? QStringLiteral("%1 <span class=\"meta\">%2</span>")
                                                  .arg(esc(skill.name), esc(formatMonths(skill.years * 12)))
                                            : esc(skill.name));
        }
        m_html += QLatin1String("<tr><td>");
        para(QLatin1String("meta"), esc(group.name.value),
            group.name.range.isValid() ? group.name.range : group.range);
        m_html += QLatin1String("</td><td width=\"10\"></td><td>");
        para({}, keywords.join(QStringLiteral(", ")), group.range);
        m_html += QLatin1String("</td></tr>");
    }
    m_html += QLatin1String("</table>");
}

template<typename T>
void PageWriter::section(const QString &title, const char *kind, const QList<T> &items,
    void (PageWriter::*write)(const T &), bool list)
{
    if (items.isEmpty())
        return;
    heading(title, kind);
    m_html += list ? QLatin1String("<ul>") : QLatin1String();
    for (const T &item : items)
        (this->*write)(item);
    m_html += list ? QLatin1String("</ul>") : QLatin1String();
}

void PageWriter::position(const Position &p)
{
    const QString title = p.title.value.isEmpty() ? p.company.value : p.title.value;
    const bool companyLine = !p.title.value.isEmpty() && !p.company.value.isEmpty();
    auto what = [&] {
        para(QLatin1String("role"), esc(title.isEmpty() ? Strings::tr("Position") : title), p.range);
        if (companyLine)
            para({}, esc(p.company.value), p.company.range);
        if (!p.location.value.isEmpty())
            para(QLatin1String("meta"), esc(p.location.value), p.location.range);
    };
    auto when = [&] {
        if (p.isUndated()) {
            para(QLatin1String("tag"), esc(Strings::tr("undated")), p.range);
            return;
        }
        para(QLatin1String("meta"), esc(dateRangeText(p.start.value, p.end.value, p.ongoing)), p.datesRange);
        if (const auto span = monthSpan(p.dates(), m_today))
            para(QLatin1String("meta"), esc(formatMonths(span->months())), p.datesRange);
    };
    entryHead(what, when);
    body(p.blocks());
}

void PageWriter::education(const Education &e)
{
    const QString degree = QStringList {e.studyType.value, e.area.value}.join(QLatin1Char(' ')).trimmed();
    auto what = [&] {
        para(QLatin1String("role"), esc(degree.isEmpty() ? e.institution.value : degree), e.range);
        if (!degree.isEmpty() && !e.institution.value.isEmpty())
            para({}, esc(e.institution.value), e.institution.range);
        if (!e.location.value.isEmpty())
            para(QLatin1String("meta"), esc(e.location.value), e.location.range);
        if (!e.score.value.isEmpty())
            para(QLatin1String("meta"), esc(e.score.value), e.score.range);
    };
    auto when = [&] {
        para(QLatin1String("meta"), esc(dateRangeText(e.start.value, e.end.value, e.ongoing)), e.datesRange);
    };
    entry(what, when, e.description, e.courses);
}

void PageWriter::project(const Project &p)
{
    auto what = [&] { para(QLatin1String("role"), linkOrText(p.url.value, p.name.value), p.range); };
    auto when
        = [&] { para(QLatin1String("meta"), esc(dateRangeText(p.start.value, p.end.value, p.ongoing))); };
    entry(what, when, p.description, p.highlights);
}

void PageWriter::certificate(const Certificate &c)
{
    QStringList details {esc(c.issuer.value), esc(c.date.value.toDisplayString(interfaceLocale()))};
    details.removeAll(QString());
    const QString meta = details.isEmpty()
        ? QString()
        : QStringLiteral(" <span class=\"meta\">%1</span>").arg(details.join(QStringLiteral(" · ")));
    block(QLatin1String("li"), {}, linkOrText(c.url.value, c.name.value) + meta, c.range);
}

void PageWriter::language(const Language &l)
{
    const QString fluency = l.fluency.value.isEmpty()
        ? QString()
        : QStringLiteral(" <span class=\"meta\">%1</span>").arg(esc(l.fluency.value));
    block(QLatin1String("li"), {}, esc(l.language.value) + fluency, l.range);
}

// Sections Shortlist did not turn into fields, with their heading and text as written;
// boilerplate (a GDPR consent line, "references on request") small and muted.
void PageWriter::sections(Section::Kind kind)
{
    const bool fine = kind == Section::Kind::Boilerplate;
    for (const Section &s : m_profile.sections) {
        if (s.kind != kind)
            continue;
        const QString title = s.heading.isEmpty() ? Strings::tr("Other") : s.heading;
        if (fine)
            para(QLatin1String("fine entry"), esc(title), s.headingRange);
        else
            block(QLatin1String("h2"), {}, esc(title), s.headingRange);
        lines(fine ? QLatin1String("fine asis") : QLatin1String("asis"), {s.text, s.range}, true);
    }
}

} // namespace

QUrl placeholderAvatarUrl()
{
    QUrl url;
    url.setScheme(kPlaceholderScheme);
    url.setPath(QStringLiteral("avatar"));
    return url;
}

QImage placeholderAvatar(const QPalette &palette, int size)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QPainterPath disc;
    disc.addEllipse(QRectF(0, 0, size, size));
    painter.setClipPath(disc);
    painter.fillPath(disc, mixed(base, text, 0.12));
    painter.setBrush(mixed(base, text, 0.35));
    painter.drawEllipse(QPointF(size * 0.5, size * 0.4), size * 0.18, size * 0.18);
    painter.drawEllipse(QPointF(size * 0.5, size * 0.98), size * 0.34, size * 0.3);
    return image;
}

ProfilePage renderProfilePage(
    const Profile &profile, const QPalette &palette, QDate today, const QString &fallbackName, const QString &origin)
{
    return PageWriter(profile, today).write(palette, fallbackName, origin);
}

} // namespace Shortlist
