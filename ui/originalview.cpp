#include "originalview.h"

#include <QFileInfo>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace Shortlist {

OriginalView::OriginalView(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_caption(new QLabel(this))
{
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Original document"));
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
}

void OriginalView::showDocument(const QString &path)
{
    if (path == m_path && m_document->status() == QPdfDocument::Status::Ready)
        return;
    m_path = path;
    m_document->close();
    const QString name = QFileInfo(path).fileName();
    if (path.isEmpty()) {
        m_caption->setText(tr("This profile was not imported from a PDF."));
        return;
    }
    const QPdfDocument::Error error = m_document->load(path);
    if (error != QPdfDocument::Error::None) {
        m_caption->setText(tr("%1 cannot be shown: QtPdf could not open it.").arg(name));
        return;
    }
    m_caption->setText(tr("Original: %1, %n page(s)", nullptr, m_document->pageCount()).arg(name));
}

int OriginalView::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

} // namespace Shortlist
