#pragma once

#include <QLocale>
#include <QString>

namespace Shortlist {

// Shortlist's messages are written in English in the source; each language is a Qt Linguist
// translation (resources/translations/shortlist_<language>.ts) compiled into the program.
// Every Shortlist executable installs them as its QCoreApplication starts, for the
// user's interface languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): first the English
// plural forms the "%n" messages need, then the first of the user's languages Shortlist is
// translated into, with Qt's own translation of its standard buttons and dialogs.

// The language Shortlist speaks for `locale`: "de" for German, "en" where it has no translation.
QString interfaceLanguage(const QLocale &locale = QLocale());

// The languages Shortlist is translated into, English first.
QStringList translatedLanguages();

// The locale month names are written in next to translated words ("März 2021 – heute"):
// the user's own when it is in the interface's language (de_AT, en_GB), else that
// language's, so that a French locale with the English interface reads "Mar 2021 – present".
// Worked out once, when first asked.
QLocale interfaceLocale();

} // namespace Shortlist
