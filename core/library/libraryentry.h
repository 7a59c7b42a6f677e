#pragma once

#include "profile/profile.h"
#include "timeline/experience.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QSet>
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

    // The profile without the free text that only a profile view shows, so that ten thousand
    // of them fit in memory; a view of one profile reads its file again (loadProfileFile()).
    // Kept, with their source ranges:
    // - basics: name, label, location, email, phone, image and links (not the summary);
    // - positions: company, title, location, dates, ongoing, url (not the description
    //   and highlights);
    // - education: institution, study type, area, score, dates, ongoing, url (not the
    //   courses and description);
    // - skill groups and skills with their years; certificates; languages;
    // - projects: name, url, dates (not the description and highlights);
    // - sections: kind and heading (not the text).
    // Not kept: the outline. The search key is built from the whole profile first.
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

// One copy of each text that many profiles repeat (skill names, companies, titles, places,
// headings) for entries to share: ten thousand "Kubernetes" cost one allocation. Thread-safe.
class StringPool
{
public:
    // Makes the entry's repeated text share the pool's copies, pooling what is new.
    void share(LibraryEntry &entry);
    void clear();

private:
    void share(QString &text);

    QMutex m_mutex;
    QSet<QString> m_strings;
};

// Reads and parses one file into an entry; safe to call from any thread.
LibraryEntry loadLibraryEntry(const QString &path, QDate today);

// An entry for a file already read and parsed; keeps of its profile what
// LibraryEntry::profile says.
LibraryEntry libraryEntryOf(ProfileFile file, QDate today);

// The position a list shows as a candidate's current one: the ongoing position that started
// last; without one, the most recent dated position; with only undated ones, the first
// written. Null when the profile has no positions.
const Position *currentPosition(const Profile &profile);

// "Senior Engineer @ Acme GmbH" (in the interface's language), or whichever of the two is
// known: a position's label in lists, bars and tooltips.
QString positionLabel(const Position &position);

} // namespace Shortlist

// Every member is a Qt value type or plain data: a list of ten thousand entries grows with
// realloc, which can move a large array's pages instead of holding two copies of it.
Q_DECLARE_TYPEINFO(Shortlist::LibraryEntry, Q_RELOCATABLE_TYPE);
