#include "mainwindow.h"

#include "profileview.h"

#include <QApplication>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace Shortlist {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_list(new QListWidget(this))
    , m_view(new ProfileView(this))
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    resize(1100, 720);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(
        QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"), this, &MainWindow::openFolder);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), qApp,
        &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shortlist"), this, &MainWindow::about);

    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::showCurrent);
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_files.clear();
    m_list->clear();
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                const QString file = it.next();
                if (isProfileFileName(file))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else {
            files.append(path);
        }
    }
    int problems = 0;
    for (const QString &path : std::as_const(files)) {
        ProfileFile file = loadProfileFile(path);
        const QString name = QFileInfo(path).fileName();
        auto *item = new QListWidgetItem(m_list);
        if (file.isValid()) {
            item->setText(file.profile.basics.name.value.isEmpty() ? name : file.profile.basics.name.value);
            item->setToolTip(file.profile.basics.label.value + QLatin1Char('\n') + path);
        } else {
            item->setText(tr("%1 (cannot be read)").arg(name));
            item->setToolTip(file.error);
            ++problems;
        }
        m_files.append(std::move(file));
    }
    statusBar()->showMessage(problems
            ? tr("%n profile(s), %1 with problems", nullptr, int(files.size())).arg(problems)
            : tr("%n profile(s)", nullptr, int(files.size())));
    if (!m_files.isEmpty())
        m_list->setCurrentRow(0);
}

void MainWindow::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size()) {
        m_view->clearProfile();
        return;
    }
    const ProfileFile &file = m_files[row];
    if (!file.isValid()) {
        m_view->setPlainText(QStringLiteral("%1: %2").arg(file.path, file.error));
        return;
    }
    m_view->showProfile(file.profile, QFileInfo(file.path).fileName());
    setWindowFilePath(file.path);
}

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Shortlist"),
        tr("<h3>Shortlist %1</h3><p>Read, compare and edit candidate profiles.</p>"
           "<p>Built with Qt %2 (LGPLv3) and cmark-gfm (BSD-2-Clause).</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Shortlist
