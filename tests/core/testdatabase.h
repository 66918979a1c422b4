#pragma once

#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "migrations.h"
#include "reservationservice.h"
#include "showcatalog.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace boxoffice::testing {

/// A migrated SQLite database in a temporary folder with one small hall and one show:
/// rows A and B of five seats each (an aisle after seat 2), A standard, B premium; A5 is a house seat.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        config = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("test.sqlite")));
        auto opened = Database::open(config, QStringLiteral("test"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        database = std::move(opened.value());
        auto migrated = Migrations::migrate(*database);
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        createHall();
        reservations = std::make_unique<ReservationService>(*database, feed, clock, limits);
        catalog = std::make_unique<ShowCatalog>(*database);
    }

    /// Another connection to the same file, as another thread or counter would have.
    std::unique_ptr<Database> openAnother(const QString &purpose = QStringLiteral("other")) const
    {
        auto opened = Database::open(config, purpose);
        return opened.ok() ? std::move(opened.value()) : nullptr;
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        auto result = database->run(sql, values);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        auto result = database->run(sql, values);
        if (!result.ok() || !result.value().next())
            return -1;
        return result.value().value(0).toLongLong();
    }

    /// Leaves the schema as a new database has it, with no hall or show, e.g. for DemoData.
    void removeTestHall()
    {
        for (const QString &table : {QStringLiteral("house_seats"), QStringLiteral("show_prices"),
                                     QStringLiteral("shows"), QStringLiteral("seats"), QStringLiteral("halls")})
            exec(QStringLiteral("DELETE FROM ") + table);
    }

    SeatStatus status(const QString &label) const
    {
        auto snapshot = catalog->snapshot(show);
        for (const SeatState &seat : snapshot.value().seats) {
            if (seat.seat.label == label)
                return seat.status;
        }
        return SeatStatus::Available;
    }

    QTemporaryDir m_dir;
    DatabaseConfig config;
    ChangeFeed feed;
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)};
    ReservationService::Limits limits;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReservationService> reservations;
    std::unique_ptr<ShowCatalog> catalog;
    qint64 show = 0;

private:
    void createHall()
    {
        exec(QStringLiteral("INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (1, 'Test Hall', 2, 6)"));
        int id = 1;
        for (const QString &row : {QStringLiteral("A"), QStringLiteral("B")}) {
            for (int number = 1; number <= 5; ++number) {
                const int column = number <= 2 ? number - 1 : number;
                exec(QStringLiteral("INSERT INTO seats (id, hall_id, label, row_label, number, grid_row, grid_column,"
                                    " category, accessible) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 0)"),
                     {id++, QString(row + QString::number(number)), row, number, row == QStringLiteral("A") ? 0 : 1, column,
                      row == QStringLiteral("A") ? QStringLiteral("standard") : QStringLiteral("premium")});
            }
        }
        const qint64 startsAt = clock.now().addDays(2).toMSecsSinceEpoch();
        exec(QStringLiteral("INSERT INTO shows (id, hall_id, title, starts_at) VALUES (1, 1, 'Test Show', ?)"),
             {startsAt});
        show = 1;
        const QList<std::tuple<QString, QString, int>> prices = {
            {QStringLiteral("standard"), QStringLiteral("adult"), 1200},
            {QStringLiteral("standard"), QStringLiteral("child"), 700},
            {QStringLiteral("premium"), QStringLiteral("adult"), 1600},
            {QStringLiteral("premium"), QStringLiteral("child"), 900},
        };
        for (const auto &[category, type, cents] : prices)
            exec(QStringLiteral("INSERT INTO show_prices (show_id, category, ticket_type, price_cents) VALUES (1, ?, ?, ?)"),
                 {category, type, cents});
        exec(QStringLiteral("INSERT INTO house_seats (show_id, seat_id) VALUES (1, 5)"));
    }
};

} // namespace boxoffice::testing
