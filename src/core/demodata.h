#pragma once

#include "clock.h"
#include "database.h"

namespace boxoffice {

/// Fills an empty database with halls and a week of shows to try the product with.
class DemoData final
{
public:
    /// Does nothing when the database already has halls. Returns the number of shows created.
    /// Halls: "Grand Hall" (20 rows x 25 seats, centre aisle), "Studio" (8 x 12), "Opera House"
    /// (40 x 50 = 2,000 seats); categories standard/premium (and "box" in the opera house);
    /// ticket types adult/child/concession; shows from today for seven days.
    static Result<int> populate(Database &database, const Clock &clock);
    /// Whether the database holds halls or shows the demo did not make: a hall of another name,
    /// or one made or a show set up at a counter (their audit entries).
    static Result<bool> holdsRealData(Database &database);
};

} // namespace boxoffice
