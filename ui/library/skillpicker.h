#pragma once

#include <QToolButton>

class QLineEdit;
class QListWidget;
class QMenu;

namespace Shortlist {

class LibraryModel;

// A button that opens a searchable list of every skill in the library, with how many
// candidates have it; the ticked skills are the ones a candidate must all have.
class SkillPicker : public QToolButton
{
    Q_OBJECT
public:
    explicit SkillPicker(QWidget *parent = nullptr);

    void setLibrary(const LibraryModel *library) { m_library = library; }

    // Folded skill names (see skillKeysOf).
    QStringList chosenSkills() const { return m_chosen; }
    void setChosenSkills(const QStringList &skillKeys);

    // The list as the popup shows it (for tests): "Go (12)".
    QStringList offeredSkills();

Q_SIGNALS:
    void chosenSkillsChanged(const QStringList &skillKeys);

private:
    void fillList();
    void filterList(const QString &text);
    void updateText();

    const LibraryModel *m_library = nullptr;
    QMenu *m_menu = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QStringList m_chosen;
    QHash<QString, QString> m_nameOfKey; // how each chosen skill is written
};

} // namespace Shortlist
