#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Shortlist {

namespace {

const QString kDirectory = u":/i18n"_s;

// Loads a translation, when there is one, and hands it to the application, which keeps it.
void install(const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name, directory) || !QCoreApplication::installTranslator(translator))
        delete translator;
}

void installTranslations()
{
    // The English plural forms ("1 candidate", "3 candidates") of the "%n" messages.
    install(u"shortlist_en"_s, kDirectory);
    const QString language = interfaceLanguage();
    if (language == "en"_L1)
        return;
    install(u"shortlist_"_s + language, kDirectory);
    // Qt's own words: standard buttons (Save, Discard, Cancel), file dialogs, context menus.
    install(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

// Runs in every Shortlist executable (the program, the tests, the benchmarks) as its
// application object is made: this file is linked as an object, never dropped from an archive.
Q_COREAPP_STARTUP_FUNCTION(installTranslations)

} // namespace

QStringList translatedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kDirectory).entryList({u"shortlist_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.sliced(10, file.size() - 13)); // "shortlist_" … ".qm"
    languages.removeOne(u"en"_s);
    languages.prepend(u"en"_s);
    return languages;
}

QString interfaceLanguage(const QLocale &locale)
{
    const QStringList available = translatedLanguages();
    for (const QString &ui : locale.uiLanguages()) {
        // "de-DE", "de": the language part decides.
        const QString language = ui.section(u'-', 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return u"en"_s;
}

QLocale interfaceLocale()
{
    static const QLocale locale = [] {
        const QLocale system;
        const QString language = interfaceLanguage(system);
        const bool speaksIt = system.language() == QLocale::C ? language == "en"_L1
                                                              : QLocale::languageToCode(system.language()) == language;
        return speaksIt ? system : QLocale(language);
    }();
    return locale;
}

} // namespace Shortlist

