#include "checkededit.h"

#include "expectedprofile.h"
#include "fieldpath.h"
#include "textprofile.h"

#include <QCoreApplication>

namespace Shortlist {

using namespace Qt::StringLiterals;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::CheckedEdit)
};

// True when `part` can be had from `whole` by leaving characters out.
bool isSubsequence(QStringView part, QStringView whole)
{
    qsizetype at = 0;
    for (QChar c : part) {
        at = whole.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

// True when `after` is `before` with only the characters inside `ranges` changed: the
// text between and around them is still there, in order.
bool changesOnlyWithin(const QString &before, const QString &after, QList<SourceRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
        [](const SourceRange &a, const SourceRange &b) { return a.begin < b.begin; });
    QList<QStringView> gaps;
    qsizetype from = 0;
    for (const SourceRange &r : std::as_const(ranges)) {
        if (r.begin < from)
            return false; // overlapping places: not a shape this check knows
        gaps.append(QStringView(before).sliced(from, r.begin - from));
        from = r.end;
    }
    gaps.append(QStringView(before).sliced(from));
    if (!after.startsWith(gaps.first()) || !after.endsWith(gaps.last()))
        return false;
    qsizetype at = gaps.first().size();
    for (qsizetype i = 1; i + 1 < gaps.size(); ++i) {
        at = after.indexOf(gaps[i], at);
        if (at < 0)
            return false;
        at += gaps[i].size();
    }
    return at <= after.size() - gaps.last().size();
}

// Where a set value may change the text: where the field is written (a date: where its
// entry's dates are, which a change of one may rewrite); empty when it is not written.
QList<SourceRange> placesOf(
    const QString &text, const Profile &profile, const QList<PathStep> &steps, bool markdown)
{
    QList<SourceRange> places;
    const QString &root = steps[0].key;
    const QString field = steps.size() > 1 ? steps[1].key : QString();
    if (const Text *t = textAt(profile, steps)) {
        places.append(t->range);
        if (root == QLatin1String("work") && field == QLatin1String("name"))
            places.append(ProfileEditor(text, profile, markdown).companyLabel(steps[0].index));
    } else if ((root == QLatin1String("work") || root == QLatin1String("education")) && steps.size() == 2
        && field.endsWith(u"Date"_s)) {
        const auto &dates = root == QLatin1String("work")
            ? profile.work.value(steps[0].index).datesRange
            : profile.education.value(steps[0].index).datesRange;
        places.append(dates);
    } else if (root == QLatin1String("skills") && steps.size() == 2 && steps[1].indexed) {
        places.append(profile.skills.value(steps[0].index).keywords.value(steps[1].index).range);
    } else if (root == QLatin1String("basics") && field == QLatin1String("location")) {
        places.append(profile.basics.location.range);
    } else if (root == QLatin1String("basics") && field == QLatin1String("profiles")) {
        places.append(profile.basics.links.value(steps[1].index).range);
    }
    places.removeIf([](const SourceRange &r) { return !r.isValid(); });
    return places;
}

// Why a planned change touches more than its field may, or empty when it does not: a set
// value changes only where the field is written, a new one only adds text, a removal
// only removes text (or, for dates, changes only the entry's dates).
QString strayChange(const QString &before, const QString &after, const TextEdit &change,
    const QList<SourceRange> &places, const QList<PathStep> &steps, const FieldEdit &edit)
{
    const bool adds = std::any_of(steps.cbegin(), steps.cend(), [](const PathStep &s) { return s.append; });
    const bool clears = edit.action == FieldEdit::Action::Remove || edit.value.trimmed().isEmpty();
    const QStringView replaced = QStringView(before).sliced(change.begin, change.end - change.begin);
    if (adds || (!clears && places.isEmpty())) {
        if (isSubsequence(replaced, change.text))
            return {};
        return Strings::tr("adding it would also change text that is there; edit the text itself instead");
    }
    if (clears
        && (isSubsequence(change.text, replaced)
            || (!places.isEmpty() && changesOnlyWithin(before, after, places))))
        return {};
    if (!clears && changesOnlyWithin(before, after, places))
        return {};
    return Strings::tr("the change would reach beyond the field's own text; edit the text itself instead");
}

// Why a text that reads `difference` otherwise than expected is refused: the edited
// field read as something else, or another part of the profile changed with it.
QString misreading(const QString &difference, const QString &readValue, const QString &path)
{
    if (difference.startsWith(u"sections["_s))
        return Strings::tr("the change would also alter how Shortlist reads the section '%1'; edit the text "
                           "itself instead")
            .arg(readValue);
    const bool ownField
        = path == difference || path.startsWith(difference + u'.') || path.startsWith(difference + u'[');
    if (ownField && !readValue.isEmpty())
        return Strings::tr(
            "the text would read it as '%1', not as the value given; edit the text itself instead")
            .arg(readValue);
    if (ownField)
        return Strings::tr("the text would not read it back as given; edit the text itself instead");
    return Strings::tr("the change would also alter how Shortlist reads %1; edit the text itself instead")
        .arg(difference);
}

CheckedEdit refused(const QString &text, const Profile &profile, const FieldEdit &edit, const QString &reason)
{
    return {{}, text, profile, edit.path + u": "_s + reason};
}

} // namespace

CheckedEdit makeCheckedEdit(
    const QString &fileName, const QString &text, const Profile &profile, const FieldEdit &edit)
{
    const bool markdown = isMarkdownFileName(fileName);
    const auto steps = parseFieldPath(edit.path);
    const Profile before = comparable(profile);
    if (steps && !steps->isEmpty() && expectedProfile(before, *steps, edit, nullptr) == before)
        return {{}, text, profile, {}}; // the profile reads the value already: no character changes

    QString error;
    const auto planned = ProfileEditor(text, profile, markdown).plan(edit, &error);
    if (!planned)
        return refused(text, profile, edit, error);
    const QString after = applyTextEdit(text, *planned);
    TextProfile reread = parseTextProfile(fileName, after);
    if (!reread.isValid())
        return refused(text, profile, edit,
            Strings::tr("the text would no longer read as a profile (%1)").arg(reread.error));

    if (const QString stray
        = strayChange(text, after, *planned, placesOf(text, profile, *steps, markdown), *steps, edit);
        !stray.isEmpty())
        return refused(text, profile, edit, stray);
    const Profile read = comparable(reread.profile);
    const auto expected = expectedProfile(before, *steps, edit, &read);
    QString readValue;
    const QString difference = expected ? firstDifference(*expected, read, &readValue) : edit.path;
    if (!difference.isEmpty())
        return refused(text, profile, edit, misreading(difference, readValue, edit.path));
    return {*planned, after, std::move(reread.profile), {}};
}

std::optional<QString> applyFieldEdits(
    const QString &fileName, const QString &text, const QList<FieldEdit> &edits, QString *error)
{
    const TextProfile parsed = parseTextProfile(fileName, text);
    if (!parsed.isValid()) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    CheckedEdit state {{}, text, parsed.profile, {}};
    for (const FieldEdit &edit : edits) {
        state = makeCheckedEdit(fileName, state.text, state.profile, edit);
        if (!state.isValid()) {
            if (error)
                *error = state.error;
            return std::nullopt;
        }
    }
    return state.text;
}

} // namespace Shortlist
