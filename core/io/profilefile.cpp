#include "profilefile.h"

#include "import/importcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

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
    Q_DECLARE_TR_FUNCTIONS(Shortlist::ProfileFile)
};

// A text file has no NUL bytes (UTF-16 aside) and few control characters, anywhere in it.
bool looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || SourceText::utf16WithoutBom(bytes))
        return false;
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return true;
    qsizetype control = 0;
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++control;
    }
    return control * 20 > bytes.size();
}

// Opens `path` for reading if it is a regular file. A named pipe would block the open (and
// the read) until something writes to it, a device might never end: neither is a profile.
// Checked on the open file, so that nothing swapped in after a look at the path slips by.
QString openRegularFile(const QString &path, QFile &input)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Strings::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return Strings::tr(
            "is not a regular file (but a pipe, a device or a socket); not a profile Shortlist will read");
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!input.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Strings::tr("cannot be read: %1").arg(input.errorString());
    }
#else
    if (!QFileInfo(path).isFile())
        return Strings::tr(
            "is not a regular file (but a pipe, a device or a socket); not a profile Shortlist will read");
    if (!input.open(QIODevice::ReadOnly))
        return Strings::tr("cannot be read: %1").arg(input.errorString());
#endif
    return {};
}

} // namespace

bool isProfileFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
        || suffix == QLatin1String("txt") || suffix == QLatin1String("json") || suffix == QLatin1String("docx")
        || suffix == QLatin1String("odt") || suffix == QLatin1String("pdf");
}

QString unreadableReason(const QByteArray &bytes)
{
    if (bytes.size() > kMaxProfileBytes) {
        return Strings::tr("is larger than 10 MB (%1 MB); not a profile Shortlist will read")
            .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1);
    }
    QByteArrayView body(bytes);
    for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"}) {
        if (body.startsWith(bom))
            body = body.sliced(qstrlen(bom));
    }
    bool blank = true;
    for (char c : body)
        blank = blank && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0');
    if (blank)
        return Strings::tr("is empty");
    if (looksBinary(bytes))
        return Strings::tr("is not a text file (it holds binary data)");
    return {};
}

ProfileFile parseProfileBytes(const QString &path, const QByteArray &bytes)
{
    ProfileFile file;
    file.path = path;
    file.error = unreadableReason(bytes);
    if (!file.error.isEmpty())
        return file;
    file.source = SourceText::fromBytes(bytes);
    ParseResult result = parseProfile(file.source);
    file.profile = std::move(result.profile);
    file.warnings = std::move(result.warnings);
    return file;
}

ProfileFile loadProfileFile(const QString &path)
{
    ProfileFile file;
    file.path = path;
    const QFileInfo info(path);
#ifdef Q_OS_UNIX
    // A folder on the way that may not be entered hides the file as well as its absence
    // does, but the two want different things done about them.
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        const int reason = errno;
        file.error = reason == ENOENT || reason == ENOTDIR
            ? Strings::tr("no such file")
            : Strings::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(reason)));
        return file;
    }
#else
    if (!info.exists()) {
        file.error = Strings::tr("no such file");
        return file;
    }
#endif
    if (info.isDir()) {
        file.error = Strings::tr("is a directory, not a profile file");
        return file;
    }
    const DocumentKind kind = documentKindOf(path);
    const qint64 limit = isImported(kind) ? kMaxImportedBytes : kMaxProfileBytes;
    if (info.size() > limit) {
        file.error = Strings::tr("is larger than %1 MB (%2 MB); not a profile Shortlist will read")
                         .arg(limit / (1024 * 1024))
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1);
        return file;
    }
    QFile input;
    file.error = openRegularFile(path, input);
    if (!file.error.isEmpty())
        return file;
    // A PDF or Word file: what it was read as last time, while it has not changed, or what its
    // reader makes of it now. The readers open the file themselves, so its bytes are not read
    // here as well. (A JSON Resume is read from its bytes, faster than a cache entry would be.)
    if (isImported(kind) && kind != DocumentKind::JsonResume) {
        const QDateTime modified = info.lastModified();
        const ImportCache cache;
        if (const std::optional<ImportedDocument> cached = cache.find(path, info.size(), modified))
            return importedProfileFile(path, kind, *cached);
        const ImportedDocument document = importDocument(path, kind, {});
        cache.store(path, info.size(), modified, document);
        return importedProfileFile(path, kind, document);
    }
    const QByteArray bytes = input.readAll();
    if (input.error() != QFileDevice::NoError) {
        file.error = Strings::tr("cannot be read: %1").arg(input.errorString());
        return file;
    }
    if (bytes.size() < info.size()) {
        file.error = Strings::tr("was read only in part (%1 of %2 bytes)").arg(bytes.size()).arg(info.size());
        return file;
    }
    if (isImported(kind))
        return importedProfileFile(path, kind, importDocument(path, kind, bytes));
    ProfileFile parsed = parseProfileBytes(path, bytes);
    parsed.original = importedFrom(path, bytes);
    return parsed;
}

ProfileFile importedProfileFile(const QString &path, DocumentKind kind, const ImportedDocument &document)
{
    ProfileFile file;
    if (document.isValid()) {
        file = parseProfileBytes(path, document.markdown.toUtf8());
        file.warnings = document.notes + file.warnings;
    } else {
        file.path = path;
        file.error = document.problem;
    }
    file.kind = kind;
    return file;
}

} // namespace Shortlist
