#pragma once

#include "addressload.h"
#include "types.h"

#include <QHash>
#include <QString>

namespace boxoffice {

class Clock;
class Database;

/// The web processes of one site meet here: each publishes what every client address holds of
/// it (web_address_load) with a heartbeat (web_processes), and reads what the others hold, so
/// that a cap per address holds for the whole site. The only writer of both tables; one per
/// process, on the connection of the thread that serves the web.
///
/// Times come from `clock`: processes on several machines need their clocks in step (NTP) to
/// within a small part of `expiryMs`.
class SiteAddressLoad final
{
    Q_DISABLE_COPY_MOVE(SiteAddressLoad)

public:
    /// What the other live processes hold, summed per address.
    struct Others
    {
        /// Processes other than this one whose heartbeat is younger than the expiry.
        int liveProcesses = 0;
        QHash<QString, AddressLoad> byAddress;
    };

    /// A process whose heartbeat is older than `expiryMs` no longer counts, and its rows go at
    /// the next publish(): a process that crashed locks nobody out for longer than that.
    SiteAddressLoad(Database &database, const Clock &clock, qint64 expiryMs);

    /// Writes this process's heartbeat and its counts of the addresses in `changed` (an address
    /// whose load is zero loses its row), and forgets processes that stopped beating, all in one
    /// transaction.
    Result<bool> publish(const QHash<QString, AddressLoad> &changed);
    /// The same, but `all` is everything this process holds: its rows of addresses not in
    /// `all` go. With `all` empty, what a process alone writes: its heartbeat and no counts.
    Result<bool> publishAll(const QHash<QString, AddressLoad> &all);
    Result<Others> readOthers() const;
    /// Removes this process's rows: it no longer holds anything.
    Result<bool> withdraw();

    /// Unique to this run of this process (host, pid, random part).
    const QString &processId() const { return m_processId; }

private:
    enum class Scope { Changed, All };

    qint64 nowMs() const;
    Result<bool> write(const QHash<QString, AddressLoad> &loads, Scope scope);

    Database &m_database;
    const Clock &m_clock;
    const qint64 m_expiryMs;
    const QString m_processId;
};

} // namespace boxoffice
