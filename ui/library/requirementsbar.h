#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Shortlist {

// "Role needs: Go, Kubernetes, PostgreSQL, !Rust": what the role requires, typed once for
// the whole library; every candidate is scored against it. Reports a change a moment
// after the typing stops.
class RequirementsBar : public QWidget
{
    Q_OBJECT
public:
    explicit RequirementsBar(QWidget *parent = nullptr);

    QString text() const;
    // Shows `text` without reporting it as a change (a library's saved requirements).
    void setText(const QString &text);
    QLineEdit *field() const { return m_field; }
    QToolButton *aliasesButton() const { return m_aliases; }
    QToolButton *listButton() const { return m_list; }
    // Edits the requirements one per line in a dialog (as a list pasted from a job ad).
    void editAsList();
    // "3 requirements, 1 must-have", or why nothing is scored.
    void setSummary(const QString &summary);

Q_SIGNALS:
    void requirementsChanged(const QString &text);
    void editAliasesRequested();

private:
    QLineEdit *m_field;
    QLabel *m_summary;
    QToolButton *m_aliases;
    QToolButton *m_list;
    QTimer *m_debounce;
};

} // namespace Shortlist
