#include "pdfimport.h"

#include "pdflayout.h"
#include "pdfmarkdown.h"
#include "pdfwords.h"
#ifdef SHORTLIST_HAVE_TESSERACT
#include "pdfocr.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>

#include <poppler-qt6.h>

namespace Shortlist {

namespace {

using namespace PdfImport;

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Import)
};

// A CV is a few pages; past this many a file is not one, and reading it would only take time.
constexpr int maxPages = 40;
// Reading a picture takes a second or two a page: a scanned CV's first pages are enough.
constexpr int maxScannedPages = 6;

Page wordsOf(const Poppler::Page &page)
{
    Page out;
    out.size = page.pageSizeF();
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        Word w;
        w.text = cleanWordText(box->text());
        if (w.text.trimmed().isEmpty())
            continue;
        w.box = box->boundingBox();
        w.spaceAfter = box->hasSpaceAfter();
        w.bullet = isBulletText(w.text);
        out.words.append(w);
    }
    return out;
}

#ifdef SHORTLIST_HAVE_TESSERACT
// The words Tesseract reads on the pictures of the first pages, each page rendered at the
// resolution it reads best.
QList<Page> scannedPages(Poppler::Document &pdf, int count)
{
    constexpr qreal dpi = 300;
    QList<Page> pages;
    for (int i = 0; i < std::min(count, maxScannedPages); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf.page(i);
        if (!page)
            continue;
        if (std::optional<Page> read = recognizedPage(page->renderToImage(dpi, dpi), dpi))
            pages.append(std::move(*read));
    }
    return pages;
}
#endif

} // namespace

// Problems and notes are sentences that follow the file's name ("cv.pdf: is protected by a
// password").
ImportedDocument importPdf(const QString &path)
{
    ImportedDocument doc;
    if (!QFileInfo(path).isReadable()) {
        doc.problem = Strings::tr("cannot be read");
        return doc;
    }
    // Poppler reports what it fixes up in a file on stderr; a damaged file is our problem
    // sentence instead. Set once: the library reads files on several threads at a time.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf) {
        doc.problem = Strings::tr("is not a PDF Shortlist can read; it may be damaged");
        return doc;
    }
    if (pdf->isLocked()) {
        doc.problem = Strings::tr("is protected by a password");
        return doc;
    }
    QList<Page> pages;
    const int count = std::min(pdf->numPages(), maxPages);
    if (pdf->numPages() > maxPages)
        doc.notes.append(Strings::tr("only the first %1 pages were read").arg(maxPages));
    qsizetype letters = 0;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        pages.append(wordsOf(*page));
        for (const Word &w : pages.back().words)
            letters += w.text.size();
    }
    // A few characters a page are a scanner's stamp or page numbers, not a CV.
    if (letters < 20 * std::max<qsizetype>(pages.size(), 1)) {
#ifdef SHORTLIST_HAVE_TESSERACT
        // A scan: read its pictures, and say so, since OCR misreads what print never does.
        if (canRecognizeText()) {
            const QList<Page> scanned = scannedPages(*pdf, count);
            if (!scanned.isEmpty()) {
                doc.markdown = markdownOf(readingOrder(scanned));
                if (!doc.markdown.trimmed().isEmpty()) {
                    doc.notes.append(Strings::tr("read by OCR from the scanned pages (Tesseract, %1): check names, "
                                                 "dates and figures against the original")
                                         .arg(recognitionLanguages().join(QStringLiteral(", "))));
                    if (count > maxScannedPages)
                        doc.notes.append(Strings::tr("only the first %1 scanned pages were read").arg(maxScannedPages));
                    return doc;
                }
                doc.markdown.clear();
            }
        }
#endif
        doc.problem = Strings::tr("no text in this PDF; it looks scanned");
        return doc;
    }
    doc.markdown = markdownOf(readingOrder(pages));
    return doc;
}

} // namespace Shortlist
