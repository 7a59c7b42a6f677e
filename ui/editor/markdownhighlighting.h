#pragma once

#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Shortlist {

// Colours markdown in a text document. Built with KDE's KSyntaxHighlighting (KF6), it uses
// its Markdown definition and a theme chosen for the palette, from one repository for the
// whole application; without it (Debian 12 packages no KF6), a small built-in highlighter
// colours headings, emphasis, lists, links and code.
namespace MarkdownHighlighting {

// Attaches a highlighter to the document; the document owns it.
QSyntaxHighlighter *attach(QTextDocument *document, const QPalette &palette);

// Chooses the colours again for a palette (a switch between light and dark) and rehighlights.
void setPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

// "KSyntaxHighlighting 6.13.0" or "built-in", for the About dialog and the tests.
QString engine();

} // namespace MarkdownHighlighting

} // namespace Shortlist
