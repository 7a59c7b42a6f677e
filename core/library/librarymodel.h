#pragma once

#include "compare/requirements.h"
#include "libraryentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace Shortlist {

// The files of a library, one row each, in the order they arrived. Rows for files that could
// not be read stay in the model with their error, so that views can list them as problems.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Headline, Location, CurrentPosition, Experience, Skills, File, Match, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts as a person expects (months, not text)
        PathRole,
        ErrorRole, // why the file could not be read; empty for a profile
        // What the Problems panel says: why the file could not be read, or what to know
        // about how it was read (bytes that are not UTF-8, read as Windows-1252); empty for
        // a profile read as written.
        ProblemRole,
        IsProblemRole, // listed in the Problems panel: a file not read, or read with a warning
        ExperienceMonthsRole,
        ModifiedRole, // the profile has unsaved changes in the editor
        MatchRole, // the requirement match score, 0..100; null without requirements
    };
    Q_ENUM(Column)

    explicit LibraryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds entries, or replaces the rows of files already in the model.
    void setEntries(QList<LibraryEntry> entries);
    void removePaths(const QStringList &paths);
    void clear();
    // Marks a profile as having unsaved changes in an editor: its name shows a dot and
    // is set in italics until it is saved or the changes are dropped.
    void setModified(const QString &path, bool modified);
    bool isModified(const QString &path) const { return m_modified.contains(path); }

    // What the role needs: every profile gets a match score (the Match column, sortable)
    // and, in its tooltip, which requirements it meets, partly meets and misses. Empty
    // requirements leave the column empty.
    void setRequirements(const QList<Requirement> &requirements, const SkillNormalizer &skills);
    const QList<Requirement> &requirements() const { return m_requirements; }
    const SkillNormalizer &skillNormalizer() const { return m_skills; }
    std::optional<MatchResult> matchOf(int row) const;

    const LibraryEntry &entry(int row) const { return m_entries.at(row); }
    int rowOfPath(const QString &path) const { return m_rowOfPath.value(path, -1); }
    QStringList paths() const { return m_rowOfPath.keys(); }
    int profileCount() const;
    int problemCount() const { return int(m_entries.size()) - profileCount(); }

private:
    QVariant display(const LibraryEntry &entry, int column) const;
    QVariant sortValue(const LibraryEntry &entry, int column) const;
    QString toolTip(const LibraryEntry &entry, int column) const;
    void reindexFrom(int row);
    void computeMatch(const LibraryEntry &entry);

    QList<LibraryEntry> m_entries;
    QHash<QString, int> m_rowOfPath;
    QSet<QString> m_modified;
    QList<Requirement> m_requirements;
    SkillNormalizer m_skills;
    QHash<QString, MatchResult> m_matches; // by path, for every valid entry while there are requirements
};

} // namespace Shortlist
