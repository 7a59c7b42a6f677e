#pragma once

#include "import/importeddocument.h"

#include <QString>

namespace Shortlist {

// A Word document (.docx, Office Open XML) as markdown: headings from paragraph styles and
// outline levels, bold and italic runs, bulleted and numbered lists, tables, text boxes,
// headers and footers. A file that is no .docx, or a damaged, encrypted or absurdly large
// one, gives a `problem` instead.
ImportedDocument importDocx(const QString &path);

// An OpenDocument text (.odt, LibreOffice Writer) as markdown, by the same rules.
ImportedDocument importOdt(const QString &path);

} // namespace Shortlist
