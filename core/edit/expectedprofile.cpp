#include "expectedprofile.h"

#include "datestyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// A range in a comparable profile: the value is written somewhere.
constexpr SourceRange kWritten {0, 0};

void setText(Text &field, const QString &value)
{
    if (field.value == value.simplified())
        return; // the same reading, wherever the text has it
    field.value = value.simplified();
    field.range = field.value.isEmpty() ? SourceRange {} : kWritten;
}

void setSkill(Skill &skill, const QString &value)
{
    if (skill.name == value.simplified())
        return;
    skill.name = value.simplified();
    skill.range = kWritten;
}

template<typename List> auto itemAt(List &list, const PathStep &step) -> decltype(&list[0])
{
    if (!step.indexed || step.append || step.index < 0 || step.index >= list.size())
        return nullptr;
    return &list[step.index];
}

// The text fields and the list of an entry, by the export's keys.
const QStringList kPositionKeys {u"position"_s, u"name"_s, u"location"_s, u"summary"_s};
const QStringList kEducationKeys {u"institution"_s, u"studyType"_s, u"area"_s, u"score"_s, u"location"_s, u"summary"_s};

Text *textOf(Position &p, const QString &key)
{
    const std::array<Text *, 4> fields {&p.title, &p.company, &p.location, &p.description};
    const qsizetype i = kPositionKeys.indexOf(key);
    return i < 0 ? nullptr : fields[i];
}
Text *textOf(Education &e, const QString &key)
{
    const std::array<Text *, 6> fields {&e.institution, &e.studyType, &e.area, &e.score, &e.location, &e.description};
    const qsizetype i = kEducationKeys.indexOf(key);
    return i < 0 ? nullptr : fields[i];
}
QList<Text> &itemsOf(Position &p)
{
    return p.highlights;
}
QList<Text> &itemsOf(Education &e)
{
    return e.courses;
}
QString itemsKey(const Position &)
{
    return u"highlights"_s;
}
QString itemsKey(const Education &)
{
    return u"courses"_s;
}
const QStringList &textKeys(const Position &)
{
    return kPositionKeys;
}
const QStringList &textKeys(const Education &)
{
    return kEducationKeys;
}

// Two text fields of short entries (languages, certificates, projects), by key.
template<typename E>
Text *briefText(E *entry, const QString &key, const char *first, Text E::*firstField, const char *second,
    Text E::*secondField)
{
    if (!entry)
        return nullptr;
    return key == QLatin1String(first) ? &(entry->*firstField)
        : key == QLatin1String(second) ? &(entry->*secondField)
                                       : nullptr;
}

Text *mutableTextAt(Profile &p, const QList<PathStep> &steps)
{
    if (steps.size() != 2
        || (steps[1].indexed && steps[0].key != QLatin1String("work")
            && steps[0].key != QLatin1String("education")))
        return nullptr;
    const QString &root = steps[0].key, &key = steps[1].key;
    if (root == QLatin1String("basics") && !steps[0].indexed) {
        Basics &b = p.basics;
        const QStringList keys {u"name"_s, u"label"_s, u"email"_s, u"phone"_s, u"summary"_s};
        const std::array<Text *, 5> fields {&b.name, &b.label, &b.email, &b.phone, &b.summary};
        const qsizetype i = keys.indexOf(key);
        return i < 0 ? nullptr : fields[i];
    }
    auto inEntry = [&](auto *entry) -> Text * {
        if (!entry)
            return nullptr;
        if (steps[1].indexed)
            return key == itemsKey(*entry) ? itemAt(itemsOf(*entry), steps[1]) : nullptr;
        return textOf(*entry, key);
    };
    if (root == QLatin1String("work"))
        return inEntry(itemAt(p.work, steps[0]));
    if (root == QLatin1String("education"))
        return inEntry(itemAt(p.education, steps[0]));
    if (root == QLatin1String("skills")) {
        SkillGroup *group = itemAt(p.skills, steps[0]);
        return group && key == QLatin1String("name") ? &group->name : nullptr;
    }
    if (root == QLatin1String("languages"))
        return briefText(itemAt(p.languages, steps[0]), key, "language", &Language::language, "fluency",
            &Language::fluency);
    if (root == QLatin1String("certificates"))
        return briefText(itemAt(p.certificates, steps[0]), key, "name", &Certificate::name, "issuer",
            &Certificate::issuer);
    if (root == QLatin1String("projects"))
        return briefText(
            itemAt(p.projects, steps[0]), key, "name", &Project::name, "description", &Project::description);
    return nullptr;
}

// A value the text says more about than the edit gives (a location's city and country
// beside the place as written, a link's network beside its address): when the part the
// edit names reads `value`, the rest is as `read` has it.
template<typename T> void setDerived(T &slot, QString T::*part, const QString &value, const T *read)
{
    if (read && read->*part == value)
        slot = *read;
    else
        slot.*part = value;
}

// A start or end date set to `value` ("2021-09", "present", or empty to remove it);
// false when the value is not a date.
template<typename E> bool setDate(E &entry, bool isEnd, const QString &value, const E *read)
{
    if (isEnd && !value.isEmpty() && isPresentWord(value)) {
        entry.ongoing = true;
        entry.end.value = {};
    } else {
        const PartialDate date = value.isEmpty() ? PartialDate {} : parseUserDate(value);
        if (!value.isEmpty() && !date.isValid())
            return false;
        Date &field = isEnd ? entry.end : entry.start;
        // An ongoing entry stays so while it has a start.
        if (isEnd || field.value != date)
            entry.ongoing = !isEnd && entry.ongoing && date.isValid();
        field.value = date;
    }
    if (read) {
        // Where the dates stand is the text's to say.
        entry.start.range = read->start.range;
        entry.end.range = read->end.range;
        entry.datesRange = read->datesRange;
    }
    return true;
}

// An item of a list set, appended or removed (set to nothing); `assign` writes a value.
template<typename T>
bool editItem(
    QList<T> &list, const PathStep &step, const QString &value, void (*assign)(T &, const QString &))
{
    if (step.append) {
        T item;
        assign(item, value);
        list.append(item);
        return true;
    }
    if (!itemAt(list, step))
        return false;
    T edited = list[step.index];
    assign(edited, value);
    if (edited == list[step.index])
        return true; // it reads so already (an empty item too)
    if (value.isEmpty())
        list.removeAt(step.index);
    else
        list[step.index] = edited;
    return true;
}

template<typename T> bool removeAt(QList<T> &list, const PathStep &step)
{
    if (!itemAt(list, step))
        return false;
    list.removeAt(step.index);
    return true;
}

// A new entry as `given` (the JSON object of "work[+]") describes it, placed where `read`
// has the one entry the others do not: the others must read as before, and the new one
// only what `given` says.
template<typename E> void addEntry(QList<E> &entries, const QJsonObject &given, const QList<E> &read)
{
    for (qsizetype k = 0; k < read.size(); ++k) {
        QList<E> others = read;
        others.removeAt(k);
        if (others != entries)
            continue;
        E entry;
        entry.range = read[k].range;
        setDate(entry, false, QString(), &read[k]);
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (it.key() == QLatin1String("startDate") || it.key() == QLatin1String("endDate")) {
                setDate<E>(entry, it.key() == QLatin1String("endDate"), it->toString(), nullptr);
            } else if (it.key() == itemsKey(entry)) {
                for (const QJsonValue &item : it->toArray())
                    itemsOf(entry).append({item.toString().simplified(), kWritten});
            } else if (Text *field = textOf(entry, it.key())) {
                setText(*field, it->toString());
            }
        }
        entries.insert(k, entry);
        return;
    }
}

template<typename E>
bool editEntries(QList<E> &entries, const QList<PathStep> &steps, const FieldEdit &edit, const QString &value,
    const QList<E> *read)
{
    if (steps[0].append) {
        if (steps.size() != 1 || !read)
            return false;
        addEntry(entries, QJsonDocument::fromJson(edit.value.toUtf8()).object(), *read);
        return true;
    }
    E *entry = itemAt(entries, steps[0]);
    if (!entry || steps.size() > 2)
        return false;
    if (steps.size() == 1)
        return edit.action == FieldEdit::Action::Remove && removeAt(entries, steps[0]);
    const PathStep &field = steps[1];
    if (field.indexed)
        return field.key == itemsKey(*entry) && editItem(itemsOf(*entry), field, value, &setText);
    if (field.key == QLatin1String("startDate") || field.key == QLatin1String("endDate"))
        return setDate(
            *entry, field.key == QLatin1String("endDate"), value, read ? itemAt(*read, steps[0]) : nullptr);
    Text *text = textOf(*entry, field.key);
    if (text)
        setText(*text, value);
    return text != nullptr;
}

bool editBasics(
    Basics &b, const QList<PathStep> &steps, const QString &value, bool remove, const Basics *read)
{
    const PathStep &field = steps[1];
    if (field.key == QLatin1String("location") && !field.indexed) {
        const QString part = steps.size() == 3 ? steps[2].key : u"address"_s;
        QString Location::*member = part == QLatin1String("city") ? &Location::city
            : part == QLatin1String("region")                     ? &Location::region
            : part == QLatin1String("address")                    ? &Location::text
                                                                  : nullptr;
        if (!member || steps.size() > 3)
            return false;
        setDerived(b.location, member, value, read ? &read->location : nullptr);
        return true;
    }
    if (field.key != QLatin1String("profiles") || !itemAt(b.links, field))
        return false;
    if (steps.size() == 2)
        return remove && removeAt(b.links, field);
    if (steps.size() != 3 || steps[2].key != QLatin1String("url"))
        return false;
    if (value.isEmpty() && !b.links[field.index].url.isEmpty())
        return removeAt(b.links, field);
    setDerived(b.links[field.index], &Link::url, value, read ? itemAt(read->links, field) : nullptr);
    return true;
}

} // namespace

Profile comparable(Profile profile)
{
    profile.forEachRange([](SourceRange &range) { range = range.isValid() ? kWritten : SourceRange {}; });
    // A run of spaces or a line break reads as one space.
    auto simplify = [](Text &text) { text.value = text.value.simplified(); };
    for (QString *part :
        {&profile.basics.location.text, &profile.basics.location.city, &profile.basics.location.region})
        *part = part->simplified();
    auto simplifyAll = [&](QList<Text> &texts) { std::for_each(texts.begin(), texts.end(), simplify); };
    Basics &b = profile.basics;
    for (Text *text : {&b.name, &b.label, &b.summary, &b.email, &b.phone, &b.image})
        simplify(*text);
    b.labels = {}; // the words before a contact say nothing of their own
    for (Position &p : profile.work) {
        for (Text *text : {&p.company, &p.title, &p.location, &p.url, &p.description})
            simplify(*text);
        simplifyAll(p.highlights);
        // The body is the description and highlights again, in the file's order: of its
        // own, it has only the sub-headings.
        p.body.removeIf([](const TextBlock &b) { return b.kind != TextBlock::Kind::Heading; });
        for (TextBlock &b : p.body)
            simplify(b.text);
    }
    for (Education &e : profile.education) {
        for (Text *text : {&e.institution, &e.studyType, &e.area, &e.score, &e.location, &e.url, &e.description})
            simplify(*text);
        simplifyAll(e.courses);
    }
    for (SkillGroup &group : profile.skills) {
        simplify(group.name);
        for (Skill &skill : group.keywords)
            skill.name = skill.name.simplified();
    }
    for (Project &p : profile.projects) {
        for (Text *text : {&p.name, &p.description, &p.url})
            simplify(*text);
        simplifyAll(p.highlights);
    }
    for (Certificate &c : profile.certificates) {
        for (Text *text : {&c.name, &c.issuer, &c.url})
            simplify(*text);
    }
    for (Language &l : profile.languages) {
        simplify(l.language);
        simplify(l.fluency);
    }
    return profile;
}

const Text *textAt(const Profile &profile, const QList<PathStep> &steps)
{
    // One lookup for reading and for changing a profile: it changes nothing itself.
    return mutableTextAt(const_cast<Profile &>(profile), steps);
}

std::optional<Profile> expectedProfile(
    Profile p, const QList<PathStep> &steps, const FieldEdit &edit, const Profile *read)
{
    if (steps.isEmpty())
        return std::nullopt;
    const bool remove = edit.action == FieldEdit::Action::Remove;
    const QString value = remove ? QString() : edit.value.simplified();
    const QString &root = steps[0].key;
    bool known = false;
    if (root == QLatin1String("work"))
        known = editEntries(p.work, steps, edit, value, read ? &read->work : nullptr);
    else if (root == QLatin1String("education"))
        known = editEntries(p.education, steps, edit, value, read ? &read->education : nullptr);
    else if (root == QLatin1String("basics") && steps.size() >= 2 && !mutableTextAt(p, steps))
        known = editBasics(p.basics, steps, value, remove, read ? &read->basics : nullptr);
    else if (steps.size() == 1 && remove && root == QLatin1String("skills"))
        known = removeAt(p.skills, steps[0]);
    else if (steps.size() == 1 && remove && root == QLatin1String("languages"))
        known = removeAt(p.languages, steps[0]);
    else if (steps.size() == 1 && remove && root == QLatin1String("certificates"))
        known = removeAt(p.certificates, steps[0]);
    else if (steps.size() == 1 && remove && root == QLatin1String("projects"))
        known = removeAt(p.projects, steps[0]);
    else if (root == QLatin1String("skills") && steps.size() == 2
        && steps[1].key == QLatin1String("keywords")) {
        SkillGroup *group = itemAt(p.skills, steps[0]);
        known = group && editItem(group->keywords, steps[1], value, &setSkill);
    } else if (Text *text = mutableTextAt(p, steps)) {
        setText(*text, value);
        known = true;
    }
    if (!known)
        return std::nullopt;
    if (read && steps[0].append && p.outline.size() + 1 == read->outline.size()) {
        // A first entry comes with its section, headed as the file heads sections.
        for (qsizetype i = 0; i < read->outline.size(); ++i) {
            QList<SectionMark> others = read->outline;
            others.removeAt(i);
            if (read->outline[i].kind == root && others == p.outline)
                p.outline = read->outline;
        }
    }
    return p;
}

namespace {

// The first difference between two lists of entries: "work" when one has more, else
// the first entry's first field that differs.
template<typename E>
QString entriesDifference(const QString &root, const QList<E> &expected, QList<E> read, QString *readValue)
{
    if (expected.size() != read.size())
        return root;
    for (qsizetype i = 0; i < read.size(); ++i) {
        E &r = read[i];
        E e = expected[i];
        const QString prefix = u"%1[%2]."_s.arg(root).arg(i);
        for (const QString &key : textKeys(r)) {
            if (*textOf(e, key) != *textOf(r, key)) {
                *readValue = textOf(r, key)->value;
                return prefix + key;
            }
        }
        if (e.start != r.start) {
            *readValue = r.start.value.toIsoString();
            return prefix + u"startDate"_s;
        }
        if (e.end != r.end || e.ongoing != r.ongoing) {
            *readValue = r.ongoing ? u"present"_s : r.end.value.toIsoString();
            return prefix + u"endDate"_s;
        }
        if (itemsOf(e) != itemsOf(r))
            return prefix + itemsKey(r);
        if (e != r)
            return prefix.chopped(1);
    }
    return {};
}

template<typename T>
QString listDifference(const QString &root, const QList<T> &expected, const QList<T> &read)
{
    if (expected.size() != read.size())
        return root;
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (expected[i] != read[i])
            return u"%1[%2]"_s.arg(root).arg(i);
    }
    return {};
}

} // namespace

QString firstDifference(const Profile &expected, const Profile &read, QString *readValue)
{
    readValue->clear();
    const Basics &e = expected.basics, &r = read.basics;
    const QList<std::pair<const char *, std::pair<const Text *, const Text *>>> texts {
        {"name", {&e.name, &r.name}}, {"label", {&e.label, &r.label}}, {"email", {&e.email, &r.email}},
        {"phone", {&e.phone, &r.phone}}, {"summary", {&e.summary, &r.summary}},
        {"image", {&e.image, &r.image}}};
    for (const auto &[key, fields] : texts) {
        if (*fields.first != *fields.second) {
            *readValue = fields.second->value;
            return u"basics."_s + QLatin1String(key);
        }
    }
    if (e.location != r.location) {
        *readValue = r.location.text;
        return u"basics.location"_s;
    }
    if (e.links != r.links)
        return u"basics.profiles"_s;
    for (const QString &difference : {entriesDifference(u"work"_s, expected.work, read.work, readValue),
             entriesDifference(u"education"_s, expected.education, read.education, readValue)}) {
        if (!difference.isEmpty())
            return difference;
    }
    if (expected.skills.size() == read.skills.size()) {
        for (qsizetype i = 0; i < read.skills.size(); ++i) {
            if (expected.skills[i].name != read.skills[i].name) {
                *readValue = read.skills[i].name.value;
                return u"skills[%1].name"_s.arg(i);
            }
        }
    }
    for (qsizetype i = 0; i < std::max(expected.sections.size(), read.sections.size()); ++i) {
        // A section Shortlist did not understand, and its heading.
        if (expected.sections.value(i) != read.sections.value(i)) {
            *readValue = (i < read.sections.size() ? read.sections[i] : expected.sections[i]).heading;
            return u"sections[%1]"_s.arg(i);
        }
    }
    for (const QString &difference : {listDifference(u"skills"_s, expected.skills, read.skills),
             listDifference(u"projects"_s, expected.projects, read.projects),
             listDifference(u"certificates"_s, expected.certificates, read.certificates),
             listDifference(u"languages"_s, expected.languages, read.languages),
             listDifference(u"outline"_s, expected.outline, read.outline)}) {
        if (!difference.isEmpty())
            return difference;
    }
    return {};
}

} // namespace Shortlist
