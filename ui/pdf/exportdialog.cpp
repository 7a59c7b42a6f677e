#include "exportdialog.h"

#include "io/atomicwrite.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Shortlist {

ExportDialog::ExportDialog(const QList<PdfCandidate> &candidates, const PdfOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_options(options)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_blind(new QCheckBox(tr("&Blind review"), this))
    , m_pageSize(new QComboBox(this))
    , m_pages(new QLabel(this))
{
    setWindowTitle(tr("Export PDF Summaries", nullptr, int(candidates.size())));
    m_blind->setChecked(options.blind);
    m_blind->setToolTip(tr("Leave out names, contacts, links and photos, and label the candidates A, B, C…"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(options.pageSize.id() == QPageSize::Letter ? 1 : 0);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto *settings = new QHBoxLayout;
    settings->addWidget(m_blind);
    settings->addSpacing(12);
    settings->addWidget(new QLabel(tr("Page size:"), this));
    settings->addWidget(m_pageSize);
    settings->addStretch();
    settings->addWidget(m_pages);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save PDF…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    const QSize room = parent && parent->screen() ? parent->screen()->availableGeometry().size() : QSize(1280, 900);
    resize(QSize(760, 860).boundedTo(room - QSize(40, 60)));

    connect(m_blind, &QCheckBox::toggled, this, &ExportDialog::render);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::render);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    render();
}

ExportDialog::~ExportDialog()
{
    m_document->close(); // before the buffer it reads goes
}

void ExportDialog::render()
{
    m_options.blind = m_blind->isChecked();
    m_options.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    m_document->close();
    m_buffer->close();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    if (!writeSummaryPdf(&out, m_candidates, m_options, &error)) {
        m_pdf.clear();
        m_pages->setText(tr("Cannot make the PDF: %1").arg(error));
        return;
    }
    m_pdf = out.data();
    m_buffer->setData(m_pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_pages->setText(tr("%n pages", nullptr, m_document->pageCount()));
}

QString ExportDialog::suggestedName() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name;
    if (m_options.blind)
        name = tr("candidates-blind");
    else if (m_candidates.size() == 1)
        name = QFileInfo(m_candidates.first().path).completeBaseName();
    else
        name = tr("comparison-of-%1").arg(m_candidates.size());
    return QDir(folder).filePath(name + QStringLiteral(".pdf"));
}

bool ExportDialog::saveTo(const QString &path)
{
    QString error;
    if (m_pdf.isEmpty() || !writeFileAtomically(path, m_pdf, &error)) {
        QMessageBox::critical(this, tr("Cannot Save PDF"),
            tr("%1 %2.").arg(QDir::toNativeSeparators(path), error.isEmpty() ? tr("could not be made") : error));
        return false;
    }
    return true;
}

void ExportDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggestedName(), tr("PDF (*.pdf)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

} // namespace Shortlist
