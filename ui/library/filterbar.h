#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Shortlist {

class LibraryFilter;
class SkillPicker;

// The row above the candidate list: one search field over all of a profile's text, the
// skills a candidate must have, a minimum experience and a location, and how many match.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(LibraryFilter *filter, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    SkillPicker *skillPicker() const { return m_skills; }
    QSpinBox *minimumYearsField() const { return m_years; }
    QComboBox *locationField() const { return m_location; }
    QLabel *matchLabel() const { return m_matches; }

    void focusSearch();
    void clearAll();
    // Offers the library's cities and locations in the location field.
    void refreshLocations();

Q_SIGNALS:
    // Down in the search field: the person wants to go on in the list of matches.
    void listRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches();

    LibraryFilter *m_filter;
    QLineEdit *m_search = nullptr;
    SkillPicker *m_skills = nullptr;
    QSpinBox *m_years = nullptr;
    QComboBox *m_location = nullptr;
    QLabel *m_matches = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace Shortlist
