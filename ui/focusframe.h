#pragma once

#include <QPalette>
#include <QRect>

class QPainter;

namespace Shortlist {

// Where the keyboard acts, drawn where the style draws nothing one can see: around text to
// read (which shows no cursor), and around the current row or cell of a list, where the
// style's frame has the colour of the selection it is drawn on.
//
// A line `width` pixels wide just inside `rect`: the colour of selected text over a
// selection, the selection's colour elsewhere.
void drawFocusFrame(
    QPainter *painter, const QRect &rect, const QPalette &palette, bool onSelection, int width = 2);

} // namespace Shortlist
