#pragma once

#include "compare/comparisonmodel.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTableView;

namespace Shortlist {

class TimelinePanel;

// Candidates side by side: one column per candidate (scrolling sideways past four) with
// the rows lined up, and their careers on one shared time axis under the table. Columns
// are reordered by dragging their headers and removed from the header's menu or with
// Delete.
class ComparisonWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComparisonWindow(QWidget *parent = nullptr);

    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TimelinePanel *timeline() const { return m_timeline; }

    // Reads each file and adds the candidates not compared yet; files that cannot be
    // read are named in the status bar.
    void addFiles(const QStringList &paths);
    void removeColumn(int column);
    void setRequirements(const QString &text, const QList<Requirement> &requirements, const SkillNormalizer &skills);

Q_SIGNALS:
    // Export PDF… for the compared candidates, in their order.
    void exportRequested(const QStringList &paths);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTimeline();
    void fitTimelineHeight();
    void updateTitle();

    ComparisonModel *m_model;
    QTableView *m_table;
    TimelinePanel *m_timeline;
    QLabel *m_requirements;
    QSplitter *m_splitter;
    bool m_timelineSized = false; // the person moved the splitter: keep their sizes
};

} // namespace Shortlist
