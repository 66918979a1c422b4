#pragma once

#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "reservationservice.h"

#include <QStringList>

#include <functional>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace boxoffice::testing {

/// What the clients of a race got: the seats of each hold made, and each refusal as "code: message".
struct RaceOutcome
{
    QList<QStringList> held;
    QStringList failures;
};

/// Starts `clients` threads at once, each with a connection of its own (`open(i)`) and a
/// ReservationService on it, and runs `ask(service, i)` in each.
inline RaceOutcome raceClients(int clients, const std::function<std::unique_ptr<Database>(int)> &open,
                               const Clock &clock, const ReservationService::Limits &limits,
                               const std::function<Result<QStringList>(ReservationService &, int)> &ask)
{
    std::latch start(clients);
    std::mutex guard;
    RaceOutcome outcome;
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] {
            const std::unique_ptr<Database> database = open(i);
            start.arrive_and_wait();
            if (!database) {
                const std::lock_guard lock(guard);
                outcome.failures.append(QStringLiteral("no connection for client %1").arg(i));
                return;
            }
            ChangeFeed feed;
            ReservationService reservations(*database, feed, clock, limits);
            auto result = ask(reservations, i);
            const std::lock_guard lock(guard);
            if (result.ok())
                outcome.held.append(result.value());
            else
                outcome.failures.append(errorCodeName(result.error().code) + QStringLiteral(": ")
                                        + result.error().message);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    return outcome;
}

/// `clients` web clients asking at once for the best `count` seats of `show`.
inline RaceOutcome raceForBestSeats(int clients, int count, qint64 show,
                                    const std::function<std::unique_ptr<Database>(int)> &open, const Clock &clock,
                                    const ReservationService::Limits &limits = {})
{
    return raceClients(clients, open, clock, limits, [&](ReservationService &reservations, int i) -> Result<QStringList> {
        auto best = reservations.holdBestAvailable(show, {count}, QStringLiteral("web:best%1").arg(i),
                                                   std::chrono::seconds(600), Channel::Web);
        if (!best.ok())
            return best.error();
        return best->hold.seats;
    });
}

} // namespace boxoffice::testing
