#include "setupprogress.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

Result<SetupProgress> SetupProgress::read(Database &database, const VenueService &venues)
{
    SetupProgress progress;
    auto halls = venues.halls();
    if (!halls.ok())
        return halls.error();
    progress.halls = halls.value();
    auto shows = database.read<bool>([&]() -> Result<bool> {
        auto query = database.run(u"SELECT 1 FROM shows LIMIT 1"_s);
        if (!query.ok())
            return query.error();
        return query.value().next();
    });
    if (!shows.ok())
        return shows.error();
    progress.hasShows = shows.value();
    return progress;
}

} // namespace boxoffice
