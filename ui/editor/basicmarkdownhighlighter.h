#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Shortlist {

// The highlighter used where KSyntaxHighlighting is not available: headings, emphasis,
// lists, links, inline code and fenced code blocks, in colours taken from a palette. It only
// colours; reading the markdown's structure is cmark-gfm's job, elsewhere.
class BasicMarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    BasicMarkdownHighlighter(QTextDocument *document, const QPalette &palette);

    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = -1, InFence = 1 };
    struct Formats
    {
        QTextCharFormat heading;
        QTextCharFormat emphasis;
        QTextCharFormat strong;
        QTextCharFormat marker;
        QTextCharFormat link;
        QTextCharFormat code;
        QTextCharFormat quote;
    };

    void highlightInline(const QString &text);

    Formats m_formats;
};

} // namespace Shortlist
