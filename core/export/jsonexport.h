#pragma once

#include "profile/profile.h"
#include "timeline/today.h"

#include <QDate>
#include <QJsonObject>

namespace Shortlist {

// The profile as a JSON Resume document (https://jsonresume.org/schema). What the
// schema lacks (source ranges, undated positions, skill years, unrecognised
// sections) goes under "x-shortlist" keys, and so does the total experience, counted as the
// library counts it (see experienceOf) up to `today`.
QJsonObject toJsonResume(const Profile &profile, QDate today = Shortlist::today());

} // namespace Shortlist
