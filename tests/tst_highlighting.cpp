// Markdown colouring in the editor: KSyntaxHighlighting where Shortlist is built with it,
// the built-in highlighter otherwise. The same promises hold for both.

#include "appearance.h"
#include "editor/markdownhighlighting.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Shortlist;
using namespace Qt::StringLiterals;

namespace {

const QString kMarkdown = u"# Lena Fischer\n"
                          "\n"
                          "Runs *calm* on-call rotations with **care**, see [GitHub](https://github.com/lena).\n"
                          "\n"
                          "- Cut paging noise by half\n"
                          "\n"
                          "```\n"
                          "kubectl get pods\n"
                          "```\n"
                          "\n"
                          "Plain closing line.\n"_s;

QTextBlock blockStartingWith(const QTextDocument &document, const QString &start)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(start))
            return block;
    }
    return {};
}

// The format the highlighter gave the character at `offset` of a block.
QTextCharFormat formatAt(const QTextBlock &block, int offset)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

bool looksDifferent(const QTextCharFormat &a, const QTextCharFormat &b)
{
    return a.foreground() != b.foreground() || a.fontWeight() != b.fontWeight()
        || a.fontItalic() != b.fontItalic() || a.background() != b.background()
        || a.fontUnderline() != b.fontUnderline();
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void engineIsTheOneBuiltWith();
    void headingsCodeAndLinksStandOut();
    void darkPaletteChangesTheColours();
};

void TestHighlighting::engineIsTheOneBuiltWith()
{
#ifdef SHORTLIST_EXPECT_KSYNTAXHIGHLIGHTING
    QVERIFY2(MarkdownHighlighting::engine().startsWith(u"KSyntaxHighlighting "_s),
        qPrintable(MarkdownHighlighting::engine()));
#else
    QCOMPARE(MarkdownHighlighting::engine(), u"built-in"_s);
#endif
    qInfo("highlighting engine: %s", qPrintable(MarkdownHighlighting::engine()));
}

void TestHighlighting::headingsCodeAndLinksStandOut()
{
    QTextDocument document(kMarkdown);
    QSyntaxHighlighter *highlighter = MarkdownHighlighting::attach(&document, paletteFor(ColorScheme::Light));
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), &document);

    const QTextCharFormat plain = formatAt(blockStartingWith(document, u"Plain closing"_s), 2);
    const QTextCharFormat heading = formatAt(blockStartingWith(document, u"# Lena"_s), 3);
    const QTextCharFormat code = formatAt(blockStartingWith(document, u"kubectl"_s), 2);
    const QTextBlock prose = blockStartingWith(document, u"Runs"_s);
    const QTextCharFormat link = formatAt(prose, int(prose.text().indexOf(u"GitHub"_s)));
    const QTextCharFormat strong = formatAt(prose, int(prose.text().indexOf(u"care"_s)));

    QVERIFY2(looksDifferent(heading, plain), "a heading looks like body text");
    QVERIFY2(looksDifferent(code, plain), "a fenced code block looks like body text");
    QVERIFY2(looksDifferent(link, plain), "a link looks like body text");
    QVERIFY2(looksDifferent(strong, plain), "strong text looks like body text");
}

void TestHighlighting::darkPaletteChangesTheColours()
{
    QTextDocument document(kMarkdown);
    QSyntaxHighlighter *highlighter = MarkdownHighlighting::attach(&document, paletteFor(ColorScheme::Light));
    const QBrush light = formatAt(blockStartingWith(document, u"# Lena"_s), 3).foreground();

    MarkdownHighlighting::setPalette(highlighter, paletteFor(ColorScheme::Dark));

    const QBrush dark = formatAt(blockStartingWith(document, u"# Lena"_s), 3).foreground();
    QVERIFY(light != dark);
    // Readable on the dark background: lighter than it.
    QVERIFY2(dark.color().lightness() > paletteFor(ColorScheme::Dark).color(QPalette::Base).lightness() + 60,
        qPrintable(dark.color().name()));
}

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
