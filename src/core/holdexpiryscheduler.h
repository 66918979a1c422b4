#pragma once

#include "changefeed.h"
#include "clock.h"
#include "databaseconfig.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace boxoffice {

class CoreConnection;

/// Releases lapsed holds and unpaid reservations past their deadline on its own, within
/// `intervalMs` of their expiry, through its own connection and ReservationService. Lives in the thread that calls start().
class HoldExpiryScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldExpiryScheduler)

public:
    HoldExpiryScheduler(DatabaseConfig config, ChangeFeed &feed, const Clock &clock, QObject *parent = nullptr);
    ~HoldExpiryScheduler() override;

    Result<bool> start(int intervalMs = 250);
    /// Releases what has lapsed by the clock's now; returns the number of seats freed.
    int releaseExpiredNow();

signals:
    void failed(const QString &message);

private:
    DatabaseConfig m_config;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    std::unique_ptr<CoreConnection> m_connection;
    QTimer m_timer;
};

} // namespace boxoffice
