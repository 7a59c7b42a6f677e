#pragma once

#include <QList>
#include <QString>

namespace Shortlist {

// A library Shortlist is built on, for the About dialog and --version.
struct Credit
{
    QString name;
    QString version; // as the library reports it at run time
    QString licence; // SPDX identifier
    QString url;
    QString purpose;
};

QList<Credit> credits();

} // namespace Shortlist
