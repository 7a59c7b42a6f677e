#include "mainwindow.h"
#include "originalview.h"

#include "about/credits.h"
#include "appearance.h"
#include "editor/codeeditor.h"
#include "editor/editorpane.h"
#include "editor/markdownhighlighting.h"
#include "io/recovery.h"
#include "icons.h"
#include "io/profilefile.h"
#include "library/candidatetable.h"
#include "library/filterbar.h"
#include "library/libraryfilter.h"
#include "library/libraryloader.h"
#include "library/librarymodel.h"
#include "compare/comparisonwindow.h"
#include "compare/requirements.h"
#include "io/atomicwrite.h"
#include "library/problemspanel.h"
#include "library/requirementsbar.h"
#include "pdf/exportdialog.h"
#include "profileview.h"
#include "sourcedialog.h"
#include "textundo.h"
#include "timeline/timelineview.h"
#include "source/sourcerange.h"

#include <QActionGroup>
#include <QCryptographicHash>
#include <QDialog>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Shortlist {

namespace {

constexpr int kMaxRecent = 10;

namespace Key {
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString splitter = QStringLiteral("window/splitter");
const QString header = QStringLiteral("list/header");
const QString libraryPaths = QStringLiteral("library/paths");
const QString recent = QStringLiteral("library/recent");
const QString colorScheme = QStringLiteral("appearance/colorScheme");
const QString wordWrap = QStringLiteral("editor/wordWrap");
const QString lineNumbers = QStringLiteral("editor/lineNumbers");
} // namespace Key

QStringList localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

// How a library is named in the title and the recent menu: its folder, or its files.
QString libraryName(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    const QFileInfo first(paths.first());
    if (paths.size() == 1)
        return first.isDir() ? QDir::toNativeSeparators(first.absoluteFilePath()) : first.fileName();
    return MainWindow::tr("%1 and %2 more").arg(first.fileName()).arg(paths.size() - 1);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new LibraryModel(this))
    , m_filter(new LibraryFilter(this))
    , m_loader(new LibraryLoader(m_library, this))
{
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    m_filter->setLibrary(m_library);

    m_filterBar = new FilterBar(m_filter, this);
    m_table = new CandidateTable(this);
    m_table->setModel(m_filter);
    m_table->sortByColumn(LibraryModel::Name, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Candidates"));
    m_view = new ProfileView(this);
    m_editor = new EditorPane(this);
    m_timeline = new TimelinePanel(this);
    m_reading = new QSplitter(Qt::Vertical, this);
    m_original = new OriginalView(this);
    m_original->hide();
    m_besideOriginal = new QSplitter(Qt::Horizontal, this);
    m_besideOriginal->addWidget(m_view);
    m_besideOriginal->addWidget(m_original);
    m_besideOriginal->setChildrenCollapsible(false);
    m_reading->addWidget(m_timeline);
    m_reading->addWidget(m_besideOriginal);
    m_reading->setStretchFactor(1, 1);
    m_reading->setChildrenCollapsible(false);
    connect(m_reading, &QSplitter::splitterMoved, this, [this] { m_readingResized = true; });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_reading);
    m_stack->addWidget(m_editor);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    m_requirementsBar = new RequirementsBar(this);
    layout->addWidget(m_requirementsBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_problems = new ProblemsPanel(m_library, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problems"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    createActions();
    createMenus();
    createStatusBar();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::currentRowChanged);
    connect(m_filter, &LibraryFilter::filterAboutToChange, this, [this] { m_refiltering = true; });
    connect(m_filter, &LibraryFilter::filterChanged, this, &MainWindow::keepCurrentVisible);
    connect(m_filterBar, &FilterBar::listRequested, this, [this] {
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(
                m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->setFocus(Qt::TabFocusReason);
    });
    connect(m_library, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { libraryRowsChanged(from.row(), to.row()); });
    connect(m_library, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_currentPath.isEmpty() && m_library->rowOfPath(m_currentPath) < 0) {
            m_currentPath.clear();
            m_view->clearProfile();
            m_timeline->view()->clear();
        }
    });
    connect(m_loader, &LibraryLoader::progress, this, &MainWindow::updateProgress);
    connect(m_loader, &LibraryLoader::loadingFinished, this, &MainWindow::loadingFinished);
    connect(m_problems, &ProblemsPanel::problemCountChanged, this, &MainWindow::updateProblems);
    connect(m_view, &ProfileView::showInFileRequested, this, &MainWindow::showInFile);
    connect(m_view, &ProfileView::originRequested, this, &MainWindow::openOriginalOf);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { startEditing(); });
    connect(m_requirementsBar, &RequirementsBar::requirementsChanged, this,
        [this](const QString &text) { applyRequirements(text, true); });
    connect(m_requirementsBar, &RequirementsBar::editAliasesRequested, this, &MainWindow::editSkillAliases);
    connect(m_timeline->view(), &TimelineView::positionActivated, this, [this](int, int index) {
        const auto &candidates = m_timeline->view()->timelinePainter().candidates();
        if (!candidates.isEmpty() && index < candidates.first().profile.work.size())
            m_view->revealRange(candidates.first().profile.work.at(index).range);
    });
    connect(m_timeline->view(), &TimelineView::educationActivated, this, [this](int, int index) {
        const auto &candidates = m_timeline->view()->timelinePainter().candidates();
        if (!candidates.isEmpty() && index < candidates.first().profile.education.size())
            m_view->revealRange(candidates.first().profile.education.at(index).range);
    });
    connect(m_editor, &EditorPane::modificationChanged, this, [this](bool modified) {
        m_library->setModified(m_editor->path(), modified);
        if (isEditing())
            setWindowModified(modified);
        updateEditActions();
    });
    connect(m_editor, &EditorPane::pathChanged, this, [this](const QString &oldPath, const QString &newPath) {
        m_library->setModified(oldPath, false);
        m_currentPath = newPath;
        if (m_library->rowOfPath(newPath) < 0)
            addPaths({newPath});
        updateTitle();
    });

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFolder = new QAction(themeIcon(QStringLiteral("document-open-folder")), tr("Open &Folder…"), this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolder->setToolTip(tr("Open a folder of candidate profiles"));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openFolder);

    m_addFiles = new QAction(themeIcon(QStringLiteral("document-open")), tr("A&dd Files…"), this);
    m_addFiles->setShortcut(QKeySequence::Open);
    m_addFiles->setToolTip(tr("Add candidate profiles to the library"));
    connect(m_addFiles, &QAction::triggered, this, &MainWindow::addFiles);

    m_reload = new QAction(themeIcon(QStringLiteral("view-refresh")), tr("&Reload"), this);
    m_reload->setShortcut(QKeySequence(Qt::Key_F5)); // Ctrl+R replaces in the editor
    m_reload->setToolTip(tr("Read every profile again"));
    connect(m_reload, &QAction::triggered, this, &MainWindow::reload);

    m_undo = new QAction(themeIcon(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] { takeStep(focusWidget(), UndoStep::Undo); });
    m_redo = new QAction(themeIcon(QStringLiteral("edit-redo")), tr("Red&o"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, this, [this] { takeStep(focusWidget(), UndoStep::Redo); });

    m_find = new QAction(themeIcon(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::findRequested);

    m_clearFilters = new QAction(themeIcon(QStringLiteral("edit-clear")), tr("&Clear Search and Filters"), this);
    connect(m_clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clearAll);

    m_edit = new QAction(themeIcon(QStringLiteral("document-edit")), tr("&Edit Profile"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Edit the selected profile's text and fields (double-click a row)"));
    connect(m_edit, &QAction::triggered, this, [this] { startEditing(); });

    m_compare = new QAction(themeIcon(QStringLiteral("view-split-left-right")), tr("&Compare"), this);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_compare->setToolTip(tr("Compare the selected candidates side by side (Ctrl+click or Shift+click to select "
                             "several)"));
    connect(m_compare, &QAction::triggered, this, [this] { compareSelected(false); });
    m_exportPdf = new QAction(themeIcon(QStringLiteral("document-export")), tr("&Export PDF…"), this);
    m_exportPdf->setShortcut(QKeySequence::Print);
    m_exportPdf->setToolTip(tr("A PDF summary of the selected candidates, with a comparison page for several"));
    connect(m_exportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    m_addToComparison = new QAction(themeIcon(QStringLiteral("list-add")), tr("&Add to Comparison"), this);
    m_addToComparison->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_addToComparison, &QAction::triggered, this, [this] { compareSelected(true); });

    m_closeEditor = new QAction(themeIcon(QStringLiteral("dialog-ok-apply")), tr("&Done Editing"), this);
    m_closeEditor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_closeEditor->setToolTip(tr("Back to reading the profile"));
    connect(m_closeEditor, &QAction::triggered, this, &MainWindow::stopEditing);

    m_save = new QAction(themeIcon(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, m_editor, &EditorPane::save);
    m_saveAs = new QAction(themeIcon(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Profile As"), m_editor->path(),
            tr("Profiles (*.md *.markdown *.txt)"));
        if (!path.isEmpty())
            m_editor->saveAs(path);
    });
    m_revert = new QAction(themeIcon(QStringLiteral("document-revert")), tr("Re&vert"), this);
    connect(m_revert, &QAction::triggered, m_editor, &EditorPane::revert);
    m_normalize = new QAction(themeIcon(QStringLiteral("format-justify-left")), tr("&Normalize to House Style"), this);
    m_normalize->setToolTip(tr("Rewrite the whole file as Shortlist writes profiles (one undo step)"));
    connect(m_normalize, &QAction::triggered, m_editor, &EditorPane::normalizeToHouseStyle);
    m_replace = new QAction(themeIcon(QStringLiteral("edit-find-replace")), tr("&Replace…"), this);
    m_replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_replace, &QAction::triggered, m_editor, &EditorPane::showReplace);
    m_wordWrap = new QAction(tr("&Word Wrap"), this);
    m_wordWrap->setCheckable(true);
    connect(m_wordWrap, &QAction::toggled, this, [this](bool on) {
        m_editor->setWordWrap(on);
        QSettings().setValue(Key::wordWrap, on);
    });
    m_lineNumbers = new QAction(tr("&Line Numbers"), this);
    m_lineNumbers->setCheckable(true);
    connect(m_lineNumbers, &QAction::toggled, this, [this](bool on) {
        m_editor->setLineNumbersVisible(on);
        QSettings().setValue(Key::lineNumbers, on);
    });

    m_quit = new QAction(themeIcon(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFolder);
    file->addAction(m_addFiles);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(m_reload);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addAction(m_revert);
    file->addSeparator();
    file->addAction(m_exportPdf);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The text in focus (the search, a field, the editor) answers Ctrl+Z itself; the menu
    // says whether it has anything to undo.
    connect(edit, &QMenu::aboutToShow, this, [this] {
        m_undo->setEnabled(canTakeStep(focusWidget(), UndoStep::Undo));
        m_redo->setEnabled(canTakeStep(focusWidget(), UndoStep::Redo));
    });
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_edit);
    edit->addAction(m_closeEditor);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_replace);
    edit->addAction(m_clearFilters);
    edit->addSeparator();
    edit->addAction(m_normalize);
    edit->addSeparator();
    edit->addAction(m_compare);
    edit->addAction(m_addToComparison);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setIcon(themeIcon(QStringLiteral("dialog-warning")));
    problems->setText(tr("Show &Problems"));
    view->addAction(problems);
    m_showOriginal = view->addAction(themeIcon(QStringLiteral("application-pdf")), tr("Show &Original PDF"));
    m_showOriginal->setCheckable(true);
    m_showOriginal->setEnabled(false);
    m_showOriginal->setToolTip(tr("The pages of the PDF this profile was read from, beside it"));
    connect(m_showOriginal, &QAction::toggled, this, [this] {
        if (m_currentPath.isEmpty())
            return;
        const ProfileFile file = loadProfileFile(m_currentPath);
        showOriginalOf(file.isValid() ? &file : nullptr);
    });
    view->addAction(m_showOriginal);
    view->addAction(m_wordWrap);
    view->addAction(m_lineNumbers);
    m_colorMenu = view->addMenu(tr("&Colors"));
    auto *schemes = new QActionGroup(this);
    const QString current = QSettings().value(Key::colorScheme).toString();
    const std::pair<ColorScheme, QString> choices[] = {{ColorScheme::System, tr("&Desktop")},
        {ColorScheme::Light, tr("&Light")}, {ColorScheme::Dark, tr("Dar&k")}};
    for (const auto &[scheme, text] : choices) {
        QAction *action = m_colorMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(colorSchemeFromKey(current) == scheme);
        schemes->addAction(action);
        connect(action, &QAction::triggered, this, [scheme] {
            applyColorScheme(scheme);
            QSettings().setValue(Key::colorScheme, colorSchemeKey(scheme));
        });
    }
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
        [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(themeIcon(QStringLiteral("help-about")), tr("&About Shortlist"), this,
        &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_openFolder);
    tools->addAction(m_addFiles);
    tools->addAction(m_reload);
    tools->addSeparator();
    tools->addAction(m_compare);
    tools->addSeparator();
    tools->addAction(m_edit);
    tools->addAction(m_save);
    tools->addAction(m_closeEditor);
    updateEditActions();
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    m_progressLabel->hide();
    m_progress->hide();

    m_problemsButton = new QToolButton(this);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setIcon(themeIcon(QStringLiteral("dialog-warning")));
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setToolTip(tr("Show the files that could not be read"));
    m_problemsButton->hide();
    connect(m_problemsButton, &QToolButton::clicked, m_problemsDock, &QWidget::show);
    statusBar()->addPermanentWidget(m_problemsButton);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(Key::geometry).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.value(Key::state).toByteArray());
    m_wordWrap->setChecked(settings.value(Key::wordWrap, true).toBool());
    m_lineNumbers->setChecked(settings.value(Key::lineNumbers, true).toBool());
    m_editor->setWordWrap(m_wordWrap->isChecked());
    m_editor->setLineNumbersVisible(m_lineNumbers->isChecked());
    if (!m_splitter->restoreState(settings.value(Key::splitter).toByteArray()))
        m_splitter->setSizes({800, 480});
    if (!m_table->restoreHeaderState(settings.value(Key::header).toByteArray())) {
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(LibraryModel::Name, 145);
        header->resizeSection(LibraryModel::Headline, 150);
        header->resizeSection(LibraryModel::Location, 115);
        header->resizeSection(LibraryModel::CurrentPosition, 180);
        header->resizeSection(LibraryModel::Experience, 100);
        header->resizeSection(LibraryModel::Skills, 200);
        header->setSectionHidden(LibraryModel::File, true);
    }
    const ColorScheme scheme = colorSchemeFromKey(settings.value(Key::colorScheme).toString());
    if (scheme != ColorScheme::System)
        applyColorScheme(scheme);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(Key::geometry, saveGeometry());
    settings.setValue(Key::state, saveState());
    settings.setValue(Key::splitter, m_splitter->saveState());
    settings.setValue(Key::header, m_table->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isEditing() && !m_editor->maybeClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_currentPath.clear();
    m_view->clearProfile();
    m_libraryPaths.clear();
    for (const QString &path : paths)
        m_libraryPaths.append(QFileInfo(path).absoluteFilePath());
    rememberLibrary();
    updateTitle();
    // Each library keeps the requirements last typed for it.
    const QString requirements = QSettings().value(requirementsKey()).toString();
    m_requirementsBar->setText(requirements);
    applyRequirements(requirements, false);
    m_loader->open(m_libraryPaths);
}

QString MainWindow::requirementsKey() const
{
    QStringList paths = m_libraryPaths;
    paths.sort();
    const QByteArray hash = QCryptographicHash::hash(paths.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("requirements/") + QString::fromLatin1(hash.left(16));
}

void MainWindow::applyRequirements(const QString &text, bool remember)
{
    const SkillNormalizer skills = SkillNormalizer::standard();
    const QList<Requirement> requirements = parseRequirements(text, skills);
    const bool wasHidden = m_table->isColumnHidden(LibraryModel::Match);
    m_library->setRequirements(requirements, skills);
    m_table->setColumnHidden(LibraryModel::Match, requirements.isEmpty());
    if (wasHidden && !requirements.isEmpty()) {
        // The score beside the name, where it is read with it.
        QHeaderView *header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(LibraryModel::Match), 1);
        header->resizeSection(LibraryModel::Match, header->fontMetrics().horizontalAdvance(tr("Match")) + 40);
    }
    const int mustHaves = int(std::count_if(requirements.cbegin(), requirements.cend(), [](const Requirement &r) { return r.mustHave; }));
    m_requirementsBar->setSummary(requirements.isEmpty() ? QString()
            : mustHaves > 0 ? tr("%n requirements, %1 must-have", nullptr, int(requirements.size())).arg(mustHaves)
                            : tr("%n requirements", nullptr, int(requirements.size())));
    if (m_comparison)
        m_comparison->setRequirements(requirementsText(requirements), requirements, skills);
    if (remember && !m_libraryPaths.isEmpty())
        QSettings().setValue(requirementsKey(), requirementsText(requirements));
}

PdfOptions MainWindow::pdfOptions() const
{
    PdfOptions options;
    options.pageSize = defaultPageSize();
    options.requirements = m_library->requirements();
    options.skills = m_library->skillNormalizer();
    options.requirementsText = requirementsText(options.requirements);
    options.creator = tr("Shortlist %1").arg(QStringLiteral(SHORTLIST_VERSION));
    return options;
}

void MainWindow::exportPdf()
{
    QStringList paths = selectedPaths();
    if (paths.isEmpty() && !m_currentPath.isEmpty())
        paths.append(m_currentPath);
    exportPaths(paths);
}

void MainWindow::exportPaths(const QStringList &paths)
{
    QList<PdfCandidate> candidates;
    for (const QString &path : std::as_const(paths)) {
        const ProfileFile file = loadProfileFile(path);
        if (file.isValid())
            candidates.append({path, file.profile});
    }
    if (candidates.isEmpty()) {
        statusBar()->showMessage(tr("Select the candidates to export."), 5000);
        return;
    }
    ExportDialog dialog(candidates, pdfOptions(), this);
    dialog.exec();
}

QStringList MainWindow::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const LibraryEntry &entry = m_library->entry(m_filter->mapToSource(index).row());
        if (entry.isValid())
            paths.append(entry.path);
    }
    return paths;
}

ComparisonWindow *MainWindow::compareSelected(bool add)
{
    const QStringList paths = selectedPaths();
    const bool adding = add && m_comparison && m_comparison->isVisible();
    if (paths.isEmpty() || (!adding && paths.size() < 2)) {
        statusBar()->showMessage(tr("Select two or more candidates to compare (Ctrl+click or Shift+click)."), 5000);
        return nullptr;
    }
    if (!m_comparison) {
        m_comparison = new ComparisonWindow(this);
        m_comparison->setWindowFlag(Qt::Window);
        connect(m_comparison, &ComparisonWindow::exportRequested, this, &MainWindow::exportPaths);
        applyRequirements(m_requirementsBar->text(), false); // the comparison scores them too
    }
    if (!adding)
        m_comparison->model()->clear();
    m_comparison->addFiles(paths);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

void MainWindow::editSkillAliases()
{
    const QString path = SkillNormalizer::userAliasesPath();
    QFile file(path);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    else
        text = tr("# Your skill aliases, one per line, added to those Shortlist ships:\n"
                  "#   alias = Skill          the same skill (PG = PostgreSQL)\n"
                  "#   skill ~ Related Skill  related: partly meets a requirement (Helm ~ Kubernetes)\n");
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Skill Aliases"));
    auto *editor = new QPlainTextEdit(text, &dialog);
    editor->setObjectName(QStringLiteral("aliases"));
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *problems = new QLabel(&dialog);
    problems->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Saved in %1").arg(QDir::toNativeSeparators(path)), &dialog));
    layout->addWidget(editor, 1);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    dialog.resize(560, 420);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QStringList found;
        SkillNormalizer check;
        check.addTable(editor->toPlainText(), &found);
        if (!found.isEmpty()) {
            problems->setText(tr("Not saved: %1").arg(found.join(QStringLiteral("; "))));
            return;
        }
        QString error;
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeFileAtomically(path, editor->toPlainText().toUtf8(), &error)) {
            problems->setText(tr("Not saved: %1 %2").arg(QDir::toNativeSeparators(path), error));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        applyRequirements(m_requirementsBar->text(), false);
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (m_libraryPaths.isEmpty()) {
        openPaths(paths);
        return;
    }
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_libraryPaths.contains(absolute))
            m_libraryPaths.append(absolute);
    }
    rememberLibrary();
    updateTitle();
    applyRequirements(m_requirementsBar->text(), true); // the grown library keeps them
    m_loader->add(paths);
}

void MainWindow::openLastLibrary(const QStringList &fallback)
{
    QStringList last = QSettings().value(Key::libraryPaths).toStringList();
    last.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    openPaths(last.isEmpty() ? fallback : last);
}

bool MainWindow::selectPath(const QString &path)
{
    const int sourceRow = m_library->rowOfPath(path);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_library->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::currentRowChanged()
{
    // While the filter changes, keepCurrentVisible() decides what the pane shows.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (m_refiltering || m_reselecting || !current.isValid())
        return;
    const int sourceRow = m_filter->mapToSource(current).row();
    if (isEditing() && m_library->entry(sourceRow).path != m_editor->path()) {
        // Another profile while editing: the edited one's changes first.
        if (!m_editor->maybeClose()) {
            // Back to the edited row once the click that chose another is done with.
            QTimer::singleShot(0, this, [this] {
                m_reselecting = true;
                selectPath(m_editor->path());
                m_reselecting = false;
            });
            return;
        }
        m_library->setModified(m_editor->path(), false);
        m_currentPath = m_library->entry(sourceRow).path;
        if (!m_library->entry(sourceRow).isValid() || isImported(documentKindOf(m_currentPath))
            || !m_editor->open(m_currentPath))
            stopEditing();
        updateTitle();
        return;
    }
    showEntry(sourceRow);
}

void MainWindow::showEntry(int sourceRow)
{
    const LibraryEntry &entry = m_library->entry(sourceRow);
    m_currentPath = entry.path;
    QString error = entry.error;
    if (entry.isValid()) {
        // The list keeps only what it shows of each profile (LibraryEntry::profile): the
        // view reads the whole of it from the file again, a fraction of a millisecond.
        const ProfileFile file = loadProfileFile(entry.path);
        if (file.isValid()) {
            m_view->showProfile(file.profile, entry.path, originOf(file));
            showTimelineOf(file);
            showOriginalOf(&file);
            return;
        }
        error = file.error;
    }
    showOriginalOf(nullptr);
    m_view->clearProfile();
    m_timeline->view()->clear();
    m_timeline->hide();
    m_view->setHtml(tr("<h2>%1</h2><p>This file could not be read: %2</p>")
                        .arg(entry.fileName().toHtmlEscaped(), error.toHtmlEscaped()));
}

QString MainWindow::originOf(const ProfileFile &file)
{
    if (isImported(file.kind))
        return tr("Read from %1, %2").arg(QFileInfo(file.path).fileName(), describedKind(file.kind));
    if (!file.original.isEmpty())
        return tr("Imported from %1").arg(QFileInfo(file.original).fileName());
    return {};
}

void MainWindow::openOriginalOf(const QString &path)
{
    const ProfileFile file = loadProfileFile(path);
    const QString original = isImported(file.kind) ? file.path : file.original;
    if (original.isEmpty())
        return;
    // A PDF beside its profile; another kind in the application the desktop opens it with
    // (a local file: nothing is fetched).
    if (documentKindOf(original) == DocumentKind::Pdf)
        m_showOriginal->setChecked(true);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(original));
}

void MainWindow::showOriginalOf(const ProfileFile *file)
{
    QString pdf;
    if (file && file->kind == DocumentKind::Pdf)
        pdf = file->path;
    else if (file && documentKindOf(file->original) == DocumentKind::Pdf)
        pdf = file->original;
    m_showOriginal->setEnabled(!pdf.isEmpty());
    const bool shown = m_showOriginal->isChecked() && !pdf.isEmpty();
    if (shown) {
        const bool wasHidden = m_original->isHidden();
        m_original->showDocument(pdf);
        m_original->show();
        if (wasHidden) {
            // The pages need the room: the list keeps a column or two beside them, as when editing.
            m_splitterBeforeOriginal = m_splitter->saveState();
            const int total = m_splitter->width();
            m_splitter->setSizes({std::min(280, total / 4), total - std::min(280, total / 4)});
            const int width = m_besideOriginal->width();
            m_besideOriginal->setSizes({width / 2, width - width / 2});
        }
    } else if (!m_original->isHidden()) {
        m_original->hide();
        m_splitter->restoreState(m_splitterBeforeOriginal);
    }
}

void MainWindow::showTimelineOf(const ProfileFile &file)
{
    const bool any = !file.profile.work.isEmpty() || !file.profile.education.isEmpty();
    m_timeline->setVisible(any);
    m_timeline->view()->setCandidates({{file.profile.basics.name.value, file.profile}});
    fitTimelineHeight();
}

// The timeline as tall as its lanes need, up to two fifths of the pane, until the person
// sizes it themselves.
void MainWindow::fitTimelineHeight()
{
    if (m_readingResized || !m_timeline->isVisible())
        return;
    const int total = m_reading->height();
    const int wanted = m_timeline->view()->heightForWidth(m_reading->width()) + m_timeline->fitButton()->sizeHint().height() + 4;
    const int height = std::min(wanted, total * 2 / 5);
    m_reading->setSizes({height, std::max(1, total - height)});
}

void MainWindow::libraryRowsChanged(int first, int last)
{
    if (isEditing())
        return; // the editor follows the file itself
    const int current = m_library->rowOfPath(m_currentPath);
    if (current >= first && current <= last)
        showEntry(current); // the file changed on disk
}

void MainWindow::keepCurrentVisible()
{
    // The row of the profile on screen stays selected while the filter shows it. When the
    // filter hides it, the pane follows the list: to its first row, or empty when no row is
    // left. The editor keeps its file whatever the list shows.
    const bool shown = !m_currentPath.isEmpty() && selectPath(m_currentPath);
    m_refiltering = false;
    if (shown)
        return;
    m_table->selectionModel()->clear();
    if (isEditing())
        return;
    if (m_filter->rowCount() == 0) {
        m_currentPath.clear();
        m_view->clearProfile();
        m_timeline->view()->clear();
        m_timeline->hide();
        if (m_library->profileCount() > 0)
            m_view->setHtml(tr("<p>No candidate matches the search and filters.</p>"));
        return;
    }
    const QModelIndex first = m_filter->index(0, 0);
    m_reselecting = true; // shown below, even when Qt already made it the current row
    m_table->selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_reselecting = false;
    m_table->scrollTo(first);
    showEntry(m_filter->mapToSource(first).row());
}

void MainWindow::updateProgress(int done, int queued)
{
    const bool loading = done < queued;
    m_progressLabel->setVisible(loading);
    m_progress->setVisible(loading);
    if (!loading)
        return;
    const QLocale locale;
    m_progressLabel->setText(tr("Reading %1 of %2 files…").arg(locale.toString(done), locale.toString(queued)));
    m_progress->setRange(0, queued);
    m_progress->setValue(done);
}

void MainWindow::loadingFinished()
{
    updateProgress(0, 0);
    m_filterBar->refreshLocations();
    const QLocale locale;
    const int profiles = m_library->profileCount();
    statusBar()->showMessage(
        tr("%Ln profiles read", nullptr, profiles), 4000);
    if (m_currentPath.isEmpty() && m_filter->rowCount() > 0) {
        const QModelIndex first = m_filter->index(0, 0);
        m_table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void MainWindow::updateProblems(int count)
{
    m_problemsButton->setVisible(count > 0);
    m_problemsButton->setText(tr("%n problems", nullptr, count));
    if (count == 0)
        m_problemsDock->hide();
}

void MainWindow::updateTitle()
{
    QString title = libraryName(m_libraryPaths);
    if (isEditing()) // "[*]": Qt shows a mark there while the text is unsaved
        title = tr("%1 – %2").arg(QFileInfo(m_editor->path()).fileName() + QStringLiteral("[*]"), title);
    setWindowTitle(title);
}

bool MainWindow::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void MainWindow::startEditing(const QString &path, const std::optional<RecoveryStore::Copy> &recovered)
{
    QString target = path.isEmpty() ? m_currentPath : path;
    if (target.isEmpty())
        return;
    if (isImported(documentKindOf(target))) {
        target = markdownToEdit(target);
        if (target.isEmpty())
            return;
    }
    if (isEditing() && m_editor->path() == target && !recovered) {
        m_editor->textEditor()->setFocus();
        return;
    }
    if (isEditing() && !m_editor->maybeClose())
        return;
    if (!m_editor->open(target, recovered))
        return;
    m_currentPath = target;
    m_reselecting = true; // the list shows which profile is edited
    selectPath(target);
    m_reselecting = false;
    if (!isEditing()) {
        // The editor needs the room: the list keeps a column or two beside it.
        m_splitterBeforeEditing = m_splitter->saveState();
        const int width = m_splitter->width();
        m_splitter->setSizes({std::min(280, width / 4), width - std::min(280, width / 4)});
        m_stack->setCurrentWidget(m_editor);
    }
    m_library->setModified(target, m_editor->isModified());
    updateTitle();
    setWindowModified(m_editor->isModified());
    updateEditActions();
    m_editor->textEditor()->setFocus();
}

QString MainWindow::markdownToEdit(const QString &original)
{
    const QString name = QFileInfo(original).fileName();
    const QString markdownPath = markdownPathFor(original);
    const QString markdownName = QFileInfo(markdownPath).fileName();
    if (QFileInfo::exists(markdownPath)) {
        const auto answer = QMessageBox::question(this, tr("Edit %1?").arg(markdownName),
            tr("%1 cannot be changed. %2 is beside it: edit that instead?").arg(name, markdownName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        return answer == QMessageBox::Yes ? markdownPath : QString();
    }
    const ProfileFile file = loadProfileFile(original);
    if (!file.isValid()) {
        QMessageBox::warning(this, tr("Cannot Edit Profile"), tr("%1 cannot be edited: it %2.").arg(name, file.error));
        return {};
    }
    QMessageBox ask(QMessageBox::Question, tr("Edit as Markdown?"),
        tr("%1 is %2. Shortlist edits profiles as markdown: it will write what it read in %1 to %3 beside it, "
           "and %3 is the profile from then on. %1 stays as it is.")
            .arg(name, describedKind(file.kind), markdownName),
        QMessageBox::Cancel, this);
    QPushButton *create = ask.addButton(tr("Create %1").arg(markdownName), QMessageBox::AcceptRole);
    ask.setDefaultButton(create);
    ask.exec();
    if (ask.clickedButton() != create)
        return {};
    QString error;
    const QString text = markdownFileText(original, QString::fromUtf8(file.source.fileBytes()));
    if (!writeFileAtomically(markdownPath, text.toUtf8(), &error)) {
        QMessageBox::critical(this, tr("Cannot Save"), tr("%1 %2.").arg(markdownName, error));
        return {};
    }
    // The library lists the markdown in place of the original from now on.
    m_loader->add({markdownPath});
    return markdownPath;
}

bool MainWindow::stopEditing()
{
    if (!isEditing())
        return true;
    if (!m_editor->maybeClose())
        return false;
    m_library->setModified(m_editor->path(), false);
    m_editor->closeFile();
    m_stack->setCurrentWidget(m_reading);
    m_splitter->restoreState(m_splitterBeforeEditing);
    setWindowModified(false);
    updateTitle();
    updateEditActions();
    const int row = m_library->rowOfPath(m_currentPath);
    if (row >= 0)
        showEntry(row);
    m_table->setFocus();
    return true;
}

void MainWindow::updateEditActions()
{
    const bool editing = isEditing();
    m_edit->setEnabled(!editing);
    m_closeEditor->setEnabled(editing);
    m_save->setEnabled(editing && m_editor->isModified());
    m_saveAs->setEnabled(editing);
    m_revert->setEnabled(editing && m_editor->isModified());
    m_normalize->setEnabled(editing);
    m_replace->setEnabled(editing);
}

void MainWindow::findRequested()
{
    // Ctrl+F finds in the text while the editor has the focus, and in the library otherwise.
    if (isEditing() && m_editor->isAncestorOf(QApplication::focusWidget()))
        m_editor->showFind();
    else
        m_filterBar->focusSearch();
}

void MainWindow::offerRecovery()
{
    RecoveryStore &store = m_editor->recovery();
    for (const RecoveryStore::Copy &copy : store.copies()) {
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes"),
            tr("Shortlist closed before your changes to %1 were saved (last copied %2).\n\nRestore them in "
               "the editor?")
                .arg(QDir::toNativeSeparators(copy.path), QLocale().toString(copy.written.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("restoreChanges"));
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restore"));
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discard"));
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == discard) {
            store.remove(copy.path);
        } else if (box.clickedButton() == restore) {
            if (!QFileInfo::exists(copy.path)) {
                QMessageBox::warning(this, tr("Cannot Restore"),
                    tr("%1 is not on disk any more; its recovered text is kept in %2.")
                        .arg(copy.path, QDir::toNativeSeparators(store.folder())));
                continue;
            }
            // A file of the library is listed once it is read (the offer comes as the library
            // starts loading); only a file from elsewhere joins it.
            if (!m_loader->covers(copy.path))
                addPaths({copy.path});
            startEditing(copy.path, copy);
            return; // one editor: the others are offered next time
        }
    }
}

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"),
        m_libraryPaths.isEmpty() ? QString() : m_libraryPaths.first());
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::addFiles()
{
    // A CV that arrives on its own joins the candidates already open; Open Folder starts
    // another library.
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), QString(), tr("CVs (*.md *.markdown *.txt *.pdf *.docx *.odt *.json);;All files (*)"));
    if (!files.isEmpty())
        addPaths(files);
}

void MainWindow::reload()
{
    const QString current = m_currentPath;
    m_loader->reload();
    m_currentPath = current; // selected again when it is read
    connect(m_loader, &LibraryLoader::loadingFinished, this,
        [this, current] { selectPath(current); }, Qt::SingleShotConnection);
}

// The library is remembered as soon as it is opened, not when the window closes: after a
// crash the next start opens it again (and offers its unsaved changes).
void MainWindow::rememberLibrary()
{
    const QStringList &paths = m_libraryPaths;
    if (paths.isEmpty())
        return;
    QSettings settings;
    settings.setValue(Key::libraryPaths, paths);
    QVariantList recent = settings.value(Key::recent).toList();
    recent.removeAll(QVariant(paths));
    recent.prepend(QVariant(paths));
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(Key::recent, recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QVariantList recent = QSettings().value(Key::recent).toList();
    for (const QVariant &entry : recent) {
        const QStringList paths = entry.toStringList();
        QAction *action = m_recentMenu->addAction(libraryName(paths), this, [this, paths] { openPaths(paths); });
        action->setToolTip(paths.join(QLatin1Char('\n')));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No Recent Libraries"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(Key::recent); });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    QString libraries;
    for (const Credit &credit : credits()) {
        libraries += tr("<li><a href=\"%1\">%2</a> %3 (%4): %5</li>")
                         .arg(credit.url, credit.name.toHtmlEscaped(), credit.version.toHtmlEscaped(),
                             credit.licence, credit.purpose.toHtmlEscaped());
    }
    QMessageBox box(this);
    box.setWindowTitle(tr("About Shortlist"));
    box.setIconPixmap(applicationIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Shortlist %1</h3><p>Read, compare and edit candidate profiles written in markdown "
                   "or plain text.</p><p>Shortlist reads files only from your disk and never fetches "
                   "anything from the network.</p><p>Built with:</p><ul>%2</ul>"
                   "<p>Shortlist is free software under the GNU General Public License, version 3 or later.</p>")
                    .arg(QStringLiteral(SHORTLIST_VERSION), libraries));
    box.exec();
}

void MainWindow::showInFile(const QString &path, const SourceRange &range)
{
    SourceDialog::reveal(this, path, range);
}

} // namespace Shortlist
