#include "libraryentry.h"

#include "io/profilefile.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>

namespace Shortlist {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::LibraryEntry)
};

// Drops what LibraryEntry::profile does not keep (see there): ten thousand profiles stay in
// memory, and the text only the profile view shows is most of each.
void slimForLibrary(Profile &profile)
{
    profile.basics.summary = {};
    for (Position &p : profile.work) {
        p.description = {};
        p.highlights = {};
        p.body = {};
    }
    for (Education &e : profile.education) {
        e.courses = {};
        e.description = {};
    }
    for (Project &p : profile.projects) {
        p.description = {};
        p.highlights = {};
    }
    for (Section &s : profile.sections)
        s.text.clear();
    profile.outline = {};
}

} // namespace

void StringPool::share(LibraryEntry &entry)
{
    const QMutexLocker locker(&m_mutex);
    Profile &profile = entry.profile;
    Basics &b = profile.basics;
    for (QString *text :
        {&b.label.value, &b.location.text, &b.location.city, &b.location.region, &b.location.countryCode})
        share(*text);
    for (Link &link : b.links)
        share(link.network);
    for (Position &p : profile.work)
        share(p.company.value), share(p.title.value), share(p.location.value);
    for (Education &e : profile.education)
        share(e.institution.value), share(e.studyType.value), share(e.area.value);
    for (SkillGroup &group : profile.skills) {
        share(group.name.value);
        for (Skill &skill : group.keywords)
            share(skill.name);
    }
    for (Certificate &c : profile.certificates)
        share(c.name.value), share(c.issuer.value);
    for (Language &l : profile.languages)
        share(l.language.value), share(l.fluency.value);
    for (Section &s : profile.sections)
        share(s.heading);
    for (QString &key : entry.skillKeys)
        share(key);
}

void StringPool::share(QString &text)
{
    if (text.isEmpty())
        return;
    const auto pooled = m_strings.constFind(text);
    if (pooled != m_strings.cend())
        text = *pooled;
    else
        m_strings.insert(text);
}

void StringPool::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_strings.clear();
}

QString LibraryEntry::fileName() const
{
    return QFileInfo(path).fileName();
}

LibraryEntry loadLibraryEntry(const QString &path, QDate today)
{
    const QFileInfo info(path);
    // Taken before reading, so that a change made during the read is noticed later.
    const QDateTime modified = info.lastModified();
    const qint64 size = info.size();
    LibraryEntry entry = libraryEntryOf(loadProfileFile(path), today);
    entry.modified = modified;
    entry.size = size;
    return entry;
}

LibraryEntry libraryEntryOf(ProfileFile file, QDate today)
{
    LibraryEntry entry;
    entry.path = std::move(file.path);
    entry.error = std::move(file.error);
    entry.warnings = std::move(file.warnings);
    if (!entry.isValid())
        return entry;
    entry.profile = std::move(file.profile);
    entry.experience = experienceOf(entry.profile.work, today);
    entry.searchKey = searchKeyOf(entry.profile, entry.fileName());
    entry.skillKeys = skillKeysOf(entry.profile);
    const Location &location = entry.profile.basics.location;
    entry.locationKey = foldedForSearch(location.text).toUtf8();
    slimForLibrary(entry.profile);
    return entry;
}

const Position *currentPosition(const Profile &profile)
{
    const Position *best = nullptr;
    for (const Position &p : profile.work) {
        if (p.ongoing && (!best || best->start.value < p.start.value))
            best = &p;
    }
    if (best)
        return best;
    for (const Position &p : profile.work) {
        if (p.isUndated())
            continue;
        const PartialDate end = p.end.value.isValid() ? p.end.value : p.start.value;
        const PartialDate bestEnd = best ? (best->end.value.isValid() ? best->end.value : best->start.value)
                                         : PartialDate();
        if (!best || bestEnd < end)
            best = &p;
    }
    if (best)
        return best;
    return profile.work.isEmpty() ? nullptr : &profile.work.first();
}

QString positionLabel(const Position &position)
{
    const QString &title = position.title.value;
    const QString &company = position.company.value;
    if (title.isEmpty())
        return company;
    if (company.isEmpty())
        return title;
    return Strings::tr("%1 @ %2", "a position's title and company").arg(title, company);
}

} // namespace Shortlist
