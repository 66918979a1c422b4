#pragma once

#include "addressload.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QString>

namespace boxoffice {

/// What each client address holds of this process and, as last heard, of the site's other web
/// processes: where the AddressQuotas of one process meet the database (SiteLoadSync). An
/// IPv4-mapped IPv6 address counts as its IPv4 address, whichever way a process listens.
/// Belongs to one thread.
class SiteAddressCounts final
{
public:
    /// What the other processes held of `kind` from `address` when last heard.
    int elsewhere(AddressLoad::Kind kind, const QHostAddress &address) const;
    /// Records what this process now holds of `kind` from `address`.
    void setHere(AddressLoad::Kind kind, const QHostAddress &address, int count);
    /// Replaces what the other processes hold, by address as text.
    void setElsewhere(const QHash<QString, AddressLoad> &byAddress);

    /// The addresses whose counts here changed since clearChanged(), with those counts.
    QHash<QString, AddressLoad> changed() const;
    /// Every address that holds anything here, with its counts.
    QHash<QString, AddressLoad> all() const;
    void clearChanged() { m_changed.clear(); }
    bool holdsAnything() const { return !m_here.isEmpty(); }

private:
    QHash<QHostAddress, AddressLoad> m_here;
    QSet<QHostAddress> m_changed;
    QHash<QHostAddress, AddressLoad> m_elsewhere;
};

} // namespace boxoffice
