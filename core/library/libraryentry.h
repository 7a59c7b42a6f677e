#pragma once

#include "profile/profile.h"
#include "timeline/experience.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Shortlist {

// One file of the library as the list knows it: its profile, or why it could not be read,
// and what the list needs precomputed to sort and filter ten thousand rows at typing speed.
struct LibraryEntry
{
    QString path; // absolute, clean
    QString error; // empty when the file was read
    QStringList warnings;
    Profile profile;

    Experience experience;
    QByteArray searchKey; // see searchKeyOf()
    QStringList skillKeys; // see skillKeysOf()
    QByteArray locationKey; // the location, folded for search and UTF-8 encoded

    // What the file was when it was read, to notice when it changes.
    QDateTime modified;
    qint64 size = -1;

    bool isValid() const { return error.isEmpty(); }
    QString fileName() const;
};

struct ProfileFile;

// Reads and parses one file into an entry; safe to call from any thread.
LibraryEntry loadLibraryEntry(const QString &path, QDate today);

// An entry for a file already read and parsed.
LibraryEntry libraryEntryOf(ProfileFile file, QDate today);

// The position a list shows as a candidate's current one: the ongoing position that started
// last; without one, the most recent dated position; with only undated ones, the first
// written. Null when the profile has no positions.
const Position *currentPosition(const Profile &profile);

// "Title @ Company", or whichever of the two is known.
QString positionLabel(const Position &position);

} // namespace Shortlist
