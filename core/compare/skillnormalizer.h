#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Shortlist {

// Tells when two ways of writing a skill are the same skill: "Golang" and "Go",
// "k8s" and "Kubernetes", "Node.js" and "NodeJS", "Postgres" and "PostgreSQL"; and when
// two skills are related ("EKS" and "Kubernetes"), which partly meets a requirement.
//
// A skill's key is its name folded (case, accents), without spaces and punctuation
// other than + and # (C++, C#), without a version at the end ("Java 11", "Python 3") or
// a note in brackets ("TypeScript (basics)"), and then looked up in the alias table.
class SkillNormalizer
{
public:
    SkillNormalizer() = default;

    // The table shipped with Shortlist, with the user's own file on top when there is one.
    static SkillNormalizer standard();
    // The user's own aliases: skill-aliases.txt in the application's configuration folder.
    static QString userAliasesPath();

    // Reads "alias = Canonical" and "name ~ Related" lines ('#' starts a comment). Lines
    // that are neither are reported in `problems` ("line 4: …") and skipped.
    void addTable(const QString &text, QStringList *problems = nullptr);
    void addAlias(const QString &alias, const QString &canonical);
    void addRelated(const QString &a, const QString &b);

    QString keyOf(QStringView skill) const;
    // How the table spells a key's skill ("PostgreSQL" for "postgres"), or `fallback`.
    QString displayName(const QString &key, const QString &fallback = {}) const;
    bool areRelated(const QString &keyA, const QString &keyB) const;
    // The ways to find a skill in free text, folded for search: as written, and every
    // spelling the table knows for it ("kubernetes", "k8s", "kube").
    QStringList spellingsOf(QStringView skill) const;

private:
    static QString folded(QStringView skill);

    QHash<QString, QString> m_canonical; // folded spelling -> key
    QHash<QString, QString> m_display; // key -> how the table writes it
    QHash<QString, QStringList> m_spellings; // key -> folded spellings
    QHash<QString, QSet<QString>> m_related; // key -> keys
};

} // namespace Shortlist
