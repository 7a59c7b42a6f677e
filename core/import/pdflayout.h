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
    // How all of the line is set; where that changes within it, `text` holds emphasis marks.
    Emphasis emphasis = Emphasis::None;
    // A row of a table whose columns are named in its first row: its cells are the pieces of
    // `text`. `table` tells one table from the next (0: not in a table).
    int table = 0;
    bool tableHeader = false;
};

// Emphasis that changes within a line is written into its text with these private-use
// marks, which no word holds (cleanWordText drops them); the markdown writer turns them into
// "**" and "*" once the line's place in the document is known.
inline constexpr QChar boldOpen = QChar(0xE000), boldClose = QChar(0xE001);
inline constexpr QChar italicOpen = QChar(0xE002), italicClose = QChar(0xE003);

// The text wrapped in the marks of `emphasis` (none for Emphasis::None).
QString withEmphasis(const QString &text, Emphasis emphasis);
// The text without emphasis marks.
QString withoutEmphasis(QString text);
// The text with its marks as markdown writes them ("**", "*").
QString markdownEmphasis(QString text);
// A piece set in `emphasis` added to a line after `separator` (or before it, with `before`):
// the line's own emphasis becomes marks in its text where the two differ.
void addPiece(Line &line, QStringView separator, const QString &text, Emphasis emphasis, bool before = false);

// The separator between two pieces of one line that stand apart on the page.
inline constexpr QStringView pieceSeparator = u" | ";

QList<Line> readingOrder(const QList<Page> &pages);

// Whether a text holds something a date column holds: a year, a month and year in digits, or
// a word for "until now" after a dash.
bool looksLikeDate(QStringView text);

} // namespace Shortlist::PdfImport
