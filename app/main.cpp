#include "about/identity.h"
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTimer>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The fictional profiles shipped with Shortlist: installed beside the program, or in the source tree.
QString sampleLibrary()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/shortlist/samples"));
    if (QFileInfo(installed).isDir())
        return installed;
    return QStringLiteral(SHORTLIST_SAMPLES_DIR);
}

} // namespace

int main(int argc, char *argv[])
{
    Shortlist::setApplicationIdentity();

    const QStringList arguments = argumentsOf(argc, argv);
    if (Shortlist::CommandLine::isConsoleRequest(arguments)) {
        if (!Shortlist::CommandLine::needsFonts(arguments)) {
            QCoreApplication app(argc, argv);
            return Shortlist::CommandLine::run(app.arguments());
        }
        // A PDF is laid out with fonts, which need a GUI application, but not a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return Shortlist::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("app.shortlist.Shortlist"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shortlist"));
    QString error;
    const QStringList paths = Shortlist::CommandLine::guiPaths(app.arguments(), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "shortlist: %s\n", qUtf8Printable(error));
        return 2;
    }
    Shortlist::MainWindow window;
    if (paths.isEmpty())
        window.openLastLibrary({sampleLibrary()});
    else
        window.openPaths(paths);
    window.show();
    // Unsaved text a crash left behind, once the window is up.
    QTimer::singleShot(0, &window, &Shortlist::MainWindow::offerRecovery);
    return app.exec();
}
