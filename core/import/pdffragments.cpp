#include "pdffragments.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Shortlist::PdfImport {

namespace {

// How far apart two words of one line may stand and still be one phrase, in word heights.
// A space is about a fifth of the height; justified lines stretch it to about half; a gutter
// between columns or before a right-aligned date is wider than a whole height.
constexpr qreal phraseGap = 0.8;
constexpr qreal spacedPhraseGap = 1.5;
// Wider than the widest justified space, narrower than a gutter: the padding between skill
// tags drawn as boxes, or between the cells of a table row.
constexpr qreal tagGap = 0.5;
// A bullet glyph sits further from its text, at a tab stop.
constexpr qreal bulletGap = 3.0;

bool onSameLine(const QRectF &a, const QRectF &b)
{
    const qreal overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap >= 0.6 * std::min(a.height(), b.height());
}

struct Builder
{
    Fragment fragment;
    const Word *last = nullptr;
    bool onlyBullet = false;
    QHash<int, qsizetype> charsOfSize; // quarter points → characters set in that size
    QStringList items;                 // the text cut at gaps wider than a space
    // The emphasis of the words in the last item since it last changed, and whether all the
    // words so far share one (then the marks written in `items` are taken out again).
    Emphasis run = Emphasis::None;
    std::optional<Emphasis> shared;
    bool mixed = false;
};

// Closes the emphasis marks of the last item's run.
void closeRun(Builder &b)
{
    if (b.items.isEmpty() || b.run == Emphasis::None)
        return;
    QString &item = b.items.back();
    while (item.endsWith(QLatin1Char(' ')))
        item.chop(1);
    if (int(b.run) & int(Emphasis::Italic))
        item += italicClose;
    if (int(b.run) & int(Emphasis::Bold))
        item += boldClose;
    b.run = Emphasis::None;
}

// Adds a word to the last item, opening marks where its emphasis differs from the run's.
void addWord(Builder &b, const Word &w)
{
    if (b.shared && *b.shared != w.emphasis)
        b.mixed = true;
    if (!b.shared)
        b.shared = w.emphasis;
    QString &item = b.items.back();
    if (w.emphasis != b.run) {
        // (Marks hug words: a space before a new run stays outside it.)
        const bool spaced = item.endsWith(QLatin1Char(' '));
        if (spaced)
            item.chop(1);
        closeRun(b);
        if (spaced)
            item += QLatin1Char(' ');
        if (int(w.emphasis) & int(Emphasis::Bold))
            item += boldOpen;
        if (int(w.emphasis) & int(Emphasis::Italic))
            item += italicOpen;
        b.run = w.emphasis;
    }
    item += w.text;
}

bool continues(const Builder &b, const Word &w)
{
    if (!onSameLine(b.last->box, w.box))
        return false;
    const qreal height = std::max(b.last->size(), w.size());
    const qreal gap = w.box.left() - b.last->box.right();
    // Poppler puts a space after a word when it reads the next one as the same phrase; its
    // judgement lets a justified line's wide spaces through.
    const qreal factor = b.onlyBullet ? bulletGap : b.last->spaceAfter ? spacedPhraseGap : phraseGap;
    const qreal limit = factor * height;
    return gap > -0.3 * height && gap <= limit;
}

void append(Builder &b, const Word &w)
{
    Fragment &f = b.fragment;
    if (!b.last) {
        b.onlyBullet = w.bullet;
        f.bullet = w.bullet;
        if (w.bullet) {
            f.bulletText = w.text;
        } else {
            b.items.append(QString());
            addWord(b, w);
        }
        f.box = w.box;
    } else {
        const qreal gap = w.box.left() - b.last->box.right();
        if (b.items.isEmpty() || (b.last->spaceAfter && gap >= tagGap * std::max(w.size(), b.last->size()))) {
            closeRun(b);
            b.items.append(QString());
        } else if (b.last->spaceAfter || gap > 0.15 * w.size()) {
            b.items.back() += QLatin1Char(' ');
        }
        addWord(b, w);
        f.box |= w.box;
        b.onlyBullet = false;
    }
    b.charsOfSize[int(std::lround(4 * w.size()))] += w.text.size();
    b.last = &w;
}

// Items of a few words each, set apart by wide gaps, are tags in boxes or the cells of a
// table row, and keep a separator; longer ones are a justified line's words.
QString textOf(Builder &b)
{
    // One letter or sign set apart before the rest ("S" before "Svelte", "#" before "C#"):
    // an icon font's picture that maps to a character, not a word.
    if (b.items.size() > 1) {
        const QString first = withoutEmphasis(b.items.front()).trimmed();
        if (first.size() == 1 && !first.front().isDigit())
            b.items.removeFirst();
    }
    bool tags = b.items.size() > 1 && std::all_of(b.items.begin(), b.items.end(), [](const QString &item) {
        return item.count(QLatin1Char(' ')) < 3;
    });
    // "Assistance  in  the  following  courses:": a justified line's words set wide apart, not
    // tags; tags are names, and few of them start in lower case.
    if (tags && b.items.size() >= 4) {
        const auto lower = std::count_if(b.items.begin(), b.items.end(), [](const QString &item) {
            const QString word = withoutEmphasis(item).trimmed();
            return !word.isEmpty() && word.front().isLower();
        });
        tags = 2 * lower < b.items.size();
    }
    return b.items.join(tags ? pieceSeparator.toString() : QStringLiteral(" ")).trimmed();
}

// The size most of a fragment's characters are set in, so that a bullet, an icon or a raised
// letter of another size does not decide it.
qreal mainSize(const Builder &b)
{
    int best = 0;
    qsizetype most = -1;
    for (auto it = b.charsOfSize.cbegin(); it != b.charsOfSize.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best / 4.0;
}

} // namespace

QList<Fragment> fragmentsOf(const Page &page)
{
    QList<const Word *> words;
    for (const Word &w : page.words)
        words.append(&w);
    std::stable_sort(words.begin(), words.end(), [](const Word *a, const Word *b) {
        return a->box.left() < b->box.left();
    });
    // Left to right, each word continues the open fragment it follows on its line.
    QList<Builder> open;
    for (const Word *w : words) {
        auto it = std::find_if(open.begin(), open.end(), [&](const Builder &b) { return continues(b, *w); });
        if (it == open.end()) {
            open.append(Builder{});
            it = open.end() - 1;
        }
        append(*it, *w);
    }
    QList<Fragment> fragments;
    for (Builder &b : open) {
        closeRun(b);
        b.fragment.text = textOf(b);
        // Set all in one way: that is the fragment's emphasis, and its text needs no marks.
        if (!b.mixed) {
            b.fragment.emphasis = b.shared.value_or(Emphasis::None);
            b.fragment.text = withoutEmphasis(b.fragment.text);
        }
        b.fragment.size = mainSize(b);
        if (!b.fragment.text.isEmpty())
            fragments.append(b.fragment);
    }
    std::stable_sort(fragments.begin(), fragments.end(), [](const Fragment &a, const Fragment &b) {
        return a.centerY() < b.centerY();
    });
    return fragments;
}

namespace {

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(
        R"(^\W*(\w+\W*)?\d{1,3}(\s*(/|of|von|de|sur|z|van)\s*\d{1,3})?\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() <= 24 && number.match(text).hasMatch();
}

// The text of a running head with its numbers blanked, so that "Page 1" and "Page 2" match.
QString marginKey(const QString &text)
{
    QString key = text.toCaseFolded().simplified();
    for (QChar &c : key) {
        if (c.isDigit())
            c = QLatin1Char('#');
    }
    return key;
}

enum class Margin { None, Top, Bottom };

Margin marginOf(const Fragment &f, const Page &page)
{
    const qreal band = 0.08 * page.size.height();
    if (f.box.bottom() <= band)
        return Margin::Top;
    if (f.box.top() >= page.size.height() - band)
        return Margin::Bottom;
    return Margin::None;
}

} // namespace

QList<Fragment> takeRunningHeadsAndFeet(QList<QList<Fragment>> &pages, const QList<Page> &sizes)
{
    QHash<QString, QList<int>> pagesOfKey;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (const Fragment &f : pages[p]) {
            if (marginOf(f, sizes[p]) != Margin::None) {
                QList<int> &on = pagesOfKey[marginKey(f.text)];
                if (on.isEmpty() || on.back() != p)
                    on.append(int(p));
            }
        }
    }
    QList<Fragment> once;
    QSet<QString> taken;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        pages[p].removeIf([&](const Fragment &f) {
            if (marginOf(f, sizes[p]) == Margin::None)
                return false;
            if (isPageNumber(f.text))
                return true;
            const QString key = marginKey(f.text);
            if (pagesOfKey.value(key).size() < 2)
                return false;
            if (!taken.contains(key)) {
                taken.insert(key);
                once.append(f);
            }
            return true;
        });
    }
    return once;
}

namespace {

bool isDashBullet(const QString &text)
{
    return text == u"-" || text == u"\u2013" || text == u"\u2014";
}

bool isSeparatorOnly(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('|') || c == QChar(0xB7) || c == QChar(0x2022) || c == QLatin1Char('/');
    });
}

// One row's fragments, left to right, as lines: one, or one per list item side by side.
void appendRow(QList<Line> &lines, const QList<Fragment> &fragments, QList<int> row)
{
    std::sort(row.begin(), row.end(), [&](int a, int b) {
        return fragments[a].box.left() < fragments[b].box.left();
    });
    Line line;
    qsizetype longest = 0;
    for (int i : row) {
        const Fragment &f = fragments[i];
        if (isSeparatorOnly(f.text) && !f.bullet)
            continue; // the writer's own "|" or "·" between pieces: one separator is enough
        if (!line.text.isEmpty() && f.bullet && !isDashBullet(f.bulletText)) {
            lines.append(line); // two list items side by side: each is its own line
            line = Line();
            longest = 0;
        }
        if (line.text.isEmpty()) {
            line.bullet = f.bullet;
            line.box = f.box;
            addPiece(line, {}, f.text, f.emphasis);
        } else {
            // A dash that begins a piece in mid-line is a date range's, not a bullet.
            const QString separator = f.bullet ? pieceSeparator + f.bulletText + QLatin1Char(' ') : pieceSeparator.toString();
            addPiece(line, separator, f.text, f.emphasis);
            line.box |= f.box;
        }
        if (f.text.size() > longest) { // the line's size is that of its longest piece
            longest = f.text.size();
            line.size = f.size;
        }
    }
    if (!line.text.isEmpty())
        lines.append(line);
}

} // namespace

QList<QList<int>> rowGroups(const QList<Fragment> &fragments, const QList<int> &members)
{
    QList<int> order = members;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return fragments[a].centerY() < fragments[b].centerY();
    });
    QList<QList<int>> rows;
    for (int i : order) {
        const Fragment &f = fragments[i];
        if (!rows.isEmpty()) {
            const Fragment &first = fragments[rows.back().front()];
            if (std::abs(first.centerY() - f.centerY()) <= 0.4 * std::min(first.size, f.size)) {
                rows.back().append(i);
                continue;
            }
        }
        rows.append(QList<int>{i});
    }
    return rows;
}

QList<Line> rowsOf(const QList<Fragment> &fragments, const QList<int> &members)
{
    QList<Line> lines;
    for (const QList<int> &row : rowGroups(fragments, members))
        appendRow(lines, fragments, row);
    return lines;
}

} // namespace Shortlist::PdfImport
