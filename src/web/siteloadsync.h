#pragma once

#include "siteaddresscounts.h"
#include "siteaddressload.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace boxoffice {

class Clock;
class Database;

/// Keeps this process's SiteAddressCounts and the site's table in step, every `intervalMs` on
/// the web thread's own connection: publishes the addresses whose counts here changed and reads
/// what the other live processes hold. A tick with nothing changed here and no other process
/// live costs nothing but the timer; this process's heartbeat (while it holds anything) and the
/// look for a process that started are every two intervals, and a process silent for eight is
/// forgotten. Lives in the web thread; its rows go when it does.
class SiteLoadSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteLoadSync)

public:
    SiteLoadSync(Database &database, const Clock &clock, int intervalMs, QObject *parent = nullptr);
    ~SiteLoadSync() override;

    /// Reads what the others hold and starts the timer.
    void start();
    /// Publishes what changed here and reads what the others hold, now.
    void syncNow();

    SiteAddressCounts &counts() { return m_counts; }

private:
    /// What the timer does: syncNow(), but without the read while nobody else is live and the
    /// last look is recent.
    void tick();
    void publishChanges();
    qint64 heartbeatMs() const;
    void readOthers();

    const int m_intervalMs;
    SiteAddressLoad m_load;
    SiteAddressCounts m_counts;
    int m_otherProcesses = 0;
    QElapsedTimer m_sinceHeartbeat;
    QElapsedTimer m_sinceLook;
    QTimer m_timer;
};

} // namespace boxoffice
