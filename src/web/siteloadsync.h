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
/// what the other live processes hold. Alone (no other process live), nobody reads the counts,
/// so it writes none: only its heartbeat, every two intervals while it holds anything, so that
/// a process that starts sees it; it reads the table every two intervals to see one start. Once
/// another is live, it writes all it holds at once, then what changed, and its heartbeat every
/// two intervals; it takes its counts back when it is alone again. So a process that starts
/// counts against the other's clients after at most about two intervals. A process silent for
/// eight is forgotten. Lives in the web thread; its rows go when it does.
class SiteLoadSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteLoadSync)

public:
    SiteLoadSync(Database &database, const Clock &clock, int intervalMs, QObject *parent = nullptr);
    ~SiteLoadSync() override;

    /// Reads what the others hold and starts the timer.
    void start();
    /// Reads what the others hold and publishes what they need to know, now.
    void syncNow();

    SiteAddressCounts &counts() { return m_counts; }

private:
    /// What the timer does: syncNow(), but without the read while nobody else is live and the
    /// last look is recent.
    void tick();
    void publish();
    qint64 heartbeatMs() const;
    bool heartbeatDue() const;
    void readOthers();

    const int m_intervalMs;
    SiteAddressLoad m_load;
    SiteAddressCounts m_counts;
    int m_otherProcesses = 0;
    /// Whether the table has this process's counts (others were live when it last wrote).
    bool m_countsPublished = false;
    /// Since this process last wrote its heartbeat; invalid until it first did.
    QElapsedTimer m_sinceHeartbeat;
    QElapsedTimer m_sinceLook;
    QTimer m_timer;
};

} // namespace boxoffice
