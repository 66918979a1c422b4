#pragma once

#include "databaseconfig.h"
#include "types.h"
#include "writework.h"

#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace boxoffice {

class ChangeFeed;
class Clock;
class CoreConnection;

/// Runs the web's writes on a thread of their own with its own database connection, one after
/// another in the order they came, so that a write waiting for a lock (another process's hold,
/// a counter's transaction, an fsync) never stalls the web thread's reads, event streams, long
/// polls and accepts. Belongs to the web thread: submit() and the answers are there.
///
/// A write that waited in the queue longer than `maxQueueMs` is answered 503 busy, with
/// Retry-After, and not carried out, so that a client (or nginx, which gives up after 60 s) is
/// not left guessing whether a late answer's write happened; a write once started is answered
/// with its real outcome.
class WebWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebWriter)

public:
    /// `feed` and `clock` must outlive the writer.
    WebWriter(DatabaseConfig database, ChangeFeed &feed, const Clock &clock, int maxQueueMs, int retryAfterSeconds,
              QObject *parent = nullptr);
    /// Refuses the writes not yet started (503), lets the running one finish, and answers all of
    /// them before it returns.
    ~WebWriter() override;

    /// Starts the thread and opens its connection; blocks until it is open or failed.
    Result<bool> start();
    /// Queues `work`; `answer` is called with its response on this object's thread.
    void submit(WriteWork work, WriteAnswer answer);

    /// Whether the writer's last write that said so found the disk full (Database::storageFull());
    /// the web's health check reports it.
    bool storageFull() const { return m_storageFull.load(); }
    /// Another write on the same database succeeded: there is room again.
    void storageRecovered() { m_storageFull.store(false); }

private:
    struct Job
    {
        WriteWork work;
        WriteAnswer answer;
        std::chrono::steady_clock::time_point queuedAt;
    };
    struct Done
    {
        HttpResponse response;
        WriteAnswer answer;
    };

    /// The thread's whole life: opens the connection, runs jobs until stopped, closes it.
    void serve();
    /// Answers what is done, on the web thread.
    void deliver();
    HttpResponse run(Job &job, CoreConnection &connection);
    void finish(HttpResponse response, WriteAnswer answer);

    const DatabaseConfig m_database;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    const std::chrono::milliseconds m_maxQueue;
    const int m_retryAfterSeconds;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::deque<Done> m_done;
    bool m_stopping = false;
    /// Set once the thread tried to open its connection; the error if that failed.
    std::optional<Result<bool>> m_opened;
    std::atomic<bool> m_storageFull = false;
};

} // namespace boxoffice
