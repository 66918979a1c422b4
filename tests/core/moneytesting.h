#pragma once

#include "paymentledger.h"
#include "testdatabase.h"

#include <QSqlError>

namespace boxoffice::testing {

/// Sales and reservations with their money, as the counter and the web make them, on a
/// TestDatabase with a second show (id 2, same hall and prices, a day later) and two staff
/// members: a manager (1, with an open shift) and a cashier (2, none).
class MoneyFixture
{
public:
    explicit MoneyFixture(TestDatabase &db) : m_db(db)
    {
        db.exec(QStringLiteral("INSERT INTO shows (id, hall_id, title, starts_at) VALUES (2, 1, 'Other Show', ?)"),
                {db.clock.now().addDays(3).toMSecsSinceEpoch()});
        db.exec(QStringLiteral("INSERT INTO show_prices (show_id, category, ticket_type, price_cents)"
                               " SELECT 2, category, ticket_type, price_cents FROM show_prices WHERE show_id = 1"));
        for (const auto &[id, name, role] : {std::tuple{1, QStringLiteral("Mona"), QStringLiteral("manager")},
                                             std::tuple{2, QStringLiteral("Carl"), QStringLiteral("cashier")}})
            db.exec(QStringLiteral("INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (?, ?, ?, 'x', 0)"),
                    {id, name, role});
        db.exec(QStringLiteral("INSERT INTO shifts (id, staff_id, opened_at, float_cents) VALUES (7, 1, 0, 10000)"));
        manager = StaffActor{1, QStringLiteral("Mona"), 0, {}};
        cashier = StaffActor{2, QStringLiteral("Carl"), 0, {}};
    }

    /// A counter sale, paid at once by `method`. The payment line is written here unless the
    /// booking wrote one itself.
    QString sell(qint64 show, const QStringList &seats, const QString &method = QStringLiteral("card"),
                 const QHash<QString, QString> &ticketTypes = {})
    {
        const QString owner = QStringLiteral("counter:test");
        auto held = m_db.reservations->holdSeats(show, seats, owner, std::chrono::seconds(600), Channel::Counter);
        if (!held.ok())
            return fail(held.error());
        BookingRequest request;
        request.channel = Channel::Counter;
        request.paymentMethod = method;
        request.ticketTypes = ticketTypes;
        request.staff = manager;
        auto booked = m_db.reservations->convertHoldsToBookings(owner, show, request);
        if (!booked.ok())
            return fail(booked.error());
        if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE booking_id = ?"), {booked->id}) == 0)
            pay(booked->id, method, booked->totalCents);
        return booked->reference;
    }

    /// A web booking left unpaid: a reservation.
    QString reserve(qint64 show, const QStringList &seats, const QString &owner = QStringLiteral("web:test"))
    {
        auto held = m_db.reservations->holdSeats(show, seats, owner, std::chrono::seconds(600), Channel::Web);
        if (!held.ok())
            return fail(held.error());
        BookingRequest request;
        request.customer = {QStringLiteral("Asha Rao"), QStringLiteral("asha@example.com")};
        auto booked = m_db.reservations->convertHoldsToBookings(owner, show, request);
        if (!booked.ok())
            return fail(booked.error());
        m_db.exec(QStringLiteral("UPDATE bookings SET payment_state = 'reserved' WHERE id = ?"), {booked->id});
        return booked->reference;
    }

    /// Collects a reservation the way the counter does: paid, one payment line of its total.
    void collect(const QString &reference, const QString &method)
    {
        const qint64 id = bookingId(reference);
        m_db.exec(QStringLiteral("UPDATE bookings SET payment_state = 'paid' WHERE id = ?"), {id});
        pay(id, method, m_db.scalar(QStringLiteral("SELECT total_cents FROM bookings WHERE id = ?"), {id}));
    }

    /// A reservation marked paid by these payment lines, whatever its price.
    QString reservePaidBy(qint64 show, const QStringList &seats, const QList<std::pair<QString, qint64>> &payments)
    {
        const QString reference = reserve(show, seats);
        const qint64 id = bookingId(reference);
        m_db.exec(QStringLiteral("UPDATE bookings SET payment_state = 'paid' WHERE id = ?"), {id});
        for (const auto &[method, cents] : payments)
            pay(id, method, cents);
        return reference;
    }

    void pay(qint64 booking, const QString &method, qint64 cents)
    {
        m_db.exec(QStringLiteral("INSERT INTO payments (booking_id, at, kind, method, amount_cents, staff_id)"
                                 " VALUES (?, 0, 'payment', ?, ?, 1)"),
                  {booking, method, cents});
    }

    qint64 bookingId(const QString &reference) const
    {
        return m_db.scalar(QStringLiteral("SELECT id FROM bookings WHERE reference = ?"), {reference});
    }

    BookingMoney money(const QString &reference) const
    {
        PaymentLedger ledger(*m_db.database);
        auto money = ledger.bookingMoney(reference);
        return money.ok() ? money.value() : BookingMoney{};
    }

    /// The money rules every booking keeps; returns a description of each breach.
    QStringList moneyBreaches() const
    {
        const QList<std::pair<QString, QString>> checks = {
            {QStringLiteral("a paid booking's balance differs from the price of its live seats"),
             QStringLiteral("SELECT b.reference FROM bookings b JOIN shows s ON s.id = b.show_id"
                            " WHERE b.payment_state = 'paid' AND s.cancelled_at IS NULL"
                            " AND (SELECT COALESCE(SUM(amount_cents), 0) FROM payments p WHERE p.booking_id = b.id)"
                            " <> (SELECT COALESCE(SUM(price_cents), 0) FROM booking_seats bs"
                            " WHERE bs.booking_id = b.id AND bs.released_at IS NULL)")},
            {QStringLiteral("an unpaid, expired or refunded booking holds money"),
             QStringLiteral("SELECT b.reference FROM bookings b WHERE b.payment_state <> 'paid'"
                            " AND (SELECT COALESCE(SUM(amount_cents), 0) FROM payments p WHERE p.booking_id = b.id) <> 0")},
            {QStringLiteral("a refunded booking still has seats"),
             QStringLiteral("SELECT b.reference FROM bookings b WHERE b.payment_state = 'refunded' AND EXISTS"
                            " (SELECT 1 FROM booking_seats bs WHERE bs.booking_id = b.id AND bs.released_at IS NULL)")},
            {QStringLiteral("a booking gave back more than it was paid"),
             QStringLiteral("SELECT booking_id FROM payments GROUP BY booking_id HAVING SUM(amount_cents) < 0")},
            {QStringLiteral("a booking gave back more by one method than that method paid"),
             QStringLiteral("SELECT booking_id FROM payments GROUP BY booking_id, method HAVING SUM(amount_cents) < 0")},
            {QStringLiteral("transfers do not balance"),
             QStringLiteral("SELECT total FROM (SELECT COALESCE(SUM(amount_cents), 0) AS total FROM payments"
                            " WHERE kind = 'transfer') transfers WHERE total <> 0")},
            {QStringLiteral("a seat is sold twice"),
             QStringLiteral("SELECT b.show_id, bs.seat_id FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
                            " WHERE bs.released_at IS NULL GROUP BY b.show_id, bs.seat_id HAVING COUNT(*) > 1")},
            {QStringLiteral("a live seat has no claim of its booking"),
             QStringLiteral("SELECT bs.seat_id FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
                            " WHERE bs.released_at IS NULL AND NOT EXISTS (SELECT 1 FROM seat_claims c"
                            " WHERE c.show_id = b.show_id AND c.seat_id = bs.seat_id AND c.booking_id = b.id)")},
        };
        QStringList breaches;
        for (const auto &[what, sql] : checks) {
            auto rows = m_db.database->run(sql);
            if (!rows.ok())
                breaches.append(what + QStringLiteral(": ") + rows.error().message);
            else if (rows.value().next())
                breaches.append(what + QStringLiteral(": ") + rows.value().value(0).toString());
        }
        return breaches;
    }

    StaffActor manager;
    StaffActor cashier;

private:
    static QString fail(const Error &error)
    {
        qWarning("%s", qPrintable(error.message));
        return {};
    }

    TestDatabase &m_db;
};

} // namespace boxoffice::testing

#define QVERIFY_MONEY_KEPT(fixture) \
    QVERIFY2((fixture).moneyBreaches().isEmpty(), qPrintable((fixture).moneyBreaches().join(QStringLiteral("; "))))
