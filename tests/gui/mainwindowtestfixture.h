#pragma once

#include "appsettings.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "venueservice.h"

#include <memory>

namespace boxoffice::testing {

/// The cashier's main window shown on a ManagerTestFixture, with a VenueService on the test's own
/// connection to set up and check halls and ticket types.
class MainWindowTestFixture
{
public:
    MainWindowTestFixture()
    {
        if (!manager.valid)
            return;
        venues = std::make_unique<VenueService>(*manager.database, manager.feed, manager.clock);
        settings = std::make_unique<AppSettings>(manager.m_dir.filePath(QStringLiteral("app.ini")));
        window = std::make_unique<MainWindow>(*manager.backend, *settings, *manager.approval);
        window->show();
        valid = QTest::qWaitForWindowExposed(window.get());
    }

    ManagerTestFixture manager;
    std::unique_ptr<VenueService> venues;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
    bool valid = false;
};

} // namespace boxoffice::testing
