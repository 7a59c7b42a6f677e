#pragma once

#include "edit/checkededit.h"
#include "edit/editabletext.h"
#include "edit/textprofile.h"
#include "io/recovery.h"

#include <QWidget>

class QAction;
class QFileSystemWatcher;
class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QSyntaxHighlighter;
class QTimer;

namespace Shortlist {

class CodeEditor;
class FindBar;
class ProfileForm;
class ProfileView;
class TimelinePanel;

// Editing one profile file: its markdown text (coloured, with find and replace), a form
// of its fields beside it and a live preview, and saving it back without losing anything.
//
// The text is the truth. The form's changes become the smallest text edits, made through
// the text document so that the text shows them at once and one Undo reverts each.
// Saving goes through EditableText (the file's encoding, BOM and line endings; only the
// changed span re-encoded) and an atomic write. Unsaved text is copied to the recovery
// store a few seconds after the last change. A change of the file on disk is never
// overwritten silently.
class EditorPane : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPane(QWidget *parent = nullptr);
    ~EditorPane() override;

    // Opens a profile file for editing; false, with a message box, when it cannot be.
    // `recovered` replaces its text with a recovery copy (the editor starts modified); when
    // the file changed on disk since the copy was made, the bar above the text says so and
    // saving asks before replacing it.
    bool open(const QString &path, const std::optional<RecoveryStore::Copy> &recovered = std::nullopt);
    QString path() const { return m_path; }
    bool isModified() const;
    QString text() const;

    // Saves; false (with a message, the text still in the editor and still unsaved) when
    // the file cannot be written or the user cancelled overwriting a change on disk.
    bool save();
    bool saveAs(const QString &path);
    void revert();
    void normalizeToHouseStyle();
    // Applies a structured edit as the form does; false, with the reason shown in the
    // form, when it does not fit.
    bool applyEdit(const FieldEdit &edit);

    // Asks Save / Discard / Cancel when there are unsaved changes; true when the editor
    // may close (saved, discarded, or nothing to save).
    bool maybeClose();
    // Forgets the file: the editor shows nothing (after maybeClose()).
    void closeFile();

    void setWordWrap(bool wrap);
    void setLineNumbersVisible(bool visible);
    void showFind();
    void showReplace();
    void selectSourceRange(const SourceRange &range);

    CodeEditor *textEditor() const { return m_text; }
    ProfileForm *form() const { return m_form; }
    ProfileView *preview() const { return m_preview; }
    FindBar *findBar() const { return m_findBar; }
    TimelinePanel *timeline() const { return m_timeline; }
    const TextProfile &profile() const { return m_profile; }
    RecoveryStore &recovery() { return m_recovery; }
    // The bar that tells of a change on disk; hidden when there is none.
    QFrame *diskBanner() const { return m_banner; }
    // The preview and form follow the text after this long without typing.
    static constexpr int kPreviewDelayMs = 250;
    // Unsaved text is copied at most this long after the first change since the last copy,
    // however long the typing goes on.
    static constexpr int kRecoveryDelayMs = 2000;

Q_SIGNALS:
    void modificationChanged(bool modified);
    void saved(const QString &path);
    void pathChanged(const QString &oldPath, const QString &newPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reparse();
    void reparseNow();
    void loadText(const QString &text, bool modified);
    std::optional<QByteArray> readDisk() const;
    void diskChanged();
    void showBanner(const QString &message, bool offerChoices);
    bool mayDropChanges(const QString &title);
    void reloadFromDisk();
    void replaceText(const QString &text);
    void compareWithDisk();
    void writeRecoveryCopy();
    bool write(const QString &path, const QByteArray &bytes);
    std::optional<QByteArray> bytesToSave();
    QString toDocumentText(QString text);

    QString m_path;
    EditableText m_file; // the file as last read or written
    // RecoveryStore::fingerprintOf() the file the text was made from: m_file's, but a
    // restored copy's own file when that was another (empty when a copy did not say).
    QByteArray m_base;
    std::optional<QByteArray> m_acceptedDisk; // a change on disk the user chose to overwrite
    TextProfile m_profile;
    bool m_profileCurrent = false;

    CodeEditor *m_text;
    FindBar *m_findBar;
    ProfileForm *m_form;
    ProfileView *m_preview;
    TimelinePanel *m_timeline;
    QSplitter *m_splitter;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QWidget *m_bannerChoices;
    QTimer *m_previewTimer;
    QTimer *m_recoveryTimer;
    QFileSystemWatcher *m_watcher;
    RecoveryStore m_recovery;
    bool m_loading = false;
    // A paragraph separator (U+2029) in the file would become a line break in the text
    // document; it stands there as an unused private-use character instead, and is written
    // back as it was.
    QChar m_paragraphStandIn;
};

} // namespace Shortlist
