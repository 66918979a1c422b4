#include "siteloadsync.h"

namespace boxoffice {

namespace {

constexpr int heartbeatIntervals = 2;
constexpr int expiryIntervals = 8;

} // namespace

SiteLoadSync::SiteLoadSync(Database &database, const Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent), m_intervalMs(intervalMs), m_load(database, clock, qint64(intervalMs) * expiryIntervals)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SiteLoadSync::tick);
}

SiteLoadSync::~SiteLoadSync()
{
    if (auto withdrawn = m_load.withdraw(); !withdrawn.ok())
        qWarning("boxoffice web: cannot withdraw this process's counts per address: %s",
                 qUtf8Printable(withdrawn.error().message));
}

void SiteLoadSync::start()
{
    m_sinceHeartbeat.start();
    syncNow();
    m_timer.start();
}

void SiteLoadSync::syncNow()
{
    publishChanges();
    readOthers();
}

qint64 SiteLoadSync::heartbeatMs() const
{
    return qint64(m_intervalMs) * heartbeatIntervals;
}

void SiteLoadSync::tick()
{
    publishChanges();
    if (m_otherProcesses > 0 || !m_sinceLook.isValid() || m_sinceLook.hasExpired(heartbeatMs()))
        readOthers();
}

void SiteLoadSync::publishChanges()
{
    const QHash<QString, AddressLoad> changed = m_counts.changed();
    if (changed.isEmpty() && !(m_counts.holdsAnything() && m_sinceHeartbeat.hasExpired(heartbeatMs())))
        return;
    if (auto published = m_load.publish(changed); !published.ok()) {
        // Kept as changed: the next tick tries again.
        qWarning("boxoffice web: cannot publish the counts per address: %s", qUtf8Printable(published.error().message));
        return;
    }
    m_counts.clearChanged();
    m_sinceHeartbeat.restart();
}

void SiteLoadSync::readOthers()
{
    auto others = m_load.readOthers();
    if (!others.ok()) {
        qWarning("boxoffice web: cannot read the other processes' counts per address: %s",
                 qUtf8Printable(others.error().message));
        return;
    }
    m_sinceLook.start();
    m_otherProcesses = others->liveProcesses;
    m_counts.setElsewhere(others->byAddress);
}

} // namespace boxoffice
