#pragma once

#include "searchtext.h"

#include <QCollatorSortKey>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace Shortlist {

class LibraryModel;

// Sorts and filters the library's profiles: a free-text search, skills a candidate must all
// have, a minimum experience and a location. Filtering reads the entries' precomputed, folded
// keys directly instead of asking the model for strings, so a keystroke over ten thousand
// rows stays within a frame.
class LibraryFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Which rows to show: readable profiles, or the files that could not be read or were
    // read with a warning (those are profiles too).
    enum class Rows { Profiles, Problems };

    explicit LibraryFilter(QObject *parent = nullptr);

    void setLibrary(LibraryModel *library);
    LibraryModel *library() const { return m_library; }

    Rows rows() const { return m_rows; }
    void setRows(Rows rows);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // Folded skill names (see skillKeysOf) a candidate must all have.
    QStringList requiredSkills() const { return m_skills; }
    void setRequiredSkills(const QStringList &skillKeys);

    int minimumYears() const { return m_minimumYears; }
    void setMinimumYears(int years);

    QString locationText() const { return m_locationText; }
    void setLocationText(const QString &text);

    bool isFiltering() const;
    void clearFilters();

    // Profiles the minimum experience hides only for want of dates: none of their positions
    // is dated, so their experience is unknown, and every other filter lets them through.
    int undatedHidden() const;

    int sourceRowOf(int proxyRow) const { return mapToSource(index(proxyRow, 0)).row(); }

Q_SIGNALS:
    // Around each change of search or filters: rows shown before and after may differ.
    void filterAboutToChange();
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    // The source rows whose search key holds one word.
    struct WordRows
    {
        QByteArray word;
        std::vector<bool> rows;
    };

    // A row's sort value as the base class compares it (QString::localeAwareCompare), turned
    // into a collation key once instead of collated again in each of a sort's comparisons.
    struct SortKey
    {
        enum class Kind { Unknown, None, Text, Other };
        Kind kind = Kind::Unknown;
        std::optional<QCollatorSortKey> text;
    };

    void refilter();
    bool acceptsBesidesExperience(int sourceRow) const;
    int rowsChangingOnRefilter() const;
    const SortKey &sortKey(const QModelIndex &sourceIndex) const;
    bool keyLessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const;
    void rankRows() const;
    bool rowHolds(int sourceRow, const QByteArray &word) const;
    const WordRows &rowsHolding(const QByteArray &word);
    void matchQuery();
    void sourceRowsInserted(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsChanged(int first, int last);
    void sourceReset();

    LibraryModel *m_library = nullptr;
    QList<QMetaObject::Connection> m_libraryConnections;
    Rows m_rows = Rows::Profiles;
    QString m_searchText;
    SearchQuery m_query;
    // Whether each source row matches the search, worked out when the search or the rows
    // change rather than row by row in filterAcceptsRow. The rows of the last few words
    // searched for are kept, so that a letter typed or taken back reads again only the rows
    // whose answer can change: a row without "kub" has no "kube", a row with "kube" has "kub".
    std::vector<bool> m_queryRows;
    QList<WordRows> m_recentWords; // the most recent first
    mutable std::vector<SortKey> m_sortKeys; // by source row, for m_sortKeysColumn
    mutable int m_sortKeysColumn = -1;
    // Each source row's place in the sort order of m_sortKeysColumn, ascending; empty when
    // rows changed since. A big filter change sorts the rows it shows again from scratch, and
    // comparing two places is much cheaper than comparing two collation keys.
    mutable std::vector<int> m_sortRanks;
    QStringList m_skills;
    int m_minimumYears = 0;
    QString m_locationText;
    QByteArray m_locationKey;
};

} // namespace Shortlist
