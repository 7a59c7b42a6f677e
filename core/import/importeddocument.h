#pragma once

#include <QString>
#include <QStringList>

namespace Shortlist {

// A CV sent as PDF, Word or OpenDocument, turned into markdown that keeps its structure
// (headings, emphasis, lists, tables) so that the same parser reads it as every other CV.
// The original file is never changed.
struct ImportedDocument
{
    QString markdown;  // the document's text as markdown; empty when `problem` is set
    QString problem;   // why the file could not be read, as a sentence without the path;
                       // empty on success ("no text in this PDF; it looks scanned")
    QStringList notes; // how it was read, when the user should know ("read by OCR")

    bool isValid() const { return problem.isEmpty(); }
    static ImportedDocument failed(const QString &problem) { return {{}, problem, {}}; }
};

} // namespace Shortlist
