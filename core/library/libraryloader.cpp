#include "libraryloader.h"

#include "io/profilefile.h"
#include "librarymodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Shortlist {

namespace {

// Results reach the model at most this often while files load: often enough for rows and
// progress to move several times a second, seldom enough that the window's thread (which
// sorts the new rows in and repaints the list each time) leaves the cores to the reading.
// Sorting rows in costs more as the list grows, so the wait grows with it: a millisecond
// more for every ten rows listed (a second and a fifth at ten thousand).
constexpr int kFlushInterval = 200;
constexpr int kRowsPerExtraMillisecond = 10;
constexpr int kDefaultCoalesce = 250;

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

// Runs `work` on each item on every thread of `pool`, each thread taking the next item as
// soon as it is free, and reports each result the moment it is ready, in that order (each
// result says which item it is for).
// QtConcurrent::mapped hands items out in blocks and its results on in order, so that one
// large file held back every file after it.
template<typename Item, typename Result, typename Work>
QFuture<Result> eachAsSoonAsDone(QThreadPool &pool, QList<Item> items, Work work)
{
    struct Shared
    {
        QPromise<Result> promise;
        QList<Item> items;
        std::atomic<qsizetype> next {0};
        std::atomic<qsizetype> running {0};
    };
    auto shared = std::make_shared<Shared>();
    shared->items = std::move(items);
    shared->promise.start();
    QFuture<Result> future = shared->promise.future();
    const qsizetype threads = std::min<qsizetype>(pool.maxThreadCount(), shared->items.size());
    shared->running = threads;
    for (qsizetype t = 0; t < threads; ++t) {
        pool.start([shared, work] {
            for (qsizetype i = shared->next++; i < shared->items.size() && !shared->promise.isCanceled();
                 i = shared->next++) {
                // Appended in the order the results are ready, not at the item's index: a
                // newer Qt (6.8) holds back a result that leaves a gap before it until the gap
                // is filled, which is what a slow file must not do. A copy, not a move: Qt 6.4
                // reports a moved result out of order with a range that ends before it begins.
                const Result result = work(shared->items.at(i));
                shared->promise.addResult(result);
            }
            if (--shared->running == 0)
                shared->promise.finish();
        });
    }
    if (threads == 0)
        shared->promise.finish();
    return future;
}

} // namespace

struct LibraryLoader::Job
{
    QFutureWatcher<Loaded> watcher;
};

LibraryLoader::LibraryLoader(LibraryModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Its own threads, not the global pool: Qt's widget painting borrows the global pool's
    // threads, and a window would not repaint while the pool was busy reading files.
    // Two at least, so that a large file being read leaves a thread for the others.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("Shortlist library loader"));
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        if (m_ready.isEmpty())
            return;
        m_model->setEntries(std::exchange(m_ready, {}));
        Q_EMIT progress(m_done, m_queued);
    });

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kDefaultCoalesce);
    connect(&m_coalesce, &QTimer::timeout, this, &LibraryLoader::applyChanges);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
        [this](const QString &path) { noteChange(path, true); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
        [this](const QString &path) { noteChange(path, false); });
}

LibraryLoader::~LibraryLoader()
{
    for (Job *job : std::as_const(m_jobs)) {
        job->watcher.disconnect(this);
        job->watcher.cancel();
        job->watcher.waitForFinished();
        delete job;
    }
}

QStringList LibraryLoader::profileFilesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isProfileFileName(it.fileName()) && !hasBeenImported(path))
            files.append(QDir::cleanPath(path));
    }
    files.sort();
    return files;
}

void LibraryLoader::open(const QStringList &paths)
{
    for (Job *job : std::as_const(m_jobs))
        job->watcher.cancel();
    m_ticketOfPath.clear(); // results of earlier requests are no longer wanted
    m_ready.clear();
    m_strings.clear();
    m_done = 0;
    m_queued = 0;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_changedFiles.clear();
    m_changedFolders.clear();
    m_roots.clear();
    m_model->clear();
    addRoots(paths);
}

void LibraryLoader::add(const QStringList &paths)
{
    addRoots(paths);
}

void LibraryLoader::reload()
{
    open(std::exchange(m_roots, {}));
}

void LibraryLoader::addRoots(const QStringList &paths)
{
    QStringList files;
    QStringList folders;
    for (const QString &path : paths) {
        const QString root = cleanPath(path);
        if (m_roots.contains(root))
            continue;
        m_roots.append(root);
        const QFileInfo info(root);
        if (info.isDir()) {
            folders.append(root);
            QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                folders.append(QDir::cleanPath(it.next()));
            files += profileFilesUnder(root);
        } else {
            // A single file, or a path that does not exist: reading it says what is wrong.
            files.append(root);
        }
    }
    files.removeDuplicates();
    files.removeIf([this](const QString &file) { return isKnown(file); });
    watch(folders, files);
    load(files);
}

void LibraryLoader::watch(const QStringList &folders, const QStringList &files)
{
    QStringList paths = folders + files;
    // A set: a library of ten thousand files is as many watches, compared on every call.
    const QStringList watchedFiles = m_watcher.files();
    const QStringList watchedFolders = m_watcher.directories();
    QSet<QString> watched(watchedFiles.cbegin(), watchedFiles.cend());
    watched.unite(QSet<QString>(watchedFolders.cbegin(), watchedFolders.cend()));
    paths.removeIf([&](const QString &path) { return watched.contains(path) || !QFileInfo::exists(path); });
    // Paths the system refuses to watch (too many watches) are still read; they are only
    // not refreshed on their own.
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
}

void LibraryLoader::load(const QStringList &files)
{
    if (files.isEmpty()) {
        if (m_jobs.isEmpty())
            Q_EMIT loadingFinished();
        return;
    }
    QList<std::pair<QString, quint64>> requests;
    requests.reserve(files.size());
    for (const QString &file : files) {
        const quint64 ticket = m_nextTicket++;
        m_ticketOfPath.insert(file, ticket);
        requests.append({file, ticket});
    }
    m_queued += int(files.size());
    Q_EMIT progress(m_done, m_queued);

    auto *job = new Job;
    m_jobs.append(job);
    connect(&job->watcher, &QFutureWatcherBase::resultsReadyAt, this, [this, job](int begin, int end) {
        const QFuture<Loaded> future = job->watcher.future();
        for (int index = begin; index < end; ++index) {
            Loaded loaded = future.resultAt(index);
            ++m_done;
            const auto ticket = m_ticketOfPath.constFind(loaded.entry.path);
            if (ticket == m_ticketOfPath.cend() || *ticket != loaded.ticket)
                continue; // superseded by a later reading of the same file
            m_ticketOfPath.erase(ticket);
            m_ready.append(std::move(loaded.entry));
        }
        if (!m_flush.isActive())
            m_flush.start(kFlushInterval + m_model->rowCount() / kRowsPerExtraMillisecond);
    });
    connect(&job->watcher, &QFutureWatcherBase::finished, this, [this, job] { jobFinished(job); });

    const QDate today = m_today;
    StringPool *strings = &m_strings; // outlives the job: the destructor waits for it
    job->watcher.setFuture(eachAsSoonAsDone<std::pair<QString, quint64>, Loaded>(m_pool, std::move(requests),
        [today, strings, reader = m_reader](const std::pair<QString, quint64> &request) {
            Loaded loaded {request.second, reader(request.first, today)};
            // Here rather than on the loader's thread: a repeat is dropped by the thread that
            // allocated it, before it leaves holes among the entries that stay.
            strings->share(loaded.entry);
            return loaded;
        }));
}

void LibraryLoader::jobFinished(Job *job)
{
    m_jobs.removeOne(job);
    job->watcher.disconnect(this);
    delete job;
    if (!m_jobs.isEmpty())
        return;
    m_flush.stop();
    if (!m_ready.isEmpty())
        m_model->setEntries(std::exchange(m_ready, {}));
    m_done = m_queued; // cancelled requests count as done
    Q_EMIT progress(m_done, m_queued);
    Q_EMIT loadingFinished();
}

bool LibraryLoader::covers(const QString &path) const
{
    const QString clean = cleanPath(path);
    return std::any_of(m_roots.cbegin(), m_roots.cend(), [&clean](const QString &root) {
        return clean == root || clean.startsWith(root + QLatin1Char('/'));
    });
}

bool LibraryLoader::isKnown(const QString &path) const
{
    return m_model->rowOfPath(path) >= 0 || m_ticketOfPath.contains(path);
}

bool LibraryLoader::isUnchanged(const QString &path) const
{
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return false;
    const LibraryEntry &entry = m_model->entry(row);
    const QFileInfo info(path);
    return info.lastModified() == entry.modified && info.size() == entry.size;
}

void LibraryLoader::noteChange(const QString &path, bool isFolder)
{
    (isFolder ? m_changedFolders : m_changedFiles).insert(path);
    m_coalesce.start();
}

void LibraryLoader::applyChanges()
{
    QStringList toLoad;
    QStringList toRemove;
    for (const QString &folder : std::exchange(m_changedFolders, {}))
        rescanFolder(folder, toLoad, toRemove);
    for (const QString &file : std::exchange(m_changedFiles, {})) {
        if (!QFileInfo(file).isFile())
            toRemove.append(file);
        else
            toLoad.append(file); // an edit in place can keep size and second
    }
    toLoad.removeDuplicates();
    toRemove.removeIf([&](const QString &path) { return toLoad.contains(path); });
    for (const QString &path : std::as_const(toRemove))
        m_ticketOfPath.remove(path);
    m_model->removePaths(toRemove);
    // A file replaced by a rename (an atomic save) is a new file to the system: watch it again.
    watch({}, toLoad);
    load(toLoad);
}

void LibraryLoader::rescanFolder(const QString &folder, QStringList &toLoad, QStringList &toRemove)
{
    if (!QFileInfo(folder).isDir()) {
        const QString prefix = folder + QLatin1Char('/');
        // The folder went away, and everything in it.
        for (const QString &path : m_model->paths()) {
            if (path.startsWith(prefix))
                toRemove.append(path);
        }
        return;
    }
    const QDir dir(folder);
    const QStringList watchedFolders = m_watcher.directories();
    QStringList folders;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString sub = QDir::cleanPath(info.absoluteFilePath());
        if (watchedFolders.contains(sub))
            continue;
        // A new folder, perhaps moved in with files: take all of it.
        folders.append(sub);
        QDirIterator it(sub, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            folders.append(QDir::cleanPath(it.next()));
        for (const QString &file : profileFilesUnder(sub)) {
            if (!isKnown(file))
                toLoad.append(file);
        }
    }
    watch(folders, {});

    QSet<QString> present;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        if (!isProfileFileName(info.fileName()) || hasBeenImported(info.filePath()))
            continue;
        const QString path = QDir::cleanPath(info.absoluteFilePath());
        present.insert(path);
        if (!isKnown(path) || !isUnchanged(path))
            toLoad.append(path);
    }
    for (const QString &path : m_model->paths()) {
        if (folderOf(path) == folder && !present.contains(path))
            toRemove.append(path);
    }
}

} // namespace Shortlist
