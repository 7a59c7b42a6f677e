// Skills in the layouts CVs write them in: comma lists, bullet lists, labelled lines,
// tables and skill bars, nested lists and parenthesised sub-items. Every CV here is made up.

#include "profilefield.h"

#include <QTest>

using namespace Shortlist;

class TestSkills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data();
    void layouts();
    void spokenLanguagesUnderHeadings();
    void yearsInAPieceOfTheirOwn();
};

void TestSkills::layouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<int>("positions");

    // The skills that must be read, and those that must not, each separated by '|'.
    auto row = [](const char *name, const char *text, const char *present, const char *absent, int positions = 0) {
        const auto list = [](const char *names) {
            return QString::fromUtf8(names).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        };
        QTest::newRow(name) << QString::fromUtf8(text) << list(present) << list(absent) << positions;
    };
    row("comma list", "# A B\n\n## Skills\n\nPython, Go, Rust\n", "Python|Go|Rust", "");
    row("bullet list", "# A B\n\n## Skills\n\n- Python\n- Go\n- Rust\n", "Python|Go|Rust", "");
    row("zh: groups after a full-width colon, items after enumeration commas",
        "# 李 明\n\n## 专业技能\n\n- 前端：Vue、TypeScript、Sass\n- 服务端：Go、Redis\n", "Vue|TypeScript|Sass|Go|Redis", "");
    // Tags in rows, one row a line, as a PDF's tag boxes come out: a one-tag row between two
    // others is a tag, not the name of the row after it.
    row("contacts under the skills are no skills",
        "# A B\n\n## Skills\n\nGo, Rust\n\nab@example.org\n+44 20 7946 0000\nhttps://example.org/ab\n", "Go|Rust",
        "ab@example.org|+44 20 7946 0000|https://example.org/ab");
    row("rows of tags in one paragraph",
        "# A B\n\n## Tech Stack\n\nJava | Python\nGroovy | Bash\nDocker\nFleet Orchestrator\nAzure | Linux\n",
        "Java|Bash|Docker|Fleet Orchestrator|Linux", "");
    row("levels drawn in symbols beside each skill",
        "# A B\n\n## Skills\n\nC, C++ | ○○○○○\nPython | ●●●●○\nLinux | ★★★☆☆\n", "C|C++|Python|Linux",
        "○○○○○|●●●●○|★★★☆☆");
    row("a heading naming programming languages, environments and technologies",
        "# A B\n\n## Lenguajes de programación, entornos y tecnologías\n\n- Nivel alto: Python | React\n", "Python|React", "");
    row("programming languages are skills, not spoken languages",
        "# A B\n\n## Programming languages\n\nRust, Go, Kotlin\n", "Rust|Go|Kotlin", "");
    row("a heading naming tools", "# A B\n\n## Herramientas Adobe\n\n- Photoshop\n- Premiere\n", "Photoshop|Premiere", "");
    row("bold group names over skills one a line",
        "# A B\n\n## Skills\n\n**Frontend**\n\nTypeScript\n\nSvelte\n\n**Systems**\n\nRust\n\nZig\n", "TypeScript|Svelte|Rust|Zig",
        "Frontend|Systems");
    row("labelled lines", "# A B\n\n## Skills\n\n- **Languages**: Python, Go\n- **Cloud**: AWS, Azure\n",
        "Go|Azure", "Languages: Python");
    row("table of groups", "# A B\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| Backend | Go, Rust |\n",
        "Go|Rust", "");
    row("skill bars in a table",
        "# A B\n\n## Skills\n\n|   |   |\n|---|---|\n| Go | <progress value=\"0.9\"> |\n"
        "| Rust | <progress value=\"0.6\"> |\n",
        "Go|Rust", "");
    row("skill bars as template tags",
        "# A B\n\n## Skills\n\n{{% progress title=\"Backend (Go, Rust)\" value=90 %}}\n"
        "{{% progress title=\"Kubernetes\" value=80 %}}\n",
        "Backend|Go|Rust|Kubernetes", "Backend (Go, Rust)");
    row("nested list with parenthesised sub-items",
        "# A B\n\n## Technologies\n\n- Languages\n  - Python (NumPy, Pandas)\n  - C++, Boost.\n",
        "Python|NumPy|Pandas|C++|Boost", "Python (NumPy, Pandas)");
    row("an alias in parentheses stays", "# A B\n\n## Skills\n\n- SASS (Scss)\n- Go\n", "SASS (Scss)",
        "Scss");
    row("a group heading lists its skills",
        "# A B\n\n## Skills\n\n### Web (HTML / CSS / JavaScript, Elm)\n##### Level:\n\n---\n",
        "HTML|CSS|JavaScript|Elm", "");
    row("a group heading over a list is not a job",
        "# A B\n\n## Skills\n\n### Language\n\n`German`, `English`\n\n### DevOps\n\nKubernetes, Jenkins\n",
        "Kubernetes|Jenkins", "");
    row("a bullet written as a phrase is one skill",
        "# A B\n\n## Skills\n\n+ document processing such as Inkwell and TeXpad\n+ Go\n",
        "document processing such as Inkwell and TeXpad|Go", "");
    row("a long name before a parenthesised list",
        "# A B\n\n## Skills\n\n- Integration of Large Language Models (Orca, Wren)\n",
        "Integration of Large Language Models|Orca|Wren", "");
    row("skill bars under headings after the spoken languages",
        "# A B\n\n## Language\n\n<span>German</span>\n\n<span>English</span>\n\n## Backend\n\n"
        "<span>Go</span>\n\n<span>Rust</span>\n\n<span>Elixir</span>\n\n## DevOps\n\n"
        "<span>Docker</span>\n\n<span>Helm</span>\n\n<span>Kubernetes</span>\n",
        "Go|Rust|Elixir|Docker|Kubernetes", "German");
    row("notes under a skill are not skills",
        "# A B\n\n## Skills\n\n* Python\n    * follow the house style, write readable and reusable code\n"
        "    * numpy, pandas\n* Django\n",
        "Python|numpy|pandas|Django", "follow the house style|write readable and reusable code");
    row("a dated section at the skills section's level ends it",
        "# A B\n\n## Skills\n#### Tools\n- Docker\n- Helm\n\n## Service Activities\n"
        "- Volunteer sound engineer at Harbour Church, 2016 – present\n",
        "Docker|Helm", "Volunteer sound engineer at Harbour Church, 2016 – present");
    row("each skill's years in a piece of their own",
        "# A B\n\n## Vaardigheden\n\nJava | 4 Jaar\nTypeScript | 2 Jaar\nBash | 10+ years\n", "Java|TypeScript|Bash",
        "4 Jaar|2 Jaar|10+ years");
    row("an address among the skills (a sidebar read into them) is a contact",
        "# A B\n\n## Skills\n\nGo, Rust\nAdresse: 12 Rue Haute, 62231 Sangatte\nDocker, Helm\n", "Go|Rust|Docker|Helm",
        "12 Rue Haute|62231 Sangatte");
    row("a README's badges of code under a heading with a picture",
        "# A B\n\n## \xf0\x9f\xa7\xb0 Tech Stack\n\n`Go` `Python` `Terraform`\n\n## Projects\n\n### kettle\n**Maintainer** \xc2\xb7 *2019 \xe2\x80\x93 Present* \xc2\xb7 GitHub\n",
        "Go|Python|Terraform", "Maintainer|GitHub");
    row("an address is not a label", "# A B\n\n## Skills\n\n- Go\n- https://example.org/tools\n", "Go",
        "//example.org/tools");
    row("plain text: a rule drawn after the heading",
        "A B\n\nSKILLS -----------------------------------------\n\nPython, Go, Rust\n\n"
        "EXPERIENCE --------------------------------------\n\nEngineer, Initech (2019-01 — 2020-02)\n",
        "Python|Go", "", 1);
}

void TestSkills::layouts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(int, positions);
    const Profile profile = parsedText(text);
    QStringList read;
    for (const SkillGroup &group : profile.skills) {
        for (const Skill &skill : group.keywords)
            read.append(skill.name);
    }
    for (const QString &skill : present)
        QVERIFY2(read.contains(skill), qPrintable(skill + QStringLiteral(" missing from: ") + read.join(u" | ")));
    for (const QString &skill : absent)
        QVERIFY2(!read.contains(skill), qPrintable(skill + QStringLiteral(" read in: ") + read.join(u" | ")));
    QCOMPARE(profile.work.size(), positions);
}

// "## Languages" with nothing under it but a heading for each language, its fluency on a
// heading of its own below: the spoken languages, not groups of skills.
void TestSkills::spokenLanguagesUnderHeadings()
{
    const Profile profile = parsedText(QStringLiteral(
        "# A B\n\n## Skills\n\n### Design (Typography, Colour)\n\n## Languages\n\n### English\n##### Fluency: Native speaker\n\n"
        "---\n\n### Portuguese\n##### Fluency: Intermediate\n\n## Interests\n\nSailing\n"));
    QCOMPARE(profile.languages.size(), 2);
    QCOMPARE(profile.languages[0].language.value, QStringLiteral("English"));
    QCOMPARE(profile.languages[0].fluency.value, QStringLiteral("Native speaker"));
    QCOMPARE(profile.languages[1].language.value, QStringLiteral("Portuguese"));
    QCOMPARE(profile.languages[1].fluency.value, QStringLiteral("Intermediate"));
    for (const SkillGroup &group : profile.skills) {
        for (const Skill &skill : group.keywords)
            QVERIFY2(!skill.name.contains(QStringLiteral("English")) && !skill.name.contains(QStringLiteral("Fluency")),
                qPrintable(skill.name));
    }
}

// "Java | 4 Jaar": the years belong to the skill before them.
void TestSkills::yearsInAPieceOfTheirOwn()
{
    const Profile profile = parsedText(QStringLiteral("# A B\n\n## Vaardigheden\n\nJava | 4 Jaar\nTypeScript | 2 Jaar\n"));
    QCOMPARE(profile.skills.size(), 1);
    const QList<Skill> &skills = profile.skills.first().keywords;
    QCOMPARE(skills.size(), 2);
    QCOMPARE(skills[0].name, QStringLiteral("Java"));
    QCOMPARE(skills[0].years, 4);
    QCOMPARE(skills[1].years, 2);
}

QTEST_GUILESS_MAIN(TestSkills)
#include "tst_skills.moc"
