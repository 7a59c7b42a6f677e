#include "libraryfilter.h"

#include "librarymodel.h"

#include <algorithm>

namespace Shortlist {

LibraryFilter::LibraryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void LibraryFilter::setLibrary(LibraryModel *library)
{
    m_library = library;
    setSourceModel(library);
}

void LibraryFilter::setRows(Rows rows)
{
    if (m_rows == rows)
        return;
    m_rows = rows;
    refilter();
}

void LibraryFilter::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_query = SearchQuery(text);
    refilter();
}

void LibraryFilter::setRequiredSkills(const QStringList &skillKeys)
{
    QStringList sorted = skillKeys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (m_skills == sorted)
        return;
    m_skills = sorted;
    refilter();
}

void LibraryFilter::setMinimumYears(int years)
{
    years = std::max(0, years);
    if (m_minimumYears == years)
        return;
    m_minimumYears = years;
    refilter();
}

void LibraryFilter::setLocationText(const QString &text)
{
    if (m_locationText == text)
        return;
    m_locationText = text;
    m_locationKey = foldedForSearch(text.trimmed()).toUtf8();
    refilter();
}

bool LibraryFilter::isFiltering() const
{
    return !m_query.isEmpty() || !m_skills.isEmpty() || m_minimumYears > 0 || !m_locationKey.isEmpty();
}

void LibraryFilter::clearFilters()
{
    m_searchText.clear();
    m_query = {};
    m_skills.clear();
    m_minimumYears = 0;
    m_locationText.clear();
    m_locationKey.clear();
    refilter();
}

void LibraryFilter::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool LibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_library || sourceParent.isValid())
        return false;
    const LibraryEntry &entry = m_library->entry(sourceRow);
    if (m_rows == Rows::Problems)
        return !entry.isValid();
    if (!entry.isValid())
        return false;
    if (m_minimumYears > 0 && (!entry.experience.isKnown() || entry.experience.months < m_minimumYears * 12))
        return false;
    if (!m_locationKey.isEmpty() && !entry.locationKey.contains(m_locationKey))
        return false;
    // Both lists are sorted: every required skill must be among the candidate's.
    if (!std::includes(
            entry.skillKeys.cbegin(), entry.skillKeys.cend(), m_skills.cbegin(), m_skills.cend()))
        return false;
    return m_query.matches(entry.searchKey);
}

} // namespace Shortlist
