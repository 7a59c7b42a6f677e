#include "skillnormalizer.h"

#include "library/searchtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

// The shipped table is a resource of this static library: it must be registered by name,
// from outside any namespace.
static void registerSkillAliases()
{
    Q_INIT_RESOURCE(compare);
}

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::SkillNormalizer)
};

} // namespace

QString SkillNormalizer::folded(QStringView skill)
{
    // "TypeScript (basics)" → "TypeScript"; "Java 11", "Python 3.12" → "Java", "Python".
    static const QRegularExpression note(u"\\s*[(\\[].*$"_s);
    // A version after a space ("Java 11") or right after C++/C# ("C++17"), not a digit that
    // is part of the name ("S3", "EC2", "HTML5").
    static const QRegularExpression version(u"(?<=[A-Za-z+#])\\s+v?\\d+(\\.\\d+)*\\+?$|(?<=[+#])\\d+$"_s);
    QString text = skill.trimmed().toString();
    text.remove(note);
    text.remove(version);
    const QString folded = foldedForSearch(text);
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c == u'+' || c == u'#')
            key.append(c);
    }
    // ".NET" keeps its point: without it, it would be "net".
    if (folded.startsWith(u'.') && key == u"net"_s)
        return u".net"_s;
    return key;
}

QString SkillNormalizer::userAliasesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/skill-aliases.txt"_s;
}

SkillNormalizer SkillNormalizer::standard()
{
    registerSkillAliases();
    SkillNormalizer normalizer;
    QFile shipped(u":/shortlist/skillaliases.txt"_s);
    if (shipped.open(QIODevice::ReadOnly))
        normalizer.addTable(QString::fromUtf8(shipped.readAll()));
    QFile own(userAliasesPath());
    if (own.open(QIODevice::ReadOnly))
        normalizer.addTable(QString::fromUtf8(own.readAll()));
    return normalizer;
}

void SkillNormalizer::addTable(const QString &text, QStringList *problems)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (const qsizetype hash = line.indexOf(u" #"_s); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'='), tilde = line.indexOf(u'~');
        const qsizetype at = equals >= 0 ? equals : tilde;
        const QString left = line.left(at).trimmed(), right = line.mid(at + 1).trimmed();
        if (at <= 0 || left.isEmpty() || right.isEmpty() || folded(left).isEmpty() || folded(right).isEmpty()) {
            if (problems)
                problems->append(Strings::tr("line %1: '%2' is neither 'alias = skill' nor 'skill ~ related skill'")
                                     .arg(i + 1)
                                     .arg(lines[i].trimmed()));
            continue;
        }
        if (equals >= 0)
            addAlias(left, right);
        else
            addRelated(left, right);
    }
}

void SkillNormalizer::addAlias(const QString &alias, const QString &canonical)
{
    const QString key = keyOf(canonical);
    if (!m_display.contains(key))
        m_display.insert(key, canonical);
    for (const QString &written : {alias, canonical}) {
        m_canonical.insert(folded(written), key);
        const QString inText = foldedForSearch(written).simplified();
        if (!m_spellings[key].contains(inText))
            m_spellings[key].append(inText);
    }
}

void SkillNormalizer::addRelated(const QString &a, const QString &b)
{
    const QString keyA = keyOf(a), keyB = keyOf(b);
    if (keyA == keyB)
        return;
    m_related[keyA].insert(keyB);
    m_related[keyB].insert(keyA);
    if (!m_display.contains(keyA))
        m_display.insert(keyA, a);
    if (!m_display.contains(keyB))
        m_display.insert(keyB, b);
}

QString SkillNormalizer::keyOf(QStringView skill) const
{
    const QString spelling = folded(skill);
    return m_canonical.value(spelling, spelling);
}

QString SkillNormalizer::displayName(const QString &key, const QString &fallback) const
{
    return m_display.value(key, fallback.isEmpty() ? key : fallback);
}

bool SkillNormalizer::areRelated(const QString &keyA, const QString &keyB) const
{
    return m_related.value(keyA).contains(keyB);
}

QStringList SkillNormalizer::spellingsOf(QStringView skill) const
{
    QStringList spellings = m_spellings.value(keyOf(skill));
    const QString written = foldedForSearch(skill).simplified();
    if (!written.isEmpty() && !spellings.contains(written))
        spellings.prepend(written);
    return spellings;
}

} // namespace Shortlist
