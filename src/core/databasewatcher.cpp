#include "databasewatcher.h"

#include "database.h"
#include "showcatalog.h"
#include "venueservice.h"
#include "venuesettingsstore.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString notificationChannel = u"boxoffice_changes"_s;
}

DatabaseWatcher::DatabaseWatcher(DatabaseConfig config, ChangeFeed &feed, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_feed(feed)
{
    // A child moves along when the owner is moved to its thread.
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
}

DatabaseWatcher::~DatabaseWatcher() = default;

Result<bool> DatabaseWatcher::start(int intervalMs)
{
    auto opened = Database::open(m_config, u"watcher"_s);
    if (!opened.ok())
        return opened.error();
    m_database = std::move(opened.value());
    m_catalog = std::make_unique<ShowCatalog>(*m_database);
    if (m_config.backend == DatabaseConfig::Backend::Postgres) {
        QSqlDriver *driver = m_database->connection().driver();
        driver->subscribeToNotification(notificationChannel);
        connect(driver, &QSqlDriver::notification, this, [this] { checkNow(); });
    }
    checkNow();
    m_timer.start(intervalMs);
    return true;
}

int DatabaseWatcher::checkNow()
{
    if (!m_database)
        return 0;
    if (m_config.backend == DatabaseConfig::Backend::Sqlite) {
        // data_version moves only when another connection committed: a cheap "anything new?".
        auto query = m_database->run(u"PRAGMA data_version"_s);
        if (!query.ok() || !query.value().next())
            return 0;
        const qint64 dataVersion = query.value().value(0).toLongLong();
        query.value().finish();
        if (dataVersion == m_dataVersion)
            return 0;
        m_dataVersion = dataVersion;
    }
    if (auto revision = VenueSettingsStore::revision(*m_database); revision.ok())
        m_feed.publishVenueSettings(revision.value());
    if (auto revision = VenueService::ticketTypesRevision(*m_database); revision.ok())
        m_feed.publishTicketTypes(revision.value());
    auto versions = m_catalog->versions();
    if (!versions.ok())
        return 0;
    int moved = 0;
    for (auto it = versions->cbegin(); it != versions->cend(); ++it) {
        if (it.value() > m_feed.lastVersion(it.key())) {
            m_feed.publish(it.key(), it.value());
            ++moved;
        }
    }
    return moved;
}

} // namespace boxoffice
