// A second process for the core's concurrency and crash tests: it opens the same database file
// and races or books through its own ReservationService.
//   coreworker race DB SHOW OWNER SEAT[,SEAT...]  waits for a line on stdin, then holds the seats;
//                                                 prints "won" or "lost <error code>"
//   coreworker book-stream DB SHOW                 holds and books one seat after another and prints
//                                                 "booked <reference> <seat>" once each is committed
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "reservationservice.h"
#include "showcatalog.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace boxoffice;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

int race(ReservationService &reservations, qint64 show, const QString &owner, const QStringList &seats)
{
    std::string line;
    std::getline(std::cin, line);
    auto held = reservations.holdSeats(show, seats, owner, 600s, Channel::Web);
    QTextStream out(stdout);
    if (held.ok())
        out << "won\n";
    else
        out << "lost " << errorCodeName(held.error().code) << '\n';
    return 0;
}

int bookStream(ReservationService &reservations, ShowCatalog &catalog, qint64 show)
{
    auto snapshot = catalog.snapshot(show);
    if (!snapshot.ok())
        return 1;
    int booked = 0;
    for (const SeatState &seat : snapshot->seats) {
        if (seat.status != SeatStatus::Available || seat.houseSeat)
            continue;
        const QString owner = u"stream:%1"_s.arg(booked);
        if (!reservations.holdSeats(show, {seat.seat.label}, owner, 600s, Channel::Web).ok())
            continue;
        BookingRequest request;
        request.customer = {u"Crash Test"_s, u"crash@example.com"_s};
        auto booking = reservations.convertHoldsToBookings(owner, show, request);
        if (!booking.ok())
            continue;
        // Printed only after the commit returned: this is the acknowledgement.
        std::printf("booked %s %s\n", qPrintable(booking->reference), qPrintable(seat.seat.label));
        std::fflush(stdout);
        ++booked;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    auto database = Database::open(DatabaseConfig::sqlite(args.at(2)), u"worker"_s);
    if (!database.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    ChangeFeed feed;
    SystemClock clock;
    ReservationService reservations(*database.value(), feed, clock);
    ShowCatalog catalog(*database.value());
    const qint64 show = args.at(3).toLongLong();
    if (args.at(1) == u"race"_s && args.size() == 6)
        return race(reservations, show, args.at(4), args.at(5).split(u','));
    if (args.at(1) == u"book-stream"_s)
        return bookStream(reservations, catalog, show);
    return 2;
}
