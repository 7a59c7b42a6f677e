#pragma once

#include "profile/profile.h"

#include <QStringList>

// Positions written as the interval tests write them: "2019-03..2020-01", "2019..2020",
// "2019-03..present", "2019-03", "" (undated).
inline Shortlist::Position datedPosition(const QString &dates)
{
    using namespace Qt::StringLiterals;
    Shortlist::Position p;
    const QStringList parts = dates.split(u".."_s);
    p.start.value = Shortlist::PartialDate::fromIsoString(parts.value(0));
    if (parts.size() > 1) {
        if (parts.at(1) == u"present"_s)
            p.ongoing = true;
        else
            p.end.value = Shortlist::PartialDate::fromIsoString(parts.at(1));
    }
    return p;
}
