#pragma once

class QWidget;

namespace Shortlist {

// Undo and Redo for the text that has the focus. Qt's text widgets each keep their own
// history and answer Ctrl+Z themselves; an Edit menu reaches the one in focus through these:
// a line edit (the search, a filter, a form field) or an editable text.
enum class UndoStep { Undo, Redo };

// Whether `focus` is such a widget and has that step to take.
bool canTakeStep(const QWidget *focus, UndoStep step);
// Takes the step in `focus`; does nothing when it cannot.
void takeStep(QWidget *focus, UndoStep step);

} // namespace Shortlist
