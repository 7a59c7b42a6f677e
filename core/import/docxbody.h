#pragma once

#include "import/docxstyles.h"
#include "import/richtext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Shortlist::Import {

struct DocxParts
{
    DocxStyles styles;
    DocxNumbering numbering;
    QHash<QString, QString> linkTargets; // relationship id → URL, of the part being read
};

// Reads one WordprocessingML story (word/document.xml, a header or a footer) into blocks.
// False, with `problem` set, when its XML is damaged.
bool readDocxStory(const QByteArray &xml, const QString &partName, const DocxParts &parts, Blocks &blocks,
                   QString *problem);

} // namespace Shortlist::Import
