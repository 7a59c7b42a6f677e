#pragma once

#include <QString>

namespace Shortlist {

// The changes from `before` to `after` as a unified diff (as `diff -u` writes it), with
// `context` unchanged lines around each change; empty when the texts are equal.
QString unifiedDiff(const QString &before, const QString &after, const QString &beforeName,
    const QString &afterName, int context = 3);

} // namespace Shortlist
