#include "focusframe.h"

#include <QPainter>

namespace Shortlist {

void drawFocusFrame(
    QPainter *painter, const QRect &rect, const QPalette &palette, bool onSelection, int width)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(palette.color(onSelection ? QPalette::HighlightedText : QPalette::Highlight), width,
        Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    const qreal inset = width / 2.0;
    painter->drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

} // namespace Shortlist
