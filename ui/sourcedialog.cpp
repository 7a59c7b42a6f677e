#include "sourcedialog.h"

#include "io/profilefile.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Shortlist {

namespace {

// The first text offset at or after `fileOffset`: file offsets grow with text offsets.
qsizetype textOffsetOf(const SourceText &source, qsizetype fileOffset)
{
    qsizetype low = 0, high = source.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (source.toFileOffset(middle) < fileOffset)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// The text a line at a time, so that block n of the document is line n of the source.
// Characters that would start a block of their own are shown as U+FFFD.
QString documentText(const SourceText &source)
{
    QStringList lines;
    lines.reserve(source.lineCount());
    for (int line = 0; line < source.lineCount(); ++line) {
        QString text = source.lineText(line);
        for (QChar &c : text) {
            if (c == QChar::ParagraphSeparator || c == QChar(0xFDD0) || c == QChar(0xFDD1))
                c = QChar::ReplacementCharacter;
        }
        lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

// Where a text offset stands in a document made by documentText().
int documentPosition(const QTextDocument *document, const SourceText &source, qsizetype textOffset)
{
    const int line = source.lineAt(textOffset);
    const qsizetype column = source.text(source.lineStart(line), textOffset).size();
    const QTextBlock block = document->findBlockByNumber(line);
    return block.position() + int(qMin<qsizetype>(column, block.length() - 1));
}

} // namespace

SourceDialog::SourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_notice(new QLabel(tr("Read-only: editing comes with the editor."), this))
    , m_error(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_notice->setForegroundRole(QPalette::PlaceholderText); // muted, in light and dark palettes
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    resize(780, 560);
}

SourceDialog *SourceDialog::reveal(QWidget *window, const QString &path, const SourceRange &range)
{
    auto *dialog = window->findChild<SourceDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new SourceDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->showSource(path, range);
    return dialog;
}

bool SourceDialog::showSource(const QString &path, const SourceRange &range)
{
    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Shortlist").arg(fileName));
    const ProfileFile file = loadProfileFile(path);
    m_error->setVisible(!file.isValid());
    m_text->setVisible(file.isValid());
    if (!file.isValid()) {
        m_error->setText(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.error));
        m_text->clear();
        return false;
    }
    m_text->setPlainText(documentText(file.source));
    if (range.isValid()) {
        const QTextDocument *document = m_text->document();
        select(documentPosition(document, file.source, textOffsetOf(file.source, range.begin)),
            documentPosition(document, file.source, textOffsetOf(file.source, range.end)));
    }
    return true;
}

// Selected from the end back to the beginning, so that centring shows where it starts.
void SourceDialog::select(int begin, int end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(end);
    cursor.setPosition(begin, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_text->setFocus();
}

QString SourceDialog::selectedText() const
{
    return m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

void SourceDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_text->centerCursor(); // the viewport has its size only now
}

} // namespace Shortlist
