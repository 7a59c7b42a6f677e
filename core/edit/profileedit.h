#pragma once

#include "profile/profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace Shortlist {

// A change to a text: replace [begin, end) with `text`. Positions are UTF-16 indexes of
// the text the edit was planned on.
struct TextEdit
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;

    bool isNoOp() const { return begin == end && text.isEmpty(); }
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

QString applyTextEdit(QString text, const TextEdit &edit);

// A structured edit as the editor's form and `shortlist --set` describe it. The path
// follows the JSON export: "basics.label", "basics.location.city", "work[2].endDate",
// "work[0].highlights[+]" (append), "skills[1].keywords[3]", "work[+]" (a new position,
// its value a JSON object in the export's shape), "work[3]" with Remove.
struct FieldEdit
{
    enum class Action { Set, Remove };

    Action action = Action::Set;
    QString path;
    QString value;

    static FieldEdit set(const QString &path, const QString &value) { return {Action::Set, path, value}; }
    static FieldEdit remove(const QString &path) { return {Action::Remove, path, {}}; }
};

// Plans structured edits on a profile's text as the smallest text change that makes
// the profile read the new value, written the way the file already writes such things:
// its date format and range separator, its bullets, its list separators, its job
// heading form (a new entry is modelled on one the file has), its section headings.
// A plan is a proposal: makeCheckedEdit (checkededit.h) applies it, reads the text again
// and keeps it only when it changed that field alone.
class ProfileEditor
{
public:
    // `profile` must have been read from `text` (parseTextProfile). `markdown` says
    // whether values are escaped for markdown (.md) or written as they are (.txt).
    ProfileEditor(const QString &text, const Profile &profile, bool markdown = true);

    // The edit, or nullopt and a one-line message in `error` when the path is unknown or
    // the value does not fit it (a bad date, an index past the end…). A value that is
    // already there gives a no-op edit.
    std::optional<TextEdit> plan(const FieldEdit &edit, QString *error) const;

    // Where else a position's company is written: the line naming it over highlights
    // written apart from the position, which a rename changes too; invalid when none.
    SourceRange companyLabel(qsizetype workIndex) const;

private:
    class Planner;
    const QString &m_text;
    const Profile &m_profile;
    bool m_markdown;
};

// True when values in a file of this name are written as markdown (.md, .markdown).
bool isMarkdownFileName(const QString &fileName);

} // namespace Shortlist
