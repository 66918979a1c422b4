#include "ratelimiter.h"

#include <cmath>

namespace boxoffice {

RateLimiter::RateLimiter(Rule session, Rule address, qsizetype maxEntries)
    : m_sessionRule(session), m_addressRule(address), m_maxEntries(qMax<qsizetype>(maxEntries, 16))
{
}

void RateLimiter::makeRoom(Table &table, const Rule &rule, Clock::time_point now)
{
    const auto refill = std::chrono::duration<double>(rule.burst / rule.perSecond);
    table.removeIf([&](const Table::iterator &it) { return now - it.value().updated >= refill; });
    // Still full of active clients: forget half of them rather than grow.
    if (table.size() >= m_maxEntries) {
        qsizetype excess = table.size() - m_maxEntries / 2;
        for (auto it = table.begin(); it != table.end() && excess > 0; --excess)
            it = table.erase(it);
    }
}

RateLimiter::Bucket &RateLimiter::bucket(Table &table, const Rule &rule, quint64 key, Clock::time_point now)
{
    auto it = table.find(key);
    if (it == table.end()) {
        if (table.size() >= m_maxEntries)
            makeRoom(table, rule, now);
        return *table.insert(key, Bucket{rule.burst, now});
    }
    Bucket &found = it.value();
    const double elapsed = std::chrono::duration<double>(now - found.updated).count();
    found.tokens = std::min(rule.burst, found.tokens + elapsed * rule.perSecond);
    found.updated = now;
    return found;
}

int RateLimiter::waitSeconds(const Bucket &bucket, const Rule &rule)
{
    return qMax(1, int(std::ceil((1.0 - bucket.tokens) / rule.perSecond)));
}

std::optional<int> RateLimiter::admit(quint64 session, quint64 address, Clock::time_point now)
{
    Bucket *addressBucket = m_addressRule.perSecond > 0 ? &bucket(m_addresses, m_addressRule, address, now) : nullptr;
    Bucket *sessionBucket = m_sessionRule.perSecond > 0 && session != 0
            ? &bucket(m_sessions, m_sessionRule, session, now)
            : nullptr;
    if (addressBucket && addressBucket->tokens < 1)
        return waitSeconds(*addressBucket, m_addressRule);
    if (sessionBucket && sessionBucket->tokens < 1)
        return waitSeconds(*sessionBucket, m_sessionRule);
    if (addressBucket)
        addressBucket->tokens -= 1;
    if (sessionBucket)
        sessionBucket->tokens -= 1;
    return std::nullopt;
}

} // namespace boxoffice
