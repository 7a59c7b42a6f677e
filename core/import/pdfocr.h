#pragma once

// Text read off the pictures of scanned pages with Tesseract, as the words and boxes a text
// layer gives, so that a scanned CV goes through the same reading order as any other PDF.
// Internal to core/import; built only when Tesseract is found (SHORTLIST_HAVE_TESSERACT).

#include "pdfwords.h"

#include <QImage>
#include <QStringList>

#include <optional>

namespace Shortlist::PdfImport {

// Whether this build reads scanned pages, and with which of Tesseract's installed languages.
bool canRecognizeText();
QStringList recognitionLanguages();

// The words Tesseract finds on `image`, a page rendered at `dpi`, with their boxes in points
// as Poppler gives a text layer's; nothing when it finds none or cannot start.
std::optional<Page> recognizedPage(const QImage &image, qreal dpi);

} // namespace Shortlist::PdfImport
