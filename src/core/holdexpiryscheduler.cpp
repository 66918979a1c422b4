#include "holdexpiryscheduler.h"

#include "coreconnection.h"

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
    auto opened = CoreConnection::open(m_config, u"expiry"_s, m_feed, m_clock);
    if (!opened.ok())
        return opened.error();
    m_connection = std::move(opened.value());
    m_timer.start(intervalMs);
    return true;
}

int HoldExpiryScheduler::releaseExpiredNow()
{
    if (!m_connection)
        return 0;
    const QDateTime now = m_clock.now();
    // Reads first, so that an idle box office does not take the write lock four times a second.
    const auto due = [&now](const Result<std::optional<QDateTime>> &next) {
        return next.ok() && next.value() && *next.value() <= now;
    };
    ShowCatalog &catalog = m_connection->catalog();
    if (!due(catalog.nextHoldExpiry()) && !due(catalog.nextPaymentDeadline()))
        return 0;
    auto released = m_connection->reservations().cleanupExpiredHolds(now);
    if (!released.ok()) {
        emit failed(released.error().message);
        return 0;
    }
    return released.value();
}

} // namespace boxoffice
