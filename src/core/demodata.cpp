#include "demodata.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

struct HallPlan
{
    QString name;
    int rows;
    int seatsPerRow;
    /// Seat numbers after which an aisle (an empty grid column) runs.
    QList<int> aislesAfter;
    /// Rows (0-based, from the stage) of the premium category; rows before `boxRowsFrom` only.
    int premiumFrom;
    int premiumTo;
    int boxRowsFrom;
};

QString rowLabel(int row)
{
    // A..Z, then AA, AB, ... for large halls.
    QString label;
    int n = row;
    do {
        label.prepend(QChar(u'A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return label;
}

struct ShowPlan
{
    QString title;
    int minutes;
};

const QList<ShowPlan> titles = {
    {u"The Night Porter's Song"_s, 0},  {u"Harbour Lights"_s, 0},   {u"A Winter Crossing"_s, 0},
    {u"The Glass Orchard"_s, 0},        {u"Paper Moons"_s, 0},      {u"Midsummer Static"_s, 0},
    {u"The Last Projectionist"_s, 0},   {u"Salt and Saffron"_s, 0},
};

const QList<HallPlan> plans = {
    {u"Grand Hall"_s, 20, 25, {12}, 8, 15, 99},
    {u"Studio"_s, 8, 12, {}, 3, 6, 99},
    {u"Opera House"_s, 40, 50, {10, 40}, 10, 25, 36},
};

} // namespace

Result<bool> DemoData::holdsRealData(Database &database)
{
    return database.read<bool>([&]() -> Result<bool> {
        QVariantList names;
        for (const HallPlan &plan : plans)
            names.append(plan.name);
        auto otherHalls = database.run(u"SELECT COUNT(*) FROM halls WHERE name NOT IN (%1)"_s.arg(placeholders(names.size())),
                                       names);
        if (!otherHalls.ok())
            return otherHalls.error();
        if (otherHalls.value().next() && otherHalls.value().value(0).toInt() > 0)
            return true;
        otherHalls.value().finish();
        auto setUp = database.run(u"SELECT COUNT(*) FROM audit_log"
                                  " WHERE action IN ('create hall', 'create show', 'create run')"_s);
        if (!setUp.ok())
            return setUp.error();
        return setUp.value().next() && setUp.value().value(0).toInt() > 0;
    });
}

Result<int> DemoData::populate(Database &database, const Clock &clock)
{
    return database.write<int>([&]() -> Result<int> {
        auto existing = database.run(u"SELECT COUNT(*) FROM halls"_s);
        if (!existing.ok())
            return existing.error();
        if (existing.value().next() && existing.value().value(0).toInt() > 0)
            return 0;
        existing.value().finish();

        QList<qint64> hallIds;
        for (const HallPlan &plan : plans) {
            const int gridColumns = plan.seatsPerRow + int(plan.aislesAfter.size());
            auto hall = database.run(u"INSERT INTO halls (name, grid_rows, grid_columns) VALUES (?, ?, ?) RETURNING id"_s,
                                     {plan.name, plan.rows, gridColumns});
            if (!hall.ok())
                return hall.error();
            hall.value().next();
            const qint64 hallId = hall.value().value(0).toLongLong();
            hall.value().finish();
            hallIds.append(hallId);
            for (int row = 0; row < plan.rows; ++row) {
                int column = 0;
                for (int number = 1; number <= plan.seatsPerRow; ++number) {
                    const QString category = row >= plan.boxRowsFrom                           ? u"box"_s
                                           : (row >= plan.premiumFrom && row <= plan.premiumTo) ? u"premium"_s
                                                                                                : u"standard"_s;
                    const bool accessible = row == 0 && (number <= 2 || number > plan.seatsPerRow - 2);
                    auto seat = database.run(
                            u"INSERT INTO seats (hall_id, label, row_label, number, grid_row, grid_column, category,"
                            " accessible) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {hallId, QString(rowLabel(row) + QString::number(number)), rowLabel(row), number, row, column,
                             category, accessible ? 1 : 0});
                    if (!seat.ok())
                        return seat.error();
                    ++column;
                    if (plan.aislesAfter.contains(number))
                        ++column;
                }
            }
        }

        const QDateTime now = clock.now();
        const QDate today = now.toLocalTime().date();
        const QList<QTime> grandTimes = {QTime(14, 0), QTime(17, 30), QTime(20, 45)};
        const QList<QTime> studioTimes = {QTime(15, 15), QTime(19, 0), QTime(21, 30)};
        const QList<QTime> operaTimes = {QTime(19, 30)};
        const QList<QList<QTime>> times = {grandTimes, studioTimes, operaTimes};
        const QHash<QString, qint64> basePrices = {{u"standard"_s, 1200}, {u"premium"_s, 1600}, {u"box"_s, 2400}};
        const QList<QPair<QString, int>> ticketTypes = {{u"adult"_s, 100}, {u"child"_s, 60}, {u"concession"_s, 80}};

        int created = 0;
        for (int day = 0; day < 7; ++day) {
            for (int hall = 0; hall < hallIds.size(); ++hall) {
                for (int slot = 0; slot < times[hall].size(); ++slot) {
                    const QDateTime startsAt(today.addDays(day), times[hall][slot], QTimeZone::systemTimeZone());
                    const QString title = hall == 2 ? u"Opera Gala: La Traviata"_s
                                                    : titles[(day * 3 + slot + hall * 4) % titles.size()].title;
                    auto show = database.run(u"INSERT INTO shows (hall_id, title, starts_at) VALUES (?, ?, ?) RETURNING id"_s,
                                             {hallIds[hall], title, startsAt.toMSecsSinceEpoch()});
                    if (!show.ok())
                        return show.error();
                    show.value().next();
                    const qint64 showId = show.value().value(0).toLongLong();
                    show.value().finish();
                    const bool evening = times[hall][slot].hour() >= 19;
                    for (auto price = basePrices.cbegin(); price != basePrices.cend(); ++price) {
                        if (price.key() == u"box"_s && hall != 2)
                            continue;
                        for (const auto &[type, percent] : ticketTypes) {
                            const qint64 base = price.value() + (evening ? 200 : 0);
                            auto inserted = database.run(u"INSERT INTO show_prices (show_id, category, ticket_type,"
                                                         " price_cents) VALUES (?, ?, ?, ?)"_s,
                                                         {showId, price.key(), type, base * percent / 100});
                            if (!inserted.ok())
                                return inserted.error();
                        }
                    }
                    // Two house seats kept back in the middle of a front row of the big halls.
                    if (hall != 1) {
                        auto house = database.run(u"INSERT INTO house_seats (show_id, seat_id) SELECT ?, id FROM seats"
                                                  " WHERE hall_id = ? AND row_label = 'E' AND number IN (12, 13)"_s,
                                                  {showId, hallIds[hall]});
                        if (!house.ok())
                            return house.error();
                    }
                    ++created;
                }
            }
        }
        return created;
    });
}

} // namespace boxoffice
