#include "import/zipreader.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace Shortlist::Import {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Import)
};

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QByteArray firstBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
}

// Word's own encryption and the old binary .doc format are both OLE compound files, not zips:
// worth telling apart from a file that is simply something else.
bool isCompoundFile(const QByteArray &start)
{
    return start == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

// A zip starts with a local file header and ends with its directory: a file cut short (an
// interrupted download) has the one without the other.
bool isTruncatedZip(const QByteArray &start)
{
    return start.startsWith(QByteArray("PK\x03\x04", 4));
}

} // namespace

ZipReader::ZipReader(const QString &path)
{
    int code = 0;
    m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_archive)
        m_problem = openProblem(code, path);
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

QString ZipReader::openProblem(int code, const QString &path) const
{
    switch (code) {
    case ZIP_ER_NOENT: return Strings::tr("no such file");
    case ZIP_ER_OPEN:
    case ZIP_ER_READ: return Strings::tr("cannot be read: %1").arg(libzipMessage(code));
    case ZIP_ER_NOZIP: {
        const QByteArray start = firstBytes(path);
        if (isTruncatedZip(start))
            return Strings::tr("is damaged: its zip archive is incomplete (the file was cut short)");
        if (isCompoundFile(start))
            return Strings::tr("is an old binary Word document (.doc) or a password-protected one; "
                                  "save it as .docx without a password to read it");
        return Strings::tr("is not a Word or OpenDocument file (it is not a zip archive)");
    }
    default:
        return Strings::tr("is damaged: its zip archive cannot be read (%1)").arg(libzipMessage(code));
    }
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

QStringList ZipReader::names() const
{
    QStringList result;
    if (!m_archive)
        return result;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_archive, zip_uint64_t(i), 0))
            result.append(QString::fromUtf8(name));
    }
    return result;
}

std::optional<QByteArray> ZipReader::read(const QString &name)
{
    if (!m_archive)
        return std::nullopt;
    const zip_int64_t index = zip_name_locate(m_archive, name.toUtf8().constData(), 0);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) != 0) {
        m_problem = Strings::tr("has no %1 inside").arg(name);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        m_problem = Strings::tr("is encrypted (%1 needs a password)").arg(name);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxEntrySize)) {
        m_problem = Strings::tr("is too large to read: %1 unpacks to %2 MB, more than the %3 MB Shortlist reads")
                        .arg(name)
                        .arg(stat.size / (1024 * 1024))
                        .arg(maxEntrySize / (1024 * 1024));
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file) {
        m_problem = Strings::tr("is damaged: %1 cannot be unpacked (%2)")
                        .arg(name, QString::fromUtf8(zip_strerror(m_archive)));
        return std::nullopt;
    }
    // The size in the directory may lie: read at most one byte past the cap and check.
    QByteArray data;
    char buffer[64 * 1024];
    zip_int64_t got = 0;
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
        data.append(buffer, qsizetype(got));
        if (data.size() > maxEntrySize)
            break;
    }
    const QString fileError = got < 0 ? QString::fromUtf8(zip_file_strerror(file)) : QString();
    zip_fclose(file);
    if (data.size() > maxEntrySize) {
        m_problem = Strings::tr("is too large to read: %1 unpacks to more than the %2 MB Shortlist reads")
                        .arg(name)
                        .arg(maxEntrySize / (1024 * 1024));
        return std::nullopt;
    }
    if (!fileError.isEmpty()) {
        m_problem = Strings::tr("is damaged: %1 cannot be unpacked (%2)").arg(name, fileError);
        return std::nullopt;
    }
    return data;
}

} // namespace Shortlist::Import
