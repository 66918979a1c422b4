#include "corebackend.h"

#include "coreconnection.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Long enough to ride out another writer's commit, short enough that a cashier hears of a
/// locked database within a second instead of watching a frozen basket.
constexpr int workerBusyTimeoutMs = 250;

QString makeCounterOwner()
{
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = u"localhost"_s;
    const quint64 random = QRandomGenerator::system()->generate64();
    return u"counter:%1:%2"_s.arg(host, QString::number(random, 16).rightJustified(16, u'0'));
}
} // namespace

/// Lives in the backend's worker thread and owns everything that touches the database there.
class CoreWorker final : public QObject
{
public:
    CoreWorker(DatabaseConfig config, ChangeFeed &feed, const Clock &clock)
        : m_config(std::move(config)), m_feed(feed), m_clock(clock)
    {
    }

    QString open()
    {
        close();
        auto connection = CoreConnection::open(m_config, u"gui"_s, m_feed, m_clock);
        if (!connection.ok()) {
            m_openError = connection.error().message;
            return m_openError;
        }
        m_connection = std::move(connection.value());
        m_services = std::make_unique<CoreServices>(
                CoreServices{m_connection->database(), m_connection->catalog(), m_connection->reservations(),
                             m_connection->venues(), m_connection->staff()});
        m_openError.clear();
        return {};
    }

    void close()
    {
        m_services.reset();
        m_connection.reset();
        m_openError = QCoreApplication::translate("boxoffice::CoreBackend", "The database is not open yet.");
    }

    CoreServices *services() const { return m_services.get(); }
    const QString &openError() const { return m_openError; }

private:
    DatabaseConfig m_config;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    std::unique_ptr<CoreConnection> m_connection;
    std::unique_ptr<CoreServices> m_services;
    QString m_openError;
};

CoreBackend::CoreBackend(DatabaseConfig config, ChangeFeed &feed, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_feed(feed), m_clock(clock),
      m_counterOwner(makeCounterOwner())
{
    m_config.busyTimeoutMs = workerBusyTimeoutMs;
    m_worker = new CoreWorker(m_config, m_feed, m_clock);
    m_worker->close();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(u"gui-core"_s);
    m_thread.start();
}

CoreBackend::~CoreBackend()
{
    // The connection is closed in the thread that opened it; quitting from inside the worker
    // lets every job queued before this run first.
    CoreWorker *worker = m_worker;
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void CoreBackend::start()
{
    CoreWorker *worker = m_worker;
    CoreBackend *backend = this;
    // The backend outlives every job: its destructor waits for the worker thread.
    QMetaObject::invokeMethod(
        worker,
        [worker, backend] {
            const QString error = worker->open();
            QMetaObject::invokeMethod(
                backend,
                [backend, error] {
                    backend->m_ready = error.isEmpty();
                    if (error.isEmpty())
                        emit backend->ready();
                    else
                        emit backend->failed(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CoreBackend::dispatch(QObject *context, Job job)
{
    Q_ASSERT_X(!context || context->thread() == thread(), "CoreBackend::run",
               "the context must live in the backend's thread");
    CoreWorker *worker = m_worker;
    CoreBackend *backend = this;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        worker,
        [worker, backend, guard, hasContext, job = std::move(job)] {
            std::function<void()> deliver = job(worker->services(), worker->openError());
            QMetaObject::invokeMethod(
                backend,
                [guard, hasContext, deliver = std::move(deliver)] {
                    if (hasContext && !guard)
                        return;
                    deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Error CoreBackend::notOpenError(const QString &openError)
{
    return Error{ErrorCode::DatabaseError, openError, {}};
}

Error CoreBackend::exceptionError(const char *what)
{
    QString message = tr("An unexpected error stopped the operation.");
    if (what)
        message += u' ' + QString::fromLocal8Bit(what);
    return Error{ErrorCode::DatabaseError, message, {}};
}

} // namespace boxoffice
