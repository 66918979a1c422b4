#pragma once

#include <QCoreApplication>
#include <QString>

namespace boxoffice {

/// Loads Qt's own translations and ours for `language` ("" follows the system locale, "en" uses
/// the source texts with English plural forms) into the application, replacing the ones an
/// earlier call installed, and makes that language the default locale. Returns whether a
/// translation of ours was loaded.
bool installTranslators(QCoreApplication &application, const QString &language);

} // namespace boxoffice
