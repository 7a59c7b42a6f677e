#include "edittargets.h"

namespace ShortlistFuzz {

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

// A text field found in any profile with the same entries, or nullptr when the profile
// read after an edit no longer has that entry.
using TextAt = std::function<Text *(Profile &)>;

TextAt basicsText(Text Basics::*field)
{
    return [field](Profile &p) { return &(p.basics.*field); };
}

template<typename E> TextAt entryText(QList<E> Profile::*list, qsizetype i, Text E::*field)
{
    return [=](Profile &p) -> Text * { return i < (p.*list).size() ? &((p.*list)[i].*field) : nullptr; };
}

template<typename E> TextAt itemText(QList<E> Profile::*list, qsizetype i, QList<Text> E::*items, qsizetype j)
{
    return [=](Profile &p) -> Text * {
        if (i >= (p.*list).size() || j >= ((p.*list)[i].*items).size())
            return nullptr;
        return &((p.*list)[i].*items)[j];
    };
}

EditTarget target(const FieldEdit &edit, const QString &current = {}, const QStringList &values = {},
    Change change = Change::Replace)
{
    EditTarget t;
    t.edit = edit, t.current = current, t.values = values, t.change = change;
    return t;
}

// A field by its key in a path, and the plain value the fuzzer sets it to.
template<typename E, typename T = Text> struct Field
{
    const char *key;
    T E::*member;
    QString value;
};

class Collector
{
public:
    explicit Collector(const Profile &profile)
        : m_profile(profile)
    { }

    void text(const QString &path, const TextAt &at, const QStringList &values)
    {
        const Text *field = at(m_profile);
        EditTarget t = target(FieldEdit::set(path, {}), field->value, values);
        t.change = field->range.isValid() ? Change::Replace : Change::Insert;
        t.range = field->range;
        t.expect = [at](Profile &expected, Profile &actual, const QString &value, bool exact) {
            const Text *after = at(actual);
            at(expected)->value = exact ? value : after ? after->value : QString();
        };
        targets.append(t);
    }

    // "basics.label" removed: the field reads empty afterwards.
    void cleared(const QString &path, const TextAt &at)
    {
        if (at(m_profile)->value.isEmpty())
            return;
        EditTarget t = target(FieldEdit::remove(path));
        t.change = Change::Delete;
        t.expect = [at](Profile &expected, Profile &, const QString &, bool) { at(expected)->value.clear(); };
        targets.append(t);
    }

    void removal(const QString &path, std::function<void(Profile &)> remove)
    {
        EditTarget t = target(FieldEdit::remove(path));
        t.change = Change::Delete;
        t.expect = [remove](Profile &expected, Profile &, const QString &, bool) { remove(expected); };
        targets.append(t);
    }

    template<typename E>
    void items(const QString &path, QList<E> Profile::*list, qsizetype i, QList<Text> E::*items,
        const QStringList &values)
    {
        const QList<Text> &existing = (m_profile.*list)[i].*items;
        for (qsizetype j = 0; j < existing.size(); ++j) {
            text(path + u"[%1]"_s.arg(j), itemText(list, i, items, j), values);
            removal(path + u"[%1]"_s.arg(j), [=](Profile &p) { ((p.*list)[i].*items).removeAt(j); });
        }
        EditTarget t = target(FieldEdit::set(path + u"[+]"_s, {}), {}, values, Change::Insert);
        t.expect = [=](Profile &expected, Profile &actual, const QString &value, bool exact) {
            QList<Text> &before = (expected.*list)[i].*items;
            const Text *read = itemText(list, i, items, before.size())(actual);
            before.append(Text {exact || !read ? value : read->value, {}});
        };
        targets.append(t);
    }

    template<typename E> void dates(const QString &entryPath, QList<E> Profile::*list, qsizetype i);
    void basics();
    void location();
    template<typename E>
    void entries(const char *root, QList<E> Profile::*list, std::initializer_list<Field<E>> fields,
        const char *itemsKey, QList<Text> E::*itemList, const QString &item);
    void skills();
    void simpleEntries();

    QList<EditTarget> targets;

private:
    Profile m_profile; // a copy: the accessors that find a field take a profile they may change
};

template<typename E> void Collector::dates(const QString &entryPath, QList<E> Profile::*list, qsizetype i)
{
    const E &entry = (m_profile.*list)[i];
    for (const bool isEnd : {false, true}) {
        EditTarget t = target(FieldEdit::set(entryPath + (isEnd ? u".endDate"_s : u".startDate"_s), {}));
        t.current
            = isEnd && entry.ongoing ? u"present"_s : (isEnd ? entry.end : entry.start).value.toIsoString();
        t.values = isEnd ? QStringList {u"2022-11"_s, u"present"_s} : QStringList {u"2016-03"_s, u"2021"_s};
        t.change = entry.datesRange.isValid() ? Change::Replace : Change::Insert;
        t.range = entry.datesRange;
        t.expect = [=](Profile &expected, Profile &actual, const QString &value, bool exact) {
            E &e = (expected.*list)[i];
            if (!exact) {
                if (i < (actual.*list).size()) {
                    const E &read = (actual.*list)[i];
                    e.start = read.start, e.end = read.end, e.ongoing = read.ongoing;
                }
            } else if (!isEnd) {
                e.start.value = PartialDate::fromIsoString(value);
            } else {
                e.ongoing = value == u"present"_s;
                e.end.value = e.ongoing ? PartialDate {} : PartialDate::fromIsoString(value);
            }
        };
        targets.append(t);
    }
}

void Collector::basics()
{
    text(u"basics.name"_s, basicsText(&Basics::name), {u"Quinn Harlow"_s});
    const Field<Basics> fields[] = {
        {"label", &Basics::label, u"Staff Platform Engineer"_s},
        {"email", &Basics::email, u"quinn.harlow@example.org"_s},
        {"phone", &Basics::phone, u"+44 20 7946 0321"_s},
        {"summary", &Basics::summary, u"Builds calm and well tested systems."_s},
    };
    for (const auto &f : fields) {
        text(u"basics."_s + QLatin1String(f.key), basicsText(f.member), {f.value});
        cleared(u"basics."_s + QLatin1String(f.key), basicsText(f.member));
    }
    const QList<Link> &links = m_profile.basics.links;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString path = u"basics.profiles[%1]"_s.arg(i);
        EditTarget t
            = target(FieldEdit::set(path + u".url"_s, {}), links[i].url, {u"https://example.org/quinn"_s});
        t.range = links[i].range;
        t.expect = [i](Profile &expected, Profile &actual, const QString &value, bool exact) {
            // The network and the user name follow the address.
            if (i < actual.basics.links.size())
                expected.basics.links[i] = actual.basics.links[i];
            if (exact)
                expected.basics.links[i].url = value;
        };
        targets.append(t);
        removal(path, [i](Profile &p) { p.basics.links.removeAt(i); });
    }
}

void Collector::location()
{
    const Location &l = m_profile.basics.location;
    const Field<Location, QString> parts[] = {
        {"basics.location", &Location::text, u"Leeds, United Kingdom"_s},
        {"basics.location.city", &Location::city, u"Leeds"_s},
        {"basics.location.region", &Location::region, u"Yorkshire"_s},
    };
    for (const auto &part : parts) {
        EditTarget t = target(FieldEdit::set(QLatin1String(part.key), {}), l.*part.member, {part.value});
        t.change = l.range.isValid() ? Change::Replace : Change::Insert;
        t.range = l.range;
        t.expect
            = [member = part.member](Profile &expected, Profile &actual, const QString &value, bool exact) {
                  // City, region and country are read from the text: they follow it.
                  expected.basics.location = actual.basics.location;
                  if (exact)
                      expected.basics.location.*member = value;
              };
        targets.append(t);
    }
    if (!l.isEmpty())
        removal(u"basics.location"_s, [](Profile &p) { p.basics.location = {}; });
}

// Positions and education: text fields, dates, a list of items, removal as a whole.
template<typename E>
void Collector::entries(const char *root, QList<E> Profile::*list, std::initializer_list<Field<E>> fields,
    const char *itemsKey, QList<Text> E::*itemList, const QString &item)
{
    for (qsizetype i = 0; i < (m_profile.*list).size(); ++i) {
        const QString path = QLatin1String(root) + u"[%1]"_s.arg(i);
        for (const Field<E> &f : fields)
            text(path + u'.' + QLatin1String(f.key), entryText(list, i, f.member), {f.value});
        dates(path, list, i);
        items(path + u'.' + QLatin1String(itemsKey), list, i, itemList, {item});
        removal(path, [list, i](Profile &p) { (p.*list).removeAt(i); });
    }
}

void Collector::skills()
{
    for (qsizetype i = 0; i < m_profile.skills.size(); ++i) {
        const QString path = u"skills[%1]"_s.arg(i);
        text(path + u".name"_s, entryText(&Profile::skills, i, &SkillGroup::name), {u"Tooling"_s});
        const QList<Skill> &keywords = m_profile.skills[i].keywords;
        for (qsizetype j = 0; j < keywords.size(); ++j) {
            const QString keyword = path + u".keywords[%1]"_s.arg(j);
            EditTarget t = target(FieldEdit::set(keyword, {}), keywords[j].name, {u"Erlang"_s});
            t.range = keywords[j].range;
            t.expect = [i, j](Profile &expected, Profile &actual, const QString &value, bool exact) {
                Skill &skill = expected.skills[i].keywords[j];
                if (exact)
                    skill.name = value;
                else if (i < actual.skills.size() && j < actual.skills[i].keywords.size())
                    skill = actual.skills[i].keywords[j];
            };
            targets.append(t);
            removal(keyword, [i, j](Profile &p) { p.skills[i].keywords.removeAt(j); });
        }
        EditTarget t
            = target(FieldEdit::set(path + u".keywords[+]"_s, {}), {}, {u"Erlang"_s}, Change::Insert);
        t.expect = [i](Profile &expected, Profile &actual, const QString &value, bool exact) {
            QList<Skill> &list = expected.skills[i].keywords;
            const qsizetype j = list.size();
            if (!exact && i < actual.skills.size() && j < actual.skills[i].keywords.size())
                list.append(actual.skills[i].keywords[j]);
            else
                list.append(Skill {value, -1, {}});
        };
        targets.append(t);
        removal(path, [i](Profile &p) { p.skills.removeAt(i); });
    }
}

// Languages, certificates and projects: two text fields each, removed as a whole.
void Collector::simpleEntries()
{
    for (qsizetype i = 0; i < m_profile.languages.size(); ++i) {
        const QString path = u"languages[%1]"_s.arg(i);
        text(path + u".language"_s, entryText(&Profile::languages, i, &Language::language), {u"Welsh"_s});
        text(path + u".fluency"_s, entryText(&Profile::languages, i, &Language::fluency), {u"Fluent"_s});
        removal(path, [i](Profile &p) { p.languages.removeAt(i); });
    }
    for (qsizetype i = 0; i < m_profile.certificates.size(); ++i) {
        const QString path = u"certificates[%1]"_s.arg(i);
        text(path + u".name"_s, entryText(&Profile::certificates, i, &Certificate::name),
            {u"Certified Kubernetes Administrator"_s});
        text(path + u".issuer"_s, entryText(&Profile::certificates, i, &Certificate::issuer),
            {u"Linux Foundation"_s});
        removal(path, [i](Profile &p) { p.certificates.removeAt(i); });
    }
    for (qsizetype i = 0; i < m_profile.projects.size(); ++i) {
        const QString path = u"projects[%1]"_s.arg(i);
        text(path + u".name"_s, entryText(&Profile::projects, i, &Project::name), {u"Lantern"_s});
        text(path + u".description"_s, entryText(&Profile::projects, i, &Project::description),
            {u"A small static site generator"_s});
        removal(path, [i](Profile &p) { p.projects.removeAt(i); });
    }
}

} // namespace

QList<EditTarget> editTargets(const Profile &profile)
{
    Collector collector(profile);
    collector.basics();
    collector.location();
    collector.entries<Position>("work", &Profile::work,
        {{"position", &Position::title, u"Staff Engineer"_s},
            {"name", &Position::company, u"Harlow Analytics"_s},
            {"location", &Position::location, u"Leeds"_s},
            {"summary", &Position::description, u"Ran the data platform team."_s}},
        "highlights", &Position::highlights, u"Cut build times by half"_s);
    collector.entries<Education>("education", &Profile::education,
        {{"institution", &Education::institution, u"University of Leeds"_s},
            {"studyType", &Education::studyType, u"MSc"_s}, {"area", &Education::area, u"Applied Physics"_s},
            {"score", &Education::score, u"3.8"_s},
            {"summary", &Education::description, u"Thesis on wave guides."_s}},
        "courses", &Education::courses, u"Numerical Methods"_s);
    collector.skills();
    collector.simpleEntries();
    return collector.targets;
}

} // namespace ShortlistFuzz
