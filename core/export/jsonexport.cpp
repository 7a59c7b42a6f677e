#include "jsonexport.h"

#include "timeline/careertimeline.h"
#include "timeline/experience.h"

#include <QJsonArray>

namespace Shortlist {

namespace {

void insertText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

QJsonArray rangeArray(const SourceRange &range)
{
    return QJsonArray {range.begin, range.end};
}

QJsonArray texts(const QList<Text> &list)
{
    QJsonArray array;
    for (const Text &t : list)
        array.append(t.value);
    return array;
}

void insertDates(QJsonObject &object, const PartialDate &start, const PartialDate &end, bool ongoing)
{
    insertText(object, "startDate", start.toIsoString());
    if (!ongoing)
        insertText(object, "endDate", end.toIsoString());
}

QJsonObject extension(const SourceRange &range, bool undated = false)
{
    QJsonObject x {{QStringLiteral("range"), rangeArray(range)}};
    if (undated)
        x.insert(QStringLiteral("undated"), true);
    return x;
}

QJsonObject basicsObject(const Basics &basics)
{
    QJsonObject object;
    insertText(object, "name", basics.name.value);
    insertText(object, "label", basics.label.value);
    insertText(object, "image", basics.image.value);
    insertText(object, "email", basics.email.value);
    insertText(object, "phone", basics.phone.value);
    insertText(object, "summary", basics.summary.value);
    if (!basics.location.isEmpty()) {
        // The place as written ("Munich, Germany", "735 33 Surahammar • Sweden") beside the
        // pieces read from it, unless it is the city alone.
        QJsonObject location;
        insertText(location, "city", basics.location.city);
        insertText(location, "region", basics.location.region);
        insertText(location, "countryCode", basics.location.countryCode);
        if (basics.location.text != basics.location.city)
            insertText(location, "address", basics.location.text);
        object.insert(QStringLiteral("location"), location);
    }
    QJsonArray profiles;
    for (const Link &link : basics.links) {
        QJsonObject profile;
        insertText(profile, "network", link.network);
        insertText(profile, "username", link.username);
        insertText(profile, "url", link.url);
        if (link.network == QLatin1String("Website") && !object.contains(QLatin1String("url")))
            object.insert(QStringLiteral("url"), link.url);
        profiles.append(profile);
    }
    if (!profiles.isEmpty())
        object.insert(QStringLiteral("profiles"), profiles);
    return object;
}

QJsonObject workObject(const Position &position)
{
    QJsonObject object;
    insertText(object, "name", position.company.value);
    insertText(object, "position", position.title.value);
    insertText(object, "location", position.location.value);
    insertText(object, "url", position.url.value);
    insertDates(object, position.start.value, position.end.value, position.ongoing);
    insertText(object, "summary", position.description.value);
    if (!position.highlights.isEmpty())
        object.insert(QStringLiteral("highlights"), texts(position.highlights));
    object.insert(QStringLiteral("x-shortlist"), extension(position.range, position.isUndated()));
    return object;
}

QJsonObject educationObject(const Education &education)
{
    QJsonObject object;
    insertText(object, "institution", education.institution.value);
    insertText(object, "url", education.url.value);
    insertText(object, "area", education.area.value);
    insertText(object, "studyType", education.studyType.value);
    insertText(object, "score", education.score.value);
    insertText(object, "location", education.location.value);
    insertDates(object, education.start.value, education.end.value, education.ongoing);
    if (!education.courses.isEmpty())
        object.insert(QStringLiteral("courses"), texts(education.courses));
    insertText(object, "summary", education.description.value);
    object.insert(QStringLiteral("x-shortlist"), extension(education.range, education.isUndated()));
    return object;
}

QJsonObject projectObject(const Project &project)
{
    QJsonObject object;
    insertText(object, "name", project.name.value);
    insertText(object, "description", project.description.value);
    insertText(object, "url", project.url.value);
    insertDates(object, project.start.value, project.end.value, project.ongoing);
    if (!project.highlights.isEmpty())
        object.insert(QStringLiteral("highlights"), texts(project.highlights));
    object.insert(QStringLiteral("x-shortlist"), extension(project.range));
    return object;
}

} // namespace

QJsonObject toJsonResume(const Profile &profile, QDate today)
{
    QJsonObject root;
    root.insert(QStringLiteral("basics"), basicsObject(profile.basics));

    QJsonArray work, education, skills, projects, certificates, languages;
    for (const Position &p : profile.work)
        work.append(workObject(p));
    for (const Education &e : profile.education)
        education.append(educationObject(e));
    QJsonArray skillYears;
    for (const SkillGroup &group : profile.skills) {
        QJsonObject object;
        insertText(object, "name", group.name.value);
        QJsonArray keywords;
        for (const Skill &skill : group.keywords) {
            keywords.append(skill.name);
            if (skill.years >= 0)
                skillYears.append(QJsonObject {
                    {QStringLiteral("skill"), skill.name}, {QStringLiteral("years"), skill.years}});
        }
        object.insert(QStringLiteral("keywords"), keywords);
        skills.append(object);
    }
    for (const Project &p : profile.projects)
        projects.append(projectObject(p));
    for (const Certificate &c : profile.certificates) {
        QJsonObject object;
        insertText(object, "name", c.name.value);
        insertText(object, "issuer", c.issuer.value);
        insertText(object, "date", c.date.value.toIsoString());
        insertText(object, "url", c.url.value);
        certificates.append(object);
    }
    for (const Language &l : profile.languages) {
        QJsonObject object;
        insertText(object, "language", l.language.value);
        insertText(object, "fluency", l.fluency.value);
        languages.append(object);
    }
    root.insert(QStringLiteral("work"), work);
    root.insert(QStringLiteral("education"), education);
    root.insert(QStringLiteral("skills"), skills);
    root.insert(QStringLiteral("projects"), projects);
    root.insert(QStringLiteral("certificates"), certificates);
    root.insert(QStringLiteral("languages"), languages);

    QJsonObject x;
    const Experience experience = experienceOf(profile.work, today);
    x.insert(QStringLiteral("experienceMonths"), experience.months);
    if (experience.undatedPositions > 0)
        x.insert(QStringLiteral("undatedPositions"), experience.undatedPositions);
    if (!skillYears.isEmpty())
        x.insert(QStringLiteral("skillYears"), skillYears);
    // The same gaps and overlaps the timeline draws.
    const CareerTimeline timeline = careerTimeline(profile, today);
    auto months = [](const QList<MonthSpan> &spans) {
        QJsonArray array;
        for (const MonthSpan &span : spans)
            array.append(QJsonObject {{QStringLiteral("start"), isoMonth(span.first)},
                {QStringLiteral("end"), isoMonth(span.last)}, {QStringLiteral("months"), span.months()}});
        return array;
    };
    x.insert(QStringLiteral("gaps"), months(timeline.gaps));
    x.insert(QStringLiteral("overlaps"), months(timeline.overlaps));
    QJsonArray sections;
    for (const Section &s : profile.sections) {
        QJsonObject object {{QStringLiteral("heading"), s.heading}, {QStringLiteral("text"), s.text},
            {QStringLiteral("range"), rangeArray(s.range)}};
        if (s.kind == Section::Kind::Boilerplate)
            object.insert(QStringLiteral("boilerplate"), true);
        sections.append(object);
    }
    x.insert(QStringLiteral("sections"), sections);
    QJsonArray outline;
    for (const SectionMark &m : profile.outline)
        outline.append(QJsonObject {{QStringLiteral("kind"), m.kind}, {QStringLiteral("heading"), m.heading},
            {QStringLiteral("level"), m.level}, {QStringLiteral("range"), rangeArray(m.range)}});
    x.insert(QStringLiteral("outline"), outline);
    root.insert(QStringLiteral("x-shortlist"), x);
    return root;
}

} // namespace Shortlist
