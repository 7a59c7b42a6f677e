#include "profilefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Shortlist {

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::ProfileFile)
};

// A text file has no NUL bytes (UTF-16 aside) and few control characters.
bool looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = uchar(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++control;
    }
    return control * 20 > sample;
}

} // namespace

bool isProfileFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
        || suffix == QLatin1String("txt");
}

ProfileFile parseProfileBytes(const QString &path, const QByteArray &bytes)
{
    ProfileFile file;
    file.path = path;
    if (bytes.size() > kMaxProfileBytes) {
        file.error = Strings::tr("is larger than 10 MB (%1 MB); not a profile Shortlist will read")
                         .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1);
        return file;
    }
    QByteArrayView body(bytes);
    for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"}) {
        if (body.startsWith(bom))
            body = body.sliced(qstrlen(bom));
    }
    bool blank = true;
    for (char c : body)
        blank = blank && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0');
    if (blank) {
        file.error = Strings::tr("is empty");
        return file;
    }
    if (looksBinary(bytes)) {
        file.error = Strings::tr("is not a text file (it holds binary data)");
        return file;
    }
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
    if (!info.exists()) {
        file.error = Strings::tr("no such file");
        return file;
    }
    if (info.isDir()) {
        file.error = Strings::tr("is a directory, not a profile file");
        return file;
    }
    if (info.size() > kMaxProfileBytes) {
        file.error = Strings::tr("is larger than 10 MB (%1 MB); not a profile Shortlist will read")
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1);
        return file;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = Strings::tr("cannot be read: %1").arg(input.errorString());
        return file;
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
    return parseProfileBytes(path, bytes);
}

} // namespace Shortlist
