#pragma once

#include "libraryentry.h"
#include "timeline/today.h"

#include <QDate>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace Shortlist {

class LibraryModel;

// Fills a LibraryModel from folders and files: finds every profile file (recursively),
// parses them on all cores and hands the results to the model in batches on the thread the
// loader lives in, so a window stays usable while ten thousand files load. Each file is
// handed on as soon as it is read: a large one holds back no other.
// Afterwards it watches the disk: files added, edited, deleted or renamed are picked up,
// bursts of changes coalesced into one pass.
class LibraryLoader : public QObject
{
    Q_OBJECT
public:
    explicit LibraryLoader(LibraryModel *model, QObject *parent = nullptr);
    ~LibraryLoader() override;

    // Replaces the library with these folders and files.
    void open(const QStringList &paths);
    // Adds folders and files to the open library.
    void add(const QStringList &paths);
    // Reads every file again.
    void reload();

    QStringList roots() const { return m_roots; }
    // True for a file the open library reads, or will once it gets to it: one of its
    // files, or one in (or below) one of its folders.
    bool covers(const QString &path) const;
    bool isLoading() const { return !m_jobs.isEmpty(); }
    int filesDone() const { return m_done; }
    int filesQueued() const { return m_queued; }

    // Experience counts up to this day (tests fix it).
    void setToday(QDate today) { m_today = today; }
    // How long to wait after a change on disk for more changes before reading them.
    void setCoalesceInterval(int milliseconds) { m_coalesce.setInterval(milliseconds); }
    // How a file is read into an entry, on the loader's threads: loadLibraryEntry() unless a
    // test holds one file back to see the others arrive.
    using Reader = std::function<LibraryEntry(const QString &path, QDate today)>;
    void setReader(Reader reader) { m_reader = std::move(reader); }

    // The profile files under a folder, recursively, hidden folders and files skipped;
    // sorted for a stable order.
    static QStringList profileFilesUnder(const QString &folder);

Q_SIGNALS:
    void progress(int done, int queued);
    void loadingFinished();

private:
    struct Job;
    struct Loaded
    {
        quint64 ticket = 0;
        LibraryEntry entry;
    };

    void load(const QStringList &files);
    void takeResults();
    void jobFinished(Job *job);
    void watch(const QStringList &folders, const QStringList &files);
    void addRoots(const QStringList &paths);
    void noteChange(const QString &path, bool isFolder);
    void applyChanges();
    void rescanFolder(const QString &folder, QStringList &toLoad, QStringList &toRemove);
    bool isKnown(const QString &path) const;
    bool isUnchanged(const QString &path) const;

    LibraryModel *m_model;
    QThreadPool m_pool; // declared before the jobs that run on it, destroyed after them
    QStringList m_roots;
    QDate m_today = Shortlist::today();
    Reader m_reader = loadLibraryEntry;

    QList<Job *> m_jobs;
    QHash<QString, quint64> m_ticketOfPath; // the latest request for each file being read
    quint64 m_nextTicket = 1;
    QList<LibraryEntry> m_ready; // read, not yet in the model
    StringPool m_strings; // text the entries read repeat, kept once
    QTimer m_flush; // batches results into the model
    int m_done = 0;
    int m_queued = 0;

    QFileSystemWatcher m_watcher;
    QSet<QString> m_changedFolders;
    QSet<QString> m_changedFiles;
    QTimer m_coalesce;
};

} // namespace Shortlist
