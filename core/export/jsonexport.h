#pragma once

#include "profile/profile.h"

#include <QJsonObject>

namespace Shortlist {

// The profile as a JSON Resume document (https://jsonresume.org/schema). What the
// schema lacks (source ranges, undated positions, skill years, unrecognised
// sections) goes under "x-shortlist" keys.
QJsonObject toJsonResume(const Profile &profile);

} // namespace Shortlist
