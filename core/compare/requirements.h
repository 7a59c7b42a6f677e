#pragma once

#include "skillnormalizer.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace Shortlist {

struct Profile;

// What a role needs, as a manager types it: "Go, Kubernetes, PostgreSQL, !Rust" (a "!"
// marks a must-have), or one per line.
struct Requirement
{
    QString text; // as typed, without the "!"
    QString key; // SkillNormalizer::keyOf(text)
    bool mustHave = false;

    friend bool operator==(const Requirement &, const Requirement &) = default;
};

QList<Requirement> parseRequirements(QStringView text, const SkillNormalizer &skills);
// The requirements written back as one line, as parseRequirements() reads them.
QString requirementsText(const QList<Requirement> &requirements);

// What a candidate offers to be matched: the keys of the skills they list, and their
// profile's text folded for search (titles, highlights, summary…).
struct CandidateEvidence
{
    QSet<QString> skillKeys;
    QByteArray text; // UTF-8, folded with foldedForSearch(), as LibraryEntry::searchKey
};

CandidateEvidence evidenceOf(const Profile &profile, const SkillNormalizer &skills, const QByteArray &searchKey);

struct RequirementMatch
{
    // Met: in the skills list (as written or as an alias). Partly: a related skill is
    // listed, or the skill is only named in the text of the CV. Missed: neither.
    // A must-have is a skill the role cannot do without: a related skill never stands in
    // for it, so a must-have with only a related skill listed is missed, with that skill
    // kept in `evidence` to show beside it.
    enum class Level { Missed, Partly, Met };
    Level level = Level::Missed;
    QString evidence; // the related skill, or "only in the text"; empty when nothing was found
};

struct MatchResult
{
    QList<RequirementMatch> matches; // parallel to the requirements
    int score = 0; // 0..100: met counts 1, partly ½; a must-have weighs twice
    int missedMustHaves = 0;

    int count(RequirementMatch::Level level) const;
    // "Met: Go · Partly: PostgreSQL (MySQL) · Missed: Rust (must-have), Kubernetes (must-have;
    // related: Docker)".
    QString summary(const QList<Requirement> &requirements, const SkillNormalizer &skills) const;
};

MatchResult matchRequirements(
    const QList<Requirement> &requirements, const CandidateEvidence &candidate, const SkillNormalizer &skills);

} // namespace Shortlist
