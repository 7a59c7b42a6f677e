#pragma once

#include "io/profilefile.h"

#include <QMainWindow>

class QListWidget;

namespace Shortlist {

class ProfileView;

// The library window: the profiles of the opened folders and files, and the one selected.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openPaths(const QStringList &paths);

private:
    void showCurrent();
    void openFolder();
    void about();

    QListWidget *m_list = nullptr;
    ProfileView *m_view = nullptr;
    QList<ProfileFile> m_files;
};

} // namespace Shortlist
