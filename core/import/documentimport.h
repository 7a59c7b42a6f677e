#pragma once

#include "import/importeddocument.h"

#include <QByteArray>
#include <QString>

namespace Shortlist {

// What a file holds, by its name: a CV Shortlist reads as it is (markdown, text), or one it
// imports into markdown first.
enum class DocumentKind { Text, Pdf, Word, OpenDocument, JsonResume };

// The kind of `fileName` by its suffix (Text for any name that is not an imported kind;
// which names Shortlist reads at all, isProfileFileName() says).
DocumentKind documentKindOf(const QString &fileName);

// True for the kinds read through an import (everything but markdown and text).
inline bool isImported(DocumentKind kind)
{
    return kind != DocumentKind::Text;
}

// A word for the kind, for messages: "a PDF", "a Word document".
QString describedKind(DocumentKind kind);

// Reads the file at `path` as markdown. Never changes the file. A JSON Resume is read from
// `bytes`, the file's content; the PDF, Word and OpenDocument readers open `path` themselves.
ImportedDocument importDocument(const QString &path, DocumentKind kind, const QByteArray &bytes);

// Where an imported CV's markdown goes by default: beside the original, "cv.pdf" → "cv.md".
QString markdownPathFor(const QString &originalPath);

// True when the markdown beside `originalPath` (markdownPathFor()) was imported from it:
// that markdown is the profile now, and the library lists it instead.
bool hasBeenImported(const QString &originalPath);

// The text of the markdown file an import writes: a comment naming the original (which a
// renderer does not show and the parser skips), then the markdown.
QString markdownFileText(const QString &originalPath, const QString &markdown);

// The original a markdown file was imported from, named by its first line, when that file
// is still beside it; empty otherwise. Only the first bytes are looked at.
QString importedFrom(const QString &markdownPath, const QByteArray &bytes);

} // namespace Shortlist
