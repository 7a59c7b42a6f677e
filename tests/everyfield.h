#pragma once

#include "edit/profileedit.h"

#include <QList>
#include <QString>

// Every field of a profile that a structured edit can name, each set to the value the
// profile reads there now (an empty one for a field it does not have): edits that must
// change nothing.
inline QList<Shortlist::FieldEdit> sameValueEdits(const Shortlist::Profile &profile)
{
    using Shortlist::FieldEdit;
    QList<FieldEdit> edits;
    auto add = [&](const QString &path, const QString &value) { edits.append(FieldEdit::set(path, value)); };
    const Shortlist::Basics &b = profile.basics;
    add(QStringLiteral("basics.name"), b.name.value);
    add(QStringLiteral("basics.label"), b.label.value);
    add(QStringLiteral("basics.email"), b.email.value);
    add(QStringLiteral("basics.phone"), b.phone.value);
    add(QStringLiteral("basics.summary"), b.summary.value);
    add(QStringLiteral("basics.location"), b.location.text);
    add(QStringLiteral("basics.location.city"), b.location.city);
    add(QStringLiteral("basics.location.region"), b.location.region);
    for (qsizetype i = 0; i < b.links.size(); ++i)
        add(QStringLiteral("basics.profiles[%1].url").arg(i), b.links[i].url);
    // A position's or an education entry's text fields, dates and list.
    auto entry = [&](const QString &prefix, const QList<std::pair<const char *, const Shortlist::Text *>> &texts,
                     const auto &e, const char *listKey, const QList<Shortlist::Text> &items) {
        for (const auto &[key, text] : texts)
            add(prefix + QLatin1Char('.') + QLatin1String(key), text->value);
        add(prefix + QStringLiteral(".startDate"), e.start.value.toIsoString());
        add(prefix + QStringLiteral(".endDate"), e.ongoing ? QStringLiteral("present") : e.end.value.toIsoString());
        for (qsizetype i = 0; i < items.size(); ++i)
            add(prefix + QStringLiteral(".%1[%2]").arg(QLatin1String(listKey)).arg(i), items[i].value);
    };
    for (qsizetype i = 0; i < profile.work.size(); ++i) {
        const Shortlist::Position &p = profile.work[i];
        entry(QStringLiteral("work[%1]").arg(i),
            {{"position", &p.title}, {"name", &p.company}, {"location", &p.location}, {"summary", &p.description}}, p,
            "highlights", p.highlights);
    }
    for (qsizetype i = 0; i < profile.education.size(); ++i) {
        const Shortlist::Education &e = profile.education[i];
        entry(QStringLiteral("education[%1]").arg(i),
            {{"institution", &e.institution}, {"studyType", &e.studyType}, {"area", &e.area}, {"score", &e.score},
                {"summary", &e.description}},
            e, "courses", e.courses);
    }
    for (qsizetype g = 0; g < profile.skills.size(); ++g) {
        const Shortlist::SkillGroup &group = profile.skills[g];
        add(QStringLiteral("skills[%1].name").arg(g), group.name.value);
        for (qsizetype k = 0; k < group.keywords.size(); ++k)
            add(QStringLiteral("skills[%1].keywords[%2]").arg(g).arg(k), group.keywords[k].name);
    }
    for (qsizetype i = 0; i < profile.languages.size(); ++i) {
        add(QStringLiteral("languages[%1].language").arg(i), profile.languages[i].language.value);
        add(QStringLiteral("languages[%1].fluency").arg(i), profile.languages[i].fluency.value);
    }
    for (qsizetype i = 0; i < profile.certificates.size(); ++i) {
        add(QStringLiteral("certificates[%1].name").arg(i), profile.certificates[i].name.value);
        add(QStringLiteral("certificates[%1].issuer").arg(i), profile.certificates[i].issuer.value);
    }
    for (qsizetype i = 0; i < profile.projects.size(); ++i) {
        add(QStringLiteral("projects[%1].name").arg(i), profile.projects[i].name.value);
        add(QStringLiteral("projects[%1].description").arg(i), profile.projects[i].description.value);
    }
    return edits;
}
