#include "pdfimport.h"

#include "pdflayout.h"
#include "pdfmarkdown.h"
#include "pdfwords.h"
#ifdef SHORTLIST_HAVE_TESSERACT
#include "pdfocr.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <poppler-qt6.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

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

// The words of a page with their fonts, through Poppler's C++ binding: its Qt one gives
// the same words and boxes, but not the font each is set in, which says bold and italic.
Page wordsOf(const poppler::page &page, QSizeF size)
{
    Page out;
    out.size = size;
    QHash<QByteArray, Emphasis> emphasisOf; // a page uses a few fonts for all its words
    for (const poppler::text_box &box : page.text_list(poppler::page::text_list_include_font)) {
        const poppler::ustring raw = box.text();
        Word w;
        w.text = cleanWordText(QStringView(reinterpret_cast<const char16_t *>(raw.data()), qsizetype(raw.size())));
        if (w.text.trimmed().isEmpty())
            continue;
        const poppler::rectf r = box.bbox();
        w.box = QRectF(r.x(), r.y(), r.width(), r.height());
        w.spaceAfter = box.has_space_after();
        w.bullet = isBulletText(w.text);
        if (box.has_font_info()) {
            const QByteArray font = QByteArray::fromStdString(box.get_font_name());
            auto it = emphasisOf.constFind(font);
            if (it == emphasisOf.cend())
                it = emphasisOf.insert(font, emphasisOfFont(QString::fromLatin1(font)));
            w.emphasis = *it;
        }
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
        poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
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
    // (Read twice, by each binding: the C++ one for the words, the Qt one to paint scans.)
    const std::unique_ptr<poppler::document> words(poppler::document::load_from_file(QFile::encodeName(path).toStdString()));
    if (!words || words->is_locked()) {
        doc.problem = Strings::tr("is not a PDF Shortlist can read; it may be damaged");
        return doc;
    }
    QList<Page> pages;
    const int count = std::min({pdf->numPages(), words->pages(), maxPages});
    if (pdf->numPages() > maxPages)
        doc.notes.append(Strings::tr("only the first %1 pages were read").arg(maxPages));
    qsizetype letters = 0;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        const std::unique_ptr<poppler::page> text(words->create_page(i));
        if (!page || !text)
            continue;
        pages.append(wordsOf(*text, page->pageSizeF()));
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
