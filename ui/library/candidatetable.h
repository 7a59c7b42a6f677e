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

protected:
    // The focus is framed around the current row (see paintEvent()): the rows it leaves and
    // enters are drawn again.
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void updateRow(const QModelIndex &index);
    void showHeaderMenu(const QPoint &position);
};

} // namespace Shortlist
