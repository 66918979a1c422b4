#pragma once

#include "changefeed.h"
#include "clock.h"
#include "types.h"
#include "webcounters.h"
#include "weboptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace boxoffice {

class WebServer;

/// The embedded web endpoint. Owns a QThread in which the HTTP server, its Database
/// connection, ShowCatalog and ReservationService live, so that web load never stalls the
/// thread that made the endpoint (the cashier's GUI).
class WebEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebEndpoint)

public:
    /// `feed` and `clock` must outlive the endpoint; both are used from the web thread.
    WebEndpoint(WebOptions options, ChangeFeed &feed, const Clock &clock, QObject *parent = nullptr);
    /// Stops the server and quits and waits for the thread.
    ~WebEndpoint() override;

    /// Opens the web thread's database connection and listens. Blocks only until listening or
    /// failed. The URL is like http://127.0.0.1:8080/.
    Result<QUrl> start();
    void stop();
    QUrl url() const { return m_url; }
    /// The thread the server answers in, e.g. to run a job beside it.
    QThread *serverThread() { return &m_thread; }
    /// What the server's shortcuts answered since the endpoint was made.
    const WebCounters &counters() const { return m_counters; }

signals:
    /// Connected event streams plus parked long polls, emitted (queued) on change.
    void watchersChanged(int count);

private:
    WebOptions m_options;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    WebCounters m_counters;
    QThread m_thread;
    /// Lives in the web thread; what the server is created and deleted through.
    QObject *m_context = nullptr;
    WebServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace boxoffice
