#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

struct zip;

namespace Shortlist::Import {

// Reads the parts of a zip container (.docx, .odt) with libzip, refusing what a CV never is:
// an encrypted entry, or one that unpacks to more than `maxEntrySize` bytes (a zip bomb
// would otherwise fill the memory). Every failure is a sentence for the user, in `problem()`.
class ZipReader
{
public:
    static constexpr qint64 maxEntrySize = 50 * 1024 * 1024;

    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_archive != nullptr; }
    // Why the file could not be opened, or why the last read() failed.
    QString problem() const { return m_problem; }

    bool contains(const QString &name) const;
    // The names of the entries, in the archive's order.
    QStringList names() const;
    // The whole entry; nothing (and problem() set) when it is missing, encrypted, too large
    // or damaged.
    std::optional<QByteArray> read(const QString &name);

private:
    QString openProblem(int code, const QString &path) const;

    zip *m_archive = nullptr;
    QString m_problem;
};

} // namespace Shortlist::Import
