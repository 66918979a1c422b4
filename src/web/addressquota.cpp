#include "addressquota.h"

#include "siteaddresscounts.h"

namespace boxoffice {

bool AddressQuota::tryTake(const QHostAddress &address)
{
    if (m_total >= m_cap.total)
        return false;
    int &held = m_held[address];
    const int elsewhere = m_site ? m_site->elsewhere(m_kind, address) : 0;
    if (held + elsewhere >= m_cap.perAddress) {
        if (held == 0)
            m_held.remove(address);
        return false;
    }
    ++held;
    ++m_total;
    if (m_site)
        m_site->setHere(m_kind, address, held);
    return true;
}

void AddressQuota::giveBack(const QHostAddress &address)
{
    const auto it = m_held.find(address);
    Q_ASSERT(it != m_held.end() && *it > 0);
    if (it == m_held.end())
        return;
    const int held = --*it;
    if (held == 0)
        m_held.erase(it);
    --m_total;
    if (m_site)
        m_site->setHere(m_kind, address, held);
}

} // namespace boxoffice
