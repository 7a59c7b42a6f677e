#include "comparisonmodel.h"

#include "library/libraryentry.h"
#include "library/searchtext.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString yearsOf(const Position &p)
{
    const QString start = p.start.value.isValid() ? QString::number(p.start.value.year) : QString();
    const QString end = p.ongoing ? ComparisonModel::tr("now")
                                  : (p.end.value.isValid() ? QString::number(p.end.value.year) : QString());
    if (start.isEmpty() && end.isEmpty())
        return ComparisonModel::tr("undated");
    if (start == end || end.isEmpty())
        return start;
    if (start.isEmpty())
        return end;
    return start + u"–"_s + end;
}

} // namespace

CareerStats careerStatsOf(const Profile &profile, const CareerTimeline &timeline, QDate today)
{
    CareerStats stats;
    stats.experience = experienceOf(profile.work, today);
    // Employers: companies by their folded name; a position without one counts alone.
    QHash<QString, QList<MonthSpan>> spansByEmployer;
    QSet<QString> employers;
    for (int i = 0; i < profile.work.size(); ++i) {
        const QString company = foldedForSearch(profile.work[i].company.value).simplified();
        employers.insert(company.isEmpty() ? u"#%1"_s.arg(i) : company);
    }
    for (const TimelineEntry &e : timeline.positions) {
        const QString company = foldedForSearch(profile.work[e.index].company.value).simplified();
        spansByEmployer[company.isEmpty() ? u"#%1"_s.arg(e.index) : company].append(e.span);
    }
    stats.employers = int(employers.size());
    if (!spansByEmployer.isEmpty()) {
        int months = 0;
        for (const QList<MonthSpan> &spans : std::as_const(spansByEmployer)) {
            for (const MonthSpan &span : mergedSpans(spans))
                months += span.months();
        }
        stats.averageTenureMonths = int(std::lround(double(months) / spansByEmployer.size()));
    }
    if (!timeline.positions.isEmpty())
        stats.longestGapMonths = 0;
    for (const MonthSpan &gap : timeline.gaps)
        stats.longestGapMonths = std::max(stats.longestGapMonths, gap.months());
    return stats;
}

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_skills(SkillNormalizer::standard())
{
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ComparisonModel::columnOfPath(const QString &path) const
{
    for (int c = 0; c < m_candidates.size(); ++c) {
        if (m_candidates[c].path == path)
            return c;
    }
    return -1;
}

int ComparisonModel::addCandidates(const QList<Candidate> &candidates)
{
    QList<Candidate> added;
    for (const Candidate &c : candidates) {
        const bool known = columnOfPath(c.path) >= 0
            || std::any_of(added.cbegin(), added.cend(), [&](const Candidate &a) { return a.path == c.path; });
        if (!known)
            added.append(c);
    }
    if (added.isEmpty())
        return 0;
    beginInsertColumns({}, int(m_candidates.size()), int(m_candidates.size() + added.size()) - 1);
    m_candidates.append(added);
    recompute();
    endInsertColumns();
    // Shared and unique skills depend on every column.
    if (m_candidates.size() > added.size())
        Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, int(m_candidates.size()) - 1));
    return int(added.size());
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_candidates.clear();
    recompute();
    endResetModel();
}

bool ComparisonModel::removeColumns(int column, int count, const QModelIndex &parent)
{
    if (parent.isValid() || column < 0 || count <= 0 || column + count > m_candidates.size())
        return false;
    beginRemoveColumns({}, column, column + count - 1);
    m_candidates.remove(column, count);
    recompute();
    endRemoveColumns();
    if (!m_candidates.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, int(m_candidates.size()) - 1));
    return true;
}

bool ComparisonModel::moveColumns(
    const QModelIndex &sourceParent, int sourceColumn, int count, const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceColumn < 0
        || sourceColumn >= m_candidates.size() || destinationChild < 0 || destinationChild > m_candidates.size()
        || destinationChild == sourceColumn || destinationChild == sourceColumn + 1)
        return false;
    if (!beginMoveColumns({}, sourceColumn, sourceColumn, {}, destinationChild))
        return false;
    const int to = destinationChild > sourceColumn ? destinationChild - 1 : destinationChild;
    m_candidates.move(sourceColumn, to);
    m_computed.move(sourceColumn, to);
    endMoveColumns();
    return true;
}

void ComparisonModel::setRequirements(const QList<Requirement> &requirements, const SkillNormalizer &skills)
{
    m_requirements = requirements;
    m_skills = skills;
    recompute();
    if (!m_candidates.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, int(m_candidates.size()) - 1));
}

void ComparisonModel::setToday(QDate today)
{
    m_today = today;
    recompute();
    if (!m_candidates.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, int(m_candidates.size()) - 1));
}

void ComparisonModel::recompute()
{
    m_computed.clear();
    m_keyCounts.clear();
    for (const Candidate &c : std::as_const(m_candidates)) {
        Computed computed;
        computed.timeline = careerTimeline(c.profile, m_today);
        computed.stats = careerStatsOf(c.profile, computed.timeline, m_today);
        for (const SkillGroup &group : c.profile.skills) {
            for (const Skill &skill : group.keywords) {
                const QString key = m_skills.keyOf(skill.name);
                if (key.isEmpty() || computed.skillKeys.contains(key))
                    continue;
                computed.skillKeys.append(key);
                computed.skillNames.append(skill.name);
            }
        }
        for (const QString &key : std::as_const(computed.skillKeys))
            ++m_keyCounts[key];
        if (!m_requirements.isEmpty())
            computed.match = matchRequirements(
                m_requirements, evidenceOf(c.profile, m_skills, searchKeyOf(c.profile, c.path)), m_skills);
        m_computed.append(computed);
    }
    m_sharedKeys.clear();
    if (m_candidates.size() >= 2) {
        for (auto it = m_keyCounts.cbegin(); it != m_keyCounts.cend(); ++it) {
            if (it.value() == m_candidates.size())
                m_sharedKeys.insert(it.key());
        }
    }
}

QStringList ComparisonModel::sharedSkills() const
{
    QStringList shared;
    if (m_computed.isEmpty())
        return shared;
    for (const QString &key : m_computed.first().skillKeys) {
        if (m_sharedKeys.contains(key))
            shared.append(key);
    }
    return shared;
}

QStringList ComparisonModel::uniqueSkills(int column) const
{
    QStringList unique;
    if (m_candidates.size() < 2)
        return unique;
    for (const QString &key : m_computed.at(column).skillKeys) {
        if (m_keyCounts.value(key) == 1)
            unique.append(key);
    }
    return unique;
}

QStringList ComparisonModel::skillNames(int column, const QStringList &keys) const
{
    const Computed &computed = m_computed.at(column);
    QStringList names;
    for (const QString &key : keys) {
        const qsizetype at = computed.skillKeys.indexOf(key);
        names.append(at >= 0 ? computed.skillNames.at(at) : m_skills.displayName(key));
    }
    return names;
}

std::optional<MatchResult> ComparisonModel::matchOf(int column) const
{
    return m_computed.at(column).match;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_candidates.size())
            return {};
        const QString name = m_candidates[section].profile.basics.name.value;
        return name.isEmpty() ? QFileInfo(m_candidates[section].path).fileName() : name;
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Headline:
        return tr("Headline");
    case Location:
        return tr("Location");
    case Match:
        return tr("Match");
    case Experience:
        return tr("Experience");
    case CurrentPosition:
        return tr("Current position");
    case Employers:
        return tr("Employers");
    case AverageTenure:
        return tr("Average tenure");
    case LongestGap:
        return tr("Longest gap");
    case Skills:
        return tr("Skills");
    case Positions:
        return tr("Positions");
    case Education:
        return tr("Education");
    case Certificates:
        return tr("Certificates");
    }
    return {};
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column(), false);
    case RichTextRole:
        return text(index.row(), index.column(), true);
    case PathRole:
        return m_candidates[index.column()].path;
    case Qt::ToolTipRole:
        if (index.row() == Match && m_computed[index.column()].match)
            return m_computed[index.column()].match->summary(m_requirements, m_skills);
        if (index.row() == Skills && m_candidates.size() >= 2)
            return tr("Bold: every compared candidate has it. Marked ◆: only this candidate has it.");
        return {};
    }
    return {};
}

QString ComparisonModel::text(int row, int column, bool rich) const
{
    const Profile &profile = m_candidates[column].profile;
    const Computed &computed = m_computed[column];
    const CareerStats &stats = computed.stats;
    auto plain = [rich](const QString &s) { return rich ? escaped(s) : s; };
    auto muted = [rich](const QString &s) { return rich ? u"<span class=\"muted\">%1</span>"_s.arg(escaped(s)) : s; };
    const QString newline = rich ? u"<br>"_s : u"\n"_s;
    switch (Row(row)) {
    case Name:
        return plain(profile.basics.name.value);
    case Headline:
        return plain(profile.basics.label.value);
    case Location:
        return plain(profile.basics.location.text);
    case Match: {
        if (!computed.match)
            return muted(tr("no requirements"));
        const MatchResult &m = *computed.match;
        if (!rich)
            return tr("%1%").arg(m.score) + u" — "_s + m.summary(m_requirements, m_skills);
        QStringList items;
        for (int i = 0; i < m.matches.size(); ++i) {
            const Requirement &r = m_requirements[i];
            const QString name = escaped(m_skills.displayName(r.key, r.text)) + (r.mustHave ? u"!"_s : QString());
            switch (m.matches[i].level) {
            case RequirementMatch::Level::Met:
                items.append(u"<span class=\"met\">✓ %1</span>"_s.arg(name));
                break;
            case RequirementMatch::Level::Partly:
                items.append(u"<span class=\"partly\">½ %1 (%2)</span>"_s.arg(name, escaped(m.matches[i].evidence)));
                break;
            case RequirementMatch::Level::Missed:
                // A must-have's related skill, shown as related: it does not meet it.
                items.append(m.matches[i].evidence.isEmpty()
                        ? u"<span class=\"missed\">✗ %1</span>"_s.arg(name)
                        : u"<span class=\"missed\">✗ %1</span> <span class=\"muted\">(%2)</span>"_s.arg(
                            name, escaped(tr("related: %1").arg(m.matches[i].evidence))));
                break;
            }
        }
        return u"<b>%1%</b><br>%2"_s.arg(m.score).arg(items.join(u"<br>"_s));
    }
    case Experience:
        return plain(formatExperience(stats.experience));
    case CurrentPosition: {
        const Position *current = currentPosition(profile);
        return current ? plain(positionLabel(*current)) : muted(tr("none"));
    }
    case Employers:
        return plain(QLocale().toString(stats.employers));
    case AverageTenure:
        return stats.averageTenureMonths < 0 ? muted(tr("unknown (no dates)")) : plain(formatMonths(stats.averageTenureMonths));
    case LongestGap:
        if (stats.longestGapMonths < 0)
            return muted(tr("unknown (no dates)"));
        return stats.longestGapMonths == 0 ? muted(tr("none")) : plain(formatMonths(stats.longestGapMonths));
    case Skills: {
        QStringList items;
        for (int i = 0; i < computed.skillKeys.size(); ++i) {
            const QString &key = computed.skillKeys[i];
            const QString name = computed.skillNames[i];
            const bool shared = m_sharedKeys.contains(key);
            const bool unique = m_candidates.size() >= 2 && m_keyCounts.value(key) == 1;
            if (!rich)
                items.append(name + (shared ? u" (shared)"_s : unique ? u" (unique)"_s : QString()));
            else if (shared)
                items.append(u"<span class=\"shared\">%1</span>"_s.arg(escaped(name)));
            else if (unique)
                items.append(u"<span class=\"unique\">%1 ◆</span>"_s.arg(escaped(name)));
            else
                items.append(escaped(name));
        }
        return items.isEmpty() ? muted(tr("none listed")) : items.join(u", "_s);
    }
    case Positions: {
        QStringList lines;
        for (const Position &p : profile.work) {
            const QString what = positionLabel(p);
            lines.append(rich ? u"%1 <span class=\"muted\">%2</span>"_s.arg(escaped(what), escaped(yearsOf(p)))
                              : what + u" ("_s + yearsOf(p) + u")"_s);
        }
        return lines.isEmpty() ? muted(tr("none")) : lines.join(newline);
    }
    case Education: {
        QStringList lines;
        for (const Shortlist::Education &e : profile.education) {
            QStringList degree {e.studyType.value, e.area.value};
            degree.removeAll(QString());
            QString line = degree.join(u' ');
            if (!e.institution.value.isEmpty())
                line += (line.isEmpty() ? QString() : u", "_s) + e.institution.value;
            lines.append(plain(line));
        }
        return lines.isEmpty() ? muted(tr("none")) : lines.join(newline);
    }
    case Certificates: {
        QStringList lines;
        for (const Certificate &c : profile.certificates)
            lines.append(plain(c.name.value));
        return lines.isEmpty() ? muted(tr("none")) : lines.join(newline);
    }
    case RowCount:
        break;
    }
    return {};
}

} // namespace Shortlist
