// libFuzzer entry point for structured edits: any bytes read as a profile file, one edit
// chosen among those its profile offers, made as `shortlist --set`/`--remove` makes it
// (the checked applyFieldEdits of checkededit.h on the file's text, then
// EditableText::bytesFor), and the bytes written read again. An edit may be refused with an
// error; one that is accepted must keep issue 16's rule for edits (item 2):
//   - setting a field to the value it has changes no byte;
//   - any other edit changes only that field's bytes (a field that is there: nothing before
//     or after its range; a new field or item: bytes inserted at one place; a removal:
//     bytes taken away only);
//   - the file read again is the profile before with that one change.
// A broken rule is reported on standard error and aborts, which libFuzzer saves as a
// crash. With SHORTLIST_FUZZ_EDIT_RULE=off only crashes and sanitizer reports count.
//
// The input's last four bytes choose the edit, its value and whether the file is read as
// markdown or plain text; the bytes before them are the file (a sample copied in as a seed
// is still a CV).

#include "edittargets.h"

#include "edit/checkededit.h"
#include "edit/editabletext.h"
#include "edit/unifieddiff.h"
#include "export/jsonexport.h"
#include "io/profilefile.h"

#include <QJsonDocument>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Shortlist;
using namespace ShortlistFuzz;
using namespace Qt::StringLiterals;

namespace {

bool ruleChecked()
{
    static const bool checked = qgetenv("SHORTLIST_FUZZ_EDIT_RULE") != "off";
    return checked;
}

// The value an edit sets, and whether the profile must read exactly that value afterwards.
struct Value
{
    QString text;
    bool exact = true;
};

// The field's value now (a same-value edit), one of its plain values, or a line of the file
// itself: markup, dates and separators the parser may read differently once moved.
Value chooseValue(const EditTarget &target, const QString &text, uint8_t choice, uint8_t line)
{
    const int v = choice % (target.values.size() + 2);
    if (v == 0)
        return {target.current.isEmpty() ? target.values.value(0) : target.current};
    if (v <= target.values.size())
        return {target.values[v - 1]};
    QStringList lines;
    for (const QString &l : text.split(u'\n')) {
        if (!l.trimmed().isEmpty())
            lines.append(l.trimmed());
    }
    if (lines.isEmpty())
        return {target.values.value(0)};
    return {lines[line % lines.size()], false};
}

// Whether `after` is `before` with bytes taken away and none added.
bool onlyDeleted(const QByteArray &before, const QByteArray &after)
{
    qsizetype j = 0;
    for (qsizetype i = 0; i < before.size() && j < after.size(); ++i) {
        if (before[i] == after[j])
            ++j;
    }
    return j == after.size() && after.size() < before.size();
}

bool onlyInserted(const QByteArray &before, const QByteArray &after)
{
    if (after.size() <= before.size())
        return false;
    qsizetype prefix = 0;
    while (prefix < before.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (prefix + suffix < before.size()
        && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    return prefix + suffix == before.size();
}

// Whether every byte before `allowed` and after it is still there, in place.
bool onlyWithin(const QByteArray &before, const QByteArray &after, SourceRange allowed)
{
    const QByteArrayView head = QByteArrayView(before).first(allowed.begin);
    const QByteArrayView tail = QByteArrayView(before).sliced(allowed.end);
    return after.size() >= head.size() + tail.size() && after.startsWith(head) && after.endsWith(tail);
}

// Empty when the bytes changed as the target's kind of change allows, else what went wrong.
QString changeOutsideField(const EditTarget &target, const QByteArray &before, const QByteArray &after)
{
    SourceRange allowed = target.range;
    const bool replaces = target.change == Change::Replace && allowed.isValid();
    switch (replaces ? Change::Replace : target.change == Change::Delete ? Change::Delete : Change::Insert) {
    case Change::Delete: return onlyDeleted(before, after) ? QString() : u"a removal added bytes"_s;
    case Change::Insert:
        return onlyInserted(before, after) ? QString() : u"an addition changed or removed bytes"_s;
    case Change::Replace: break;
    }
    // A company also heads its highlights where they are written apart under its name, and
    // is renamed there too: its other occurrences may change as well.
    if (target.edit.path.startsWith(u"work["_s) && target.edit.path.endsWith(u"].name"_s)
        && !target.current.isEmpty()) {
        const QByteArray old = target.current.toUtf8();
        for (qsizetype at = before.indexOf(old); at >= 0; at = before.indexOf(old, at + 1))
            allowed = allowed.united({at, at + old.size()});
    }
    if (onlyWithin(before, after, allowed))
        return {};
    return u"bytes outside the field's range [%1, %2) changed"_s.arg(allowed.begin).arg(allowed.end);
}

// The profile as the rule compares it: without ranges; prose as it reads (a line break in
// a paragraph is a space, as markdown shows it); without what only repeats other fields (a
// position's paragraphs and items are its description and highlights again; its
// sub-headings stay) or says nothing of its own (the words before a contact).
Profile withoutRanges(Profile profile)
{
    profile.forEachRange([](SourceRange &r) { r = {}; });
    auto prose = [](Text &t) { t.value = t.value.simplified(); };
    prose(profile.basics.summary);
    for (Position &p : profile.work) {
        p.body.removeIf([](const TextBlock &b) { return b.kind != TextBlock::Kind::Heading; });
        prose(p.description);
        std::for_each(p.highlights.begin(), p.highlights.end(), prose);
    }
    for (Education &e : profile.education)
        prose(e.description);
    for (Project &p : profile.projects) {
        prose(p.description);
        std::for_each(p.highlights.begin(), p.highlights.end(), prose);
    }
    profile.basics.labels = {};
    return profile;
}

QString jsonOf(const Profile &profile)
{
    return QString::fromUtf8(QJsonDocument(toJsonResume(profile, QDate(2026, 6, 1))).toJson());
}

[[noreturn]] void broken(const QString &why, const FieldEdit &edit, const QString &textBefore,
    const QString &textAfter, const QString &details = {})
{
    const QString action = edit.action == FieldEdit::Action::Remove
        ? u"--remove %1"_s.arg(edit.path)
        : u"--set '%1=%2'"_s.arg(edit.path, edit.value);
    const QString report = u"\n==== fuzz_edit: item 2's rule broken by %1: %2\n%3%4\n"_s.arg(
        action, why, unifiedDiff(textBefore, textAfter, u"before"_s, u"after"_s), details);
    std::fputs(report.toUtf8().constData(), stderr);
    std::abort();
}

void checkRule(const EditTarget &target, const FieldEdit &edit, const Value &value, const ProfileFile &before,
    const QString &textBefore, const QString &textAfter, const ProfileFile &after)
{
    const QByteArray &bytesBefore = before.source.fileBytes();
    const QByteArray &bytesAfter = after.source.fileBytes();
    if (edit.action == FieldEdit::Action::Set && value.text == target.current) {
        if (bytesAfter != bytesBefore)
            broken(u"setting the value the field has changed the file"_s, edit, textBefore, textAfter);
        return;
    }
    if (const QString why = changeOutsideField(target, bytesBefore, bytesAfter); !why.isEmpty())
        broken(why, edit, textBefore, textAfter);
    if (!after.isValid())
        broken(u"the file written cannot be read: "_s + after.error, edit, textBefore, textAfter);
    Profile expected = withoutRanges(before.profile);
    Profile actual = withoutRanges(after.profile);
    target.expect(expected, actual, value.text, value.exact);
    if (expected != actual) {
        const QString json = unifiedDiff(jsonOf(expected), jsonOf(actual), u"expected"_s, u"read again"_s);
        broken(value.exact
                ? u"the file read again is not the profile before with that one change"_s
                : u"the file read again is not the profile before with that one change (a value taken "
                  u"from a line of the file)"_s,
            edit, textBefore, textAfter, json.isEmpty() ? u"(the JSON export is the same: the outline or a position's sub-headings differ)\n"_s : json);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const auto targetChoice = input.ConsumeIntegral<uint8_t>();
    const auto valueChoice = input.ConsumeIntegral<uint8_t>();
    const auto lineChoice = input.ConsumeIntegral<uint8_t>();
    const bool plainText = input.ConsumeIntegral<uint8_t>() & 1;
    const std::vector<uint8_t> rest = input.ConsumeRemainingBytes<uint8_t>();
    const QByteArray bytes(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size()));
    const QString fileName = plainText ? u"fuzz.txt"_s : u"fuzz.md"_s;

    const ProfileFile before = parseProfileBytes(fileName, bytes);
    if (!before.isValid())
        return 0;
    const QList<EditTarget> targets = editTargets(before.profile);
    const EditTarget &target = targets[targetChoice % targets.size()];
    const EditableText editable = EditableText::fromBytes(bytes);
    FieldEdit edit = target.edit;
    Value value;
    if (edit.action == FieldEdit::Action::Set)
        value = chooseValue(target, editable.text(), valueChoice, lineChoice), edit.value = value.text;

    const auto edited = applyFieldEdits(fileName, editable.text(), {edit}, nullptr);
    if (!edited)
        return 0; // refused: an edit may be
    const auto written = editable.bytesFor(*edited);
    if (!written)
        return 0;
    const ProfileFile after = parseProfileBytes(fileName, *written);
    if (ruleChecked())
        checkRule(target, edit, value, before, editable.text(), *edited, after);
    return 0;
}
