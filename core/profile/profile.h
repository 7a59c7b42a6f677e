#pragma once

#include "partialdate.h"
#include "source/sourcerange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Shortlist {

using Text = Sourced<QString>;
using Date = Sourced<PartialDate>;

// A contact link: a URL or a handle on a named network ("GitHub", "LinkedIn", "Website"…).
struct Link
{
    QString network;
    QString url;
    QString username;
    // The link's text as the file shows it ("Strona domowa", "Linked In"), when that is more
    // than the network's name; empty otherwise.
    QString label;
    SourceRange range;

    friend bool operator==(const Link &, const Link &) = default;
};

struct Location
{
    QString text; // as written, e.g. "Espoo, Finland"
    QString city;
    QString region;
    QString countryCode; // ISO 3166-1 alpha-2 when the country is known
    SourceRange range;

    bool isEmpty() const { return text.isEmpty(); }
    friend bool operator==(const Location &, const Location &) = default;
};

// The words a file writes before a contact when it labels it in words ("Teléfono", "Cell",
// "Adresse"), so that the profile keeps them; empty where it does not.
struct ContactLabels
{
    Text email;
    Text phone;
    Text location;

    friend bool operator==(const ContactLabels &, const ContactLabels &) = default;
};

struct Basics
{
    Text name;
    Text label; // headline, e.g. "Back-end Developer"
    Text summary;
    Location location;
    Text email;
    Text phone;
    Text image; // a photo's URL; never fetched
    QList<Link> links;
    ContactLabels labels;

    friend bool operator==(const Basics &, const Basics &) = default;
};

// A piece of an entry's text as the file writes it: a paragraph, a list item, or a sub-heading
// over what follows ("Achievements:").
struct TextBlock
{
    enum class Kind { Paragraph, Item, Heading };
    Kind kind = Kind::Paragraph;
    int level = 1; // an item's nesting: 1 for the outer list
    Text text;

    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

struct Position
{
    Text company;
    Text title;
    Text location;
    Date start;
    Date end;
    bool ongoing = false;
    SourceRange datesRange; // where the dates are written, when they are
    Text url;
    Text description; // free text that is not a highlight
    QList<Text> highlights;
    // The same text in the file's order, with its sub-headings: what a view shows. The
    // description and highlights are that text read as JSON Resume's fields.
    QList<TextBlock> body;
    SourceRange range; // the whole entry

    // The body, with what the description and highlights hold beyond it (text read from a
    // table's cells, or given by hand): all of the position's text, in the file's order.
    QList<TextBlock> blocks() const;
    bool isUndated() const { return !start.value.isValid() && !end.value.isValid(); }
    DateRange dates() const { return {start.value, end.value, ongoing}; }
    friend bool operator==(const Position &, const Position &) = default;
};

struct Education
{
    Text institution;
    Text studyType;
    Text area;
    Text score;
    Text location; // the school's town or country, as written after its name
    Date start;
    Date end;
    bool ongoing = false;
    SourceRange datesRange;
    Text url;
    QList<Text> courses;
    Text description;
    SourceRange range;

    bool isUndated() const { return !start.value.isValid() && !end.value.isValid(); }
    friend bool operator==(const Education &, const Education &) = default;
};

struct Skill
{
    QString name;
    int years = -1; // -1 when not written
    SourceRange range;

    friend bool operator==(const Skill &, const Skill &) = default;
};

struct SkillGroup
{
    Text name; // may be empty for an ungrouped list
    QList<Skill> keywords;
    SourceRange range;

    friend bool operator==(const SkillGroup &, const SkillGroup &) = default;
};

struct Project
{
    Text name;
    Text description;
    Text url;
    Date start;
    Date end;
    bool ongoing = false;
    QList<Text> highlights;
    SourceRange range;

    friend bool operator==(const Project &, const Project &) = default;
};

struct Certificate
{
    Text name;
    Text issuer;
    Date date;
    Text url;
    SourceRange range;

    friend bool operator==(const Certificate &, const Certificate &) = default;
};

struct Language
{
    Text language;
    Text fluency;
    SourceRange range;

    friend bool operator==(const Language &, const Language &) = default;
};

// Text Shortlist did not turn into fields, kept with its heading and exactly as written.
struct Section
{
    enum class Kind { Unrecognised, Boilerplate };
    Kind kind = Kind::Unrecognised;
    QString heading;
    QString text;
    SourceRange headingRange;
    SourceRange range;

    friend bool operator==(const Section &, const Section &) = default;
};

// A section Shortlist recognised, and where it stands in the file: what an editor needs
// to add an entry in the file's own order and heading level.
struct SectionMark
{
    QString
        kind; // "summary", "work", "education", "skills", "projects", "certificates", "languages", "contacts"
    QString heading;
    int level = 0; // markdown heading level; 0 for a plain-text heading
    SourceRange headingRange;
    SourceRange range; // the heading and everything up to the next section

    friend bool operator==(const SectionMark &, const SectionMark &) = default;
};

struct Profile
{
    Basics basics;
    QList<Position> work;
    QList<Education> education;
    QList<SkillGroup> skills;
    QList<Project> projects;
    QList<Certificate> certificates;
    QList<Language> languages;
    QList<Section> sections;
    QList<SectionMark> outline;

    friend bool operator==(const Profile &, const Profile &) = default;

    // Calls f(SourceRange &) for every range the profile holds, so they can be mapped
    // from one coordinate system to another (text to file, before and after an edit).
    template<typename F> void forEachRange(F &&f);
};

namespace detail {
template<typename F> void visit(Text &t, F &f)
{
    f(t.range);
}
template<typename F> void visit(Date &d, F &f)
{
    f(d.range);
}
template<typename F> void visit(QList<Text> &list, F &f)
{
    for (auto &t : list)
        f(t.range);
}
template<typename F> void visit(QList<TextBlock> &list, F &f)
{
    for (auto &b : list)
        f(b.text.range);
}
} // namespace detail

template<typename F> void Profile::forEachRange(F &&f)
{
    using detail::visit;
    auto &b = basics;
    visit(b.name, f), visit(b.label, f), visit(b.summary, f), visit(b.email, f), visit(b.phone, f),
        visit(b.image, f);
    f(b.location.range);
    visit(b.labels.email, f), visit(b.labels.phone, f), visit(b.labels.location, f);
    for (auto &l : b.links)
        f(l.range);
    for (auto &p : work) {
        visit(p.company, f), visit(p.title, f), visit(p.location, f), visit(p.start, f), visit(p.end, f);
        visit(p.url, f), visit(p.description, f), visit(p.highlights, f), visit(p.body, f);
        f(p.datesRange), f(p.range);
    }
    for (auto &e : education) {
        visit(e.institution, f), visit(e.studyType, f), visit(e.area, f), visit(e.score, f), visit(e.location, f);
        visit(e.start, f), visit(e.end, f), visit(e.url, f), visit(e.courses, f), visit(e.description, f);
        f(e.datesRange), f(e.range);
    }
    for (auto &g : skills) {
        visit(g.name, f);
        for (auto &k : g.keywords)
            f(k.range);
        f(g.range);
    }
    for (auto &p : projects) {
        visit(p.name, f), visit(p.description, f), visit(p.url, f), visit(p.start, f), visit(p.end, f);
        visit(p.highlights, f);
        f(p.range);
    }
    for (auto &c : certificates) {
        visit(c.name, f), visit(c.issuer, f), visit(c.date, f), visit(c.url, f);
        f(c.range);
    }
    for (auto &l : languages) {
        visit(l.language, f), visit(l.fluency, f);
        f(l.range);
    }
    for (auto &s : sections)
        f(s.headingRange), f(s.range);
    for (auto &s : outline)
        f(s.headingRange), f(s.range);
}

} // namespace Shortlist

// Every part of a profile is made of strings, lists and plain values, which Qt moves in memory
// as bytes: the profile's lists grow without moving their elements one by one.
Q_DECLARE_TYPEINFO(Shortlist::Link, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::TextBlock, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Position, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Education, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Skill, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::SkillGroup, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Project, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Certificate, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Language, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Section, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::SectionMark, Q_RELOCATABLE_TYPE);
