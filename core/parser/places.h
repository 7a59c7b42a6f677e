#pragma once

// Place names the parser knows beyond vocabulary.cpp's lists: what Qt's CLDR data knows of
// territories, and the short codes of the states and provinces written after a city.
// Internal to core/parser.

#include <QHash>
#include <QString>
#include <QStringView>

namespace Shortlist::Lexicon::detail {

// Every territory Qt knows, by its English name and by its name in each of its locales'
// own languages ("deutschland", "polska", "italia", "россия"), lower case -> ISO 3166-1
// alpha-2.
const QHash<QStringView, QString> &territoryNames();

// "TX", "ON", "NSW": the codes people write after a city ("Austin, TX", "Seattle WA"), in
// upper case -> the country's ISO code.
const QHash<QStringView, QString> &regionCodes();

} // namespace Shortlist::Lexicon::detail
