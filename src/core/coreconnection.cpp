#include "coreconnection.h"

namespace boxoffice {

Result<std::unique_ptr<CoreConnection>> CoreConnection::open(const DatabaseConfig &config, const QString &purpose,
                                                             ChangeFeed &feed, const Clock &clock)
{
    auto database = Database::open(config, purpose);
    if (!database.ok())
        return database.error();
    return std::unique_ptr<CoreConnection>(new CoreConnection(std::move(database.value()), feed, clock));
}

CoreConnection::CoreConnection(std::unique_ptr<Database> database, ChangeFeed &feed, const Clock &clock)
    : m_database(std::move(database)), m_catalog(*m_database), m_reservations(*m_database, feed, clock),
      m_venues(*m_database, feed, clock), m_staff(*m_database, clock)
{
}

} // namespace boxoffice
