#pragma once

#include "import/richtext.h"

#include <QString>

namespace Shortlist::Import {

// Turns a document read from Word or OpenDocument into the markdown a person would type for
// it: `#` headings, **bold** and *italic* runs, `- ` and `1. ` lists, GFM tables for tables
// of data and the cells' text in reading order for tables that only place text on the page.
// The text is cleaned of what a word processor adds but nobody types (soft hyphens,
// zero-width characters, checkboxes, symbol-font code points) and escaped where markdown
// would otherwise read it as markup.
QString toMarkdown(Blocks blocks);

// A page's stories as one markdown text. Contact details often sit in the page header, so
// the headers' text comes first and the footers' last, each paragraph once: one that the
// body or an earlier header already has is left out, and so is a footer line that is only
// a page number ("Page 2 of 3").
QString pageToMarkdown(Blocks headers, Blocks body, Blocks footers);

} // namespace Shortlist::Import
