#include "librarymodel.h"

#include <QFont>

#include <algorithm>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSkillsShown = 8;

QString skillsText(const Profile &profile, int limit)
{
    QStringList names;
    for (const SkillGroup &group : profile.skills) {
        for (const Skill &skill : group.keywords) {
            if (limit >= 0 && names.size() == limit)
                return names.join(QStringLiteral(", ")) + QStringLiteral(", …");
            names.append(skill.name);
        }
    }
    return names.join(QStringLiteral(", "));
}

QString currentPositionText(const Profile &profile)
{
    const Position *position = currentPosition(profile);
    if (!position)
        return {};
    const QString label = positionLabel(*position);
    if (position->ongoing || position->isUndated())
        return label;
    const PartialDate end = position->end.value.isValid() ? position->end.value : position->start.value;
    return LibraryModel::tr("%1 (until %2)").arg(label).arg(end.year);
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Headline:
        return tr("Headline");
    case Location:
        return tr("Location");
    case CurrentPosition:
        return tr("Current position");
    case Experience:
        return tr("Experience");
    case Skills:
        return tr("Skills");
    case File:
        return tr("File");
    case Match:
        return tr("Match");
    }
    return {};
}

void LibraryModel::computeMatch(const LibraryEntry &entry)
{
    if (m_requirements.isEmpty() || !entry.isValid()) {
        m_matches.remove(entry.path);
        return;
    }
    m_matches.insert(entry.path,
        matchRequirements(m_requirements, evidenceOf(entry.profile, m_skills, entry.searchKey), m_skills));
}

void LibraryModel::setRequirements(const QList<Requirement> &requirements, const SkillNormalizer &skills)
{
    m_requirements = requirements;
    m_skills = skills;
    m_matches.clear();
    for (const LibraryEntry &entry : std::as_const(m_entries))
        computeMatch(entry);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Match), index(rowCount() - 1, Match));
}

std::optional<MatchResult> LibraryModel::matchOf(int row) const
{
    const auto it = m_matches.constFind(m_entries.at(row).path);
    if (it == m_matches.cend())
        return std::nullopt;
    return *it;
}

void LibraryModel::setModified(const QString &path, bool modified)
{
    if (modified == m_modified.contains(path))
        return;
    if (modified)
        m_modified.insert(path);
    else
        m_modified.remove(path);
    const int row = rowOfPath(path);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), {Qt::DisplayRole, Qt::FontRole, ModifiedRole});
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name && m_modified.contains(entry.path))
            return QString(display(entry, index.column()).toString() + u" \u25CF"_s); // a dot, as editors mark unsaved files
        return display(entry, index.column());
    case Qt::FontRole:
        if (m_modified.contains(entry.path)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ModifiedRole:
        return m_modified.contains(entry.path);
    case MatchRole: {
        const auto match = m_matches.constFind(entry.path);
        return match == m_matches.cend() ? QVariant() : QVariant(match->score);
    }
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case SortRole:
        return sortValue(entry, index.column());
    case PathRole:
        return entry.path;
    case ErrorRole:
        return entry.error;
    case ProblemRole:
        return entry.isValid() ? entry.warnings.join(u"; "_s) : entry.error;
    case IsProblemRole:
        return !entry.isValid() || !entry.warnings.isEmpty();
    case ExperienceMonthsRole:
        return entry.experience.isKnown() ? QVariant(entry.experience.months) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Experience || index.column() == Match)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant LibraryModel::display(const LibraryEntry &entry, int column) const
{
    const Profile &profile = entry.profile;
    if (!entry.isValid()) {
        if (column == Name)
            return entry.fileName();
        if (column == File)
            return entry.fileName();
        if (column == Headline)
            return entry.error;
        return {};
    }
    switch (column) {
    case Name:
        return profile.basics.name.value.isEmpty() ? entry.fileName() : profile.basics.name.value;
    case Headline:
        return profile.basics.label.value;
    case Location:
        return profile.basics.location.text;
    case CurrentPosition:
        return currentPositionText(profile);
    case Experience:
        return formatExperience(entry.experience);
    case Skills:
        return skillsText(profile, kSkillsShown);
    case File:
        return entry.fileName();
    case Match: {
        const auto match = m_matches.constFind(entry.path);
        if (match == m_matches.cend())
            return {};
        // A must-have the candidate misses is flagged beside the score.
        return match->missedMustHaves > 0 ? tr("%1% !").arg(match->score) : tr("%1%").arg(match->score);
    }
    }
    return {};
}

QVariant LibraryModel::sortValue(const LibraryEntry &entry, int column) const
{
    if (column == Experience) {
        // Known experience sorts by months; profiles with only undated positions after them.
        return entry.experience.isKnown() ? entry.experience.months : -1;
    }
    if (column == Match) {
        // By score; a missed must-have below every score without one.
        const auto match = m_matches.constFind(entry.path);
        return match == m_matches.cend() ? -1 : match->score - (match->missedMustHaves > 0 ? 1000 : 0);
    }
    return display(entry, column);
}

QString LibraryModel::toolTip(const LibraryEntry &entry, int column) const
{
    if (!entry.isValid())
        return tr("%1: %2").arg(entry.path, entry.error);
    switch (column) {
    case Skills:
        return skillsText(entry.profile, -1);
    case File:
        return entry.path;
    case Match: {
        const auto match = m_matches.constFind(entry.path);
        return match == m_matches.cend() ? QString() : match->summary(m_requirements, m_skills);
    }
    case Experience:
        if (entry.experience.undatedPositions > 0)
            return tr("%n positions without dates are not counted.", nullptr, entry.experience.undatedPositions);
        return tr("Months in at least one dated position, overlaps counted once.");
    }
    return {};
}

int LibraryModel::profileCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const LibraryEntry &e) { return e.isValid(); }));
}

void LibraryModel::setEntries(QList<LibraryEntry> entries)
{
    QList<LibraryEntry> added;
    for (LibraryEntry &entry : entries) {
        const int row = rowOfPath(entry.path);
        if (row < 0) {
            added.append(std::move(entry));
            continue;
        }
        m_entries[row] = std::move(entry);
        computeMatch(m_entries[row]);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // A file listed twice in one batch is added once, with its last reading.
    QHash<QString, int> lastOfPath;
    for (int i = 0; i < added.size(); ++i)
        lastOfPath.insert(added.at(i).path, i);
    if (lastOfPath.size() != added.size()) {
        QList<LibraryEntry> unique;
        for (int i = 0; i < added.size(); ++i) {
            if (lastOfPath.value(added.at(i).path) == i)
                unique.append(std::move(added[i]));
        }
        added = std::move(unique);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (LibraryEntry &entry : added) {
        computeMatch(entry);
        m_entries.append(std::move(entry));
    }
    reindexFrom(first);
    endInsertRows();
}

void LibraryModel::removePaths(const QStringList &paths)
{
    QList<int> rows;
    for (const QString &path : paths) {
        const int row = rowOfPath(path);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove runs of adjacent rows from the last, so that earlier row numbers stay valid.
    while (!rows.isEmpty()) {
        int last = rows.takeLast();
        int first = last;
        while (!rows.isEmpty() && rows.last() == first - 1)
            first = rows.takeLast();
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_rowOfPath.remove(m_entries.at(row).path);
            m_matches.remove(m_entries.at(row).path);
        }
        m_entries.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
    }
}

void LibraryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_rowOfPath.clear();
    m_matches.clear();
    endResetModel();
}

void LibraryModel::reindexFrom(int row)
{
    for (int i = row; i < m_entries.size(); ++i)
        m_rowOfPath.insert(m_entries.at(i).path, i);
}

} // namespace Shortlist
