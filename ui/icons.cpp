#include "icons.h"

// The icons are compiled into the static ui library; nothing refers to them by symbol, so
// they are registered by hand before the first use (Q_INIT_RESOURCE must be outside a namespace).
static void registerIcons()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(shortlist);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace Shortlist {

QIcon themeIcon(const QString &name)
{
    registerIcons();
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon applicationIcon()
{
    registerIcons();
    // The installed icon (named by the application id, as the desktop entry names it), or
    // the bundled one.
    return QIcon::fromTheme(QStringLiteral("app.shortlist.Shortlist"), QIcon(QStringLiteral(":/icons/shortlist.svg")));
}

} // namespace Shortlist
