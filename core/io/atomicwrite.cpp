#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

#ifdef Q_OS_UNIX

QString reasonOf(int errorNumber)
{
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        return Strings::tr("the disk is full (%1)").arg(QString::fromLocal8Bit(std::strerror(errorNumber)));
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

// Owner, group and mode of the file about to be replaced, given to the new one before a
// byte is written into it (QSaveFile keeps only the read and write bits, and a file root
// saves would become root's).
std::optional<QString> takeOwnerAndMode(int handle, const struct stat &old)
{
    struct stat now = {};
    if (::fstat(handle, &now) != 0)
        return reasonOf(errno);
    if ((now.st_uid != old.st_uid || now.st_gid != old.st_gid)
        && ::fchown(handle, old.st_uid, old.st_gid) != 0)
        return Strings::tr("its owner and group cannot be kept (%1)").arg(reasonOf(errno));
    if (::fchmod(handle, old.st_mode & 07777) != 0)
        return Strings::tr("its permissions cannot be kept (%1)").arg(reasonOf(errno));
    return std::nullopt;
}

// Makes the rename itself durable: until the folder is synced, a power cut may bring back
// the old name or none.
std::optional<QString> syncFolder(const QString &folder)
{
    const int handle = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (handle < 0)
        return reasonOf(errno);
    const bool synced = ::fsync(handle) == 0 || errno == EINVAL; // EINVAL: this file system has no such sync
    const int syncError = errno;
    ::close(handle);
    if (!synced)
        return reasonOf(syncError);
    return std::nullopt;
}

#endif

// Writes every byte into the new file and onto the disk, or says why not. QSaveFile buffers
// what write() is given, and Qt 6.4's commit() does not report a failure of its last
// flush, so a full disk is only seen by flushing and syncing here.
std::optional<QString> writeAll(QSaveFile &file, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) // a short write leaves Qt's own reason unknown
        return errno != 0 ? reasonOf(errno) : reasonOf(file);
    if (::fsync(file.handle()) != 0)
        return reasonOf(errno);
#else
    if (file.write(bytes) != bytes.size() || !file.flush())
        return reasonOf(file);
#endif
    return std::nullopt;
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error, FileAccess access)
{
    const QFileInfo info(path);
    const bool replacing = info.exists();
    if (replacing) {
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
    const auto fail = [&](const QString &reason) {
        *error = replacing ? Strings::tr("cannot be written: %1; the file is unchanged").arg(reason)
                           : Strings::tr("cannot be written: %1").arg(reason);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(reasonOf(file));
#ifdef Q_OS_UNIX
    if (replacing) {
        struct stat old = {};
        if (::stat(QFile::encodeName(path).constData(), &old) != 0)
            return fail(reasonOf(errno));
        if (const auto reason = takeOwnerAndMode(file.handle(), old))
            return fail(*reason);
    }
    if (access == FileAccess::OwnerOnly && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0)
        return fail(reasonOf(errno));
#else
    if (access == FileAccess::OwnerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(reasonOf(file));
#endif
    if (const auto reason = writeAll(file, bytes))
        return fail(*reason);
    if (!file.commit())
        return fail(reasonOf(file));
#ifdef Q_OS_UNIX
    if (const auto reason = syncFolder(info.absolutePath())) {
        *error = Strings::tr("was written, but its folder cannot be synced to the disk: %1").arg(*reason);
        return false;
    }
#endif
    return true;
}

} // namespace Shortlist
