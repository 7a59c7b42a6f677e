#pragma once

#include "import/documentimport.h"
#include "parser/profileparser.h"
#include "source/sourcetext.h"

#include <QString>
#include <QStringList>

namespace Shortlist {

// Profiles larger than this are refused rather than read in part.
inline constexpr qint64 kMaxProfileBytes = 10 * 1024 * 1024;
// PDF and Word files carry pictures and fonts: they may be larger.
inline constexpr qint64 kMaxImportedBytes = 50 * 1024 * 1024;

// A profile file read and parsed, or the reason it could not be.
struct ProfileFile
{
    QString path;
    // For a PDF, Word or JSON Resume file, `source` is the markdown it was read as, not the
    // file's bytes: such a file is never written back (editing it makes a markdown file).
    DocumentKind kind = DocumentKind::Text;
    // For a markdown file an import wrote, the PDF, Word or JSON Resume file beside it that
    // it was read from (see importedFrom()); empty otherwise.
    QString original;
    SourceText source;
    Profile profile;
    QStringList warnings;
    QString error; // empty on success; otherwise says what is wrong, without the path

    bool isValid() const { return error.isEmpty(); }
};

// Reads the whole file, checks that it is a text file Shortlist can read, and parses it.
ProfileFile loadProfileFile(const QString &path);

// A PDF, Word or JSON Resume file's markdown, as its import gave it, parsed.
ProfileFile importedProfileFile(const QString &path, DocumentKind kind, const ImportedDocument &document);

// The same checks and parse for bytes already in memory.
ProfileFile parseProfileBytes(const QString &path, const QByteArray &bytes);

// Why `bytes` are not a file Shortlist reads as a profile (too large, empty, binary), as
// ProfileFile::error says it; empty when they are read.
QString unreadableReason(const QByteArray &bytes);

// True for the file names Shortlist treats as profiles: .md, .markdown, .txt, and the kinds
// it imports (.json, .docx, .odt, .pdf).
bool isProfileFileName(const QString &fileName);

} // namespace Shortlist
