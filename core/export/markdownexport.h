#pragma once

#include "profile/profile.h"

#include <QString>

namespace Shortlist {

// The profile in Shortlist's house style (see README, "House style"). Parsing the
// result gives the same profile.
QString toHouseStyleMarkdown(const Profile &profile);

// "Mar 2018", "2018": a date as the house style writes it.
QString houseStyleDate(const PartialDate &date);

} // namespace Shortlist
