#include "textundo.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace Shortlist {

namespace {

// The document of an editable text, or null.
QTextDocument *editableDocument(const QWidget *widget)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->isReadOnly() ? nullptr : plain->document();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->isReadOnly() ? nullptr : rich->document();
    return nullptr;
}

} // namespace

bool canTakeStep(const QWidget *focus, UndoStep step)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(focus))
        return !line->isReadOnly()
            && (step == UndoStep::Undo ? line->isUndoAvailable() : line->isRedoAvailable());
    if (const QTextDocument *document = editableDocument(focus))
        return step == UndoStep::Undo ? document->isUndoAvailable() : document->isRedoAvailable();
    return false;
}

void takeStep(QWidget *focus, UndoStep step)
{
    if (!canTakeStep(focus, step))
        return;
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        step == UndoStep::Undo ? line->undo() : line->redo();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        step == UndoStep::Undo ? plain->undo() : plain->redo();
    } else if (auto *rich = qobject_cast<QTextEdit *>(focus)) {
        step == UndoStep::Undo ? rich->undo() : rich->redo();
    }
}

} // namespace Shortlist
