#pragma once

// Lines of a PDF in reading order turned into the markdown a person would type for them:
// the name as the title, headings from font size and capitals, list items from bullets,
// a paragraph's lines joined. Internal to core/import.

#include "pdflayout.h"

namespace Shortlist::PdfImport {

QString markdownOf(QList<Line> lines);

} // namespace Shortlist::PdfImport
