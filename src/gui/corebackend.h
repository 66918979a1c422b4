#pragma once

#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "databaseconfig.h"
#include "reservationservice.h"
#include "showcatalog.h"
#include "staffservice.h"
#include "types.h"
#include "venueservice.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>

namespace boxoffice {

/// What a job sees in the worker thread: that thread's own connection and the services on it.
struct CoreServices
{
    Database &database;
    ShowCatalog &catalog;
    ReservationService &reservations;
    VenueService &venues;
    StaffService &staff;
};

class CoreWorker;

/// The GUI's way to the database: every query and every seat change runs in one worker thread
/// with its own connection, so that a locked database or a slow query never freezes a window.
///
/// Results come back as queued calls on the thread of the `context` object handed to run(),
/// which must be the thread this backend lives in (the GUI thread). A job whose context died
/// meanwhile still runs (a hold must not be left half-done) but its answer is dropped.
class CoreBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoreBackend)

public:
    CoreBackend(DatabaseConfig config, ChangeFeed &feed, const Clock &clock, QObject *parent = nullptr);
    /// Quits the worker thread and waits for the job in progress to finish.
    ~CoreBackend() override;

    /// Opens the worker's own connection (with a short busy timeout); emits ready() or failed().
    void start();
    bool isReady() const { return m_ready; }

    /// The owner token of this counter's holds, unique per running program.
    QString counterOwner() const { return m_counterOwner; }
    const Clock &clock() const { return m_clock; }
    ChangeFeed &feed() const { return m_feed; }
    const DatabaseConfig &config() const { return m_config; }

    template<typename T>
    void run(QObject *context, std::function<Result<T>(CoreServices &)> work,
             std::function<void(const Result<T> &)> done);

signals:
    void ready();
    void failed(const QString &message);

private:
    /// A job runs in the worker thread (with null services when the database is not open) and
    /// returns what to call back in this backend's thread.
    using Job = std::function<std::function<void()>(CoreServices *services, const QString &openError)>;
    void dispatch(QObject *context, Job job);
    static Error notOpenError(const QString &openError);
    static Error exceptionError(const char *what);

    DatabaseConfig m_config;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    QString m_counterOwner;
    QThread m_thread;
    CoreWorker *m_worker = nullptr;
    bool m_ready = false;
};

template<typename T>
void CoreBackend::run(QObject *context, std::function<Result<T>(CoreServices &)> work,
                      std::function<void(const Result<T> &)> done)
{
    dispatch(context, [work = std::move(work), done = std::move(done)](CoreServices *services,
                                                                       const QString &openError) {
        auto result = std::make_shared<Result<T>>(notOpenError(openError));
        if (services) {
            // A job that throws must not take the worker thread (and the program) with it.
            try {
                *result = work(*services);
            } catch (const std::exception &exception) {
                *result = Result<T>(exceptionError(exception.what()));
            } catch (...) {
                *result = Result<T>(exceptionError(nullptr));
            }
        }
        return std::function<void()>([done, result] {
            if (done)
                done(*result);
        });
    });
}

} // namespace boxoffice
