#include "webendpointcontroller.h"

#include "listeningannouncement.h"
#include "mainwindow.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

WebEndpointController::WebEndpointController(const AppOptions &options, AppSettings &settings, ChangeFeed &feed,
                                             const Clock &clock, MainWindow &window, QObject *parent)
    : QObject(parent), m_options(options), m_settings(settings), m_feed(feed), m_clock(clock), m_window(window)
{
    connect(&m_settings, &AppSettings::webEndpointChanged, this, &WebEndpointController::apply);
}

WebEndpointController::~WebEndpointController() = default;

WebOptions WebEndpointController::currentOptions() const
{
    const AppSettings::Values saved = m_settings.values();
    WebOptions web;
    web.address = m_options.bindGiven ? m_options.bindAddress : saved.bindAddress;
    web.port = m_options.portGiven ? m_options.port : saved.port;
    // Without --hold-seconds the venue's default applies, as at the counter.
    web.holdSeconds = m_options.holdGiven ? m_options.holdSeconds : 0;
    web.pollIntervalMs = m_options.pollGiven ? m_options.pollIntervalMs : saved.pollIntervalMs;
    web.limits.maxSeatsPerAddress =
            m_options.maxSeatsPerAddressGiven ? m_options.maxSeatsPerAddress : saved.maxSeatsPerAddress;
    m_options.applyAddressCaps(web.limits);
    web.database = m_options.database;
    web.trustedProxies = m_options.trustedProxies;
    return web;
}

void WebEndpointController::apply()
{
    // Stopping first frees the port when only the address or an interval changed.
    m_endpoint.reset();
    m_window.setWebWatchers(0);
    m_window.setScannerEndpoint({});
    if (!m_settings.webEnabled()) {
        m_window.setWebStatus({}, false);
        return;
    }
    const WebOptions web = currentOptions();
    m_endpoint = std::make_unique<WebEndpoint>(web, m_feed, m_clock);
    connect(m_endpoint.get(), &WebEndpoint::watchersChanged, &m_window, &MainWindow::setWebWatchers);
    auto listening = m_endpoint->start();
    if (!listening.ok()) {
        m_endpoint.reset();
        const QUrl wanted(u"http://%1:%2/"_s.arg(web.address.toString()).arg(web.port));
        m_window.setWebStatus(wanted, false, listening.error().message);
        return;
    }
    m_window.setWebStatus(listening.value(), true);
    m_window.setScannerEndpoint(ScannerEndpoint::listeningOn(web.address, quint16(listening.value().port())));
    // As headless: a script that started the counter with --port 0 learns where it listens.
    announceListening(listening.value());
}

} // namespace boxoffice
