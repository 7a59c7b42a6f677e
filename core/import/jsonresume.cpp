#include "import/jsonresume.h"

#include "export/markdownexport.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Shortlist {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Import)
};

Text textOf(const QJsonObject &object, const char *key)
{
    return {object.value(QLatin1String(key)).toString().trimmed(), {}};
}

// "2019-03-01", "2019-03", "2019": the schema's ISO 8601 dates, to the month at most.
Date dateOf(const QJsonObject &object, const char *key)
{
    const QString written = object.value(QLatin1String(key)).toString().trimmed();
    return {PartialDate::fromIsoString(QStringView(written).first(std::min<qsizetype>(written.size(), 7))), {}};
}

QList<Text> textsOf(const QJsonValue &value)
{
    QList<Text> texts;
    for (const QJsonValue &item : value.toArray()) {
        if (const QString t = item.toString().trimmed(); !t.isEmpty())
            texts.append({t, {}});
    }
    return texts;
}

// An entry without an end date is still going on when it has a start.
void setDates(const QJsonObject &object, Date &start, Date &end, bool &ongoing)
{
    start = dateOf(object, "startDate");
    end = dateOf(object, "endDate");
    ongoing = start.value.isValid() && !end.value.isValid();
}

Basics basicsOf(const QJsonObject &b)
{
    Basics basics;
    basics.name = textOf(b, "name");
    basics.label = textOf(b, "label");
    basics.summary = textOf(b, "summary");
    basics.email = textOf(b, "email");
    basics.phone = textOf(b, "phone");
    basics.image = textOf(b, "image");
    const QJsonObject place = b.value(QLatin1String("location")).toObject();
    Location &location = basics.location;
    location.city = place.value(QLatin1String("city")).toString().trimmed();
    location.region = place.value(QLatin1String("region")).toString().trimmed();
    location.countryCode = place.value(QLatin1String("countryCode")).toString().trimmed().toUpper();
    QStringList written;
    for (const char *key : {"address", "postalCode", "city", "region", "countryCode"}) {
        if (const QString part = place.value(QLatin1String(key)).toString().trimmed(); !part.isEmpty())
            written.append(part);
    }
    location.text = written.join(QStringLiteral(", "));
    if (const QString url = b.value(QLatin1String("url")).toString().trimmed(); !url.isEmpty())
        basics.links.append({QStringLiteral("Website"), url, {}, {}, {}});
    for (const QJsonValue &value : b.value(QLatin1String("profiles")).toArray()) {
        const QJsonObject p = value.toObject();
        Link link {p.value(QLatin1String("network")).toString().trimmed(), p.value(QLatin1String("url")).toString().trimmed(),
            p.value(QLatin1String("username")).toString().trimmed(), {}, {}};
        if (link.url.isEmpty() && link.username.isEmpty())
            continue;
        if (link.network.isEmpty())
            link.network = QStringLiteral("Website");
        basics.links.append(link);
    }
    return basics;
}

Position positionOf(const QJsonObject &w)
{
    Position position;
    // 0.x wrote the employer as "company", 1.x as "name".
    position.company = textOf(w, w.contains(QLatin1String("name")) ? "name" : "company");
    position.title = textOf(w, "position");
    position.location = textOf(w, "location");
    position.url = textOf(w, w.contains(QLatin1String("url")) ? "url" : "website");
    setDates(w, position.start, position.end, position.ongoing);
    position.description = textOf(w, "summary");
    if (const Text description = textOf(w, "description"); !description.value.isEmpty())
        position.description.value = position.description.value.isEmpty()
            ? description.value
            : description.value + QLatin1Char('\n') + position.description.value;
    position.highlights = textsOf(w.value(QLatin1String("highlights")));
    return position;
}

Education educationOf(const QJsonObject &e)
{
    Education education;
    education.institution = textOf(e, "institution");
    education.studyType = textOf(e, "studyType");
    education.area = textOf(e, "area");
    education.score = textOf(e, "score");
    education.url = textOf(e, "url");
    setDates(e, education.start, education.end, education.ongoing);
    education.courses = textsOf(e.value(QLatin1String("courses")));
    return education;
}

// A list of the schema's entries with no field in the profile, as a section of markdown:
// one item per entry, its name, where and when, then its summary and highlights.
Section sectionOf(const QString &heading, const QJsonArray &entries, const char *titleKey, const char *byKey)
{
    QStringList lines;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QStringList head;
        for (const char *key : {titleKey, byKey}) {
            if (const QString t = key ? entry.value(QLatin1String(key)).toString().trimmed() : QString(); !t.isEmpty())
                head.append(t);
        }
        for (const char *key : {"startDate", "date", "releaseDate"}) {
            const PartialDate date = dateOf(entry, key).value;
            if (date.isValid()) {
                const PartialDate end = dateOf(entry, "endDate").value;
                head.append(end.isValid() ? houseStyleDate(date) + QStringLiteral(" – ") + houseStyleDate(end)
                                          : houseStyleDate(date));
                break;
            }
        }
        const QStringList keywords = [&] {
            QStringList k;
            for (const Text &t : textsOf(entry.value(QLatin1String("keywords"))))
                k.append(t.value);
            return k;
        }();
        if (head.isEmpty() && keywords.isEmpty())
            continue;
        lines.append(QStringLiteral("- ") + head.join(QStringLiteral(", "))
            + (keywords.isEmpty() ? QString() : (head.isEmpty() ? QString() : QStringLiteral(": ")) + keywords.join(QStringLiteral(", "))));
        for (const char *key : {"summary", "reference"}) {
            if (const QString t = entry.value(QLatin1String(key)).toString().trimmed(); !t.isEmpty())
                lines.append(QStringLiteral("  ") + QString(t).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        for (const Text &h : textsOf(entry.value(QLatin1String("highlights"))))
            lines.append(QStringLiteral("  - ") + h.value);
    }
    Section section;
    section.heading = heading;
    section.text = lines.join(QLatin1Char('\n'));
    return section;
}

} // namespace

ImportedDocument importJsonResume(const QByteArray &bytes)
{
    ImportedDocument document;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        document.problem = Strings::tr("is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return document;
    }
    const QJsonObject root = json.object();
    const bool isResume = root.value(QLatin1String("basics")).isObject() || root.value(QLatin1String("work")).isArray()
        || root.value(QLatin1String("education")).isArray();
    if (!json.isObject() || !isResume) {
        document.problem = Strings::tr("is JSON but not a JSON Resume (it has no basics, work or education)");
        return document;
    }

    Profile profile;
    profile.basics = basicsOf(root.value(QLatin1String("basics")).toObject());
    for (const QJsonValue &w : root.value(QLatin1String("work")).toArray())
        profile.work.append(positionOf(w.toObject()));
    for (const QJsonValue &e : root.value(QLatin1String("education")).toArray())
        profile.education.append(educationOf(e.toObject()));
    for (const QJsonValue &value : root.value(QLatin1String("skills")).toArray()) {
        const QJsonObject s = value.toObject();
        SkillGroup group;
        group.name = textOf(s, "name");
        for (const Text &keyword : textsOf(s.value(QLatin1String("keywords"))))
            group.keywords.append({keyword.value, -1, {}});
        if (group.keywords.isEmpty() && !group.name.value.isEmpty())
            group.keywords.append({std::exchange(group.name.value, {}), -1, {}}); // a skill without keywords is one skill
        if (!group.keywords.isEmpty())
            profile.skills.append(group);
    }
    for (const QJsonValue &value : root.value(QLatin1String("projects")).toArray()) {
        const QJsonObject p = value.toObject();
        Project project;
        project.name = textOf(p, "name");
        project.description = textOf(p, "description");
        project.url = textOf(p, "url");
        setDates(p, project.start, project.end, project.ongoing);
        project.highlights = textsOf(p.value(QLatin1String("highlights")));
        if (!project.name.value.isEmpty())
            profile.projects.append(project);
    }
    for (const QJsonValue &value : root.value(QLatin1String("certificates")).toArray()) {
        const QJsonObject c = value.toObject();
        Certificate certificate {textOf(c, "name"), textOf(c, "issuer"), dateOf(c, "date"), textOf(c, "url"), {}};
        if (!certificate.name.value.isEmpty())
            profile.certificates.append(certificate);
    }
    for (const QJsonValue &value : root.value(QLatin1String("languages")).toArray()) {
        const QJsonObject l = value.toObject();
        Language language {textOf(l, "language"), textOf(l, "fluency"), {}};
        if (!language.language.value.isEmpty())
            profile.languages.append(language);
    }
    const struct
    {
        const char *key;
        const char *heading;
        const char *title;
        const char *by;
    } others[] = {
        {"volunteer", "Volunteering", "position", "organization"},
        {"awards", "Awards", "title", "awarder"},
        {"publications", "Publications", "name", "publisher"},
        {"interests", "Interests", "name", nullptr},
        {"references", "References", "name", nullptr},
    };
    for (const auto &other : others) {
        const QJsonArray entries = root.value(QLatin1String(other.key)).toArray();
        if (entries.isEmpty())
            continue;
        Section section = sectionOf(QLatin1String(other.heading), entries, other.title, other.by);
        if (!section.text.isEmpty())
            profile.sections.append(section);
    }
    document.markdown = toHouseStyleMarkdown(profile);
    return document;
}

} // namespace Shortlist
