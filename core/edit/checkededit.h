#pragma once

#include "profileedit.h"

#include <QList>
#include <QString>

namespace Shortlist {

// A structured edit made on a profile's text in memory and checked by reading the text
// again, or the reason it was refused.
struct CheckedEdit
{
    TextEdit change; // a no-op when the profile already read the value
    QString text; // the text with the change made
    Profile profile; // read from `text`, its ranges positions in it
    QString error; // why the edit was refused, a sentence a person can act on; empty when made

    bool isValid() const { return error.isEmpty(); }
};

// The one way a structured edit is made, from the command line and from the window.
// `profile` must have been read from `text` (parseTextProfile). The edit is planned as
// the smallest text change (ProfileEditor), applied and read again, and kept only when:
// - a value the profile already reads changes no character at all;
// - a written field that is set changes only its own characters (a date: its entry's
//   dates), an added field or entry only adds text and a removal only removes text;
// - the text then reads as the same profile except that field, which reads the new value.
// Otherwise nothing is changed and `error` says why ("work[0].name: …").
CheckedEdit makeCheckedEdit(
    const QString &fileName, const QString &text, const Profile &profile, const FieldEdit &edit);

// Makes edits in turn, each on the text the one before left. Returns the new text, or
// nullopt and the first refused edit's reason in `error`.
std::optional<QString> applyFieldEdits(
    const QString &fileName, const QString &text, const QList<FieldEdit> &edits, QString *error);

} // namespace Shortlist
