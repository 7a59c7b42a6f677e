#include "import/pdfocr.h"

#include <QMutex>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <memory>
#include <string>
#include <vector>

namespace Shortlist::PdfImport {

namespace {

// The languages a CV is likely to be in, most likely first, of those Tesseract has installed
// (each costs time on every page, so three at most); English always, when installed.
QStringList chooseLanguages()
{
    tesseract::TessBaseAPI probe;
    if (probe.Init(nullptr, "eng") != 0 && probe.Init(nullptr, "osd") != 0)
        return {};
    std::vector<std::string> installed;
    probe.GetAvailableLanguagesAsVector(&installed);
    probe.End();
    QStringList chosen;
    for (const char *preferred : {"eng", "deu", "fra", "spa", "por", "ita", "nld", "pol", "ces", "swe", "rus"}) {
        for (const std::string &language : installed) {
            if (language == preferred && chosen.size() < 3)
                chosen.append(QString::fromStdString(language));
        }
    }
    return chosen;
}

// Tesseract's engine is slow to start (it loads its models): one per thread, kept.
tesseract::TessBaseAPI *engine()
{
    thread_local std::unique_ptr<tesseract::TessBaseAPI> api;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        const QStringList languages = recognitionLanguages();
        if (languages.isEmpty())
            return nullptr;
        auto started = std::make_unique<tesseract::TessBaseAPI>();
        if (started->Init(nullptr, languages.join(QLatin1Char('+')).toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0)
            return nullptr;
        // A CV page: blocks of text in columns, found by Tesseract's own page layout analysis.
        started->SetPageSegMode(tesseract::PSM_AUTO);
        api = std::move(started);
    }
    return api.get();
}

} // namespace

QStringList recognitionLanguages()
{
    static const QStringList languages = chooseLanguages();
    return languages;
}

bool canRecognizeText()
{
    return !recognitionLanguages().isEmpty();
}

std::optional<Page> recognizedPage(const QImage &image, qreal dpi)
{
    tesseract::TessBaseAPI *api = engine();
    if (!api || image.isNull() || dpi <= 0)
        return std::nullopt;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api->SetSourceResolution(int(dpi));
    if (api->Recognize(nullptr) != 0)
        return std::nullopt;
    const qreal toPoints = 72.0 / dpi;
    Page page;
    page.size = QSizeF(gray.width() * toPoints, gray.height() * toPoints);
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return std::nullopt;
    // Every word of a line gets the line's top and height: Tesseract boxes each word by its
    // own glyphs ("a" lower than "Ag"), where the layout takes the box height for the size.
    int lineTop = 0, lineBottom = 0;
    do {
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
            int left = 0, right = 0;
            it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &lineTop, &right, &lineBottom);
        }
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        int left = 0, top = 0, right = 0, bottom = 0;
        if (!text || !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
            continue;
        Word word;
        word.text = cleanWordText(QString::fromUtf8(text.get()).trimmed());
        if (word.text.isEmpty() || it->Confidence(tesseract::RIL_WORD) < 30)
            continue;
        word.bullet = isBulletText(word.text);
        // The height a text layer gives a word is its font's ascent and descent, about 1.2
        // of its size; the glyphs' bounds are less (no descender in "Quinn"), which would make
        // a word space look like the gap between two tags.
        bool bold = false, italic = false, underlined = false, monospace = false, serif = false, smallCaps = false;
        int pointSize = 0, fontId = 0;
        it->WordFontAttributes(&bold, &italic, &underlined, &monospace, &serif, &smallCaps, &pointSize, &fontId);
        const qreal height = std::max<qreal>((lineBottom - lineTop) * toPoints, 1.2 * pointSize);
        word.box = QRectF(left * toPoints, lineTop * toPoints, (right - left) * toPoints, height);
        word.spaceAfter = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
        page.words.append(word);
    } while (it->Next(tesseract::RIL_WORD));
    api->Clear();
    if (page.words.isEmpty())
        return std::nullopt;
    return page;
}

} // namespace Shortlist::PdfImport
