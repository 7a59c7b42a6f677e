#include "credits.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

namespace Shortlist {

QList<Credit> credits()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Shortlist::Credits", text); };
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("https://www.qt.io/"), tr("windows, widgets, text and files")},
        {QStringLiteral("cmark-gfm"), QString::fromLatin1(cmark_version_string()),
            QStringLiteral("BSD-2-Clause"), QStringLiteral("https://github.com/github/cmark-gfm"),
            tr("reading markdown (CommonMark with GitHub's tables)")},
    };
}

} // namespace Shortlist
