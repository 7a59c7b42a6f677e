#include "identity.h"

#include <QCoreApplication>

namespace Shortlist {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Shortlist"));
    QCoreApplication::setApplicationName(QStringLiteral("shortlist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHORTLIST_VERSION));
}

} // namespace Shortlist
