#pragma once

#include "appsettings.h"
#include "commandline.h"
#include "webendpoint.h"

#include <QObject>

#include <memory>

namespace boxoffice {

class MainWindow;

/// Keeps the web endpoint as the settings want it (on or off, address, port, intervals) and
/// tells the main window what it is doing. Options given on the command line win over the
/// saved settings for this run.
class WebEndpointController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebEndpointController)

public:
    WebEndpointController(const AppOptions &options, AppSettings &settings, ChangeFeed &feed, const Clock &clock,
                          MainWindow &window, QObject *parent = nullptr);
    ~WebEndpointController() override;

    /// Starts or stops the endpoint according to the current settings; once it listens, prints
    /// the `Listening on` line.
    void apply();

private:
    WebOptions currentOptions() const;

    const AppOptions m_options;
    AppSettings &m_settings;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    MainWindow &m_window;
    std::unique_ptr<WebEndpoint> m_endpoint;
};

} // namespace boxoffice
