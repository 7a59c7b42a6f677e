#pragma once

#include "pdf/summarypdf.h"

#include <QDialog>

class QBuffer;
class QCheckBox;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace Shortlist {

// File → Export PDF…: the summaries previewed as they will print (QtPdf's QPdfView),
// with blind mode and the page size to choose, then saved where the user says.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QList<PdfCandidate> &candidates, const PdfOptions &options, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QPdfDocument *document() const { return m_document; }
    QCheckBox *blindBox() const { return m_blind; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    const QByteArray &pdf() const { return m_pdf; }

    // Writes the previewed PDF to `path` atomically; false, with a message, on failure.
    bool saveTo(const QString &path);

private:
    void render();
    void save();
    QString suggestedName() const;

    QList<PdfCandidate> m_candidates;
    PdfOptions m_options;
    QByteArray m_pdf;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QCheckBox *m_blind;
    QComboBox *m_pageSize;
    QLabel *m_pages;
};

} // namespace Shortlist
