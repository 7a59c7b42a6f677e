#pragma once

#include <QPalette>

namespace Shortlist {

// The colours the application is drawn in: those of the desktop, or Shortlist's own light
// or dark palette (drawn with the Fusion style, which follows a palette faithfully).
enum class ColorScheme { System, Light, Dark };

void applyColorScheme(ColorScheme scheme);
// Shortlist's own palette for Light or Dark; the application's current one for System.
QPalette paletteFor(ColorScheme scheme);
QString colorSchemeKey(ColorScheme scheme);
ColorScheme colorSchemeFromKey(const QString &key);

} // namespace Shortlist
