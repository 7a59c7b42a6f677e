#pragma once

#include "fieldpath.h"
#include "profileedit.h"

#include <optional>

namespace Shortlist {

// What a structured edit should leave behind, as a profile, to check the text it
// changed against: a value is what the profile reads, not how the text writes it.

// The profile with each range reduced to whether it is there, so that two readings of
// texts of different lengths compare by what they read.
Profile comparable(Profile profile);

// `before` (comparable) as it should read after `edit`: the field at `steps` holds the
// new value (simplified, as the parser reads values), an item is appended or removed, an
// entry removed. What the text decides and a value cannot say (a location's city and
// country, a link's network, where dates stand, where a new entry goes) is taken from
// `read`, the comparable profile read after the edit, when the edited part agrees with
// the value. Without `read` (before the edit is planned) the result equals `before`
// exactly when the profile already reads the value. Nullopt when the path names nothing
// in `before`, or the edit adds an entry and there is no `read` to find it in.
std::optional<Profile> expectedProfile(
    Profile before, const QList<PathStep> &steps, const FieldEdit &edit, const Profile *read);

// The first part that reads differently in `read` than in `expected`, named as a path
// ("basics.location", "work[2].name", "skills[1]", "sections[0]"), with in `readValue` what
// `read` has there when it is one text or date (a section's heading for a section). Empty when they are the
// same.
QString firstDifference(const Profile &expected, const Profile &read, QString *readValue);

// The text field a path names ("basics.label", "work[0].highlights[2]"), or nullptr.
const Text *textAt(const Profile &profile, const QList<PathStep> &steps);

} // namespace Shortlist
