#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Shortlist {

// Find and replace in a text editor, shown under it (Ctrl+F finds, Ctrl+R replaces,
// Escape closes). Replacing goes through the editor's document, so Undo reverts it;
// "Replace All" is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    void replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);
    QTextDocument::FindFlags flags(bool backwards) const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Shortlist
