#include "comparisonwindow.h"

#include "icons.h"
#include "io/profilefile.h"
#include "richtextdelegate.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Shortlist {

namespace {

constexpr int kColumnWidth = 250;

} // namespace

ComparisonWindow::ComparisonWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ComparisonModel(this))
    , m_table(new QTableView(this))
    , m_timeline(new TimelinePanel(this))
    , m_requirements(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setWindowTitle(tr("Comparison"));
    setWindowIcon(applicationIcon());
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setItemDelegate(new RichTextDelegate(ComparisonModel::RichTextRole, m_table));
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // the arrows move between cells; Tab goes on to the timeline
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setDefaultSectionSize(kColumnWidth);
    columns->setMinimumSectionSize(120);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);

    // A column dragged to another place moves the candidate in the model, so that the
    // shared timeline lists them in the same order.
    connect(columns, &QHeaderView::sectionMoved, this, [this, columns](int, int from, int to) {
        const QSignalBlocker blocker(columns);
        columns->moveSection(to, from); // the model moves instead of the header
        m_model->moveColumn({}, from, {}, to > from ? to + 1 : to);
    });
    connect(columns, &QHeaderView::customContextMenuRequested, this, [this, columns](const QPoint &pos) {
        const int column = columns->logicalIndexAt(pos);
        if (column < 0)
            return;
        QMenu menu(this);
        QAction *remove = menu.addAction(themeIcon(QStringLiteral("list-remove")), tr("Remove from Comparison"));
        if (menu.exec(columns->mapToGlobal(pos)) == remove)
            removeColumn(column);
    });

    auto *removeSelected = new QAction(themeIcon(QStringLiteral("list-remove")), tr("&Remove Candidate"), this);
    removeSelected->setShortcut(QKeySequence::Delete);
    removeSelected->setToolTip(tr("Remove the selected candidate from the comparison"));
    connect(removeSelected, &QAction::triggered, this, [this] {
        const QModelIndexList columns = m_table->selectionModel()->selectedColumns();
        const QModelIndex current = columns.isEmpty() ? m_table->currentIndex() : columns.first();
        if (current.isValid())
            removeColumn(current.column());
    });
    removeSelected->setObjectName(QStringLiteral("removeCandidate"));
    addAction(removeSelected);
    // A window of its own, closed as other secondary windows are.
    auto *closeWindow = new QAction(tr("&Close"), this);
    closeWindow->setObjectName(QStringLiteral("closeComparison"));
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!closeKeys.contains(keys))
            closeKeys.append(keys);
    }
    closeWindow->setShortcuts(closeKeys);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    addAction(closeWindow);
    QToolBar *tools = addToolBar(tr("Comparison"));
    tools->setObjectName(QStringLiteral("comparisonTools"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(removeSelected);
    auto *exportPdf = new QAction(themeIcon(QStringLiteral("document-export")), tr("&Export PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("exportComparison"));
    connect(exportPdf, &QAction::triggered, this, [this] {
        QStringList paths;
        for (const ComparisonModel::Candidate &c : m_model->candidates())
            paths.append(c.path);
        if (!paths.isEmpty())
            Q_EMIT exportRequested(paths);
    });
    tools->addAction(exportPdf);
    tools->addSeparator();
    tools->addWidget(m_requirements);
    m_requirements->setTextFormat(Qt::PlainText);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_timelineSized = true; });

    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ComparisonWindow::updateTimeline);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &ComparisonWindow::updateTimeline);
    connect(m_model, &QAbstractItemModel::columnsMoved, this, &ComparisonWindow::updateTimeline);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonWindow::updateTimeline);
    connect(m_timeline->view(), &TimelineView::positionActivated, this, [this](int candidate, int) {
        m_table->selectColumn(candidate);
    });

    // Four columns side by side; more scroll.
    resize(m_table->verticalHeader()->sizeHint().width() + 130 + 4 * kColumnWidth, 760);
    setRequirements({}, {}, {});
}

void ComparisonWindow::addFiles(const QStringList &paths)
{
    QList<ComparisonModel::Candidate> candidates;
    QStringList failed;
    for (const QString &path : paths) {
        const ProfileFile file = loadProfileFile(path);
        if (file.isValid())
            candidates.append({path, file.profile});
        else
            failed.append(tr("%1 %2").arg(QFileInfo(path).fileName(), file.error));
    }
    m_model->addCandidates(candidates);
    if (!failed.isEmpty())
        statusBar()->showMessage(tr("Not compared: %1").arg(failed.join(QStringLiteral("; "))));
}

void ComparisonWindow::removeColumn(int column)
{
    m_model->removeColumn(column);
}

void ComparisonWindow::setRequirements(const QString &text, const QList<Requirement> &requirements, const SkillNormalizer &skills)
{
    m_model->setRequirements(requirements, skills);
    m_table->setRowHidden(ComparisonModel::Match, requirements.isEmpty());
    m_requirements->setText(requirements.isEmpty() ? tr("No requirements: type what the role needs in the library window")
                                                   : tr("Role needs: %1").arg(text));
}

void ComparisonWindow::updateTimeline()
{
    QList<TimelinePainter::Candidate> candidates;
    for (const ComparisonModel::Candidate &c : m_model->candidates()) {
        const QString name = c.profile.basics.name.value.isEmpty() ? QFileInfo(c.path).fileName() : c.profile.basics.name.value;
        candidates.append({name, c.profile});
    }
    m_timeline->view()->setCandidates(candidates);
    fitTimelineHeight();
    updateTitle();
}

void ComparisonWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitTimelineHeight();
}

// The table is what the window is for: the timeline gets what its lanes need, up to two
// fifths of the height, until the person sizes the two themselves.
void ComparisonWindow::fitTimelineHeight()
{
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (m_timelineSized || total <= 0)
        return;
    const int height = std::min(m_timeline->heightToShowAll(m_splitter->width()), total * 2 / 5);
    m_splitter->setSizes({total - height, height});
}

void ComparisonWindow::updateTitle()
{
    setWindowTitle(tr("Comparison of %n candidates", nullptr, m_model->columnCount()));
}

} // namespace Shortlist
