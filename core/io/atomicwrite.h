#pragma once

#include <QByteArray>
#include <QString>

namespace Shortlist {

// Replaces the file at `path` with `bytes` in one step (QSaveFile: written beside it,
// then renamed over it), so that a reader sees the old file or the new one and never
// half of one. A file whose mode says read-only is refused even where the user could
// replace it (root, or a writable folder), because the user marked it so. On failure the
// file is as it was and `error` says why, without the path.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Shortlist
