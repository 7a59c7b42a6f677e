#include "requirements.h"

#include "library/searchtext.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Requirements)
};

// Letters, digits and what joins them into one skill or word: "c#", "c++", "go-to".
bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (uchar(c) >= 0x80) || c == '+' || c == '#' || c == '-';
}

// Whether `text` names `word` as a word of its own: "go" in "go and rust", not in "google"
// or "django"; "c++" in "c++17" is fine (the word ends in punctuation).
bool containsWord(QByteArrayView text, QByteArrayView word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const bool startsClean = at == 0 || !isWordByte(text[at - 1]) || !isWordByte(word.front());
        const qsizetype end = at + word.size();
        const bool endsClean = end == text.size() || !isWordByte(text[end]) || !isWordByte(word.back());
        if (startsClean && endsClean)
            return true;
    }
    return false;
}

} // namespace

QList<Requirement> parseRequirements(QStringView text, const SkillNormalizer &skills)
{
    static const QRegularExpression separators(u"[,;\\n]"_s);
    QList<Requirement> requirements;
    QSet<QString> seen;
    for (const QString &part : text.toString().split(separators, Qt::SkipEmptyParts)) {
        QString item = part.trimmed();
        bool mustHave = false;
        while (item.startsWith(u'!')) {
            mustHave = true;
            item = item.mid(1).trimmed();
        }
        if (item.isEmpty())
            continue;
        const QString key = skills.keyOf(item);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        requirements.append({item, key, mustHave});
    }
    return requirements;
}

QString requirementsText(const QList<Requirement> &requirements)
{
    QStringList items;
    for (const Requirement &r : requirements)
        items.append((r.mustHave ? u"!"_s : QString()) + r.text);
    return items.join(u", "_s);
}

CandidateEvidence evidenceOf(const Profile &profile, const SkillNormalizer &skills, const QByteArray &searchKey)
{
    CandidateEvidence evidence;
    for (const SkillGroup &group : profile.skills) {
        for (const Skill &skill : group.keywords)
            evidence.skillKeys.insert(skills.keyOf(skill.name));
    }
    evidence.text = searchKey;
    return evidence;
}

int MatchResult::count(RequirementMatch::Level level) const
{
    return int(std::count_if(matches.cbegin(), matches.cend(), [level](const RequirementMatch &m) { return m.level == level; }));
}

QString MatchResult::summary(const QList<Requirement> &requirements, const SkillNormalizer &skills) const
{
    QStringList met, partly, missed;
    for (qsizetype i = 0; i < matches.size() && i < requirements.size(); ++i) {
        const Requirement &r = requirements[i];
        const QString name = skills.displayName(r.key, r.text);
        switch (matches[i].level) {
        case RequirementMatch::Level::Met:
            met.append(name);
            break;
        case RequirementMatch::Level::Partly:
            partly.append(Strings::tr("%1 (%2)").arg(name, matches[i].evidence));
            break;
        case RequirementMatch::Level::Missed:
            if (!r.mustHave)
                missed.append(name);
            else if (matches[i].evidence.isEmpty())
                missed.append(Strings::tr("%1 (must-have)").arg(name));
            else
                missed.append(Strings::tr("%1 (must-have; related: %2)").arg(name, matches[i].evidence));
            break;
        }
    }
    QStringList parts;
    if (!met.isEmpty())
        parts.append(Strings::tr("Met: %1").arg(met.join(u", "_s)));
    if (!partly.isEmpty())
        parts.append(Strings::tr("Partly: %1").arg(partly.join(u", "_s)));
    if (!missed.isEmpty())
        parts.append(Strings::tr("Missed: %1").arg(missed.join(u", "_s)));
    return parts.join(u" · "_s);
}

namespace {

// A skill the candidate lists that is related to the requirement's, as the table spells it.
QString relatedSkill(const Requirement &r, const CandidateEvidence &candidate, const SkillNormalizer &skills)
{
    for (const QString &key : candidate.skillKeys) {
        if (skills.areRelated(r.key, key))
            return skills.displayName(key);
    }
    return {};
}

bool namedInText(const Requirement &r, const CandidateEvidence &candidate, const SkillNormalizer &skills)
{
    const QStringList spellings = skills.spellingsOf(r.text);
    return std::any_of(spellings.cbegin(), spellings.cend(),
        [&](const QString &spelling) { return containsWord(candidate.text, spelling.toUtf8()); });
}

RequirementMatch matchOne(
    const Requirement &r, const CandidateEvidence &candidate, const SkillNormalizer &skills)
{
    using Level = RequirementMatch::Level;
    if (candidate.skillKeys.contains(r.key))
        return {Level::Met, {}};
    const QString related = relatedSkill(r, candidate, skills);
    if (!related.isEmpty() && !r.mustHave)
        return {Level::Partly, related};
    if (namedInText(r, candidate, skills))
        return {Level::Partly, Strings::tr("only in the text")};
    return {Level::Missed, related};
}

} // namespace

MatchResult matchRequirements(
    const QList<Requirement> &requirements, const CandidateEvidence &candidate, const SkillNormalizer &skills)
{
    MatchResult result;
    double earned = 0, possible = 0;
    for (const Requirement &r : requirements) {
        const RequirementMatch match = matchOne(r, candidate, skills);
        const double weight = r.mustHave ? 2 : 1;
        possible += weight;
        earned += weight * (match.level == RequirementMatch::Level::Met ? 1.0 : match.level == RequirementMatch::Level::Partly ? 0.5 : 0.0);
        if (r.mustHave && match.level == RequirementMatch::Level::Missed)
            ++result.missedMustHaves;
        result.matches.append(match);
    }
    result.score = possible > 0 ? int(std::lround(100 * earned / possible)) : 0;
    return result;
}

} // namespace Shortlist
