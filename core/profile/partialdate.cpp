#include "partialdate.h"

namespace Shortlist {

QString PartialDate::toIsoString() const
{
    if (!isValid())
        return {};
    const QString yearText = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (!hasMonth())
        return yearText;
    return yearText + QLatin1Char('-') + QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    if (!hasMonth())
        return QString::number(year);
    return locale.monthName(month, QLocale::ShortFormat) + QLatin1Char(' ') + QString::number(year);
}

PartialDate PartialDate::fromIsoString(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 4 && text.size() != 7)
        return {};
    bool ok = false;
    const int year = text.first(4).toInt(&ok);
    if (!ok || year <= 0)
        return {};
    if (text.size() == 4)
        return {year, 0};
    if (text[4] != QLatin1Char('-'))
        return {};
    const int month = text.sliced(5).toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return {};
    return {year, month};
}

} // namespace Shortlist
