#include "import/wordimport.h"

#include "import/docxbody.h"
#include "import/markdownwriter.h"
#include "import/zipreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace Shortlist {

using namespace Import;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Import)
};

constexpr QStringView officeDocumentType = u"/officeDocument";

// A part named by a relationship, relative to the folder of the part that names it
// ("header1.xml" from word/document.xml is word/header1.xml), or absolute ("/word/…").
QString resolvePart(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const qsizetype slash = base.lastIndexOf(u'/');
    return slash < 0 ? target : base.left(slash + 1) + target;
}

// The main document part: what the package's relationships name (word/document.xml for
// Word, other names for some generators).
QString mainPart(ZipReader &zip)
{
    if (const std::optional<QByteArray> rels = zip.read(QStringLiteral("_rels/.rels"))) {
        QHash<QString, QString> targets;
        QHash<QString, QString> types;
        QString ignored;
        readRelationships(*rels, targets, &types, &ignored);
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value().endsWith(officeDocumentType) && zip.contains(resolvePart(QString(), targets.value(it.key()))))
                return resolvePart(QString(), targets.value(it.key()));
        }
    }
    return QStringLiteral("word/document.xml");
}

struct Story
{
    QString part;
    bool footer = false;
};

// Headers and footers, in the order of their part names (header1, header2, …).
QList<Story> headerAndFooterParts(const QHash<QString, QString> &targets, const QHash<QString, QString> &types,
                                  const QString &main)
{
    QList<Story> stories;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const bool header = it.value().endsWith(u"/header");
        if (header || it.value().endsWith(u"/footer"))
            stories.append(Story{resolvePart(main, targets.value(it.key())), !header});
    }
    std::sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) {
        return a.part.size() != b.part.size() ? a.part.size() < b.part.size() : a.part < b.part;
    });
    return stories;
}

} // namespace

ImportedDocument importDocx(const QString &path)
{
    ZipReader zip(path);
    if (!zip.isOpen())
        return ImportedDocument::failed(zip.problem());
    const QString main = mainPart(zip);
    if (!zip.contains(main)) {
        return ImportedDocument::failed(zip.contains(QStringLiteral("content.xml"))
                           ? Strings::tr("is not a Word document (it looks like an OpenDocument file)")
                           : Strings::tr("is not a Word document (its zip archive has no word/document.xml)"));
    }
    DocxParts parts;
    QString problem;
    QStringList notes;
    const QString folder = main.left(main.lastIndexOf(u'/') + 1);
    // Styles, numbering and relationships are optional parts. One that cannot be unpacked is
    // a damaged (or hostile) file; one whose XML is broken costs what it says about headings,
    // lists or links, and the user is told.
    const auto readOptional = [&](const QString &name, auto readPart) {
        if (!zip.contains(name))
            return true;
        const std::optional<QByteArray> data = zip.read(name);
        if (!data) {
            problem = zip.problem();
            return false;
        }
        QString damage;
        if (!readPart(*data, &damage))
            notes.append(Strings::tr("headings, lists or links may be missing: the file %1").arg(damage));
        return true;
    };
    QHash<QString, QString> types;
    const QString rels = folder + QStringLiteral("_rels/") + main.mid(folder.size()) + QStringLiteral(".rels");
    if (!readOptional(folder + QStringLiteral("styles.xml"),
                      [&](const QByteArray &d, QString *damage) { return parts.styles.read(d, damage); })
        || !readOptional(folder + QStringLiteral("numbering.xml"),
                         [&](const QByteArray &d, QString *damage) { return parts.numbering.read(d, damage); })
        || !readOptional(rels, [&](const QByteArray &d, QString *damage) {
               return readRelationships(d, parts.linkTargets, &types, damage);
           }))
        return ImportedDocument::failed(problem);

    const std::optional<QByteArray> document = zip.read(main);
    Blocks body;
    if (!document)
        return ImportedDocument::failed(zip.problem());
    if (!readDocxStory(*document, main, parts, body, &problem))
        return ImportedDocument::failed(problem);

    Blocks headers;
    Blocks footers;
    for (const Story &story : headerAndFooterParts(parts.linkTargets, types, main)) {
        // A header that cannot be read costs its text, not the whole CV.
        DocxParts storyParts = parts; // with the links of the header's own relationships
        storyParts.linkTargets.clear();
        const QString storyRels = folder + QStringLiteral("_rels/") + story.part.mid(folder.size()) + QStringLiteral(".rels");
        readOptional(storyRels, [&](const QByteArray &d, QString *damage) {
            return readRelationships(d, storyParts.linkTargets, nullptr, damage);
        });
        const std::optional<QByteArray> data = zip.read(story.part);
        Blocks blocks;
        if (!data || !readDocxStory(*data, story.part, storyParts, blocks, &problem)) {
            notes.append(Strings::tr("a page header or footer was left out: the file %1").arg(data ? problem : zip.problem()));
            continue;
        }
        Blocks &into = story.footer ? footers : headers;
        std::move(blocks.begin(), blocks.end(), std::back_inserter(into));
    }

    ImportedDocument result;
    result.markdown = pageToMarkdown(std::move(headers), std::move(body), std::move(footers));
    if (result.markdown.trimmed().isEmpty())
        return ImportedDocument::failed(Strings::tr("has no text (the Word document is empty or holds only pictures)"));
    result.notes = notes;
    return result;
}

} // namespace Shortlist#include <QCoreApplication>

