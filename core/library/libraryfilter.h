#pragma once

#include "searchtext.h"

#include <QSortFilterProxyModel>
#include <QStringList>

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
    // Which rows to show: readable profiles, or the files that could not be read.
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

    int sourceRowOf(int proxyRow) const { return mapToSource(index(proxyRow, 0)).row(); }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    LibraryModel *m_library = nullptr;
    Rows m_rows = Rows::Profiles;
    QString m_searchText;
    SearchQuery m_query;
    QStringList m_skills;
    int m_minimumYears = 0;
    QString m_locationText;
    QByteArray m_locationKey;
};

} // namespace Shortlist
