#pragma once

#include "import/importeddocument.h"

#include <QString>

namespace Shortlist {

// Reads a PDF CV into markdown: the words and their boxes on each page (Poppler), put in
// reading order column by column, cleaned, and given the structure a person would type.
// A PDF without a text layer, an encrypted or a damaged one gives a problem, never a crash.
ImportedDocument importPdf(const QString &path);

} // namespace Shortlist
