#include "siteaddressload.h"

#include "clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

QString newProcessId()
{
    return u"%1:%2:%3"_s.arg(QSysInfo::machineHostName())
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}

} // namespace

SiteAddressLoad::SiteAddressLoad(Database &database, const Clock &clock, qint64 expiryMs)
    : m_database(database), m_clock(clock), m_expiryMs(expiryMs), m_processId(newProcessId())
{
}

qint64 SiteAddressLoad::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

Result<bool> SiteAddressLoad::publish(const QHash<QString, AddressLoad> &changed)
{
    return write(changed, Scope::Changed);
}

Result<bool> SiteAddressLoad::publishAll(const QHash<QString, AddressLoad> &all)
{
    return write(all, Scope::All);
}

Result<bool> SiteAddressLoad::write(const QHash<QString, AddressLoad> &loads, Scope scope)
{
    const qint64 now = nowMs();
    return m_database.write<bool>([&]() -> Result<bool> {
        auto beat = m_database.run(u"INSERT INTO web_processes (process_id, heartbeat_at) VALUES (?, ?)"
                                   " ON CONFLICT (process_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at"_s,
                                   {m_processId, now});
        if (!beat.ok())
            return beat.error();
        auto stale = m_database.run(u"DELETE FROM web_address_load WHERE process_id IN"
                                    " (SELECT process_id FROM web_processes WHERE heartbeat_at < ?)"_s,
                                    {now - m_expiryMs});
        if (!stale.ok())
            return stale.error();
        auto gone = m_database.run(u"DELETE FROM web_processes WHERE heartbeat_at < ?"_s, {now - m_expiryMs});
        if (!gone.ok())
            return gone.error();
        if (scope == Scope::All) {
            auto mine = m_database.run(u"DELETE FROM web_address_load WHERE process_id = ?"_s, {m_processId});
            if (!mine.ok())
                return mine.error();
        }
        for (auto it = loads.cbegin(); it != loads.cend(); ++it) {
            const AddressLoad &load = it.value();
            auto written = load.isZero()
                    ? m_database.run(u"DELETE FROM web_address_load WHERE process_id = ? AND address = ?"_s,
                                     {m_processId, it.key()})
                    : m_database.run(u"INSERT INTO web_address_load"
                                     " (process_id, address, streams, long_polls, connections) VALUES (?, ?, ?, ?, ?)"
                                     " ON CONFLICT (process_id, address) DO UPDATE SET streams = excluded.streams,"
                                     " long_polls = excluded.long_polls, connections = excluded.connections"_s,
                                     {m_processId, it.key(), load.streams, load.longPolls, load.connections});
            if (!written.ok())
                return written.error();
        }
        return true;
    });
}

Result<SiteAddressLoad::Others> SiteAddressLoad::readOthers() const
{
    const qint64 liveSince = nowMs() - m_expiryMs;
    return m_database.read<Others>([&]() -> Result<Others> {
        Others others;
        auto live = m_database.run(u"SELECT COUNT(*) FROM web_processes WHERE process_id <> ? AND heartbeat_at >= ?"_s,
                                   {m_processId, liveSince});
        if (!live.ok())
            return live.error();
        others.liveProcesses = live.value().next() ? live.value().value(0).toInt() : 0;
        live.value().finish();
        if (others.liveProcesses == 0)
            return others;
        auto rows = m_database.run(u"SELECT l.address, SUM(l.streams), SUM(l.long_polls), SUM(l.connections)"
                                   " FROM web_address_load l JOIN web_processes p ON p.process_id = l.process_id"
                                   " WHERE p.process_id <> ? AND p.heartbeat_at >= ? GROUP BY l.address"_s,
                                   {m_processId, liveSince});
        if (!rows.ok())
            return rows.error();
        while (rows.value().next()) {
            others.byAddress.insert(rows.value().value(0).toString(),
                                    AddressLoad{rows.value().value(1).toInt(), rows.value().value(2).toInt(),
                                                rows.value().value(3).toInt()});
        }
        return others;
    });
}

Result<bool> SiteAddressLoad::withdraw()
{
    return m_database.write<bool>([&]() -> Result<bool> {
        auto rows = m_database.run(u"DELETE FROM web_address_load WHERE process_id = ?"_s, {m_processId});
        if (!rows.ok())
            return rows.error();
        auto process = m_database.run(u"DELETE FROM web_processes WHERE process_id = ?"_s, {m_processId});
        if (!process.ok())
            return process.error();
        return true;
    });
}

} // namespace boxoffice
