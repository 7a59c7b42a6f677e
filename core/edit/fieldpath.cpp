#include "fieldpath.h"

#include <QRegularExpression>

namespace Shortlist {

using namespace Qt::StringLiterals;

std::optional<QList<PathStep>> parseFieldPath(const QString &path)
{
    static const QRegularExpression stepPattern(u"^([A-Za-z]+)(?:\\[(\\d+|\\+)\\])?$"_s);
    QList<PathStep> steps;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const auto match = stepPattern.match(part);
        if (!match.hasMatch())
            return std::nullopt;
        PathStep step {match.captured(1)};
        if (match.hasCaptured(2)) {
            step.indexed = true;
            bool ok = true;
            if (match.captured(2) == QLatin1String("+"))
                step.append = true;
            else
                step.index = match.captured(2).toInt(&ok);
            if (!ok)
                return std::nullopt; // larger than any list can be: not an index
        }
        steps.append(step);
    }
    return steps;
}

} // namespace Shortlist
