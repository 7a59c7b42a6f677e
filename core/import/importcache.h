#pragma once

#include "import/importeddocument.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Shortlist {

// The markdown read from PDF and Word files, kept in the user's cache folder so that opening
// the same folder again does not extract every file again. An entry is keyed by the file's
// path, size and modification time, and by the build of Shortlist that read it (a newer
// reader reads again). It is a cache: a missing, damaged or foreign entry is read again,
// never trusted, and deleting the folder loses nothing.
class ImportCache
{
public:
    // `folder` empty: "imports" in QStandardPaths::CacheLocation.
    explicit ImportCache(const QString &folder = {});

    QString folder() const { return m_folder; }
    std::optional<ImportedDocument> find(const QString &path, qint64 size, const QDateTime &modified) const;
    // Best effort: a cache that cannot be written costs time, not data.
    void store(const QString &path, qint64 size, const QDateTime &modified, const ImportedDocument &document) const;

private:
    QString fileFor(const QString &path) const;

    QString m_folder;
};

} // namespace Shortlist
