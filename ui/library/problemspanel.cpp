#include "problemspanel.h"

#include "library/libraryfilter.h"
#include "library/librarymodel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Shortlist {

namespace {

// The panel shows what is wrong with each file where the list has a profile's headline,
// and names that column for what it holds.
class ProblemColumns : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == LibraryModel::Headline && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
            return index.data(LibraryModel::ProblemRole);
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == LibraryModel::Headline)
            return ProblemsPanel::tr("Problem");
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(LibraryModel *library, QWidget *parent)
    : QWidget(parent)
{
    m_problems = new LibraryFilter(this);
    m_problems->setLibrary(library);
    m_problems->setRows(LibraryFilter::Rows::Problems);
    m_problems->sort(LibraryModel::File);

    auto *columns = new ProblemColumns(this);
    columns->setSourceModel(m_problems);
    m_view = new QTreeView(this);
    m_view->setModel(columns);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int column = 0; column < LibraryModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, column != LibraryModel::File && column != LibraryModel::Headline);
    m_view->header()->moveSection(LibraryModel::File, 0);
    m_view->header()->resizeSection(LibraryModel::File, 220);
    m_view->setAccessibleName(tr("Files that could not be read or were read with a warning"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    const auto notify = [this] { Q_EMIT problemCountChanged(problemCount()); };
    connect(m_problems, &QAbstractItemModel::rowsInserted, this, notify);
    connect(m_problems, &QAbstractItemModel::rowsRemoved, this, notify);
    connect(m_problems, &QAbstractItemModel::modelReset, this, notify);
    connect(m_problems, &QAbstractItemModel::layoutChanged, this, notify);
}

int ProblemsPanel::problemCount() const
{
    return m_problems->rowCount();
}

} // namespace Shortlist
