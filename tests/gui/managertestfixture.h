#pragma once

#include "corebackend.h"
#include "demodata.h"
#include "managerapproval.h"
#include "migrations.h"
#include "staffservice.h"
#include "staffsession.h"
#include "venuesettingsstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace boxoffice::testing {

/// The demo data in a temporary SQLite file, a connection of the test's own to make bookings and
/// check results with, a started CoreBackend on the same file, and the counter's staff session with
/// its manager approval. The staff accounts (a manager and a cashier) are made on first use, since
/// hashing their PINs takes a moment and tests of their own accounts need an empty staff table.
class ManagerTestFixture
{
public:
    static inline const QString pin = QStringLiteral("4711");
    static inline const QString managerName = QStringLiteral("Maria Lopez");
    static inline const QString cashierPin = QStringLiteral("1357");
    static inline const QString cashierName = QStringLiteral("Carl Berg");

    ManagerTestFixture()
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        config = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("boxoffice.sqlite")));
        auto opened = Database::open(config, QStringLiteral("test"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        database = std::move(opened.value());
        auto migrated = Migrations::migrate(*database);
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        auto populated = DemoData::populate(*database, clock);
        QVERIFY2(populated.ok() && populated.value() > 0, "demo data");
        catalog = std::make_unique<ShowCatalog>(*database);
        reservations = std::make_unique<ReservationService>(*database, feed, clock);

        backend = std::make_unique<CoreBackend>(config, feed, clock);
        QSignalSpy ready(backend.get(), &CoreBackend::ready);
        backend->start();
        QVERIFY(ready.wait(10000));

        staffSession = std::make_unique<StaffSession>(clock);
        approval = std::make_unique<ManagerApproval>(*backend, *staffSession);
        valid = true;
    }

    /// Makes the manager's and the cashier's accounts unless they exist.
    bool addStaffAccounts()
    {
        if (manager && cashier)
            return true;
        StaffService staff(*database, clock);
        auto added = staff.addStaff(managerName, StaffRole::Manager, pin, QStringLiteral("first-run"));
        auto addedCashier = staff.addStaff(cashierName, StaffRole::Cashier, cashierPin, managerName);
        if (!added.ok() || !addedCashier.ok())
            return false;
        manager = added.value();
        cashier = addedCashier.value();
        return true;
    }

    /// The manager signs in to the counter.
    bool signInManager()
    {
        if (!addStaffAccounts())
            return false;
        staffSession->signIn(*manager);
        return staffSession->isManager();
    }

    /// The cashier signs in to the counter.
    bool signInCashier()
    {
        if (!addStaffAccounts())
            return false;
        staffSession->signIn(*cashier);
        return staffSession->isSignedIn() && !staffSession->isManager();
    }

    /// The shows starting on the clock's day, earliest first.
    QList<Show> showsToday() const
    {
        const QDate day = clock.now().toLocalTime().date();
        auto shows = catalog->shows(day.startOfDay(), day.addDays(1).startOfDay(), Channel::Counter);
        return shows.ok() ? shows.value() : QList<Show>{};
    }

    /// The first show of the demo data that lies in the future.
    Show futureShow() const
    {
        auto shows = catalog->shows(clock.now(), clock.now().addDays(8), Channel::Counter);
        return shows.ok() && !shows.value().isEmpty() ? shows.value().constFirst() : Show{};
    }

    /// Books seats at the counter as a cashier would: hold, then convert.
    Booking book(qint64 show, const QStringList &seats, const QString &name = QString(),
                 const QHash<QString, QString> &ticketTypes = {}, const QString &email = QString())
    {
        const QString owner = QStringLiteral("counter:test:%1").arg(++m_owners);
        // The seats a test sells are its scenery, wherever they leave a seat alone.
        auto held = reservations->holdSeats(show, seats, owner, std::chrono::seconds(600), Channel::Counter, {},
                                            HoldOptions{true, {}});
        if (!held.ok()) {
            qWarning() << "hold failed" << held.error().message;
            return {};
        }
        BookingRequest request;
        // Empty, not null: the core binds a null e-mail as SQL NULL, which the schema refuses.
        request.customer = {name, email.isNull() ? QStringLiteral("") : email};
        request.channel = Channel::Counter;
        request.paymentMethod = QStringLiteral("cash");
        request.ticketTypes = ticketTypes;
        auto booked = reservations->convertHoldsToBookings(owner, show, request);
        if (!booked.ok()) {
            qWarning() << "booking failed" << booked.error().message;
            return {};
        }
        return booked.value();
    }

    SeatStatus status(qint64 show, const QString &label) const
    {
        auto snapshot = catalog->snapshot(show);
        if (snapshot.ok()) {
            for (const SeatState &seat : snapshot.value().seats) {
                if (seat.seat.label == label)
                    return seat.statusFor(Channel::Counter);
            }
        }
        return SeatStatus::Blocked;
    }

    /// Changes the venue's settings as a manager at another counter would, and announces them.
    bool changeVenueSettings(const std::function<void(VenueSettings &)> &change)
    {
        VenueSettingsStore store(*database, clock);
        auto loaded = store.load();
        if (!loaded.ok())
            return false;
        VenueSettings settings = loaded.value();
        change(settings);
        auto revision = store.save(settings, StaffActor{0, managerName, 0, {}});
        if (!revision.ok()) {
            qWarning() << "saving the venue settings failed" << revision.error().message;
            return false;
        }
        feed.publishVenueSettings(revision.value());
        return true;
    }

    /// The seats `owner` holds for the show as the database says, sorted; an error as a list.
    QStringList heldBy(qint64 show, const QString &owner) const
    {
        QStringList held;
        auto snapshot = catalog->snapshot(show);
        if (!snapshot.ok())
            return {QStringLiteral("<error>"), snapshot.error().message};
        for (const SeatState &seat : snapshot.value().seats) {
            if (seat.status == SeatStatus::Held && seat.holdOwner == owner)
                held.append(seat.seat.label);
        }
        held.sort();
        return held;
    }

    bool isHouseSeat(qint64 show, const QString &label) const
    {
        auto snapshot = catalog->snapshot(show);
        if (snapshot.ok()) {
            for (const SeatState &seat : snapshot.value().seats) {
                if (seat.seat.label == label)
                    return seat.houseSeat;
            }
        }
        return false;
    }

    QTemporaryDir m_dir;
    DatabaseConfig config;
    ChangeFeed feed;
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> database;
    std::unique_ptr<ShowCatalog> catalog;
    std::unique_ptr<ReservationService> reservations;
    std::unique_ptr<CoreBackend> backend;
    std::unique_ptr<StaffSession> staffSession;
    std::unique_ptr<ManagerApproval> approval;
    std::optional<StaffMember> manager;
    std::optional<StaffMember> cashier;
    bool valid = false;

private:
    int m_owners = 0;
};

} // namespace boxoffice::testing
