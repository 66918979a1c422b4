#include "translators.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const char *const translatorMarker = "boxofficeTranslator";
} // namespace

bool installTranslators(QCoreApplication &application, const QString &language)
{
    // The translators are children of the application, marked, so that a later call (a language
    // changed in the settings) replaces them without any global bookkeeping.
    const auto children = application.children();
    for (QObject *child : children) {
        if (auto *old = qobject_cast<QTranslator *>(child); old && old->property(translatorMarker).toBool()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    // The system's locale when it speaks the chosen language, so that its country's formats
    // (dates, decimal separator) stay; otherwise the language's own.
    QLocale locale = QLocale::system();
    if (!language.isEmpty() && QLocale(language).language() != locale.language())
        locale = QLocale(language);
    QLocale::setDefault(locale);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;

    auto install = [&application](QTranslator *translator) {
        translator->setParent(&application);
        translator->setProperty(translatorMarker, true);
        QCoreApplication::installTranslator(translator);
    };
    if (!english) {
        auto *qt = new QTranslator;
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            install(qt);
        else
            delete qt;
    }
    auto *ours = new QTranslator;
    // English has only its plural forms ("1 seat", "2 seats") to add to the source texts.
    const bool loaded = english ? ours->load(u"boxoffice_en"_s, u":/i18n"_s)
                                : ours->load(locale, u"boxoffice"_s, u"_"_s, u":/i18n"_s);
    if (loaded) {
        install(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace boxoffice
