#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Shortlist {

// Copies of unsaved editor text, kept in the application's data folder (never beside the
// candidate's file) so that a crash loses nothing: written a few seconds after the last
// change, removed when the text is saved or its changes are discarded.
class RecoveryStore
{
public:
    struct Copy
    {
        QString path; // the profile file the text belongs to
        QString text;
        QDateTime written;
    };

    // `folder` defaults to "recovery" in the application's data location.
    explicit RecoveryStore(const QString &folder = {});

    QString folder() const { return m_folder; }
    bool save(const QString &path, const QString &text, QString *error = nullptr) const;
    void remove(const QString &path) const;
    QList<Copy> copies() const;

private:
    QString fileFor(const QString &path) const;

    QString m_folder;
};

} // namespace Shortlist
