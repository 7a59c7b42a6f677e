#pragma once

#include <QTableView>

namespace Shortlist {

// The candidate list: sortable by any column, whole rows selected, and a header menu to
// show or hide columns. Its header state (visibility, order, widths, sort) can be saved.
class CandidateTable : public QTableView
{
    Q_OBJECT
public:
    explicit CandidateTable(QWidget *parent = nullptr);

    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);

private:
    void showHeaderMenu(const QPoint &position);
};

} // namespace Shortlist
