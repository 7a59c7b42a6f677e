#pragma once

#include <QByteArray>
#include <QString>

namespace Shortlist {

// Replaces the file at `path` with `bytes` in one step (QSaveFile: written beside it,
// then renamed over it), so that a reader sees the old file or the new one and never
// half of one. Every file Shortlist writes goes through here.
//
// It succeeds only when every byte reached the disk: the new file is flushed and synced
// and both checked before the rename, and the folder is synced after it, so a full disk
// fails the whole save. The new file takes the owner, group and mode of the one it
// replaces (a save that cannot keep them fails). A file whose mode says read-only is
// refused even where the user could replace it (root, or a writable folder), because the
// user marked it so. On failure `error` says why, without the path; up to the rename the
// file is as it was ("…; the file is unchanged").
//
// OwnerOnly makes the new file readable and writable by its owner alone (0600), whatever
// the mode of the file it replaces: for copies of a user's text that no one else should read.
enum class FileAccess { AsBefore, OwnerOnly };
bool writeFileAtomically(
    const QString &path, const QByteArray &bytes, QString *error, FileAccess access = FileAccess::AsBefore);

} // namespace Shortlist
