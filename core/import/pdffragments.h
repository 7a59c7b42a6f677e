#pragma once

// Fragments: runs of words on one line with no wider gap than a space between them, the unit
// the column analysis moves around. Internal to core/import.

#include "pdflayout.h"

namespace Shortlist::PdfImport {

struct Fragment
{
    QString text;
    QRectF box;
    qreal size = 0;
    bool bullet = false; // began with a bullet glyph, which is not in `text`
    QString bulletText;  // that glyph, for a fragment that is not the first of its line
    // How all its words are set; where that changes within it, `text` holds emphasis marks.
    Emphasis emphasis = Emphasis::None;

    qreal centerY() const { return box.center().y(); }
};

// The page's words joined into fragments, top to bottom.
QList<Fragment> fragmentsOf(const Page &page);

// Takes the fragments in the top and bottom margins that repeat on several pages (running
// heads, a name and contacts in the footer) off the pages, and gives each back once, in the
// order first met; page numbers in the margins are dropped.
QList<Fragment> takeRunningHeadsAndFeet(QList<QList<Fragment>> &pages, const QList<Page> &sizes);

// The members grouped by their vertical centres, which differ within a row by a little of
// their size; top to bottom.
QList<QList<int>> rowGroups(const QList<Fragment> &fragments, const QList<int> &members);

// Fragments grouped into lines by their vertical position, each line's pieces left to right.
// Pieces far apart are kept apart by a separator so that "Engineer" and its right-aligned
// "2019 – 2021" stay two phrases of one line.
QList<Line> rowsOf(const QList<Fragment> &fragments, const QList<int> &members);

} // namespace Shortlist::PdfImport
