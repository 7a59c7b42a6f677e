#include "basicmarkdownhighlighter.h"

#include <QFontDatabase>
#include <QRegularExpression>

namespace Shortlist {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal weightOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - weightOfB) + b.redF() * weightOfB),
        float(a.greenF() * (1 - weightOfB) + b.greenF() * weightOfB),
        float(a.blueF() * (1 - weightOfB) + b.blueF() * weightOfB));
}

bool isFence(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

} // namespace

BasicMarkdownHighlighter::BasicMarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void BasicMarkdownHighlighter::setPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor link = palette.color(QPalette::Link);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    Formats f;
    f.heading.setFontWeight(QFont::Bold);
    f.heading.setForeground(mixed(text, accent, 0.55));
    f.emphasis.setFontItalic(true);
    f.strong.setFontWeight(QFont::Bold);
    f.marker.setForeground(accent);
    f.marker.setFontWeight(QFont::Bold);
    f.link.setForeground(link);
    f.link.setFontUnderline(true);
    f.code.setFontFamilies({fixed.family()});
    f.code.setForeground(mixed(text, QColor(0xc0, 0x50, 0x20), 0.5));
    f.code.setBackground(mixed(base, text, 0.07));
    f.quote.setForeground(mixed(text, base, 0.4));
    f.quote.setFontItalic(true);
    m_formats = f;
    rehighlight();
}

void BasicMarkdownHighlighter::highlightBlock(const QString &text)
{
    const bool wasInFence = previousBlockState() == InFence;
    if (isFence(text)) {
        setFormat(0, int(text.size()), m_formats.code);
        setCurrentBlockState(wasInFence ? Normal : InFence);
        return;
    }
    setCurrentBlockState(wasInFence ? InFence : Normal);
    if (wasInFence) {
        setFormat(0, int(text.size()), m_formats.code);
        return;
    }

    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+•]|\\d{1,9}[.)])\\s"));
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+)\\s*$"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.heading);
        return;
    }
    if (underline.match(text).hasMatch() && currentBlock().previous().isValid()
        && !currentBlock().previous().text().trimmed().isEmpty()) {
        setFormat(0, int(text.size()), m_formats.marker);
        return;
    }
    if (text.trimmed().startsWith(QLatin1Char('>')))
        setFormat(0, int(text.size()), m_formats.quote);
    if (const QRegularExpressionMatch match = listMarker.match(text); match.hasMatch())
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_formats.marker);
    highlightInline(text);
}

void BasicMarkdownHighlighter::highlightInline(const QString &text)
{
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![*\\w])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![*\\w])"));
    static const QRegularExpression link(QStringLiteral("!?\\[[^\\]]*\\]\\([^)\\s]*\\)|<https?://[^>\\s]+>"));
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));
    const auto apply = [&](const QRegularExpression &expression, const QTextCharFormat &format) {
        for (auto it = expression.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // Formats merge: emphasis inside a link keeps the link's colour.
            for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
                QTextCharFormat merged = this->format(int(i));
                merged.merge(format);
                setFormat(int(i), 1, merged);
            }
        }
    };
    apply(strong, m_formats.strong);
    apply(emphasis, m_formats.emphasis);
    apply(link, m_formats.link);
    apply(code, m_formats.code);
}

} // namespace Shortlist
