#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

// Two ways to make a disk run out under a writer, without depending on the machine's disks.

// While it lives, this process may not make a file longer than `bytes`: a write past it
// fails with EFBIG ("File too large"), as a full disk fails one with ENOSPC. SIGXFSZ, which
// would end the process, is ignored. Only the soft limit moves, so it can be raised back.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_before);
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_before;
        lowered.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_signal);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_ok; }

    // The same limit for a child process, set between fork and exec (a disposition of
    // SIG_IGN survives exec).
    static void applyTo(QProcess &process, rlim_t bytes)
    {
        process.setChildProcessModifier([bytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit;
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = bytes;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }

private:
    rlimit m_before {};
    void (*m_signal)(int) = SIG_DFL;
    bool m_ok = false;
};

// A real tmpfs of `size` bytes mounted on a temporary folder, for as long as it lives. Needs
// root and a system that lets it mount (not every container does): check isMounted().
class SmallDisk
{
public:
    explicit SmallDisk(const QByteArray &size)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        const QByteArray options = "size=" + size + ",mode=0755";
        m_mounted
            = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData())
            == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills the disk with a file of its own until at most `leave` bytes are free.
    bool fillUpTo(qint64 leave)
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(512, 'x');
        qint64 filled = 0;
        while (filler.write(block) == block.size())
            filled += block.size();
        // Give back what is to be left free (tmpfs counts whole pages).
        return filler.resize(std::max<qint64>(0, filled - leave));
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
