#include "import/importcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormat = 1;

// Which build read an entry: the running program's size and time. Any rebuild of a reader
// changes them, so that no entry outlives the code that wrote it.
QString readerIdentity()
{
    static const QString identity = [] {
        const QFileInfo program(QCoreApplication::applicationFilePath());
        return u"%1/%2/%3"_s.arg(kFormat).arg(program.size()).arg(program.lastModified().toMSecsSinceEpoch());
    }();
    return identity;
}

// The language the readers' notes and problems are written in now: an entry written under
// another translation is read again, so that its notes speak the program's language.
QString languageKey()
{
    return QCoreApplication::translate("Shortlist::Import", "no text in this PDF; it looks scanned");
}

} // namespace

ImportCache::ImportCache(const QString &folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/imports"_s
                                : folder)
{
}

QString ImportCache::fileFor(const QString &path) const
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + u'/' + QString::fromLatin1(hash.left(24)) + u".json"_s;
}

std::optional<ImportedDocument> ImportCache::find(const QString &path, qint64 size, const QDateTime &modified) const
{
    QFile file(fileFor(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    if (entry.value(u"path"_s).toString() != path || entry.value(u"size"_s).toInteger(-1) != size
        || entry.value(u"modified"_s).toInteger(-1) != modified.toMSecsSinceEpoch()
        || entry.value(u"reader"_s).toString() != readerIdentity()
        || entry.value(u"language"_s).toString() != languageKey())
        return std::nullopt;
    ImportedDocument document;
    document.markdown = entry.value(u"markdown"_s).toString();
    document.problem = entry.value(u"problem"_s).toString();
    for (const QJsonValue &note : entry.value(u"notes"_s).toArray())
        document.notes.append(note.toString());
    if (document.markdown.isEmpty() == document.problem.isEmpty())
        return std::nullopt; // neither, or both: not an entry this code wrote
    return document;
}

void ImportCache::store(const QString &path, qint64 size, const QDateTime &modified, const ImportedDocument &document) const
{
    // Text of CVs: for the user alone (0700 folder, 0600 files, as the recovery copies).
    if (!QDir().mkpath(m_folder)
        || !QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return;
    const QJsonObject entry {{u"path"_s, path}, {u"size"_s, size}, {u"modified"_s, modified.toMSecsSinceEpoch()},
        {u"reader"_s, readerIdentity()}, {u"language"_s, languageKey()}, {u"markdown"_s, document.markdown},
        {u"problem"_s, document.problem},
        {u"notes"_s, QJsonArray::fromStringList(document.notes)}};
    const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    // Atomic, so that a reader never sees half an entry; not synced to the disk, since a lost
    // entry is only read again.
    QSaveFile out(fileFor(path));
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return;
    }
    out.commit();
}

} // namespace Shortlist
