#include "recovery.h"

#include "atomicwrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Shortlist {

using namespace Qt::StringLiterals;

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty()
              ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s
              : folder)
{
}

QString RecoveryStore::fileFor(const QString &path) const
{
    // One copy per profile file, named by its path's hash: any path makes a file name.
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + u'/' + QString::fromLatin1(hash.left(20)) + u".json"_s;
}

QByteArray RecoveryStore::fingerprintOf(const QByteArray &fileBytes)
{
    return QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex();
}

bool RecoveryStore::save(const QString &path, const QString &text, const QByteArray &base, QString *error) const
{
    // The folder is made, or narrowed if an older Shortlist made it readable by everyone.
    if (!QDir().mkpath(m_folder)
        || !QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = u"cannot create %1"_s.arg(m_folder);
        return false;
    }
    const QJsonObject copy {{u"path"_s, path}, {u"text"_s, text},
        {u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"base"_s, QString::fromLatin1(base)}};
    QString ignored;
    return writeFileAtomically(fileFor(path), QJsonDocument(copy).toJson(QJsonDocument::Compact),
        error ? error : &ignored, FileAccess::OwnerOnly);
}

void RecoveryStore::remove(const QString &path) const
{
    QFile::remove(fileFor(path));
}

QList<RecoveryStore::Copy> RecoveryStore::copies() const
{
    QList<Copy> copies;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Time)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const QString path = object.value(u"path"_s).toString();
        if (path.isEmpty() || fileFor(path) != file.fileName())
            continue; // not a copy this store wrote
        copies.append({path, object.value(u"text"_s).toString(),
            QDateTime::fromString(object.value(u"written"_s).toString(), Qt::ISODate),
            object.value(u"base"_s).toString().toLatin1()});
    }
    return copies;
}

} // namespace Shortlist
