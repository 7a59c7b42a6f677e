#include "credits.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

namespace Shortlist {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Credits)
};

} // namespace

QList<Credit> credits()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("https://www.qt.io/"), Strings::tr("windows, widgets, text and files")},
        {QStringLiteral("cmark-gfm"), QString::fromLatin1(cmark_version_string()),
            QStringLiteral("BSD-2-Clause"), QStringLiteral("https://github.com/github/cmark-gfm"),
            Strings::tr("reading markdown (CommonMark with GitHub's tables)")},
    };
}

} // namespace Shortlist
