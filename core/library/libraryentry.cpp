#include "libraryentry.h"

#include "io/profilefile.h"
#include "searchtext.h"

#include <QFileInfo>

namespace Shortlist {

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
    return title + QStringLiteral(" @ ") + company;
}

} // namespace Shortlist
