#pragma once

#include <QHash>

#include <chrono>
#include <optional>

namespace boxoffice {

/// Token buckets per session and per client address, in bounded memory.
///
/// A bucket that has refilled carries no information, so when a table is full the refilled
/// buckets are dropped first; a flood of fresh sessions can therefore not grow the process,
/// and the per-address ceiling still holds whatever sessions a client invents.
class RateLimiter final
{
public:
    using Clock = std::chrono::steady_clock;

    struct Rule
    {
        /// Requests per second; 0 turns the rule off.
        double perSecond = 0;
        double burst = 0;
    };

    RateLimiter(Rule session, Rule address, qsizetype maxEntries = 65536);

    /// Admits a request or tells how many seconds to wait. `session` 0 means none.
    std::optional<int> admit(quint64 session, quint64 address, Clock::time_point now);

    qsizetype entries() const { return m_sessions.size() + m_addresses.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point updated;
    };
    using Table = QHash<quint64, Bucket>;

    Bucket &bucket(Table &table, const Rule &rule, quint64 key, Clock::time_point now);
    void makeRoom(Table &table, const Rule &rule, Clock::time_point now);
    static int waitSeconds(const Bucket &bucket, const Rule &rule);

    Rule m_sessionRule;
    Rule m_addressRule;
    qsizetype m_maxEntries;
    Table m_sessions;
    Table m_addresses;
};

} // namespace boxoffice
