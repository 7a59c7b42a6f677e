#include "candidatetable.h"

#include "focusframe.h"
#include "library/librarymodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>

namespace Shortlist {

CandidateTable::CandidateTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(false); // a row is one candidate: Tab goes on to the profile
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Rows of one line, sized once rather than measured per row: ten thousand rows stay fast.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(150);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &CandidateTable::showHeaderMenu);
}

void CandidateTable::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return;
    // A row is one candidate: the frame goes around the whole of it.
    const QRect cell = visualRect(current);
    const QRect row(-horizontalOffset(), cell.top(), horizontalHeader()->length(), cell.height());
    QPainter painter(viewport());
    drawFocusFrame(
        &painter, row, palette(), selectionModel()->isRowSelected(current.row(), current.parent()), 1);
}

void CandidateTable::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    updateRow(currentIndex());
}

void CandidateTable::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    updateRow(currentIndex());
}

void CandidateTable::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    updateRow(previous);
    updateRow(current);
}

void CandidateTable::updateRow(const QModelIndex &index)
{
    if (index.isValid())
        viewport()->update(0, rowViewportPosition(index.row()), viewport()->width(), rowHeight(index.row()));
}

QByteArray CandidateTable::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool CandidateTable::restoreHeaderState(const QByteArray &state)
{
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void CandidateTable::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < header->count(); ++column) {
        QAction *action
            = menu.addAction(model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column identifies the row: it stays.
        action->setEnabled(column != LibraryModel::Name);
        connect(action, &QAction::toggled, this,
            [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace Shortlist
