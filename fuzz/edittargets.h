#pragma once

#include "edit/profileedit.h"
#include "profile/profile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ShortlistFuzz {

// How an accepted edit may change the file's bytes.
enum class Change {
    Replace, // only the bytes of `range` (a field that is there)
    Insert, // bytes added at one place, none taken away (a field or item that is not there yet)
    Delete, // bytes taken away, none added (a field, an item or an entry removed)
};

// One structured edit the fuzzer can make on a profile, and what it must do.
struct EditTarget
{
    Shortlist::FieldEdit edit; // the path and action; a Set's value is chosen later
    QString current; // the value the field has now: setting it again must change no byte
    QStringList values; // plain values the field can take, each read back exactly as given
    Change change = Change::Replace;
    Shortlist::SourceRange range; // in the file's bytes, for Replace
    // Makes `expected` (the profile before the edit) read as the profile should after it.
    // With `exact` false the value is one the parser may read differently (a line of the
    // file): the edited field is then taken from `actual` and only the rest is compared.
    std::function<void(
        Shortlist::Profile &expected, Shortlist::Profile &actual, const QString &value, bool exact)>
        expect;
};

// Every edit the editor's form and `shortlist --set`/`--remove` offer on this profile's
// fields: each text field set, dates set, list items set, appended and removed, entries
// removed. `profile` is the one read from the file's bytes (its ranges are byte offsets).
QList<EditTarget> editTargets(const Shortlist::Profile &profile);

} // namespace ShortlistFuzz
