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
    const auto anyRow = [&database](const QString &sql) {
        return database.read<bool>([&]() -> Result<bool> {
            auto query = database.run(sql);
            if (!query.ok())
                return query.error();
            return query.value().next();
        });
    };
    auto shows = anyRow(u"SELECT 1 FROM shows LIMIT 1"_s);
    if (!shows.ok())
        return shows.error();
    progress.hasShows = shows.value();
    auto staff = anyRow(u"SELECT 1 FROM staff LIMIT 1"_s);
    if (!staff.ok())
        return staff.error();
    progress.hasStaff = staff.value();
    return progress;
}

} // namespace boxoffice
