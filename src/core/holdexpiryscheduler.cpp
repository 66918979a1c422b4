#include "holdexpiryscheduler.h"

#include "database.h"
#include "reservationservice.h"
#include "showcatalog.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

HoldExpiryScheduler::HoldExpiryScheduler(DatabaseConfig config, ChangeFeed &feed, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_feed(feed), m_clock(clock)
{
    // A child moves along when the owner is moved to its thread.
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &HoldExpiryScheduler::releaseExpiredNow);
}

HoldExpiryScheduler::~HoldExpiryScheduler() = default;

Result<bool> HoldExpiryScheduler::start(int intervalMs)
{
    auto opened = Database::open(m_config, u"expiry"_s);
    if (!opened.ok())
        return opened.error();
    m_database = std::move(opened.value());
    m_catalog = std::make_unique<ShowCatalog>(*m_database);
    m_reservations = std::make_unique<ReservationService>(*m_database, m_feed, m_clock);
    m_timer.start(intervalMs);
    return true;
}

int HoldExpiryScheduler::releaseExpiredNow()
{
    if (!m_database)
        return 0;
    const QDateTime now = m_clock.now();
    // A read first, so that an idle box office does not take the write lock four times a second.
    auto next = m_catalog->nextHoldExpiry();
    if (!next.ok() || !next.value() || *next.value() > now)
        return 0;
    auto released = m_reservations->cleanupExpiredHolds(now);
    if (!released.ok()) {
        emit failed(released.error().message);
        return 0;
    }
    return released.value();
}

} // namespace boxoffice
