#include "webwriter.h"

#include "apierror.h"
#include "coreconnection.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace boxoffice {

WebWriter::WebWriter(DatabaseConfig database, ChangeFeed &feed, const Clock &clock, int maxQueueMs,
                     int retryAfterSeconds, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_feed(feed), m_clock(clock), m_maxQueue(maxQueueMs),
      m_retryAfterSeconds(retryAfterSeconds)
{
}

WebWriter::~WebWriter()
{
    std::deque<Job> refused;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        refused.swap(m_queue);
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
    for (Job &job : refused)
        job.answer(ApiError::busy(u"The box office is closing; nothing was changed. Please try again shortly."_s,
                                  m_retryAfterSeconds)
                           .toResponse());
    deliver();
}

Result<bool> WebWriter::start()
{
    m_thread.reset(QThread::create([this] { serve(); }));
    m_thread->setObjectName(u"web-writer"_s);
    m_thread->start();
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_opened.has_value(); });
    return *m_opened;
}

void WebWriter::submit(WriteWork work, WriteAnswer answer)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(Job{std::move(work), std::move(answer), std::chrono::steady_clock::now()});
    }
    m_wake.notify_all();
}

void WebWriter::serve()
{
    // Qt's database connections belong to the thread that opened them: this one is opened,
    // used and closed here.
    auto opened = CoreConnection::open(m_database, u"web-writer"_s, m_feed, m_clock);
    {
        const std::lock_guard lock(m_mutex);
        m_opened = opened.ok() ? Result<bool>(true) : Result<bool>(opened.error());
    }
    m_wake.notify_all();
    if (!opened.ok())
        return;
    const std::unique_ptr<CoreConnection> connection = std::move(opened.value());
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        HttpResponse response = run(job, *connection);
        finish(std::move(response), std::move(job.answer));
    }
}

HttpResponse WebWriter::run(Job &job, CoreConnection &connection)
{
    if (std::chrono::steady_clock::now() - job.queuedAt > m_maxQueue)
        return ApiError::busy(u"The box office is too busy to take this now; nothing was changed. Please try again."_s,
                              m_retryAfterSeconds)
                .toResponse();
    const bool wasFull = connection.database().storageFull();
    HttpResponse response;
    try {
        response = job.work(connection.reservations());
    } catch (const ApiError &error) {
        response = error.toResponse();
    }
    // Only what this write learned: a failure for another reason says nothing about the disk.
    if (const bool full = connection.database().storageFull(); full != wasFull)
        m_storageFull.store(full);
    return response;
}

void WebWriter::finish(HttpResponse response, WriteAnswer answer)
{
    bool first = false;
    {
        const std::lock_guard lock(m_mutex);
        first = m_done.empty();
        m_done.push_back(Done{std::move(response), std::move(answer)});
    }
    // Posted after the change feed's announcements of this write, which the web thread so hears
    // of first: a seat status asked right after the answer is never older than the answer.
    if (first)
        QMetaObject::invokeMethod(this, &WebWriter::deliver, Qt::QueuedConnection);
}

void WebWriter::deliver()
{
    std::deque<Done> done;
    {
        const std::lock_guard lock(m_mutex);
        done.swap(m_done);
    }
    for (Done &each : done)
        each.answer(std::move(each.response));
}

} // namespace boxoffice
