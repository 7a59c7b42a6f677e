// Opening a profile never touches the network, even though CVs carry remote images and
// links. The test process replaces the C library's entry points to the network (name
// lookups and connections to internet addresses) with versions that refuse and count; any
// library in the process that tried to fetch something would go through them.

#include "library/libraryloader.h"
#include "mainwindow.h"
#include "profileview.h"
#include "timeline/today.h"

#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <netdb.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> g_networkAttempts {0};

bool isInternet(const sockaddr *address)
{
    return address && (address->sa_family == AF_INET || address->sa_family == AF_INET6);
}

} // namespace

// The interposed entry points. X11 and D-Bus connect over local sockets, which stay allowed.
extern "C" {
int connect(int, const sockaddr *address, socklen_t)
{
    if (isInternet(address)) {
        ++g_networkAttempts;
        errno = ENETUNREACH;
        return -1;
    }
    errno = EACCES; // local sockets are not needed by an offscreen test either
    return -1;
}

ssize_t sendto(int, const void *, size_t, int, const sockaddr *address, socklen_t)
{
    if (isInternet(address))
        ++g_networkAttempts;
    errno = ENETUNREACH;
    return -1;
}

int getaddrinfo(const char *, const char *, const addrinfo *, addrinfo **)
{
    ++g_networkAttempts;
    return EAI_FAIL;
}

hostent *gethostbyname(const char *)
{
    ++g_networkAttempts;
    h_errno = HOST_NOT_FOUND;
    return nullptr;
}
}

namespace {

// A fictional CV with everything that could tempt a renderer to fetch: a photo, an inline
// image, a badge, links.
const QByteArray kRemoteContent
    = "![Portrait of Lena Fischer](https://images.example.com/lena.jpg)\n\n"
      "# Lena Fischer\n\nSite Reliability Engineer\n\nGraz, Austria · lena@example.org · "
      "[GitHub](https://github.com/lena-example)\n\n"
      "## Summary\n\nRuns calm on-call rotations. "
      "![badge](http://badges.example.net/certified.svg)\n\n"
      "## Experience\n\n### SRE at Bergwerk Cloud\n_2019 – present_\n\n"
      "- Cut paging noise by half <img src=\"https://tracker.example.com/pixel.gif\">\n";

QString seedsDir()
{
    const QString overridden = qEnvironmentVariable("SHORTLIST_SEEDS_DIR");
    return overridden.isEmpty() ? QStringLiteral(SHORTLIST_SOURCE_DIR "/../shared/seeds") : overridden;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theGuardCountsAttempts();
    void openingProfilesMakesNoNetworkRequest_data();
    void openingProfilesMakesNoNetworkRequest();

private:
    QTemporaryDir m_settings;
};

void TestPrivacy::initTestCase()
{
    // The window remembers what it opened; keep that out of the user's settings.
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    Shortlist::setToday(QDate(2026, 6, 1)); // nothing shown may depend on the day the suite runs
}

void TestPrivacy::theGuardCountsAttempts()
{
    // Without this, a passing test below could mean the guard is not in place.
    const int before = g_networkAttempts;
    addrinfo *result = nullptr;
    QCOMPARE(getaddrinfo("example.com", "443", nullptr, &result), EAI_FAIL);
    QCOMPARE(g_networkAttempts.load(), before + 1);
    g_networkAttempts = before;
}

void TestPrivacy::openingProfilesMakesNoNetworkRequest_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("privacy: fictional CV with remote images") << u"lena.md"_s << kRemoteContent;
    const QString seed = seedsDir() + u"/000_469f39b99e3bd6be.txt"_s;
    QFile file(seed);
    if (file.open(QIODevice::ReadOnly))
        QTest::newRow("privacy: seed 000") << u"seed-000.txt"_s << file.readAll();
}

void TestPrivacy::openingProfilesMakesNoNetworkRequest()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    if (!content.contains("https://"))
        QSKIP("the input has no remote content to resist");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile out(dir.filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(content), content.size());
    out.close();
    g_networkAttempts = 0;

    Shortlist::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.loader(), &Shortlist::LibraryLoader::loadingFinished);
    window.openPaths({dir.path()});
    QVERIFY(finished.wait());
    QVERIFY(window.selectPath(dir.filePath(file)));
    Shortlist::ProfileView *view = window.profileView();
    QVERIFY(!view->toPlainText().isEmpty());
    // Lay out and paint everything, images included, as a person scrolling through would.
    view->document()->adjustSize();
    const QImage painted = window.grab().toImage();
    QVERIFY(!painted.isNull());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QVERIFY(!window.grab().isNull());

    QCOMPARE(g_networkAttempts.load(), 0);
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
