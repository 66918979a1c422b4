#pragma once

#include "staffactor.h"
#include "types.h"
#include "venuesettings.h"

namespace boxoffice {

class Clock;
class Database;

/// Reads and saves the venue's settings in the `settings` table (one key per field). A key that
/// is missing or holds what no venue could mean reads as its default. Belongs to the thread of
/// its Database.
class VenueSettingsStore final
{
    Q_DISABLE_COPY_MOVE(VenueSettingsStore)

public:
    VenueSettingsStore(Database &database, const Clock &clock);

    Result<VenueSettings> load() const;
    /// Moves on with every save, so that readers in any process can tell the settings changed.
    static Result<qint64> revision(const Database &database);
    /// Validates and saves in one transaction, with an audit entry naming `actor` and what changed.
    /// Returns the new revision, to be announced on the change feed.
    Result<qint64> save(const VenueSettings &settings, const StaffActor &actor);

private:
    Result<QHash<QString, QString>> values() const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace boxoffice
