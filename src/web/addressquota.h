#pragma once

#include <QHash>
#include <QHostAddress>

namespace boxoffice {

/// How much of one scarce thing (connections, event streams, parked long polls) each client
/// address holds, against a cap per address and one in all. Belongs to one thread.
class AddressQuota final
{
public:
    struct Cap
    {
        int perAddress = 0;
        int total = 0;
    };

    explicit AddressQuota(Cap cap) : m_cap(cap) {}

    /// Takes one for `address`, unless that would pass either cap.
    bool tryTake(const QHostAddress &address);
    /// Gives back one that tryTake() took.
    void giveBack(const QHostAddress &address);

    int total() const { return m_total; }
    int heldBy(const QHostAddress &address) const { return m_held.value(address); }

private:
    Cap m_cap;
    QHash<QHostAddress, int> m_held;
    int m_total = 0;
};

} // namespace boxoffice
