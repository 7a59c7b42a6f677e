#include "markdownhighlighting.h"

#include "basicmarkdownhighlighter.h"

#include <QTextDocument>

#ifdef SHORTLIST_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Shortlist::MarkdownHighlighting {

#ifdef SHORTLIST_HAVE_KSYNTAXHIGHLIGHTING

namespace {

// Loading a repository reads every syntax definition: one for the whole application.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

QSyntaxHighlighter *attach(QTextDocument *document, const QPalette &palette)
{
    const KSyntaxHighlighting::Definition markdown = repository().definitionForName(QStringLiteral("Markdown"));
    if (!markdown.isValid())
        return new BasicMarkdownHighlighter(document, palette); // a broken installation still colours
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(markdown);
    setPalette(highlighter, palette);
    return highlighter;
}

void setPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *basic = qobject_cast<BasicMarkdownHighlighter *>(highlighter)) {
        basic->setPalette(palette);
        return;
    }
    if (auto *kde = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        kde->setTheme(repository().themeForPalette(palette));
        kde->rehighlight();
    }
}

QString engine()
{
    return QStringLiteral("KSyntaxHighlighting %1").arg(QStringLiteral(SHORTLIST_KSYNTAXHIGHLIGHTING_VERSION));
}

#else

QSyntaxHighlighter *attach(QTextDocument *document, const QPalette &palette)
{
    return new BasicMarkdownHighlighter(document, palette);
}

void setPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *basic = qobject_cast<BasicMarkdownHighlighter *>(highlighter))
        basic->setPalette(palette);
}

QString engine()
{
    return QStringLiteral("built-in");
}

#endif

} // namespace Shortlist::MarkdownHighlighting
