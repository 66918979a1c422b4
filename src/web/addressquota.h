#pragma once

#include "addressload.h"

#include <QHash>
#include <QHostAddress>

namespace boxoffice {

class SiteAddressCounts;

/// How much of one scarce thing (connections, event streams, parked long polls) each client
/// address holds, against a cap per address and one in all. Belongs to one thread.
///
/// Given the site's counts, the cap per address is the site's: what the other web processes
/// on the same database last said the address holds of them counts against it too. The cap in
/// all stays this process's, as it guards this process's memory and file descriptors.
class AddressQuota final
{
public:
    struct Cap
    {
        int perAddress = 0;
        int total = 0;
    };

    explicit AddressQuota(Cap cap) : m_cap(cap) {}
    /// `site` must outlive the quota; what it holds of `kind` is recorded there.
    AddressQuota(Cap cap, SiteAddressCounts &site, AddressLoad::Kind kind) : m_cap(cap), m_site(&site), m_kind(kind) {}

    /// Takes one for `address`, unless that would pass either cap.
    bool tryTake(const QHostAddress &address);
    /// Gives back one that tryTake() took.
    void giveBack(const QHostAddress &address);

    int total() const { return m_total; }
    int heldBy(const QHostAddress &address) const { return m_held.value(address); }

private:
    Cap m_cap;
    SiteAddressCounts *m_site = nullptr;
    AddressLoad::Kind m_kind = AddressLoad::Kind::Connections;
    QHash<QHostAddress, int> m_held;
    int m_total = 0;
};

} // namespace boxoffice
