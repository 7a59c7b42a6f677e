#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Shortlist {

// Copies of unsaved editor text, kept in the application's data folder (never beside the
// candidate's file) so that a crash loses nothing: written soon after the first unsaved
// change, removed when the text is saved or its changes are discarded. A copy holds a whole
// CV: the folder is its owner's alone (0700) and so is each copy (0600).
class RecoveryStore
{
public:
    struct Copy
    {
        QString path; // the profile file the text belongs to
        QString text;
        QDateTime written;
        // fingerprintOf() the file's bytes the text was made from, to tell whether the file
        // changed on disk since; empty for a copy that does not say (an older Shortlist's).
        QByteArray base;
    };

    // `folder` defaults to "recovery" in the application's data location.
    explicit RecoveryStore(const QString &folder = {});

    QString folder() const { return m_folder; }
    bool save(const QString &path, const QString &text, const QByteArray &base, QString *error = nullptr) const;
    void remove(const QString &path) const;
    QList<Copy> copies() const;

    // What a copy remembers of the file its text was made from.
    static QByteArray fingerprintOf(const QByteArray &fileBytes);

private:
    QString fileFor(const QString &path) const;

    QString m_folder;
};

} // namespace Shortlist
