#include "cashierapp.h"

#include "appsettings.h"
#include "backupindicator.h"
#include "corebackend.h"
#include "firstrunassistant.h"
#include "mainwindow.h"
#include "managersession.h"
#include "staffsession.h"
#include "translators.h"
#include "webendpointcontroller.h"

#include <QApplication>
#include <QIcon>
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

    ManagerSession managerSession(clock);
    CoreBackend backend(options.database, feed, clock);
    MainWindow window(backend, settings, managerSession);
    // Given on the command line, the hold length applies to this counter as to the web.
    if (options.holdGiven)
        window.setHoldSecondsOverride(options.holdSeconds);
    WebEndpointController web(options, settings, feed, clock, window);
    window.statusBar()->addPermanentWidget(new BackupIndicator(backups, clock, &window));
    QObject::connect(&settings, &AppSettings::changed, &backups, &BackupStatus::requestCheck);

    if (!options.demo)
        QObject::connect(&backend, &CoreBackend::ready, &window,
                         [&] { FirstRunAssistant::offer(backend, window); });
    // A database with staff accounts is used by its staff: the counter asks who signs in. One
    // without them keeps the machine's manager PIN until its first manager account exists.
    StaffSession staffSession(clock);
    QObject::connect(&backend, &CoreBackend::ready, &window, [&] {
        backend.run<bool>(
                &window,
                [](CoreServices &services) -> Result<bool> {
                    auto staff = services.staff.staff();
                    if (!staff.ok())
                        return staff.error();
                    return !staff.value().isEmpty();
                },
                [&](const Result<bool> &hasStaff) {
                    if (hasStaff.ok() && hasStaff.value())
                        window.setStaffSession(&staffSession);
                });
    });
    backend.start();
    web.apply();
    window.show();
    return application->exec();
}

} // namespace boxoffice
