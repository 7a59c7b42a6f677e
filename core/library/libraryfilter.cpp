#include "libraryfilter.h"

#include "librarymodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace Shortlist {

namespace {

// Words whose rows are kept: enough for a search typed and then taken back letter by letter.
constexpr qsizetype kRecentWords = 32;
// Qt removes or inserts the rows a filter change hides or shows one run at a time, and a
// view redoes its bookkeeping for each run. Beyond this many rows changing, one new layout
// (filtered and sorted again from scratch) is cheaper.
constexpr int kRowsChangedOneByOne = 64;

} // namespace

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
    for (const QMetaObject::Connection &connection : std::as_const(m_libraryConnections))
        disconnect(connection);
    m_libraryConnections.clear();
    m_library = library;
    m_recentWords.clear();
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
    if (library) {
        // Connected before the proxy's own handlers, which ask filterAcceptsRow about the rows.
        m_libraryConnections = {
            connect(library, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); }),
            connect(library, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); }),
            connect(library, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    sourceRowsChanged(topLeft.row(), bottomRight.row());
                }),
            connect(library, &QAbstractItemModel::modelReset, this, &LibraryFilter::sourceReset),
            connect(library, &QAbstractItemModel::layoutChanged, this, &LibraryFilter::sourceReset),
            connect(library, &QAbstractItemModel::rowsMoved, this, &LibraryFilter::sourceReset),
        };
    }
    matchQuery();
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
    matchQuery();
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
    matchQuery();
    m_skills.clear();
    m_minimumYears = 0;
    m_locationText.clear();
    m_locationKey.clear();
    refilter();
}

void LibraryFilter::refilter()
{
    Q_EMIT filterAboutToChange();
    if (rowsChangingOnRefilter() > kRowsChangedOneByOne) {
        if (m_sortRanks.empty())
            rankRows();
        invalidate();
    } else
        invalidateFilter();
    Q_EMIT filterChanged();
}

// How many rows the filter as it is now would hide or show, counted up to one more than
// kRowsChangedOneByOne.
int LibraryFilter::rowsChangingOnRefilter() const
{
    int changing = 0;
    for (int row = 0, count = m_library ? m_library->rowCount() : 0;
         row < count && changing <= kRowsChangedOneByOne; ++row) {
        const bool shown = mapFromSource(m_library->index(row, 0)).isValid();
        changing += shown != filterAcceptsRow(row, {});
    }
    return changing;
}

bool LibraryFilter::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    // Ranks are dropped whenever rows are added, removed or changed, so they cover every row.
    if (!m_sortRanks.empty() && sourceLeft.column() == m_sortKeysColumn && sourceRight.column() == m_sortKeysColumn)
        return m_sortRanks[size_t(sourceLeft.row())] < m_sortRanks[size_t(sourceRight.row())];
    return keyLessThan(sourceLeft, sourceRight);
}

void LibraryFilter::rankRows() const
{
    const int column = sortColumn();
    if (!m_library || column < 0)
        return;
    const int count = m_library->rowCount();
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int left, int right) {
        return keyLessThan(m_library->index(left, column), m_library->index(right, column));
    });
    // Rows that sort as equals share a place, so that ties keep their order in the model in
    // either direction, as they do when keys are compared.
    m_sortRanks.assign(size_t(count), 0);
    int place = 0;
    for (size_t i = 1; i < order.size(); ++i) {
        if (keyLessThan(m_library->index(order[i - 1], column), m_library->index(order[i], column)))
            ++place;
        m_sortRanks[size_t(order[i])] = place;
    }
}

bool LibraryFilter::keyLessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (!m_library || !isSortLocaleAware() || sourceLeft.column() != sourceRight.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    const SortKey &left = sortKey(sourceLeft);
    const SortKey &right = sortKey(sourceRight);
    if (left.kind == SortKey::Kind::Other || right.kind == SortKey::Kind::Other)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    // As the base class: a missing value sorts after every other.
    if (left.kind == SortKey::Kind::None)
        return false;
    if (right.kind == SortKey::Kind::None)
        return true;
    return left.text->compare(*right.text) < 0;
}

const LibraryFilter::SortKey &LibraryFilter::sortKey(const QModelIndex &sourceIndex) const
{
    if (m_sortKeysColumn != sourceIndex.column() || m_sortKeys.size() != size_t(m_library->rowCount())) {
        m_sortKeys.assign(size_t(m_library->rowCount()), {});
        m_sortKeysColumn = sourceIndex.column();
        m_sortRanks.clear();
    }
    SortKey &key = m_sortKeys[size_t(sourceIndex.row())];
    if (key.kind != SortKey::Kind::Unknown)
        return key;
    const QVariant value = m_library->data(sourceIndex, sortRole());
    if (!value.isValid()) {
        key.kind = SortKey::Kind::None;
    } else if (value.userType() == QMetaType::QString) {
        static thread_local const QCollator collator; // what QString::localeAwareCompare uses
        key.kind = SortKey::Kind::Text;
        key.text = collator.sortKey(value.toString());
    } else {
        key.kind = SortKey::Kind::Other;
    }
    return key;
}

bool LibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_library || sourceParent.isValid())
        return false;
    const LibraryEntry &entry = m_library->entry(sourceRow);
    if (m_rows == Rows::Problems)
        return !entry.isValid() || !entry.warnings.isEmpty();
    if (!entry.isValid())
        return false;
    if (m_minimumYears > 0 && (!entry.experience.isKnown() || entry.experience.months < m_minimumYears * 12))
        return false;
    return acceptsBesidesExperience(sourceRow);
}

bool LibraryFilter::acceptsBesidesExperience(int sourceRow) const
{
    const LibraryEntry &entry = m_library->entry(sourceRow);
    if (!m_locationKey.isEmpty() && !entry.locationKey.contains(m_locationKey))
        return false;
    // Both lists are sorted: every required skill must be among the candidate's.
    if (!std::includes(
            entry.skillKeys.cbegin(), entry.skillKeys.cend(), m_skills.cbegin(), m_skills.cend()))
        return false;
    if (m_query.isEmpty())
        return true;
    if (size_t(sourceRow) < m_queryRows.size())
        return m_queryRows[size_t(sourceRow)];
    return m_query.matches(entry.searchKey);
}

int LibraryFilter::undatedHidden() const
{
    if (!m_library || m_rows != Rows::Profiles || m_minimumYears == 0)
        return 0;
    int hidden = 0;
    for (int row = 0, count = m_library->rowCount(); row < count; ++row) {
        const LibraryEntry &entry = m_library->entry(row);
        hidden += entry.isValid() && !entry.experience.isKnown() && entry.experience.undatedPositions > 0
            && acceptsBesidesExperience(row);
    }
    return hidden;
}

bool LibraryFilter::rowHolds(int sourceRow, const QByteArray &word) const
{
    return keyContains(m_library->entry(sourceRow).searchKey, word);
}

const LibraryFilter::WordRows &LibraryFilter::rowsHolding(const QByteArray &word)
{
    const auto same = std::find_if(m_recentWords.cbegin(), m_recentWords.cend(),
        [&](const WordRows &known) { return known.word == word; });
    if (same != m_recentWords.cend()) {
        m_recentWords.move(same - m_recentWords.cbegin(), 0);
        return m_recentWords.first();
    }
    // Rows without a shorter word inside this one are without this one; rows with a longer
    // word holding this one have it. The closest of each kind leaves the fewest rows to read.
    const WordRows *shorter = nullptr;
    const WordRows *longer = nullptr;
    for (const WordRows &known : std::as_const(m_recentWords)) {
        if (known.word.size() < word.size() && word.contains(known.word)
            && (!shorter || shorter->word.size() < known.word.size()))
            shorter = &known;
        if (known.word.size() > word.size() && known.word.contains(word)
            && (!longer || longer->word.size() > known.word.size()))
            longer = &known;
    }
    const int count = m_library->rowCount();
    WordRows found {word, std::vector<bool>(size_t(count))};
    for (int row = 0; row < count; ++row) {
        if (shorter && !shorter->rows[size_t(row)])
            found.rows[size_t(row)] = false;
        else
            found.rows[size_t(row)] = (longer && longer->rows[size_t(row)]) || rowHolds(row, word);
    }
    m_recentWords.prepend(std::move(found));
    if (m_recentWords.size() > kRecentWords)
        m_recentWords.removeLast();
    return m_recentWords.first();
}

void LibraryFilter::matchQuery()
{
    const int count = m_library ? m_library->rowCount() : 0;
    m_queryRows.assign(size_t(count), true);
    if (!m_library)
        return;
    for (const QByteArray &word : m_query.words()) {
        const std::vector<bool> &holding = rowsHolding(word).rows;
        for (size_t row = 0; row < size_t(count); ++row)
            m_queryRows[row] = m_queryRows[row] && holding[row];
    }
}

void LibraryFilter::sourceRowsInserted(int first, int last)
{
    // Only the words searched for now are read in the new rows; the others are forgotten.
    const QList<QByteArray> &words = m_query.words();
    m_recentWords.removeIf([&](const WordRows &known) { return !words.contains(known.word); });
    const auto at = ptrdiff_t(first);
    for (WordRows &known : m_recentWords) {
        std::vector<bool> rows;
        for (int row = first; row <= last; ++row)
            rows.push_back(rowHolds(row, known.word));
        known.rows.insert(known.rows.begin() + at, rows.cbegin(), rows.cend());
    }
    std::vector<bool> rows;
    for (int row = first; row <= last; ++row)
        rows.push_back(m_query.matches(m_library->entry(row).searchKey));
    m_queryRows.insert(m_queryRows.begin() + at, rows.cbegin(), rows.cend());
    m_sortRanks.clear();
    if (m_sortKeysColumn >= 0)
        m_sortKeys.insert(m_sortKeys.begin() + at, size_t(last - first + 1), SortKey());
}

void LibraryFilter::sourceRowsRemoved(int first, int last)
{
    const auto erase = [&](std::vector<bool> &rows) {
        rows.erase(rows.begin() + ptrdiff_t(first), rows.begin() + ptrdiff_t(last) + 1);
    };
    for (WordRows &known : m_recentWords)
        erase(known.rows);
    erase(m_queryRows);
    m_sortRanks.clear();
    if (m_sortKeysColumn >= 0)
        m_sortKeys.erase(m_sortKeys.begin() + ptrdiff_t(first), m_sortKeys.begin() + ptrdiff_t(last) + 1);
}

void LibraryFilter::sourceRowsChanged(int first, int last)
{
    m_sortRanks.clear();
    for (int row = first; row <= last; ++row) {
        for (WordRows &known : m_recentWords)
            known.rows[size_t(row)] = rowHolds(row, known.word);
        m_queryRows[size_t(row)] = m_query.matches(m_library->entry(row).searchKey);
        if (size_t(row) < m_sortKeys.size())
            m_sortKeys[size_t(row)] = {};
    }
}

void LibraryFilter::sourceReset()
{
    m_sortRanks.clear();
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
    m_recentWords.clear();
    matchQuery();
}

} // namespace Shortlist
