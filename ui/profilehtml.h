#pragma once

#include "source/sourcerange.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

class QPalette;

namespace Shortlist {

struct Profile;

// A profile rendered as HTML for a QTextDocument. Every block that stands for a part of
// the file carries a block user state (the CSS property "-qt-user-state") that indexes
// `ranges`; blocks that stand for nothing in particular keep the state -1.
struct ProfilePage
{
    QString html;
    QList<SourceRange> ranges;

    SourceRange rangeOfState(int state) const
    {
        return state >= 0 && state < ranges.size() ? ranges.at(state) : SourceRange {};
    }
};

// The one image a page may show: a neutral avatar standing in for the candidate's photo,
// which is never fetched. Served by the view's loadResource().
inline constexpr QLatin1String kPlaceholderScheme("shortlist-placeholder");
QUrl placeholderAvatarUrl();
// A head and shoulders in the palette's muted colours, `size` pixels square.
QImage placeholderAvatar(const QPalette &palette, int size);

// The page for `profile`, coloured from `palette` so that it reads in light and dark
// themes alike; durations are counted up to `today`. `fallbackName` titles a profile
// without a name (the file name, say). `origin`, when set, says where the profile was read
// from ("Imported from cv.pdf"), as a link to kOriginUrl under the name.
inline constexpr QLatin1String kOriginUrl("shortlist-origin:original");
ProfilePage renderProfilePage(const Profile &profile, const QPalette &palette, QDate today,
    const QString &fallbackName = {}, const QString &origin = {});

} // namespace Shortlist
