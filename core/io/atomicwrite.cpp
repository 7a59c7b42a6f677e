#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Shortlist {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::AtomicWrite)
};

QString reasonOf(const QSaveFile &file)
{
    if (file.error() == QFileDevice::ResourceError)
        return Strings::tr("the disk is full (%1)").arg(file.errorString());
    return file.errorString();
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            *error = Strings::tr("is a folder");
            return false;
        }
        // access() says whether this user may write it; root may write anything, so the
        // mode bits say whether anyone should.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits)) {
            *error = Strings::tr("is read-only");
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Strings::tr("cannot be written: %1").arg(reasonOf(file));
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = Strings::tr("cannot be written: %1").arg(reasonOf(file));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = Strings::tr("cannot be written: %1").arg(reasonOf(file));
        return false;
    }
    return true;
}

} // namespace Shortlist
