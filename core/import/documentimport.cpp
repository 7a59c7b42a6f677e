#include "import/documentimport.h"

#include "import/jsonresume.h"
#include "import/pdfimport.h"
#include "import/wordimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Shortlist {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Import)
};

} // namespace

DocumentKind documentKindOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DocumentKind::Pdf;
    if (suffix == QLatin1String("docx"))
        return DocumentKind::Word;
    if (suffix == QLatin1String("odt"))
        return DocumentKind::OpenDocument;
    if (suffix == QLatin1String("json"))
        return DocumentKind::JsonResume;
    return DocumentKind::Text;
}

QString describedKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf: return Strings::tr("a PDF");
    case DocumentKind::Word: return Strings::tr("a Word document");
    case DocumentKind::OpenDocument: return Strings::tr("an OpenDocument text");
    case DocumentKind::JsonResume: return Strings::tr("a JSON Resume");
    case DocumentKind::Text: break;
    }
    return Strings::tr("a text file");
}

ImportedDocument importDocument(const QString &path, DocumentKind kind, const QByteArray &bytes)
{
    switch (kind) {
    case DocumentKind::JsonResume: return importJsonResume(bytes);
    case DocumentKind::Word: return importDocx(path);
    case DocumentKind::OpenDocument: return importOdt(path);
    case DocumentKind::Pdf: return importPdf(path);
    case DocumentKind::Text: break;
    }
    return ImportedDocument::failed(Strings::tr("is %1, which this build of Shortlist cannot read").arg(describedKind(kind)));
}

namespace {
constexpr char kImportedMark[] = "<!-- Imported by Shortlist from ";
constexpr char kImportedMarkEnd[] = ". The original is unchanged; this file is the profile now. -->";
} // namespace

QString markdownFileText(const QString &originalPath, const QString &markdown)
{
    return QLatin1String(kImportedMark) + QFileInfo(originalPath).fileName() + QLatin1String(kImportedMarkEnd)
        + QStringLiteral("\n\n") + markdown;
}

QString importedFrom(const QString &markdownPath, const QByteArray &bytes)
{
    if (!bytes.startsWith(kImportedMark))
        return {};
    const qsizetype from = qsizetype(sizeof kImportedMark) - 1;
    const qsizetype end = bytes.indexOf(kImportedMarkEnd, from);
    if (end < 0 || end > 512)
        return {};
    const QString name = QString::fromUtf8(bytes.sliced(from, end - from));
    if (name.contains(QLatin1Char('/')) || !isImported(documentKindOf(name)))
        return {};
    const QString original = QFileInfo(markdownPath).dir().filePath(name);
    return QFileInfo::exists(original) ? original : QString();
}

QString markdownPathFor(const QString &originalPath)
{
    const QString name = QFileInfo(originalPath).completeBaseName() + QStringLiteral(".md");
    const qsizetype slash = originalPath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? name : originalPath.first(slash + 1) + name;
}

bool hasBeenImported(const QString &originalPath)
{
    if (!isImported(documentKindOf(originalPath)))
        return false;
    const QString markdownPath = markdownPathFor(originalPath);
    QFile markdown(markdownPath);
    if (!markdown.open(QIODevice::ReadOnly))
        return false;
    const QString original = importedFrom(markdownPath, markdown.read(512));
    return !original.isEmpty() && QFileInfo(original) == QFileInfo(originalPath);
}

} // namespace Shortlist
