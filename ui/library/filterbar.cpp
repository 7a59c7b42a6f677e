#include "filterbar.h"

#include "icons.h"
#include "library/libraryfilter.h"
#include "library/librarymodel.h"
#include "skillpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSpinBox>
#include <QToolButton>

namespace Shortlist {

FilterBar::FilterBar(LibraryFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, skills, companies, titles…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    m_search->installEventFilter(this);

    m_skills = new SkillPicker(this);
    m_skills->setLibrary(filter->library());

    m_years = new QSpinBox(this);
    m_years->setRange(0, 50);
    m_years->setSpecialValueText(tr("Any experience"));
    m_years->setPrefix(tr("≥ "));
    m_years->setSuffix(tr(" yrs"));
    m_years->setToolTip(tr("Minimum total experience, counted from dated positions"));
    m_years->setAccessibleName(tr("Minimum years of experience"));

    m_location = new QComboBox(this);
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->lineEdit()->setPlaceholderText(tr("Any location"));
    m_location->lineEdit()->setClearButtonEnabled(true);
    m_location->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_location->completer()->setFilterMode(Qt::MatchContains);
    m_location->setMinimumContentsLength(14);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setAccessibleName(tr("Location"));

    m_matches = new QLabel(this);
    m_matches->setMinimumWidth(m_matches->fontMetrics().horizontalAdvance(tr("10,000 of 10,000")));
    m_matches->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_clear = new QToolButton(this);
    m_clear->setIcon(themeIcon(QStringLiteral("edit-clear")));
    m_clear->setToolTip(tr("Clear search and filters"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_skills);
    layout->addWidget(m_years);
    layout->addWidget(m_location, 1);
    layout->addWidget(m_matches);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, filter, &LibraryFilter::setSearchText);
    connect(m_skills, &SkillPicker::chosenSkillsChanged, filter, &LibraryFilter::setRequiredSkills);
    connect(m_years, &QSpinBox::valueChanged, filter, &LibraryFilter::setMinimumYears);
    connect(m_location, &QComboBox::editTextChanged, filter, &LibraryFilter::setLocationText);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAll);
    connect(filter, &LibraryFilter::filterChanged, this, &FilterBar::updateMatches);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateMatches);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateMatches);
    connect(filter, &QAbstractItemModel::modelReset, this, &FilterBar::updateMatches);
    if (LibraryModel *library = filter->library()) {
        connect(library, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateMatches);
        connect(library, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateMatches);
    }
    updateMatches();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            Q_EMIT listRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::clearAll()
{
    const QSignalBlocker blockSearch(m_search), blockSkills(m_skills), blockYears(m_years),
        blockLocation(m_location);
    m_search->clear();
    m_skills->setChosenSkills({});
    m_years->setValue(0);
    m_location->setEditText(QString());
    m_filter->clearFilters();
}

void FilterBar::updateMatches()
{
    const LibraryModel *library = m_filter->library();
    const int total = library ? library->profileCount() : 0;
    const QLocale locale;
    QString text = m_filter->isFiltering()
        ? tr("%1 of %2").arg(locale.toString(m_filter->rowCount()), locale.toString(total))
        : tr("%Ln candidates", nullptr, total);
    // Candidates whose experience is unknown are not less experienced: say they are hidden.
    const int undated = m_filter->undatedHidden();
    if (undated > 0)
        text += tr(" · %Ln undated hidden", nullptr, undated);
    m_matches->setText(text);
    m_matches->setToolTip(undated > 0
            ? tr("The minimum experience hides candidates whose positions have no dates, "
                 "as their experience is unknown. Set it to “Any experience” to see them.")
            : QString());
    m_clear->setEnabled(m_filter->isFiltering());
}

void FilterBar::refreshLocations()
{
    const LibraryModel *library = m_filter->library();
    if (!library)
        return;
    QSet<QString> seen;
    for (int row = 0; row < library->rowCount(); ++row) {
        const Location &location = library->entry(row).profile.basics.location;
        for (const QString &place : {location.city, location.text}) {
            if (!place.isEmpty())
                seen.insert(place);
        }
    }
    QStringList places(seen.cbegin(), seen.cend());
    places.sort(Qt::CaseInsensitive);
    const QString current = m_location->currentText();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItems(places);
    m_location->setEditText(current);
}

} // namespace Shortlist
