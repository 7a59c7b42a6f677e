#pragma once

#include <QPlainTextEdit>

namespace Shortlist {

// The markdown text of a profile: a plain-text editor with optional line numbers in a
// margin and the cursor's line shaded.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    bool lineNumbersVisible() const { return m_lineNumbers; }
    void setLineNumbersVisible(bool visible);
    int lineNumberAreaWidth() const;

    // Selects [begin, end) of the text and shows it, as "Show in File" and the form do.
    void selectRange(qsizetype begin, qsizetype end);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void highlightCurrentLine();

    QWidget *m_lineNumberArea = nullptr;
    bool m_lineNumbers = true;
};

} // namespace Shortlist
