#pragma once

#include <QIcon>

namespace Shortlist {

// An icon from the desktop theme, or Shortlist's own drawing of it when the theme has none
// (bundled as :/icons/<name>.svg).
QIcon themeIcon(const QString &name);

// Shortlist's application icon.
QIcon applicationIcon();

} // namespace Shortlist
