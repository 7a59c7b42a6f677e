#pragma once

#include "profile/profile.h"
#include "requirements.h"
#include "skillnormalizer.h"
#include "timeline/careertimeline.h"
#include "timeline/today.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Shortlist {

// Figures a comparison lines up for each candidate.
struct CareerStats
{
    Experience experience;
    int employers = 0; // distinct companies, undated positions included
    int averageTenureMonths = -1; // months per employer over dated positions; -1 unknown
    int longestGapMonths = -1; // 0 without gaps; -1 unknown: no dated positions to have gaps between
};

CareerStats careerStatsOf(const Profile &profile, const CareerTimeline &timeline, QDate today);

// Candidates side by side: one column per candidate, one row per thing compared, so
// that the rows line up. Skills are compared after normalisation (SkillNormalizer):
// skills every candidate has are marked as shared, skills only one has as unique. With
// requirements, each candidate gets a match row.
//
// Qt::DisplayRole is plain text; RichTextRole the same as HTML for a delegate to draw,
// with the classes "shared", "unique", "met", "partly", "missed" and "muted" for the
// view's style sheet to colour.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row {
        Name,
        Headline,
        Location,
        Match,
        Experience,
        CurrentPosition,
        Employers,
        AverageTenure,
        LongestGap,
        Skills,
        Positions,
        Education,
        Certificates,
        RowCount
    };
    Q_ENUM(Row)
    enum Roles { RichTextRole = Qt::UserRole + 1, PathRole };

    explicit ComparisonModel(QObject *parent = nullptr);

    struct Candidate
    {
        QString path;
        Profile profile;
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeColumns(int column, int count, const QModelIndex &parent = {}) override;
    bool moveColumns(const QModelIndex &sourceParent, int sourceColumn, int count, const QModelIndex &destinationParent,
        int destinationChild) override;

    // Adds candidates not compared yet (by path); returns how many were added.
    int addCandidates(const QList<Candidate> &candidates);
    void clear();
    const QList<Candidate> &candidates() const { return m_candidates; }
    int columnOfPath(const QString &path) const;

    void setRequirements(const QList<Requirement> &requirements, const SkillNormalizer &skills);
    void setToday(QDate today);

    // The skills of a column as compared: keys shared by every candidate, and keys no
    // other candidate has.
    QStringList sharedSkills() const;
    QStringList uniqueSkills(int column) const;
    std::optional<MatchResult> matchOf(int column) const;
    // How a column's candidate writes the skills of these keys.
    QStringList skillNames(int column, const QStringList &keys) const;
    int skillCount(int column) const { return int(m_computed.at(column).skillKeys.size()); }

private:
    struct Computed
    {
        CareerTimeline timeline;
        CareerStats stats;
        QStringList skillKeys; // in the order the CV lists them, without repeats
        QStringList skillNames; // parallel: as the CV writes them
        std::optional<MatchResult> match;
    };
    void recompute();
    QString text(int row, int column, bool rich) const;

    QList<Candidate> m_candidates;
    QList<Computed> m_computed;
    QList<Requirement> m_requirements;
    SkillNormalizer m_skills;
    QDate m_today = Shortlist::today();
    QSet<QString> m_sharedKeys;
    QHash<QString, int> m_keyCounts; // how many candidates list each skill key
};

} // namespace Shortlist
