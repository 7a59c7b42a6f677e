#pragma once

#include "source/sourcerange.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Shortlist {

// A profile file as it is on disk, read-only, with one range of it selected: where a
// part of the profile view came from. Not modal, so that it can stay beside the view.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(QWidget *parent = nullptr);

    // The dialog of `window` (made on first use) showing `range` of the file at `path`.
    static SourceDialog *reveal(QWidget *window, const QString &path, const SourceRange &range);

    // Reads the file again and selects `range`, given in bytes of the file. A file that
    // cannot be read leaves a message naming it instead; then this returns false.
    bool showSource(const QString &path, const SourceRange &range);
    QString selectedText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void select(int begin, int end);

    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Shortlist
