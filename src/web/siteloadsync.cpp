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
    if (!m_sinceHeartbeat.isValid())
        return;
    if (auto withdrawn = m_load.withdraw(); !withdrawn.ok())
        qWarning("boxoffice web: cannot withdraw this process's counts per address: %s",
                 qUtf8Printable(withdrawn.error().message));
}

void SiteLoadSync::start()
{
    syncNow();
    m_timer.start();
}

void SiteLoadSync::syncNow()
{
    readOthers();
    publish();
}

qint64 SiteLoadSync::heartbeatMs() const
{
    return qint64(m_intervalMs) * heartbeatIntervals;
}

bool SiteLoadSync::heartbeatDue() const
{
    return !m_sinceHeartbeat.isValid() || m_sinceHeartbeat.hasExpired(heartbeatMs());
}

void SiteLoadSync::tick()
{
    if (m_otherProcesses > 0 || !m_sinceLook.isValid() || m_sinceLook.hasExpired(heartbeatMs()))
        readOthers();
    publish();
}

void SiteLoadSync::publish()
{
    const bool alone = m_otherProcesses == 0;
    Result<bool> written = true;
    if (alone && !m_countsPublished) {
        // The counts go out whole (publishAll) once someone is there to read them.
        m_counts.clearChanged();
        if (!m_counts.holdsAnything() || !heartbeatDue())
            return;
        written = m_load.publishAll({});
    } else if (alone || !m_countsPublished) {
        written = m_load.publishAll(alone ? QHash<QString, AddressLoad>() : m_counts.all());
    } else {
        const QHash<QString, AddressLoad> changed = m_counts.changed();
        if (changed.isEmpty() && !heartbeatDue())
            return;
        written = m_load.publish(changed);
    }
    if (!written.ok()) {
        // Kept as it was: the next tick tries again.
        qWarning("boxoffice web: cannot publish the counts per address: %s", qUtf8Printable(written.error().message));
        return;
    }
    m_countsPublished = !alone;
    m_counts.clearChanged();
    m_sinceHeartbeat.start();
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
