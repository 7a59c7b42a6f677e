#include "profileedit.h"

#include "datestyle.h"
#include "export/markdownexport.h"
#include "fieldpath.h"
#include "source/textmatch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::ProfileEditor)
};

// The parts of a work, education or project entry the planner needs, alike for all three.
struct Entry
{
    SourceRange range;
    QList<const Text *> headingFields; // title, company, location…: what a heading holds
    const Date *start = nullptr;
    const Date *end = nullptr;
    bool ongoing = false;
    SourceRange datesRange;
    const QList<Text> *items = nullptr; // highlights or courses
    const Text *description = nullptr;
};

Entry entryOf(const Position &p)
{
    return {p.range, {&p.title, &p.company, &p.location}, &p.start, &p.end, p.ongoing, p.datesRange,
        &p.highlights, &p.description};
}

Entry entryOf(const Education &e)
{
    return {e.range, {&e.institution, &e.studyType, &e.area, &e.score, &e.location}, &e.start, &e.end, e.ongoing,
        e.datesRange, &e.courses, &e.description};
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Markup and punctuation that may stand around a value without being part of it.
bool isDecoration(QChar c)
{
    return c.isSpace() || QStringView(u"*_#-+•·|,;:()[]–—>`~").contains(c);
}

} // namespace

QString applyTextEdit(QString text, const TextEdit &edit)
{
    return text.replace(edit.begin, edit.end - edit.begin, edit.text);
}

bool isMarkdownFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

class ProfileEditor::Planner
{
public:
    friend class ProfileEditor;

    Planner(const QString &text, const Profile &profile, bool markdown, QString *error)
        : t(text)
        , p(profile)
        , markdown(markdown)
        , error(error)
    {
    }

    std::optional<TextEdit> plan(const FieldEdit &edit);

private:
    // ---- text geometry ----
    qsizetype lineStart(qsizetype pos) const
    {
        const qsizetype newline = pos > 0 ? t.lastIndexOf(QLatin1Char('\n'), pos - 1) : -1;
        return newline + 1;
    }
    qsizetype lineEnd(qsizetype pos) const
    {
        const qsizetype newline = t.indexOf(QLatin1Char('\n'), pos);
        return newline < 0 ? t.size() : newline;
    }
    // The end of the last line a range touches (before its line feed).
    qsizetype lineEndOf(const SourceRange &r) const { return lineEnd(std::max(r.begin, r.end - 1)); }
    QStringView slice(qsizetype from, qsizetype to) const { return QStringView(t).sliced(from, to - from); }
    QStringView slice(const SourceRange &r) const { return slice(r.begin, r.end); }
    bool sameLine(qsizetype a, qsizetype b) const { return lineStart(a) == lineStart(b); }

    // ---- errors ----
    auto fail(const QString &message)
    {
        *error = message;
        return std::nullopt;
    }
    auto unknownPath(const QString &)
    {
        return fail(Strings::tr("unknown path"));
    }
    auto noSuchIndex(const QString &what, int index, qsizetype count)
    {
        if (count == 0)
            return fail(Strings::tr("there is no %1[%2]: the profile has none").arg(what).arg(index));
        return fail(Strings::tr("there is no %1[%2]: the profile has %3 (%1[0] to %1[%4])")
                        .arg(what)
                        .arg(index)
                        .arg(count)
                        .arg(count - 1));
    }

    // ---- values ----
    QString escaped(QString value) const
    {
        value = value.simplified();
        if (!markdown)
            return value;
        value.replace(QLatin1Char('\\'), u"\\\\"_s);
        value.replace(QLatin1Char('*'), u"\\*"_s);
        value.replace(QLatin1Char('`'), u"\\`"_s);
        return value;
    }

    // The same edit without the characters it would write back unchanged.
    TextEdit minimal(TextEdit e) const
    {
        const QStringView old = slice(e.begin, e.end);
        qsizetype prefix = 0;
        while (prefix < old.size() && prefix < e.text.size() && old[prefix] == e.text[prefix])
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < old.size() - prefix && suffix < e.text.size() - prefix
            && old[old.size() - 1 - suffix] == e.text[e.text.size() - 1 - suffix])
            ++suffix;
        return {e.begin + prefix, e.end - suffix, e.text.mid(prefix, e.text.size() - prefix - suffix)};
    }

    // Where a value stands inside its range: the range without the bullet or heading
    // marks and emphasis around it.
    SourceRange contentOf(const SourceRange &r) const
    {
        qsizetype b = r.begin, e = r.end;
        // Anchored at the range's start by the match option (a "^" would mean the start of
        // the whole text).
        static const QRegularExpression marker(u"\\s*(?:#{1,6}\\s+|[-*+•]\\s+|\\d{1,3}[.)]\\s+)"_s);
        const auto match = marker.match(t, b, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch() && match.capturedEnd() <= e)
            b = match.capturedEnd();
        while (e > b && t[e - 1].isSpace())
            --e;
        // Emphasis wrapping the whole value: "**Erik Lindqvist**".
        for (QStringView wrap : {u"**", u"__", u"*", u"_"}) {
            if (e - b > 2 * wrap.size() && slice(b, e).startsWith(wrap) && slice(b, e).endsWith(wrap)) {
                b += wrap.size();
                e -= wrap.size();
                break;
            }
        }
        return {b, e};
    }

    TextEdit replaceValue(const SourceRange &range, const QString &oldValue, const QString &newValue) const
    {
        const QString written = escaped(newValue);
        const qsizetype at = oldValue.isEmpty() ? -1 : slice(range).indexOf(oldValue);
        if (at >= 0)
            return minimal({range.begin + at, range.begin + at + oldValue.size(), written});
        if (auto words = changedWords(range, oldValue, newValue))
            return *words;
        const SourceRange content = contentOf(range);
        return minimal({content.begin, content.end, written});
    }

    // Where each character of `value` stands in the text of `range` (after its bullet or
    // heading marks) when the text writes it with only markup around and between its characters (emphasis, code marks,
    // escapes, line breaks, a link's brackets and address); -1 for a space of `value`.
    // Empty when the text cannot be followed so.
    QList<qsizetype> charactersOf(const SourceRange &range, QStringView value) const
    {
        QList<qsizetype> at;
        qsizetype j = contentOf(range).begin; // after a bullet or heading marks
        for (QChar c : value) {
            if (c == QLatin1Char(' ')) {
                at.append(-1);
                continue;
            }
            while (j < range.end && t[j] != c) {
                if (t[j] == QLatin1Char(']') && j + 1 < range.end && t[j + 1] == QLatin1Char('(')) {
                    j = t.indexOf(QLatin1Char(')'), j + 2);
                    if (j < 0 || j >= range.end)
                        return {};
                } else if (!t[j].isSpace() && !QStringView(u"*_`[\\").contains(t[j])) {
                    return {};
                }
                ++j;
            }
            if (j >= range.end)
                return {};
            at.append(j++);
        }
        return at;
    }

    // A value whose text carries markup ("Built **Kafka** pipelines"): only the words
    // that change, when they stand together without markup between them, so that the
    // emphasis and links around them stay. Nullopt when that is not the case.
    std::optional<TextEdit> changedWords(const SourceRange &range, const QString &oldValue, const QString &newValue) const
    {
        const QString from = oldValue.simplified();
        const QList<qsizetype> at = charactersOf(range, from);
        if (from.isEmpty() || at.isEmpty())
            return std::nullopt;
        const QStringList old = from.split(QLatin1Char(' ')), wanted = newValue.simplified().split(QLatin1Char(' '));
        qsizetype prefix = 0, suffix = 0;
        while (prefix < std::min(old.size(), wanted.size()) && old[prefix] == wanted[prefix])
            ++prefix;
        while (suffix < std::min(old.size(), wanted.size()) - prefix
            && old[old.size() - 1 - suffix] == wanted[wanted.size() - 1 - suffix])
            ++suffix;
        // The first character of each word, and the end of the value, in `from`.
        QList<qsizetype> wordStart {0};
        for (const QString &word : old)
            wordStart.append(wordStart.last() + word.size() + 1);
        const QString inserted = escaped(wanted.mid(prefix, wanted.size() - prefix - suffix).join(QLatin1Char(' ')));
        const qsizetype firstChanged = prefix, endChanged = old.size() - suffix;
        if (firstChanged == endChanged) {
            // Words added between kept ones: after the word before them, or before the first.
            if (prefix > 0) {
                const qsizetype after = at[wordStart[prefix] - 2] + 1;
                return TextEdit {after, after, QLatin1Char(' ') + inserted};
            }
            return TextEdit {at[0], at[0], inserted + QLatin1Char(' ')};
        }
        qsizetype begin = at[wordStart[firstChanged]], end = at[wordStart[endChanged] - 2] + 1;
        if (inserted.isEmpty()) {
            // Words removed: with the space before them, or after them when they lead.
            if (prefix > 0)
                begin = at[wordStart[prefix] - 2] + 1;
            else if (endChanged < old.size())
                end = at[wordStart[endChanged]];
        }
        // Markup among the replaced characters would be lost with them.
        for (qsizetype i = begin; i < end; ++i) {
            if (!t[i].isSpace() && !at.contains(i))
                return std::nullopt;
        }
        return TextEdit {begin, end, inserted};
    }

    // The separator a list of values on one line uses (", ", " · ", " | "), read between
    // two of them; `fallback` when there are not two on one line.
    QString separatorBetween(const QList<SourceRange> &ranges, const QString &fallback) const
    {
        for (qsizetype i = 1; i < ranges.size(); ++i) {
            const SourceRange &a = ranges[i - 1], &b = ranges[i];
            if (a.isValid() && b.isValid() && a.end <= b.begin && sameLine(a.end, b.begin)) {
                const QStringView between = slice(a.end, b.begin);
                if (!between.isEmpty() && between.size() <= 5 && !between.contains(QLatin1Char('\n')))
                    return between.toString();
            }
        }
        return fallback;
    }

    // Removing a value inside a line takes its separator or the brackets around it with
    // it; a value alone on its line(s) takes the line.
    TextEdit removal(const SourceRange &r) const
    {
        const qsizetype ls = lineStart(r.begin), le = lineEndOf(r);
        const QStringView before = slice(ls, r.begin), after = slice(r.end, le);
        auto onlyDecoration = [](QStringView s) { return std::all_of(s.begin(), s.end(), isDecoration); };
        // "- **Email:** x" or "location: x": a label with nothing else is decoration too.
        static const QRegularExpression labelOnly(u"^\\s*(?:[-*+•]\\s+)?(?:\\*\\*|__)?[\\w ]{1,24}:(?:\\*\\*|__)?\\s*$"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        if ((onlyDecoration(before) || matchView(labelOnly, before).hasMatch()) && onlyDecoration(after))
            return removeLines(ls, le);
        qsizetype b = r.begin, e = r.end;
        // "(Berlin)", "*Berlin*"
        for (const auto &[open, close] : {std::pair(u'(', u')'), std::pair(u'[', u']'), std::pair(u'*', u'*'),
                 std::pair(u'_', u'_')}) {
            if (b > ls && e < le && t[b - 1] == QChar(open) && t[e] == QChar(close)) {
                --b, ++e;
                break;
            }
        }
        static const QRegularExpression separatorBefore(u"\\s*(?:[,;|·•–—@-]|\\bat|\\bbei|\\bchez)\\s*$"_s);
        static const QRegularExpression separatorAfter(u"^\\s*[,;|·•–—-]\\s*"_s);
        const auto sepBefore = matchView(separatorBefore, slice(ls, b));
        if (sepBefore.hasMatch() && sepBefore.capturedStart() > 0)
            return {ls + sepBefore.capturedStart(), e, {}};
        const auto sepAfter = matchView(separatorAfter, slice(e, le));
        if (sepAfter.hasMatch() && e + sepAfter.capturedEnd() < le)
            return {b, e + sepAfter.capturedEnd(), {}};
        if (b > ls && t[b - 1] == QLatin1Char(' '))
            --b;
        return {b, e, {}};
    }

    // Removes the lines from `ls` to `le` (a line end), and a blank line with them when
    // they stood between two blank lines or at the end.
    TextEdit removeLines(qsizetype ls, qsizetype le) const
    {
        qsizetype end = le < t.size() ? le + 1 : le;
        const bool blankBefore = ls == 0 || isBlank(slice(lineStart(ls - 1), ls - 1));
        if (blankBefore) {
            while (end < t.size() && t[end] == QLatin1Char('\n'))
                ++end;
        }
        if (end == t.size() && ls > 0 && le == t.size())
            return {ls - 1, end, {}}; // the last line: take the line feed before it
        return {ls, end, {}};
    }

    // Two edits as one, so that one undo step reverts both; the text between them stays.
    TextEdit combined(TextEdit a, TextEdit b) const
    {
        if (a.begin > b.begin)
            std::swap(a, b);
        if (a.end > b.begin)
            return a; // overlapping: the first is enough
        return {a.begin, b.end, a.text + slice(a.end, b.begin) + b.text};
    }

    // Highlights written apart from their position, under a line naming its company
    // ("**Cobaltia Software SL**" over a list in a later section): that line's content
    // and the whole block, or invalid ranges.
    struct Detached
    {
        SourceRange label;
        SourceRange block;
    };
    Detached detachedHighlights(const Position &w) const
    {
        if (w.highlights.isEmpty() || w.company.value.isEmpty())
            return {};
        qsizetype above = lineStart(w.highlights.first().range.begin) - 1; // the line feed before
        while (above > 0 && isBlank(slice(lineStart(above), above)))
            above = lineStart(above) - 1;
        if (above <= 0)
            return {};
        const SourceRange label = contentOf({lineStart(above), above});
        if (slice(label).compare(w.company.value, Qt::CaseInsensitive) != 0 || label.contains(w.company.range))
            return {};
        return {label, {lineStart(above), lineEndOf(w.highlights.last().range)}};
    }

    // ---- dates ----
    std::optional<DateStyle> styleOf(const Date &d) const
    {
        if (!d.range.isValid())
            return std::nullopt;
        auto style = DateStyle::of(slice(d.range));
        if (style && style->form == DateStyle::Form::Year)
            return std::nullopt;
        return style;
    }

    // How this file writes dates: the entry's own, else the first date with a month.
    DateStyle dateStyleFor(const Entry *entry) const
    {
        std::optional<DateStyle> fallback; // an ambiguous one ("May"), if nothing else says more
        if (entry) {
            for (const Date *d : {entry->start, entry->end}) {
                if (auto style = styleOf(*d)) {
                    if (!style->ambiguous)
                        return *style;
                    fallback = fallback ? fallback : style;
                }
            }
        }
        std::optional<DateStyle> found;
        auto consider = [&](const Date &d) {
            if (found)
                return;
            if (auto style = styleOf(d)) {
                if (!style->ambiguous)
                    found = style;
                else if (!fallback)
                    fallback = style;
            }
        };
        for (const Position &w : p.work)
            consider(w.start), consider(w.end);
        for (const Education &e : p.education)
            consider(e.start), consider(e.end);
        for (const Certificate &c : p.certificates)
            consider(c.date);
        if (found)
            return *found;
        if (fallback)
            return *fallback;
        DateStyle house;
        return house;
    }

    // The range separator and "present" word the file uses.
    QString rangeSeparator() const
    {
        auto from = [&](const Date &start, const Date &end) -> QString {
            if (start.range.isValid() && end.range.isValid() && start.range.end <= end.range.begin
                && end.range.begin - start.range.end <= 12)
                return slice(start.range.end, end.range.begin).toString();
            return {};
        };
        for (const Position &w : p.work) {
            if (QString s = from(w.start, w.end); !s.isEmpty())
                return s;
        }
        for (const Education &e : p.education) {
            if (QString s = from(e.start, e.end); !s.isEmpty())
                return s;
        }
        return u" – "_s;
    }
    QString presentWord(const DateStyle &style) const
    {
        for (const Position &w : p.work) {
            if (w.ongoing && w.end.range.isValid())
                return slice(w.end.range).toString();
        }
        return style.presentWord();
    }

    QString datesText(const PartialDate &start, const PartialDate &end, bool ongoing, const DateStyle &style) const
    {
        QString text = style.format(start.isValid() ? start : end);
        if (start.isValid() && ongoing)
            text += rangeSeparator() + presentWord(style);
        else if (start.isValid() && end.isValid() && end != start)
            text += rangeSeparator() + style.format(end);
        return text;
    }

    struct DateValue
    {
        PartialDate date;
        bool present = false;
    };
    std::optional<DateValue> readDate(const QString &value, bool endDate)
    {
        if (isPresentWord(value)) {
            if (!endDate)
                return fail(Strings::tr("a start cannot be 'present'"));
            return DateValue {{}, true};
        }
        const PartialDate date = parseUserDate(value);
        if (!date.isValid() || date.year < 1900 || date.year > 2200)
            return fail(Strings::tr("'%1' is not a date (write YYYY-MM or YYYY%2)")
                            .arg(value, endDate ? Strings::tr(", or present") : QString()));
        return DateValue {date, false};
    }

    std::optional<TextEdit> setDate(const Entry &entry, const QString &value, bool isEnd);
    std::optional<TextEdit> insertDates(const Entry &entry, const QString &dates);

    // ---- entries ----
    std::optional<TextEdit> setEntryText(const Entry &entry, const Text &field, const QString &value);
    qsizetype afterHeadingFields(const Entry &entry, const Text *except) const;
    std::optional<TextEdit> appendItem(const QList<SourceRange> &items, const QList<QString> &values,
        const Entry *entry, const QString &value, bool inlineByDefault);
    QString bulletPrefix(const SourceRange &item, const QString &value) const;
    QString anyBulletPrefix() const;
    std::optional<TextEdit> addEntry(const QString &kind, const QString &json);
    std::optional<TextEdit> removeEntry(const Entry &entry) const;
    std::optional<TextEdit> removeLines(const SourceRange &range) const
    {
        return removeLines(lineStart(range.begin), lineEndOf(range));
    }

    // ---- basics ----
    std::optional<TextEdit> setBasics(const QList<PathStep> &steps, const FieldEdit &edit);
    std::optional<TextEdit> insertContact(const QString &field, const QString &value);

    std::optional<TextEdit> setText(const Text &field, const QString &value, const std::function<std::optional<TextEdit>()> &insert)
    {
        if (value.trimmed().isEmpty())
            return field.range.isValid() ? std::optional(removal(field.range)) : std::optional(TextEdit {});
        if (field.range.isValid())
            return replaceValue(field.range, field.value, value);
        return insert();
    }

    const QString &t;
    const Profile &p;
    bool markdown;
    QString *error;
};

// ---------------------------------------------------------------------------------------

std::optional<TextEdit> ProfileEditor::Planner::setDate(
    const Entry &entry, const QString &value, bool isEnd)
{
    const auto date = readDate(value, isEnd);
    if (!date)
        return std::nullopt;
    if (!isEnd && date->present)
        return fail(Strings::tr("a start cannot be 'present'"));
    const PartialDate otherEnd = isEnd ? entry.start->value : (entry.ongoing ? PartialDate {} : entry.end->value);
    if (!date->present && otherEnd.isValid()
        && (isEnd ? date->date.lastMonthIndex() < otherEnd.firstMonthIndex()
                  : date->date.firstMonthIndex() > otherEnd.lastMonthIndex()))
        return fail(isEnd ? Strings::tr("'%1' is before the entry's start (%2)").arg(value, otherEnd.toIsoString())
                          : Strings::tr("'%1' is after the entry's end (%2)").arg(value, otherEnd.toIsoString()));
    const DateStyle style = dateStyleFor(&entry);
    const Date &field = isEnd ? *entry.end : *entry.start;
    if (field.range.isValid()) {
        // The date is written: only it changes ("03/2019" → "05/2019", "heute" → "Mai 2023").
        QString written = date->present ? presentWord(style) : style.format(date->date);
        if (auto own = DateStyle::of(slice(field.range));
            own && own->form != DateStyle::Form::Year && !own->ambiguous && !date->present)
            written = own->format(date->date);
        return minimal({field.range.begin, field.range.end, written});
    }
    PartialDate start = entry.start->value, end = entry.end->value;
    bool ongoing = entry.ongoing;
    if (isEnd) {
        end = date->date;
        ongoing = date->present;
        if (!start.isValid())
            return fail(Strings::tr("the entry has no start date; set its startDate first"));
    } else {
        start = date->date;
    }
    const QString dates = datesText(start, end, ongoing, style);
    if (entry.datesRange.isValid())
        return minimal({entry.datesRange.begin, entry.datesRange.end, dates});
    return insertDates(entry, dates);
}

// Dates for an undated entry, placed as the file places them in another entry: on the
// heading line ("… (2019 – 2021)", "… | 2019 – 2021") or on a line of their own
// ("*Jan 2019 – Mar 2021*").
std::optional<TextEdit> ProfileEditor::Planner::insertDates(const Entry &entry, const QString &dates)
{
    qsizetype anchorEnd = -1; // the end of the last heading field
    for (const Text *field : entry.headingFields) {
        if (field->range.isValid() && (anchorEnd < 0 || field->range.end > anchorEnd))
            anchorEnd = field->range.end;
    }
    if (anchorEnd < 0)
        return fail(Strings::tr("the entry has no heading to put dates beside"));

    for (const Position &w : p.work) {
        const Entry model = entryOf(w);
        if (!model.datesRange.isValid())
            continue;
        const qsizetype ls = lineStart(model.datesRange.begin), le = lineEnd(model.datesRange.end);
        qsizetype fieldsOnLine = 0;
        for (const Text *field : model.headingFields)
            fieldsOnLine += field->range.isValid() && sameLine(field->range.begin, model.datesRange.begin);
        if (fieldsOnLine == 0) {
            // A line of its own: copy what stands around the dates on it.
            const QString line = slice(ls, model.datesRange.begin) + dates + slice(model.datesRange.end, le);
            const qsizetype at = lineEnd(anchorEnd);
            return TextEdit {at, at, QLatin1Char('\n') + line};
        }
        // On the heading line: copy what stands between the last field and the dates.
        qsizetype lastField = -1;
        for (const Text *field : model.headingFields) {
            if (field->range.isValid() && field->range.end <= model.datesRange.begin)
                lastField = std::max(lastField, field->range.end);
        }
        if (lastField < 0 || !sameLine(lastField, model.datesRange.begin))
            continue;
        const QString before = slice(lastField, model.datesRange.begin).toString();
        QString after;
        for (qsizetype i = model.datesRange.end; i < le && QStringView(u")]*_").contains(t[i]); ++i)
            after += t[i];
        // After the heading's text, before any closing markup.
        qsizetype at = lineEnd(anchorEnd);
        while (at > anchorEnd && (t[at - 1].isSpace() || QStringView(u"*_").contains(t[at - 1])))
            --at;
        return TextEdit {at, at, before + dates + after};
    }
    const qsizetype at = lineEnd(anchorEnd);
    return TextEdit {at, at, markdown ? u"\n*%1*"_s.arg(dates) : u"\n%1"_s.arg(dates)};
}

std::optional<TextEdit> ProfileEditor::Planner::setEntryText(
    const Entry &entry, const Text &field, const QString &value)
{
    return setText(field, value, [&]() -> std::optional<TextEdit> {
        const qsizetype anchor = afterHeadingFields(entry, &field);
        if (anchor < 0)
            return fail(Strings::tr("the entry has no heading to add it to"));
        return TextEdit {anchor, anchor, u", "_s + escaped(value)};
    });
}

// Where a field the heading does not write yet goes: after the heading's last field
// other than `except`, before dates in brackets on its line; -1 when it has none.
qsizetype ProfileEditor::Planner::afterHeadingFields(const Entry &entry, const Text *except) const
{
    qsizetype anchor = -1;
    for (const Text *f : entry.headingFields) {
        if (f->range.isValid() && f != except)
            anchor = std::max(anchor, f->range.end);
    }
    if (anchor >= 0 && entry.datesRange.isValid() && sameLine(anchor, entry.datesRange.begin)
        && entry.datesRange.begin >= anchor) {
        // "Title, Company (2019 – 2021)": before the dates' brackets.
        const QStringView between = slice(anchor, entry.datesRange.begin);
        const qsizetype open = between.indexOf(QLatin1Char('('));
        if (open >= 0)
            anchor += open;
        while (anchor > 0 && t[anchor - 1] == QLatin1Char(' '))
            --anchor;
    }
    return anchor;
}

QString ProfileEditor::Planner::bulletPrefix(const SourceRange &item, const QString &value) const
{
    const qsizetype ls = lineStart(item.begin);
    const QStringView line = slice(ls, lineEnd(item.begin));
    const qsizetype at = value.isEmpty() ? -1 : line.indexOf(QStringView(value).left(12));
    if (at >= 0)
        return line.left(at).toString();
    const SourceRange content = contentOf(item);
    return slice(ls, content.begin).toString();
}

QString ProfileEditor::Planner::anyBulletPrefix() const
{
    for (const Position &w : p.work) {
        if (!w.highlights.isEmpty())
            return bulletPrefix(w.highlights.first().range, w.highlights.first().value);
    }
    return u"- "_s;
}

// Appends to a list: on the line of the last item when the list is written inline
// ("Java, Kotlin, SQL"), else on a new line with the last item's bullet and indent.
std::optional<TextEdit> ProfileEditor::Planner::appendItem(const QList<SourceRange> &items,
    const QList<QString> &values, const Entry *entry, const QString &value, bool inlineByDefault)
{
    if (value.trimmed().isEmpty())
        return fail(Strings::tr("an empty value cannot be added"));
    const QString written = escaped(value);
    if (!items.isEmpty()) {
        const SourceRange &last = items.last();
        const bool inlineList = items.size() >= 2 ? sameLine(items[items.size() - 2].begin, last.begin)
                                                  : inlineByDefault;
        if (inlineList)
            return TextEdit {last.end, last.end, separatorBetween(items, u", "_s) + written};
        const qsizetype at = lineEndOf(last);
        return TextEdit {at, at, QLatin1Char('\n') + bulletPrefix(last, values.last()) + written};
    }
    if (!entry)
        return fail(Strings::tr("there is no list to add to"));
    // The entry's first item: after its last line, as other entries start their lists.
    qsizetype at = lineEndOf(entry->range);
    while (at > entry->range.begin && isBlank(slice(lineStart(at), at)))
        at = lineStart(at) - 1;
    bool blankBeforeList = markdown;
    for (const Position &w : p.work) {
        if (!w.highlights.isEmpty()) {
            const qsizetype first = lineStart(w.highlights.first().range.begin);
            blankBeforeList = first >= 2 && t[first - 1] == QLatin1Char('\n') && t[first - 2] == QLatin1Char('\n');
            break;
        }
    }
    return TextEdit {at, at, (blankBeforeList ? u"\n\n"_s : u"\n"_s) + anyBulletPrefix() + written};
}

// An entry's own lines: from its first line to the last that holds one of its fields,
// and never into text that belongs to another entry (a CV may write the highlights of
// every position of a table in one section after it, which the last row's range spans).
std::optional<TextEdit> ProfileEditor::Planner::removeEntry(const Entry &entry) const
{
    qsizetype foreign = entry.range.end;
    auto claim = [&](const SourceRange &r) {
        if (r.isValid() && r.begin > entry.range.begin && r.begin < foreign)
            foreign = r.begin;
    };
    for (const Position &w : p.work) {
        if (w.range == entry.range)
            continue;
        claim(w.range);
        for (const Text &h : w.highlights)
            claim(h.range);
    }
    for (const Education &e : p.education) {
        if (e.range != entry.range)
            claim(e.range);
    }
    qsizetype end = entry.range.begin;
    auto own = [&](const SourceRange &r) {
        if (r.isValid() && r.begin >= entry.range.begin && r.end <= foreign)
            end = std::max(end, r.end);
    };
    for (const Text *f : entry.headingFields)
        own(f->range);
    own(entry.datesRange);
    own(entry.description->range);
    for (const Text &item : *entry.items)
        own(item.range);
    if (end == entry.range.begin)
        end = entry.range.end;
    return removeLines(lineStart(entry.range.begin), lineEndOf({entry.range.begin, end}));
}

// A new entry, modelled on the entry of the same kind whose heading holds the least
// text of its own, with its fields replaced, its other lines dropped and the new
// highlights written with its bullets; placed by date among the others (newest first,
// as CVs list them), or first when it has no dates.
std::optional<TextEdit> ProfileEditor::Planner::addEntry(const QString &kind, const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject())
        return fail(Strings::tr("the value must be a JSON object such as %1")
                        .arg(
                            kind == QLatin1String("work")
                                ? u"{\"position\": \"Engineer\", \"name\": \"Acme\", \"startDate\": \"2024-01\"}"_s
                                : u"{\"institution\": \"University\", \"studyType\": \"M.Sc.\", \"area\": \"Physics\"}"_s));
    const QJsonObject object = document.object();
    const bool work = kind == QLatin1String("work");
    const QStringList headingKeys = work ? QStringList {u"position"_s, u"name"_s, u"location"_s}
                                         : QStringList {u"institution"_s, u"studyType"_s, u"area"_s, u"score"_s, u"location"_s};
    const QStringList known = headingKeys + QStringList {u"startDate"_s, u"endDate"_s, u"highlights"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(Strings::tr("unknown field '%1' (known: %2)").arg(it.key(), known.join(u", "_s)));
    }
    if (object.value(headingKeys.first()).toString().trimmed().isEmpty())
        return fail(Strings::tr("'%1' is required").arg(headingKeys.first()));
    PartialDate start, end;
    bool ongoing = false;
    if (object.contains(u"startDate"_s)) {
        const auto d = readDate(object.value(u"startDate"_s).toString(), false);
        if (!d)
            return std::nullopt;
        start = d->date;
    }
    if (object.contains(u"endDate"_s)) {
        const auto d = readDate(object.value(u"endDate"_s).toString(), true);
        if (!d)
            return std::nullopt;
        end = d->date, ongoing = d->present;
    }
    QStringList highlights;
    for (const QJsonValue &h : object.value(u"highlights"_s).toArray())
        highlights.append(escaped(h.toString()));

    QList<Entry> entries;
    if (work) {
        for (const Position &w : p.work)
            entries.append(entryOf(w));
    } else {
        for (const Education &e : p.education)
            entries.append(entryOf(e));
    }
    const DateStyle style = dateStyleFor(nullptr);
    const QString dates = datesText(start, end, ongoing, style);

    QString entryText;
    if (!entries.isEmpty()) {
        // The model: a place for the most of the given fields (a field it has no place for
        // is added after its heading's fields), then the fewest characters on its heading
        // lines that belong to no field.
        const Entry *model = nullptr;
        qsizetype leastOwnText = 0, mostPlaces = 0;
        for (const Entry &candidate : entries) {
            if (!candidate.range.isValid())
                continue;
            qsizetype places = 0;
            for (qsizetype i = 0; i < headingKeys.size(); ++i)
                places += candidate.headingFields[i]->range.isValid() && !object.value(headingKeys[i]).toString().trimmed().isEmpty();
            qsizetype own = 0;
            QList<SourceRange> fields {candidate.datesRange};
            for (const Text *f : candidate.headingFields)
                fields.append(f->range);
            QList<qsizetype> lines;
            for (const SourceRange &f : fields) {
                if (f.isValid() && !lines.contains(lineStart(f.begin)))
                    lines.append(lineStart(f.begin));
            }
            for (qsizetype ls : lines) {
                for (qsizetype i = ls; i < lineEnd(ls); ++i) {
                    const bool inField = std::any_of(fields.cbegin(), fields.cend(),
                        [i](const SourceRange &f) { return f.isValid() && i >= f.begin && i < f.end; });
                    own += !inField && !isDecoration(t[i]);
                }
            }
            // Short words joining fields ("at", "bei") are part of the form, not own text.
            if (!model || places > mostPlaces || (places == mostPlaces && own < leastOwnText))
                model = &candidate, leastOwnText = own, mostPlaces = places;
        }
        if (!model)
            return fail(Strings::tr("no %1 entry to model the new one on").arg(kind));

        // Replacements inside the model's heading lines, last first.
        struct Change
        {
            SourceRange range;
            QString text;
        };
        QList<Change> changes;
        QString unplaced; // given fields the model's heading does not write
        for (qsizetype i = 0; i < model->headingFields.size(); ++i) {
            const Text *f = model->headingFields[i];
            const QString value = escaped(object.value(headingKeys[i]).toString());
            if (f->range.isValid())
                changes.append({f->range, value});
            else if (!value.isEmpty())
                unplaced += u", "_s + value;
        }
        if (const qsizetype at = afterHeadingFields(*model, nullptr); !unplaced.isEmpty() && at >= 0)
            changes.append({{at, at}, unplaced}); // where a field added to an entry goes
        if (model->datesRange.isValid())
            changes.append({model->datesRange, dates});
        QList<qsizetype> lineStarts;
        for (const Change &c : changes) {
            if (!lineStarts.contains(lineStart(c.range.begin)))
                lineStarts.append(lineStart(c.range.begin));
        }
        std::sort(lineStarts.begin(), lineStarts.end());
        std::sort(changes.begin(), changes.end(),
            [](const Change &a, const Change &b) { return a.range.begin > b.range.begin; });
        QStringList lines;
        for (qsizetype ls : lineStarts) {
            QString line = slice(ls, lineEnd(ls)).toString();
            for (const Change &c : changes) {
                if (lineStart(c.range.begin) != ls)
                    continue;
                TextEdit e = c.text.isEmpty() ? removal(c.range) : TextEdit {c.range.begin, c.range.end, c.text};
                e.begin = std::max(e.begin, ls), e.end = std::min(e.end, ls + line.size());
                line.replace(e.begin - ls, e.end - e.begin, e.text);
            }
            if (!isBlank(line))
                lines.append(line);
        }
        entryText = lines.join(QLatin1Char('\n'));
        if (!model->datesRange.isValid() && !dates.isEmpty())
            entryText += markdown ? u"\n*%1*"_s.arg(dates) : u"\n%1"_s.arg(dates);
        if (!highlights.isEmpty()) {
            QString prefix = anyBulletPrefix();
            bool blank = markdown;
            if (!model->items->isEmpty()) {
                const Text &first = model->items->first();
                prefix = bulletPrefix(first.range, first.value);
                const qsizetype fl = lineStart(first.range.begin);
                blank = fl >= 2 && t[fl - 1] == QLatin1Char('\n') && t[fl - 2] == QLatin1Char('\n');
            }
            entryText += blank ? u"\n\n"_s : u"\n"_s;
            for (const QString &h : highlights)
                entryText += prefix + h + (&h == &highlights.last() ? QString() : u"\n"_s);
        }
    } else {
        // No entry to model on: the house style, under the section's heading.
        int level = 3;
        for (const SectionMark &mark : p.outline) {
            if (mark.kind == kind)
                level = mark.level > 0 ? mark.level + 1 : 0;
        }
        QString heading = escaped(object.value(headingKeys[0]).toString());
        const QString second = escaped(object.value(headingKeys[1]).toString());
        if (!second.isEmpty())
            heading += (work ? u" at "_s : u", "_s) + second;
        for (const QString &key : headingKeys.mid(2)) {
            if (const QString more = escaped(object.value(key).toString()); !more.isEmpty())
                heading += u", "_s + more;
        }
        entryText = level > 0 ? QString(level, QLatin1Char('#')) + QLatin1Char(' ') + heading : heading;
        if (!dates.isEmpty())
            entryText += markdown ? u"\n\n*%1*"_s.arg(dates) : u"\n%1"_s.arg(dates);
        if (!highlights.isEmpty()) {
            entryText += markdown ? u"\n\n"_s : u"\n"_s;
            for (const QString &h : highlights)
                entryText += u"- "_s + h + (&h == &highlights.last() ? QString() : u"\n"_s);
        }
    }

    if (entries.isEmpty()) {
        for (const SectionMark &mark : p.outline) {
            if (mark.kind != kind)
                continue;
            qsizetype at = lineEndOf(mark.range);
            while (at > mark.range.begin && isBlank(slice(lineStart(at), at)))
                at = lineStart(at) - 1;
            return TextEdit {at, at, u"\n\n"_s + entryText};
        }
        // No section either: a new one, headed as the file heads its sections, after the
        // sections that come before it in the house order.
        const QString title = work ? u"Experience"_s : u"Education"_s;
        QString heading = title;
        const QStringList order {u"summary"_s, u"work"_s, u"education"_s, u"skills"_s, u"projects"_s,
            u"certificates"_s, u"languages"_s};
        qsizetype at = t.size();
        for (const SectionMark &mark : p.outline) {
            if (mark.level > 0)
                heading = QString(mark.level, QLatin1Char('#')) + QLatin1Char(' ') + title;
            else if (mark.heading == mark.heading.toUpper())
                heading = title.toUpper();
            if (order.indexOf(mark.kind) > order.indexOf(kind) && at == t.size())
                at = lineStart(mark.range.begin);
        }
        if (p.outline.isEmpty() && markdown)
            heading = u"## "_s + title;
        const QString block = heading + u"\n\n"_s + entryText;
        if (at == t.size())
            return TextEdit {at, at, (t.endsWith(QLatin1Char('\n')) ? u"\n"_s : u"\n\n"_s) + block + u"\n"_s};
        return TextEdit {at, at, block + u"\n\n"_s};
    }

    // Between entries: the gap the file leaves between two of them.
    QString gap = u"\n\n"_s;
    for (qsizetype i = 1; i < entries.size(); ++i) {
        const qsizetype a = lineEndOf(entries[i - 1].range), b = lineStart(entries[i].range.begin);
        if (a < b && isBlank(slice(a, b))) {
            gap = slice(a, b).toString();
            gap.remove(QLatin1Char(' '));
            break;
        }
    }
    // Newest first, as CVs list them: before the first entry that started earlier; first
    // when the new entry or all the others have no dates.
    qsizetype before = 0;
    const bool othersDated = std::any_of(
        entries.cbegin(), entries.cend(), [](const Entry &e) { return e.start->value.isValid(); });
    if (start.isValid() && othersDated) {
        before = entries.size();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries[i].start->value.isValid() && entries[i].start->value < start) {
                before = i;
                break;
            }
        }
    }
    if (before < entries.size()) {
        const qsizetype at = lineStart(entries[before].range.begin);
        return TextEdit {at, at, entryText + gap};
    }
    const qsizetype at = lineEndOf(entries.last().range);
    return TextEdit {at, at, gap + entryText};
}

// A contact (email, phone, location) goes on the line the file lists its contacts on,
// with that line's separator, or on a line of its own under the headline.
std::optional<TextEdit> ProfileEditor::Planner::insertContact(const QString &field, const QString &value)
{
    const Basics &b = p.basics;
    QList<SourceRange> contacts {b.email.range, b.phone.range, b.location.range};
    for (const Link &l : b.links)
        contacts.append(l.range);
    contacts.removeIf([](const SourceRange &r) { return !r.isValid(); });
    std::sort(contacts.begin(), contacts.end(), [](const SourceRange &a, const SourceRange &c) { return a.begin < c.begin; });
    for (qsizetype i = 1; i < contacts.size(); ++i) {
        if (sameLine(contacts[i - 1].begin, contacts[i].begin)) {
            // The last contact on that line.
            qsizetype last = i;
            while (last + 1 < contacts.size() && sameLine(contacts[last].begin, contacts[last + 1].begin))
                ++last;
            const SourceRange &end = contacts[last];
            qsizetype at = end.end;
            while (at < lineEnd(at) && QStringView(u">)").contains(t[at]))
                ++at;
            return TextEdit {at, at, separatorBetween(contacts.mid(i - 1, 2), u" · "_s) + escaped(value)};
        }
    }
    if (!contacts.isEmpty()) {
        // One contact per line: a new line after the last, with its bullet.
        const SourceRange &last = contacts.last();
        const qsizetype at = lineEndOf(last);
        QString prefix = slice(lineStart(last.begin), last.begin).toString();
        if (const qsizetype colon = prefix.indexOf(QLatin1Char(':')); colon > 0) {
            // "location: Vancouver", "- **Email:** …": the same form with this field's label.
            qsizetype word = colon;
            while (word > 0 && prefix[word - 1].isLetter())
                --word;
            const QStringView label = QStringView(prefix).sliced(word, colon - word);
            QString own = field;
            if (!label.isEmpty() && label[0].isUpper())
                own[0] = own[0].toUpper();
            prefix.replace(word, colon - word, own);
        }
        return TextEdit {at, at, QLatin1Char('\n') + prefix + escaped(value)};
    }
    const SourceRange under = b.label.range.isValid() ? b.label.range : b.name.range;
    if (!under.isValid())
        return fail(Strings::tr("the profile has no name or headline to put contacts under"));
    const qsizetype at = lineEndOf(under);
    return TextEdit {at, at, (markdown ? u"\n\n"_s : u"\n"_s) + escaped(value)};
}

std::optional<TextEdit> ProfileEditor::Planner::setBasics(const QList<PathStep> &steps, const FieldEdit &edit)
{
    const Basics &b = p.basics;
    const QString &value = edit.value;
    if (steps.size() < 2)
        return unknownPath(edit.path);
    const QString key = steps[1].key;
    auto underName = [&]() -> std::optional<TextEdit> {
        if (!b.name.range.isValid())
            return fail(Strings::tr("the profile has no name to put the headline under"));
        const qsizetype at = lineEndOf(b.name.range);
        return TextEdit {at, at, (markdown ? u"\n\n"_s : u"\n"_s) + escaped(value)};
    };
    if (steps.size() == 2 && !steps[1].indexed) {
        if (key == QLatin1String("name"))
            return setText(b.name, value, [&]() { return fail(Strings::tr("the profile has no name line to change")); });
        if (key == QLatin1String("label"))
            return setText(b.label, value, underName);
        if (key == QLatin1String("email") || key == QLatin1String("phone")) {
            const Text &field = key == QLatin1String("email") ? b.email : b.phone;
            return setText(field, value, [&]() { return insertContact(key, value); });
        }
        if (key == QLatin1String("summary")) {
            return setText(b.summary, value, [&]() -> std::optional<TextEdit> {
                return fail(Strings::tr("the profile has no summary yet; write one in the text"));
            });
        }
        if (key == QLatin1String("location")) {
            const Text location {b.location.text, b.location.range};
            return setText(location, value, [&]() { return insertContact(key, value); });
        }
    }
    if (key == QLatin1String("location") && steps.size() == 3) {
        const QString part = steps[2].key;
        const QString old = part == QLatin1String("city") ? b.location.city
            : part == QLatin1String("region")             ? b.location.region
            : part == QLatin1String("address")            ? b.location.text
                                                          : QString();
        if (old.isNull() && part != QLatin1String("city") && part != QLatin1String("region"))
            return unknownPath(edit.path);
        const Text location {b.location.text, b.location.range};
        if (!b.location.range.isValid())
            return setText(location, value, [&]() { return insertContact(key, value); });
        const qsizetype at = old.isEmpty() ? -1 : slice(b.location.range).indexOf(old);
        if (part != QLatin1String("address") && at < 0) {
            // A part the location does not write yet goes after it ("Berlin" → "Berlin, Bavaria").
            if (value.trimmed().isEmpty())
                return TextEdit {};
            const qsizetype end = b.location.range.end;
            return TextEdit {end, end, u", "_s + escaped(value)};
        }
        if (part != QLatin1String("address")) {
            // Only that part of the location changes, or goes with its separator.
            const SourceRange within {b.location.range.begin + at, b.location.range.begin + at + old.size()};
            if (value.trimmed().isEmpty())
                return removal(within);
            return minimal({within.begin, within.end, escaped(value)});
        }
        return setText(location, value, [&]() { return insertContact(key, value); });
    }
    if (key == QLatin1String("profiles") && steps[1].indexed && !steps[1].append) {
        if (steps[1].index >= b.links.size())
            return noSuchIndex(u"basics.profiles"_s, steps[1].index, b.links.size());
        const Link &link = b.links[steps[1].index];
        if (edit.action == FieldEdit::Action::Remove && steps.size() == 2)
            return removal(link.range);
        if (steps.size() == 3 && steps[2].key == QLatin1String("url"))
            return setText(Text {link.url, link.range}, value, [] { return std::optional<TextEdit>(); });
    }
    return unknownPath(edit.path);
}

std::optional<TextEdit> ProfileEditor::Planner::plan(const FieldEdit &edit)
{
    const auto parsed = parseFieldPath(edit.path);
    if (!parsed || parsed->isEmpty())
        return fail(Strings::tr("not a path (write it as the JSON export names fields, e.g. work[0].endDate)"));
    const QList<PathStep> &steps = *parsed;
    const bool remove = edit.action == FieldEdit::Action::Remove;
    const QString value = remove ? QString() : edit.value;
    const QString &root = steps[0].key;

    if (root == QLatin1String("basics")) {
        if (remove && steps.size() == 2 && !steps[1].indexed)
            return setBasics(steps, FieldEdit::set(edit.path, QString()));
        return setBasics(steps, edit);
    }

    auto checkIndex = [&](const PathStep &step, const QString &what, qsizetype count) -> bool {
        if (!step.indexed || step.append) {
            unknownPath(edit.path);
            return false;
        }
        if (step.index >= count) {
            noSuchIndex(what, step.index, count);
            return false;
        }
        return true;
    };

    if (root == QLatin1String("work") || root == QLatin1String("education")) {
        const bool work = root == QLatin1String("work");
        if (steps[0].append && steps.size() == 1 && !remove)
            return addEntry(root, value);
        if (!checkIndex(steps[0], root, work ? p.work.size() : p.education.size()))
            return std::nullopt;
        const Entry entry = work ? entryOf(p.work[steps[0].index]) : entryOf(p.education[steps[0].index]);
        if (steps.size() == 1) {
            if (!remove)
                return unknownPath(edit.path);
            if (work) {
                if (const Detached detached = detachedHighlights(p.work[steps[0].index]); detached.block.isValid())
                    return combined(*removeEntry(entry), removeLines(detached.block.begin, detached.block.end));
            }
            return removeEntry(entry);
        }
        const PathStep &field = steps[1];
        if (steps.size() == 2 && !field.indexed) {
            if (field.key == QLatin1String("startDate") || field.key == QLatin1String("endDate")) {
                const bool isEnd = field.key == QLatin1String("endDate");
                if (remove || value.trimmed().isEmpty()) {
                    PartialDate start = entry.start->value, end = entry.end->value;
                    (isEnd ? end : start) = {};
                    const bool ongoing = isEnd ? false : entry.ongoing;
                    if (!entry.datesRange.isValid())
                        return TextEdit {};
                    if (!start.isValid() && !end.isValid())
                        return removal(entry.datesRange);
                    return minimal({entry.datesRange.begin, entry.datesRange.end,
                        datesText(start, end, ongoing && start.isValid(), dateStyleFor(&entry))});
                }
                return setDate(entry, value, isEnd);
            }
            const QStringList keys = work ? QStringList {u"position"_s, u"name"_s, u"location"_s}
                                          : QStringList {u"institution"_s, u"studyType"_s, u"area"_s, u"score"_s, u"location"_s};
            if (const qsizetype i = keys.indexOf(field.key); i >= 0) {
                auto planned = setEntryText(entry, *entry.headingFields[i], value);
                if (work && i == 1 && planned && !value.trimmed().isEmpty()) {
                    // The company also heads highlights written elsewhere: rename it there too.
                    if (const Detached detached = detachedHighlights(p.work[steps[0].index]); detached.label.isValid())
                        planned = combined(*planned, minimal({detached.label.begin, detached.label.end, escaped(value)}));
                }
                return planned;
            }
            if (field.key == QLatin1String("summary"))
                return setText(*entry.description, value, [&]() -> std::optional<TextEdit> {
                    return fail(Strings::tr("the entry has no summary yet; write one in the text"));
                });
        }
        const QString listKey = work ? u"highlights"_s : u"courses"_s;
        if (steps.size() == 2 && field.key == listKey && field.indexed) {
            const QList<Text> &items = *entry.items;
            QList<SourceRange> ranges;
            QList<QString> values;
            for (const Text &item : items)
                ranges.append(item.range), values.append(item.value);
            if (field.append && !remove)
                return appendItem(ranges, values, &entry, value, false);
            if (!checkIndex(field, steps[0].key + u"[%1]."_s.arg(steps[0].index) + listKey, items.size()))
                return std::nullopt;
            const Text &item = items[field.index];
            if (remove || value.trimmed().isEmpty())
                return removal(item.range);
            return replaceValue(item.range, item.value, value);
        }
        return unknownPath(edit.path);
    }

    if (root == QLatin1String("skills")) {
        if (!checkIndex(steps[0], root, p.skills.size()))
            return std::nullopt;
        const SkillGroup &group = p.skills[steps[0].index];
        if (steps.size() == 1)
            return remove ? removeLines(group.range) : unknownPath(edit.path);
        const PathStep &field = steps[1];
        if (steps.size() == 2 && field.key == QLatin1String("name") && !field.indexed) {
            // A group named by its section's heading ("## Skills" over an ungrouped list):
            // the heading says what the section is, and is not the form's to rewrite.
            const bool heading = std::any_of(p.outline.cbegin(), p.outline.cend(), [&](const SectionMark &mark) {
                return mark.headingRange.isValid() && group.name.range.isValid()
                    && mark.headingRange.begin < group.name.range.end && group.name.range.begin < mark.headingRange.end;
            });
            if (heading)
                return fail(Strings::tr("the group is named by its section's heading, which says what the section "
                                        "is; give the skills a group name of their own in the text"));
            return setText(group.name, value, [&]() -> std::optional<TextEdit> {
                return fail(Strings::tr("the group has no name to change"));
            });
        }
        if (steps.size() == 2 && field.key == QLatin1String("keywords") && field.indexed) {
            QList<SourceRange> ranges;
            QList<QString> values;
            for (const Skill &s : group.keywords)
                ranges.append(s.range), values.append(s.name);
            if (field.append && !remove)
                return appendItem(ranges, values, nullptr, value, true);
            if (!checkIndex(field, u"skills[%1].keywords"_s.arg(steps[0].index), group.keywords.size()))
                return std::nullopt;
            const Skill &skill = group.keywords[field.index];
            if (remove || value.trimmed().isEmpty())
                return removal(skill.range);
            return replaceValue(skill.range, skill.name, value);
        }
        return unknownPath(edit.path);
    }

    // Languages, certificates and projects: two text fields each, and removal as a whole.
    struct SimpleEntry
    {
        SourceRange range;
        QString firstKey, secondKey;
        const Text *first, *second;
        QString separator; // written before a second field the entry does not have yet
    };
    std::optional<SimpleEntry> simple;
    auto indexed = [&](const auto &list) -> const auto * {
        return checkIndex(steps[0], root, list.size()) ? &list[steps[0].index] : nullptr;
    };
    if (root == QLatin1String("languages")) {
        if (const Language *l = indexed(p.languages))
            simple = SimpleEntry {l->range, u"language"_s, u"fluency"_s, &l->language, &l->fluency, u": "_s};
    } else if (root == QLatin1String("certificates")) {
        if (const Certificate *c = indexed(p.certificates))
            simple = SimpleEntry {c->range, u"name"_s, u"issuer"_s, &c->name, &c->issuer, u", "_s};
    } else if (root == QLatin1String("projects")) {
        if (const Project *project = indexed(p.projects))
            simple = SimpleEntry {project->range, u"name"_s, u"description"_s, &project->name, &project->description, {}};
    } else {
        return unknownPath(edit.path);
    }
    if (!simple)
        return std::nullopt;
    if (steps.size() == 1)
        return remove ? removeLines(simple->range) : unknownPath(edit.path);
    if (steps.size() == 2 && (steps[1].key == simple->firstKey || steps[1].key == simple->secondKey)) {
        const Text &field = steps[1].key == simple->firstKey ? *simple->first : *simple->second;
        return setText(field, value, [&]() -> std::optional<TextEdit> {
            if (simple->separator.isEmpty() || !simple->first->range.isValid())
                return fail(Strings::tr("the entry has none yet; write it in the text"));
            const qsizetype at = simple->first->range.end;
            return TextEdit {at, at, simple->separator + escaped(value)};
        });
    }
    return unknownPath(edit.path);
}

// ---------------------------------------------------------------------------------------

ProfileEditor::ProfileEditor(const QString &text, const Profile &profile, bool markdown)
    : m_text(text)
    , m_profile(profile)
    , m_markdown(markdown)
{
}

std::optional<TextEdit> ProfileEditor::plan(const FieldEdit &edit, QString *error) const
{
    QString ignored;
    Planner planner(m_text, m_profile, m_markdown, error ? error : &ignored);
    return planner.plan(edit);
}

SourceRange ProfileEditor::companyLabel(qsizetype workIndex) const
{
    QString ignored;
    const Planner planner(m_text, m_profile, m_markdown, &ignored);
    if (workIndex < 0 || workIndex >= m_profile.work.size())
        return {};
    return planner.detachedHighlights(m_profile.work[workIndex]).label;
}

} // namespace Shortlist
