#include "migrations.h"

#include "defaultcategories.h"
#include "ticketcode.h"

#include <QDateTime>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

// `%PK%` stands for the dialect's auto-numbered primary key and `%WITHOUT_ROWID%` for a table
// stored in its primary key's order; everything else runs as written on SQLite and PostgreSQL. Times are UTC milliseconds since the epoch.
QStringList stepStatements(int version)
{
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE halls (id %PK%, name TEXT NOT NULL UNIQUE,"
            " grid_rows INTEGER NOT NULL, grid_columns INTEGER NOT NULL)"_s,
            u"CREATE TABLE seats (id %PK%, hall_id BIGINT NOT NULL REFERENCES halls(id),"
            " label TEXT NOT NULL, row_label TEXT NOT NULL, number INTEGER NOT NULL,"
            " grid_row INTEGER NOT NULL, grid_column INTEGER NOT NULL, category TEXT NOT NULL,"
            " accessible INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (hall_id, label), UNIQUE (hall_id, grid_row, grid_column))"_s,
            u"CREATE TABLE shows (id %PK%, hall_id BIGINT NOT NULL REFERENCES halls(id),"
            " title TEXT NOT NULL, starts_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 0,"
            " changes_from BIGINT NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX shows_starts_at ON shows (starts_at)"_s,
            u"CREATE TABLE show_prices (show_id BIGINT NOT NULL REFERENCES shows(id),"
            " category TEXT NOT NULL, ticket_type TEXT NOT NULL, price_cents BIGINT NOT NULL,"
            " PRIMARY KEY (show_id, category, ticket_type))"_s,
            u"CREATE TABLE customers (id %PK%, name TEXT NOT NULL, email TEXT NOT NULL,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE holds (id %PK%, show_id BIGINT NOT NULL REFERENCES shows(id),"
            " owner TEXT NOT NULL, channel TEXT NOT NULL, created_at BIGINT NOT NULL,"
            " expires_at BIGINT NOT NULL, ended_at BIGINT, end_reason TEXT)"_s,
            u"CREATE UNIQUE INDEX holds_one_active ON holds (show_id, owner) WHERE ended_at IS NULL"_s,
            u"CREATE INDEX holds_expiry ON holds (expires_at) WHERE ended_at IS NULL"_s,
            u"CREATE TABLE bookings (id %PK%, reference TEXT NOT NULL UNIQUE,"
            " show_id BIGINT NOT NULL REFERENCES shows(id), customer_id BIGINT REFERENCES customers(id),"
            " owner TEXT NOT NULL, channel TEXT NOT NULL, payment_method TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL, total_cents BIGINT NOT NULL, cancelled_at BIGINT)"_s,
            u"CREATE INDEX bookings_show ON bookings (show_id)"_s,
            u"CREATE TABLE booking_seats (booking_id BIGINT NOT NULL REFERENCES bookings(id),"
            " seat_id BIGINT NOT NULL REFERENCES seats(id), ticket_type TEXT NOT NULL,"
            " price_cents BIGINT NOT NULL, released_at BIGINT, PRIMARY KEY (booking_id, seat_id))"_s,
            // A row here is a seat that is taken (held, booked or blocked). The unique index is
            // what guarantees, across threads and processes, that no seat is taken twice.
            u"CREATE TABLE seat_claims (show_id BIGINT NOT NULL REFERENCES shows(id),"
            " seat_id BIGINT NOT NULL REFERENCES seats(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('hold', 'booking', 'block')),"
            " hold_id BIGINT REFERENCES holds(id), booking_id BIGINT REFERENCES bookings(id),"
            " created_at BIGINT NOT NULL,"
            " CHECK ((kind = 'hold') = (hold_id IS NOT NULL)),"
            " CHECK ((kind = 'booking') = (booking_id IS NOT NULL)))"_s,
            u"CREATE UNIQUE INDEX seat_claims_one_per_seat ON seat_claims (show_id, seat_id)"_s,
            u"CREATE INDEX seat_claims_hold ON seat_claims (hold_id)"_s,
            u"CREATE TABLE seat_changes (show_id BIGINT NOT NULL, version BIGINT NOT NULL,"
            " seat_id BIGINT NOT NULL, PRIMARY KEY (show_id, version, seat_id)) %WITHOUT_ROWID%"_s,
            u"CREATE TABLE audit_log (id %PK%, at BIGINT NOT NULL, actor TEXT NOT NULL,"
            " action TEXT NOT NULL, show_id BIGINT, details TEXT NOT NULL DEFAULT '',"
            " reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        };
    case 2:
        return {
            u"CREATE TABLE house_seats (show_id BIGINT NOT NULL REFERENCES shows(id),"
            " seat_id BIGINT NOT NULL REFERENCES seats(id), PRIMARY KEY (show_id, seat_id))"_s,
            u"ALTER TABLE customers ADD COLUMN deleted_at BIGINT"_s,
            u"CREATE INDEX bookings_customer ON bookings (customer_id)"_s,
        };
    case 3:
        // Each b-tree a write touches is a page more to log and sync; these three were not
        // worth that.
        return {
            // Only held seats have a hold: leaving booked and blocked ones out keeps the index
            // small and spares every booking an index insert.
            u"DROP INDEX seat_claims_hold"_s,
            u"CREATE INDEX seat_claims_hold ON seat_claims (hold_id) WHERE hold_id IS NOT NULL"_s,
            // Lapsed holds are found among the active ones, which holds_one_active lists.
            u"DROP INDEX holds_expiry"_s,
            // Stored in key order, the seats of a booking need no separate index.
            u"CREATE TABLE booking_seats_v3 (booking_id BIGINT NOT NULL REFERENCES bookings(id),"
            " seat_id BIGINT NOT NULL REFERENCES seats(id), ticket_type TEXT NOT NULL,"
            " price_cents BIGINT NOT NULL, released_at BIGINT, PRIMARY KEY (booking_id, seat_id)) %WITHOUT_ROWID%"_s,
            u"INSERT INTO booking_seats_v3 (booking_id, seat_id, ticket_type, price_cents, released_at)"
            " SELECT booking_id, seat_id, ticket_type, price_cents, released_at FROM booking_seats"_s,
            u"DROP TABLE booking_seats"_s,
            u"ALTER TABLE booking_seats_v3 RENAME TO booking_seats"_s,
        };
    case 4:
        // SQLite checks `kind IN (...)` through a temporary table built on every insert or
        // update of a claim; the same rule spelt with OR costs nothing. A CHECK cannot be
        // altered in SQLite, so the table is rebuilt.
        return {
            u"CREATE TABLE seat_claims_v4 (show_id BIGINT NOT NULL REFERENCES shows(id),"
            " seat_id BIGINT NOT NULL REFERENCES seats(id),"
            " kind TEXT NOT NULL CHECK (kind = 'hold' OR kind = 'booking' OR kind = 'block'),"
            " hold_id BIGINT REFERENCES holds(id), booking_id BIGINT REFERENCES bookings(id),"
            " created_at BIGINT NOT NULL,"
            " CHECK ((kind = 'hold') = (hold_id IS NOT NULL)),"
            " CHECK ((kind = 'booking') = (booking_id IS NOT NULL)))"_s,
            u"INSERT INTO seat_claims_v4 (show_id, seat_id, kind, hold_id, booking_id, created_at)"
            " SELECT show_id, seat_id, kind, hold_id, booking_id, created_at FROM seat_claims"_s,
            u"DROP TABLE seat_claims"_s,
            u"ALTER TABLE seat_claims_v4 RENAME TO seat_claims"_s,
            u"CREATE UNIQUE INDEX seat_claims_one_per_seat ON seat_claims (show_id, seat_id)"_s,
            u"CREATE INDEX seat_claims_hold ON seat_claims (hold_id) WHERE hold_id IS NOT NULL"_s,
        };
    case 5:
        // Web holds name the client's address, so that the seats held at once from one address
        // for a show can be counted (and capped) inside the hold's own transaction.
        return {
            u"ALTER TABLE holds ADD COLUMN client_address TEXT"_s,
            u"CREATE INDEX holds_active_by_address ON holds (show_id, client_address)"
            " WHERE ended_at IS NULL AND client_address IS NOT NULL"_s,
        };
    case 6:
        // Halls keep their seat plans: categories with names and colours, the plan's positions,
        // stage and size, and seats that stay (retired) when a plan drops them, so that past
        // bookings still name them. Seats written without a position stand at their grid cell.
        return {
            u"ALTER TABLE halls ADD COLUMN stage_x DOUBLE PRECISION"_s,
            u"ALTER TABLE halls ADD COLUMN stage_y DOUBLE PRECISION"_s,
            u"ALTER TABLE halls ADD COLUMN width DOUBLE PRECISION"_s,
            u"ALTER TABLE halls ADD COLUMN height DOUBLE PRECISION"_s,
            u"CREATE TABLE hall_categories (hall_id BIGINT NOT NULL REFERENCES halls(id), key TEXT NOT NULL,"
            " name TEXT NOT NULL, colour TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (hall_id, key))"_s,
            u"ALTER TABLE seats ADD COLUMN guid TEXT"_s,
            u"ALTER TABLE seats ADD COLUMN number_text TEXT"_s,
            u"ALTER TABLE seats ADD COLUMN x DOUBLE PRECISION"_s,
            u"ALTER TABLE seats ADD COLUMN y DOUBLE PRECISION"_s,
            u"ALTER TABLE seats ADD COLUMN companion_of TEXT"_s,
            u"ALTER TABLE seats ADD COLUMN retired_at BIGINT"_s,
            u"UPDATE seats SET x = grid_column, y = grid_row"_s,
            u"CREATE UNIQUE INDEX seats_guid ON seats (hall_id, guid) WHERE guid IS NOT NULL"_s,
        };
    case 7:
        // Shows the venue creates itself: how long they last, whether and until when the web sells
        // them, and their cancellation. Shows written before keep selling on the web to the start.
        return {
            u"ALTER TABLE shows ADD COLUMN duration_minutes INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE shows ADD COLUMN web_sales INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE shows ADD COLUMN web_sales_close_minutes INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE shows ADD COLUMN cancelled_at BIGINT"_s,
            u"ALTER TABLE shows ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"_s,
        };
    case 8:
        // Ticket types the venue defines (seeded by addTicketTypes), and house seats a hall keeps
        // back by default for each new show.
        return {
            u"CREATE TABLE ticket_types (key TEXT PRIMARY KEY, name TEXT NOT NULL, web_sellable INTEGER NOT NULL,"
            " position INTEGER NOT NULL, retired_at BIGINT)"_s,
            u"ALTER TABLE seats ADD COLUMN house_default INTEGER NOT NULL DEFAULT 0"_s,
        };
    case 9:
        // Staff accounts shared by every counter. Wrong secrets are counted here, not on the
        // counter, so that the wait after them holds at every counter (see StaffService).
        return {
            u"CREATE TABLE staff (id %PK%, name TEXT NOT NULL UNIQUE,"
            " role TEXT NOT NULL CHECK (role = 'cashier' OR role = 'manager'),"
            " secret_hash TEXT NOT NULL, disabled_at BIGINT, failed_attempts INTEGER NOT NULL DEFAULT 0,"
            " locked_until BIGINT, created_at BIGINT NOT NULL)"_s,
        };
    case 10:
        // The money trail. A web booking is a reservation until paid at the counter (pay_by is its
        // deadline); every payment, refund and transfer between bookings is a line of `payments`,
        // taken in a cashier's shift. Who did something is a staff account, also in the audit log,
        // with the manager who authorised that one action (an override). The partial indexes cost
        // nothing on the web's hot path, whose rows they leave out.
        return {
            u"ALTER TABLE bookings ADD COLUMN payment_state TEXT NOT NULL DEFAULT 'paid'"
            " CHECK (payment_state = 'reserved' OR payment_state = 'paid' OR payment_state = 'expired'"
            " OR payment_state = 'refunded')"_s,
            u"ALTER TABLE bookings ADD COLUMN pay_by BIGINT"_s,
            u"ALTER TABLE bookings ADD COLUMN staff_id BIGINT REFERENCES staff(id)"_s,
            u"CREATE INDEX bookings_unpaid ON bookings (pay_by) WHERE payment_state = 'reserved'"_s,
            u"CREATE TABLE shifts (id %PK%, staff_id BIGINT NOT NULL REFERENCES staff(id),"
            " counter TEXT NOT NULL DEFAULT '', opened_at BIGINT NOT NULL, float_cents BIGINT NOT NULL,"
            " closed_at BIGINT, counted_cash_cents BIGINT, counted_card_cents BIGINT,"
            " expected_cash_cents BIGINT, expected_card_cents BIGINT, close_note TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE UNIQUE INDEX shifts_one_open_per_staff ON shifts (staff_id) WHERE closed_at IS NULL"_s,
            u"CREATE INDEX shifts_opened ON shifts (opened_at)"_s,
            u"CREATE TABLE payments (id %PK%, booking_id BIGINT NOT NULL REFERENCES bookings(id),"
            " at BIGINT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind = 'payment' OR kind = 'refund' OR kind = 'transfer'),"
            " method TEXT NOT NULL, amount_cents BIGINT NOT NULL, tendered_cents BIGINT,"
            " shift_id BIGINT REFERENCES shifts(id), staff_id BIGINT REFERENCES staff(id),"
            " reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX payments_booking ON payments (booking_id)"_s,
            u"CREATE INDEX payments_shift ON payments (shift_id)"_s,
            u"CREATE INDEX payments_at ON payments (at)"_s,
            u"CREATE TABLE day_closes (day TEXT PRIMARY KEY, closed_at BIGINT NOT NULL,"
            " staff_id BIGINT REFERENCES staff(id))"_s,
            u"ALTER TABLE audit_log ADD COLUMN staff_id BIGINT"_s,
            u"ALTER TABLE audit_log ADD COLUMN authorised_by BIGINT"_s,
            u"CREATE INDEX audit_log_staff ON audit_log (staff_id, id) WHERE staff_id IS NOT NULL"_s,
        };
    case 11:
        // The door. Each booked seat is a ticket with a code of its own (TicketCode; those sold
        // before get theirs in giveTicketsCodes, before the unique index) and knows whether it is
        // inside: one conditional update of `inside` is what lets only one of two scanners pass a
        // ticket. `checkins` lists every pass; `checkin_answers` keeps each scanner's answer per
        // nonce so that retries repeat it, and its partial index counts a device's unknown codes
        // for the rate limit. Devices are paired through one-time tokens and scoped to chosen
        // shows or one day; tokens and credentials are kept as hashes only. A show may override
        // the venue's door settings (kept in `settings` under "checkin.").
        return {
            u"ALTER TABLE booking_seats ADD COLUMN ticket_code TEXT"_s,
            u"ALTER TABLE booking_seats ADD COLUMN inside INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE booking_seats ADD COLUMN entered_at BIGINT"_s,
            u"ALTER TABLE shows ADD COLUMN checkin_opens_minutes INTEGER"_s,
            u"ALTER TABLE shows ADD COLUMN checkin_reentry INTEGER"_s,
            u"CREATE TABLE scanner_devices (id %PK%, name TEXT NOT NULL, credential_hash TEXT UNIQUE,"
            " scope_day TEXT, created_by BIGINT REFERENCES staff(id), created_at BIGINT NOT NULL,"
            " paired_at BIGINT, revoked_at BIGINT, last_used_at BIGINT)"_s,
            u"CREATE TABLE scanner_device_shows (device_id BIGINT NOT NULL REFERENCES scanner_devices(id),"
            " show_id BIGINT NOT NULL REFERENCES shows(id), PRIMARY KEY (device_id, show_id)) %WITHOUT_ROWID%"_s,
            u"CREATE TABLE scanner_pairings (token_hash TEXT PRIMARY KEY,"
            " device_id BIGINT NOT NULL REFERENCES scanner_devices(id), created_at BIGINT NOT NULL,"
            " expires_at BIGINT NOT NULL, used_at BIGINT)"_s,
            u"CREATE TABLE checkins (id %PK%, ticket_code TEXT NOT NULL, booking_id BIGINT NOT NULL REFERENCES bookings(id),"
            " seat_id BIGINT NOT NULL REFERENCES seats(id), show_id BIGINT NOT NULL REFERENCES shows(id),"
            " direction TEXT NOT NULL CHECK (direction = 'entry' OR direction = 'exit'), at BIGINT NOT NULL,"
            " device_id BIGINT REFERENCES scanner_devices(id), staff_id BIGINT REFERENCES staff(id),"
            " reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX checkins_show ON checkins (show_id, id)"_s,
            u"CREATE INDEX checkins_ticket ON checkins (ticket_code, id)"_s,
            u"CREATE TABLE checkin_answers (device_id BIGINT NOT NULL REFERENCES scanner_devices(id),"
            " nonce TEXT NOT NULL, at BIGINT NOT NULL, outcome TEXT NOT NULL, answer TEXT NOT NULL,"
            " PRIMARY KEY (device_id, nonce))"_s,
            u"CREATE INDEX checkin_answers_unknown ON checkin_answers (device_id, at) WHERE outcome = 'unknown'"_s,
        };
    case 12:
        // Each show says what a hold that strands a single empty seat meets (docs/seating.md);
        // shows made before warn, as new ones do.
        return {
            u"ALTER TABLE shows ADD COLUMN orphan_rule TEXT NOT NULL DEFAULT 'warn'"
            " CHECK (orphan_rule = 'allow' OR orphan_rule = 'warn' OR orphan_rule = 'refuse')"_s,
        };
    case 13:
        // Where each web process publishes what each client address holds of it (event streams,
        // parked long polls, connections), so that the caps per address hold for the whole site.
        // The heartbeat is a row per process, so that staying alive costs one row, not one per address.
        return {
            u"CREATE TABLE web_processes (process_id TEXT PRIMARY KEY, heartbeat_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE web_address_load (process_id TEXT NOT NULL, address TEXT NOT NULL,"
            " streams INTEGER NOT NULL, long_polls INTEGER NOT NULL, connections INTEGER NOT NULL,"
            " PRIMARY KEY (process_id, address)) %WITHOUT_ROWID%"_s,
        };
    default:
        return {};
    }
}

/// The categories of the seats of every hall, as rows of hall_categories with the colours the
/// counter showed them in.
Result<bool> addHallCategories(Database &database)
{
    auto used = database.run(u"SELECT hall_id, category FROM seats GROUP BY hall_id, category"
                             " ORDER BY hall_id, MIN(id)"_s);
    if (!used.ok())
        return used.error();
    QMap<qint64, QStringList> keysByHall;
    while (used.value().next())
        keysByHall[used.value().value(0).toLongLong()].append(used.value().value(1).toString());
    used.value().finish();
    for (auto hall = keysByHall.cbegin(); hall != keysByHall.cend(); ++hall) {
        const QList<HallCategory> categories = defaultCategories(hall.value());
        for (qsizetype position = 0; position < categories.size(); ++position) {
            const HallCategory &category = categories.at(position);
            auto added = database.run(u"INSERT INTO hall_categories (hall_id, key, name, colour, position)"
                                      " VALUES (?, ?, ?, ?, ?)"_s,
                                      {hall.key(), category.key, category.name, category.colour, int(position)});
            if (!added.ok())
                return added.error();
        }
    }
    return true;
}

/// The three types Box Office always sold, then every other type that prices or bookings name,
/// so that a database written before keeps selling and showing what it sold. Only the three
/// shipped ones go on the web: the others were never offered there.
Result<bool> addTicketTypes(Database &database)
{
    QList<TicketType> types = {{u"adult"_s, u"Adult"_s, true},
                               {u"child"_s, u"Child"_s, true},
                               {u"concession"_s, u"Concession"_s, false}};
    auto used = database.run(u"SELECT ticket_type FROM show_prices UNION SELECT ticket_type FROM booking_seats"
                             " ORDER BY 1"_s);
    if (!used.ok())
        return used.error();
    while (used.value().next()) {
        const QString key = used.value().value(0).toString();
        if (std::none_of(types.cbegin(), types.cend(), [&](const TicketType &type) { return type.key == key; }))
            types.append({key, key, false});
    }
    used.value().finish();
    for (qsizetype position = 0; position < types.size(); ++position) {
        const TicketType &type = types.at(position);
        auto added = database.run(u"INSERT INTO ticket_types (key, name, web_sellable, position) VALUES (?, ?, ?, ?)"_s,
                                  {type.key, type.name, type.webSellable ? 1 : 0, int(position)});
        if (!added.ok())
            return added.error();
    }
    return true;
}

/// Money recorded for what was sold before the money trail: a web booking of a show still to come
/// becomes a reservation due `defaultPayByMinutes` before the start (the venue's default); every
/// other live booking counts as paid, by its recorded method, with one payment line of its total.
Result<bool> startMoneyTrail(Database &database)
{
    constexpr qint64 defaultPayByMinutes = 30;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    auto reserved = database.run(u"UPDATE bookings SET payment_state = 'reserved', pay_by ="
                                 " (SELECT starts_at FROM shows WHERE shows.id = bookings.show_id) - ?"
                                 " WHERE channel = 'web' AND cancelled_at IS NULL"
                                 " AND show_id IN (SELECT id FROM shows WHERE starts_at > ?)"_s,
                                 {defaultPayByMinutes * 60 * 1000, nowMs});
    if (!reserved.ok())
        return reserved.error();
    auto paid = database.run(u"INSERT INTO payments (booking_id, at, kind, method, amount_cents)"
                             " SELECT id, created_at, 'payment',"
                             " CASE WHEN payment_method = '' THEN 'unrecorded' ELSE payment_method END, total_cents"
                             " FROM bookings WHERE payment_state = 'paid' AND cancelled_at IS NULL"_s);
    if (!paid.ok())
        return paid.error();
    return true;
}

/// A code for every ticket sold before the door checked them, made here rather than in SQL so
/// that SQLite and PostgreSQL draw them from the same CSPRNG; then the index that keeps them unique.
Result<bool> giveTicketsCodes(Database &database)
{
    auto seats = database.run(u"SELECT booking_id, seat_id FROM booking_seats"_s);
    if (!seats.ok())
        return seats.error();
    QList<std::pair<qint64, qint64>> tickets;
    while (seats.value().next())
        tickets.append({seats.value().value(0).toLongLong(), seats.value().value(1).toLongLong()});
    seats.value().finish();
    for (const auto &[booking, seat] : std::as_const(tickets)) {
        auto coded = database.change(u"UPDATE booking_seats SET ticket_code = ? WHERE booking_id = ? AND seat_id = ?"_s,
                                     {TicketCode::generate(), booking, seat});
        if (!coded.ok())
            return coded.error();
    }
    return database.execute(u"CREATE UNIQUE INDEX booking_seats_ticket_code ON booking_seats (ticket_code)"_s);
}

constexpr int latest = 13;

} // namespace

int Migrations::latestVersion()
{
    return latest;
}

Result<int> Migrations::currentVersion(const Database &database)
{
    if (!database.connection().tables().contains(u"schema_version"_s))
        return 0;
    auto query = database.run(u"SELECT MAX(version) FROM schema_version"_s);
    if (!query.ok())
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

bool Migrations::showsHaveSalesSettings(const Database &database)
{
    return database.connection().record(u"shows"_s).contains(u"cancelled_at"_s);
}

bool Migrations::bookingsHavePaymentState(const Database &database)
{
    return database.connection().record(u"bookings"_s).contains(u"payment_state"_s);
}

bool Migrations::ticketsHaveCodes(const Database &database)
{
    return database.connection().record(u"booking_seats"_s).contains(u"ticket_code"_s);
}

bool Migrations::showsHaveOrphanRule(const Database &database)
{
    return database.connection().record(u"shows"_s).contains(u"orphan_rule"_s);
}

Result<int> Migrations::migrate(Database &database, int target)
{
    if (target < 0)
        target = latest;
    auto current = currentVersion(database);
    if (!current.ok())
        return current;
    if (current.value() > latest)
        return Error{ErrorCode::DatabaseError,
                     u"The database %1 was written by a newer Box Office (schema version %2; this "
                     "version knows up to %3). It was left untouched: please update Box Office."_s
                             .arg(database.config().describe())
                             .arg(current.value())
                             .arg(latest),
                     {}};

    for (int version = current.value() + 1; version <= target; ++version) {
        auto step = database.write<int>([&]() -> Result<int> {
            if (version == 1) {
                auto created = database.execute(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
                if (!created.ok())
                    return created.error();
            }
            for (QString statement : stepStatements(version)) {
                statement.replace(u"%PK%"_s, database.dialect().autoIncrementKey());
                statement.replace(u"%WITHOUT_ROWID%"_s, database.dialect().clusteredTableSuffix());
                auto done = database.execute(statement);
                if (!done.ok())
                    return done.error();
            }
            if (version == 6) {
                auto categories = addHallCategories(database);
                if (!categories.ok())
                    return categories.error();
            }
            if (version == 8) {
                auto ticketTypes = addTicketTypes(database);
                if (!ticketTypes.ok())
                    return ticketTypes.error();
            }
            if (version == 10) {
                auto moneyTrail = startMoneyTrail(database);
                if (!moneyTrail.ok())
                    return moneyTrail.error();
            }
            if (version == 11) {
                auto codes = giveTicketsCodes(database);
                if (!codes.ok())
                    return codes.error();
            }
            auto recorded = database.run(u"INSERT INTO schema_version (version) VALUES (?)"_s, {version});
            if (!recorded.ok())
                return recorded.error();
            return version;
        });
        if (!step.ok())
            return Error{step.error().code,
                         u"Upgrading the database to schema version %1 failed: %2"_s.arg(version).arg(
                                 step.error().message),
                         {}};
    }
    return target;
}

} // namespace boxoffice
