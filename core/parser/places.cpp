#include "places.h"

#include <QLocale>
#include <QStringList>

namespace Shortlist::Lexicon::detail {

namespace {

// The states, districts and territories of the United States, the provinces and territories
// of Canada and the states and territories of Australia, by their postal codes.
constexpr const char *kRegionCodes[][2] = {
    {"US",
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY"},
    {"CA", "AB BC MB NB NL NS NT NU ON PE QC SK YT"},
    {"AU", "ACT NSW QLD SA TAS VIC WA NT"},
};

} // namespace

const QHash<QStringView, QString> &territoryNames()
{
    static QStringList storage;
    static const QHash<QStringView, QString> names = [] {
        QHash<QString, QString> byName;
        auto add = [&byName](const QString &name, QLocale::Territory territory) {
            if (name.isEmpty())
                return;
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                byName.insert(name.toLower(), code); // a name two territories share: the last one
        };
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t)
            add(QLocale::territoryToString(QLocale::Territory(t)), QLocale::Territory(t));
        for (const QLocale &locale :
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory))
            add(locale.nativeTerritoryName(), locale.territory());
        QHash<QStringView, QString> views;
        storage.reserve(byName.size());
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            storage.append(it.key());
            views.insert(QStringView(storage.last()), it.value());
        }
        return views;
    }();
    return names;
}

const QHash<QStringView, QString> &regionCodes()
{
    static QStringList storage;
    static const QHash<QStringView, QString> codes = [] {
        QHash<QStringView, QString> codes;
        for (const auto &[country, regions] : kRegionCodes)
            storage += QString::fromLatin1(regions).split(QLatin1Char(' '));
        qsizetype i = 0;
        for (const auto &[country, regions] : kRegionCodes) {
            const qsizetype count = QByteArrayView(regions).count(' ') + 1;
            for (qsizetype k = 0; k < count; ++k) {
                const QStringView code(storage.at(i++));
                if (!codes.contains(code)) // "WA" and "NT" stand for the first country's
                    codes.insert(code, QString::fromLatin1(country));
            }
        }
        return codes;
    }();
    return codes;
}

} // namespace Shortlist::Lexicon::detail
