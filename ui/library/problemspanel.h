#pragma once

#include <QWidget>

class QTreeView;

namespace Shortlist {

class LibraryFilter;
class LibraryModel;

// The files of the library that could not be read, each with the reason, and those read
// with a warning (a file that is not UTF-8, read as Windows-1252), each with the warning.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(LibraryModel *library, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    int problemCount() const;

Q_SIGNALS:
    void problemCountChanged(int count);

private:
    LibraryFilter *m_problems = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Shortlist
