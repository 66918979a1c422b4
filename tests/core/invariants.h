#pragma once

#include "database.h"

#include <QStringList>

namespace boxoffice::testing {

/// Everything that must hold in a consistent database; returns a description of each breach.
inline QStringList invariantBreaches(const Database &database, int maxSeatsPerHold)
{
    const QList<std::pair<QString, QString>> checks = {
        {QStringLiteral("a seat is taken twice"),
         QStringLiteral("SELECT show_id, seat_id FROM seat_claims GROUP BY show_id, seat_id HAVING COUNT(*) > 1")},
        {QStringLiteral("a held seat belongs to a hold that ended"),
         QStringLiteral("SELECT c.seat_id FROM seat_claims c JOIN holds h ON h.id = c.hold_id WHERE h.ended_at IS NOT NULL")},
        {QStringLiteral("an owner has two active holds on a show"),
         QStringLiteral("SELECT show_id, owner FROM holds WHERE ended_at IS NULL GROUP BY show_id, owner HAVING COUNT(*) > 1")},
        {QStringLiteral("a hold has more seats than allowed"),
         QStringLiteral("SELECT hold_id FROM seat_claims WHERE hold_id IS NOT NULL GROUP BY hold_id HAVING COUNT(*) > %1")
                 .arg(maxSeatsPerHold)},
        {QStringLiteral("a booked seat has no booking seat row"),
         QStringLiteral("SELECT c.seat_id FROM seat_claims c WHERE c.kind = 'booking' AND NOT EXISTS (SELECT 1 FROM "
                        "booking_seats bs WHERE bs.booking_id = c.booking_id AND bs.seat_id = c.seat_id AND "
                        "bs.released_at IS NULL)")},
        {QStringLiteral("a sold seat is not marked booked"),
         QStringLiteral("SELECT bs.seat_id FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id WHERE "
                        "bs.released_at IS NULL AND NOT EXISTS (SELECT 1 FROM seat_claims c WHERE c.booking_id = "
                        "bs.booking_id AND c.seat_id = bs.seat_id AND c.kind = 'booking')")},
        {QStringLiteral("a seat is sold twice"),
         QStringLiteral("SELECT b.show_id, bs.seat_id FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id "
                        "WHERE bs.released_at IS NULL GROUP BY b.show_id, bs.seat_id HAVING COUNT(*) > 1")},
        {QStringLiteral("a show's version is behind its change log"),
         QStringLiteral("SELECT s.id FROM shows s WHERE s.version < (SELECT COALESCE(MAX(version), 0) FROM "
                        "seat_changes WHERE show_id = s.id)")},
    };
    QStringList breaches;
    for (const auto &[what, sql] : checks) {
        auto query = database.run(sql);
        if (!query.ok()) {
            breaches.append(QStringLiteral("check failed: ") + query.error().message);
            continue;
        }
        while (query.value().next())
            breaches.append(what + QStringLiteral(" (") + query.value().value(0).toString() + QStringLiteral(")"));
    }
    return breaches;
}

} // namespace boxoffice::testing
