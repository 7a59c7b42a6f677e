#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace Shortlist {

// A regular expression matched against a view of text, without copying it: Qt 6.5 names
// this matchView() and Qt 6.8 deprecates match() on a view; Debian 12's Qt 6.4 has only
// match().
inline QRegularExpressionMatch matchView(const QRegularExpression &expression, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return expression.matchView(text);
#else
    return expression.match(text);
#endif
}

} // namespace Shortlist
