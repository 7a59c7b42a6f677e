#pragma once

#include <QMainWindow>

#include "io/recovery.h"
#include "pdf/summarypdf.h"

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace Shortlist {

class CandidateTable;
class OriginalView;
class ComparisonWindow;
struct ProfileFile;
class EditorPane;
class FilterBar;
class LibraryFilter;
class LibraryLoader;
class LibraryModel;
class ProblemsPanel;
class RequirementsBar;
class ProfileView;
class TimelinePanel;
struct SourceRange;

// The library window: the candidates of the opened folders and files in a sortable,
// filterable list, and the selected one rendered for reading.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the library with these folders and files, and remembers it.
    void openPaths(const QStringList &paths);
    // Adds folders and files to the open library, or opens them as the library when none is.
    void addPaths(const QStringList &paths);
    // Opens what was open when Shortlist last closed, or `fallback` the first time (or when
    // none of it is there any more).
    void openLastLibrary(const QStringList &fallback);

    // The path of the profile shown, and selecting one by path (false if it is not listed).
    QString currentPath() const { return m_currentPath; }
    bool selectPath(const QString &path);

    LibraryModel *library() const { return m_library; }
    LibraryFilter *filter() const { return m_filter; }
    LibraryLoader *loader() const { return m_loader; }
    CandidateTable *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    ProfileView *profileView() const { return m_view; }
    OriginalView *originalView() const { return m_original; }
    QAction *showOriginalAction() const { return m_showOriginal; }
    TimelinePanel *timeline() const { return m_timeline; }
    RequirementsBar *requirementsBar() const { return m_requirementsBar; }
    // The comparison of the candidates selected in the list (two or more), in its own
    // window; "add" adds them to the open comparison instead of starting a new one.
    ComparisonWindow *compareSelected(bool add = false);
    ComparisonWindow *comparison() const { return m_comparison; }
    // File → Export PDF…: the selected candidates (or the one shown), previewed first.
    void exportPdf();
    void exportPaths(const QStringList &paths);
    // The options a PDF export starts from: the locale's page size, the library's
    // requirements, today.
    PdfOptions pdfOptions() const;
    ProblemsPanel *problemsPanel() const { return m_problems; }
    EditorPane *editor() const { return m_editor; }
    bool isEditing() const;

    // Edit mode for the selected profile (or `path`): the text, a form and a live preview
    // in place of the reading view. `recovered` is unsaved text to restore.
    void startEditing(const QString &path = {}, const std::optional<RecoveryStore::Copy> &recovered = std::nullopt);
    // Back to reading; asks Save / Discard / Cancel first when there are unsaved changes.
    bool stopEditing();
    // Offers the recovery copies a crash left behind, one by one.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The markdown to edit for a PDF, Word or JSON Resume file: the one beside it, or one
    // written from it once the user agrees; empty when the user cancels or it cannot be.
    QString markdownToEdit(const QString &original);
    // The original PDF of `file` (itself, or the one its markdown was imported from) beside
    // its profile, when View → Show Original PDF asks for it.
    void showOriginalOf(const ProfileFile *file);
    // "Imported from cv.pdf": where `file`'s profile was read from, for its page; and the
    // original itself, shown beside it (a PDF) or opened (another kind), when that is asked for.
    QString originOf(const ProfileFile &file);
    void openOriginalOf(const QString &path);
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void currentRowChanged();
    void showEntry(int sourceRow);
    void showTimelineOf(const ProfileFile &file);
    void fitTimelineHeight();
    void libraryRowsChanged(int first, int last);
    void keepCurrentVisible();
    void updateProgress(int done, int queued);
    void loadingFinished();
    void updateProblems(int count);
    void updateTitle();

    void openFolder();
    void addFiles();
    void reload();
    void rememberLibrary();
    void fillRecentMenu();
    void about();
    void showInFile(const QString &path, const SourceRange &range);
    void updateEditActions();
    void applyRequirements(const QString &text, bool remember);
    QString requirementsKey() const;
    void editSkillAliases();
    QStringList selectedPaths() const;
    void findRequested();

    LibraryModel *m_library = nullptr;
    LibraryFilter *m_filter = nullptr;
    LibraryLoader *m_loader = nullptr;
    FilterBar *m_filterBar = nullptr;
    CandidateTable *m_table = nullptr;
    ProfileView *m_view = nullptr;
    EditorPane *m_editor = nullptr;
    TimelinePanel *m_timeline = nullptr;
    RequirementsBar *m_requirementsBar = nullptr;
    ComparisonWindow *m_comparison = nullptr;
    QSplitter *m_reading = nullptr; // the timeline over the profile
    QSplitter *m_besideOriginal = nullptr; // the profile, and the PDF it was read from
    OriginalView *m_original = nullptr;
    QAction *m_showOriginal = nullptr;
    bool m_readingResized = false; // the person moved the splitter: keep their sizes
    QStackedWidget *m_stack = nullptr;
    QByteArray m_splitterBeforeEditing;
    QByteArray m_splitterBeforeOriginal; // the list's width before the original PDF took room
    bool m_reselecting = false; // going back to the edited row after Cancel
    QSplitter *m_splitter = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;

    QAction *m_openFolder = nullptr;
    QAction *m_addFiles = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_addToComparison = nullptr;
    QAction *m_closeEditor = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_normalize = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_wordWrap = nullptr;
    QAction *m_lineNumbers = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_colorMenu = nullptr;

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_problemsButton = nullptr;

    QStringList m_libraryPaths;
    QString m_currentPath;
    bool m_refiltering = false; // the filter is changing which rows are shown
};

} // namespace Shortlist
