#pragma once

// Reading order of a PDF's words: lines rebuilt from word boxes, columns found from the
// vertical gutters between them, headers and footers that repeat on every page dropped.
// Internal to core/import.

#include "pdfwords.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace Shortlist::PdfImport {

// A line of text in reading order. A line may join pieces that stand apart on the page when
// they belong together: a title and its right-aligned date, a year in a narrow date column
// and the entry beside it.
struct Line
{
    QString text;        // without the leading bullet
    QRectF box;          // on its page, in points
    qreal size = 0;      // font size, as the height of its words' boxes
    int page = 0;
    bool bullet = false; // the line began with a bullet glyph
    bool startsBlock = false; // first line of a column or of a region of the page
    // Read in a column much narrower than the one beside it (a sidebar), or in that wider one.
    enum class Column { Whole, Sidebar, Main };
    Column columnKind = Column::Whole;
    QRectF column;       // the column the line was read in: a paragraph's lines fill its width
};

// The separator between two pieces of one line that stand apart on the page.
inline constexpr QStringView pieceSeparator = u" | ";

QList<Line> readingOrder(const QList<Page> &pages);

// Whether a text holds something a date column holds: a year, a month and year in digits, or
// a word for "until now" after a dash.
bool looksLikeDate(QStringView text);

} // namespace Shortlist::PdfImport
