#include "addressquota.h"

namespace boxoffice {

bool AddressQuota::tryTake(const QHostAddress &address)
{
    if (m_total >= m_cap.total)
        return false;
    int &held = m_held[address];
    if (held >= m_cap.perAddress) {
        if (held == 0)
            m_held.remove(address);
        return false;
    }
    ++held;
    ++m_total;
    return true;
}

void AddressQuota::giveBack(const QHostAddress &address)
{
    const auto it = m_held.find(address);
    Q_ASSERT(it != m_held.end() && *it > 0);
    if (it == m_held.end())
        return;
    if (--*it == 0)
        m_held.erase(it);
    --m_total;
}

} // namespace boxoffice
