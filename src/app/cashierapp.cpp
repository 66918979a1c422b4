#include "cashierapp.h"

#include "appsettings.h"
#include "backupindicator.h"
#include "corebackend.h"
#include "firstrunassistant.h"
#include "mainwindow.h"
#include "managerapproval.h"
#include "staffaccountsstart.h"
#include "staffsession.h"
#include "translators.h"
#include "webendpointcontroller.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace boxoffice {

int runCashierApp(const AppOptions &options, ChangeFeed &feed, const Clock &clock, BackupStatus &backups)
{
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT(application);
    application->setWindowIcon(QIcon(u":/icons/boxoffice.svg"_s));

    AppSettings settings;
    installTranslators(*application, settings.language());
    QObject::connect(&settings, &AppSettings::languageChanged, application,
                     [application](const QString &language) { installTranslators(*application, language); });

    CoreBackend backend(options.database, feed, clock);
    StaffSession staffSession(clock);
    ManagerApproval approval(backend, staffSession);
    MainWindow window(backend, settings, approval);
    // Given on the command line, the hold length applies to this counter as to the web.
    if (options.holdGiven)
        window.setHoldSecondsOverride(options.holdSeconds);
    WebEndpointController web(options, settings, feed, clock, window);
    window.statusBar()->addPermanentWidget(new BackupIndicator(backups, clock, &window));
    QObject::connect(&settings, &AppSettings::changed, &backups, &BackupStatus::requestCheck);

    // Before the assistant reads what is set up: an upgraded database takes over the old PIN first.
    QSettings machineSettings;
    QObject::connect(&backend, &CoreBackend::ready, &window, [&] {
        StaffAccountsStart::run(backend, window, staffSession, options.demo ? nullptr : &machineSettings);
    });
    if (!options.demo)
        QObject::connect(&backend, &CoreBackend::ready, &window, [&] { FirstRunAssistant::offer(backend, window); });
    backend.start();
    web.apply();
    window.show();
    return application->exec();
}

} // namespace boxoffice
