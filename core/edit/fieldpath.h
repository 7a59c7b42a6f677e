#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Shortlist {

// One step of a structured edit's path: "work[2]" is {"work", 2}, "highlights[+]" is
// {"highlights", append}, "basics" is {"basics"} (not indexed).
struct PathStep
{
    QString key;
    int index = -1;
    bool append = false;
    bool indexed = false;
};

// The steps of a path as the JSON export names fields ("work[0].highlights[+]"), or
// nullopt when it is not one.
std::optional<QList<PathStep>> parseFieldPath(const QString &path);

} // namespace Shortlist
