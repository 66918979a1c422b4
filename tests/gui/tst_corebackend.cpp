#include "corebackend.h"
#include "demodata.h"
#include "migrations.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_CoreBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAndHoldsCounterOwner();
    void deliversResultsOnTheGuiThread();
    void deliversErrors();
    void deliversThrownExceptionsAsErrors();
    void changesReachTheDatabaseAndTheFeed();
    void dropsAnswerWhenContextDied();
    void failsToStartOnAnUnusableDatabase();
    void destructionWaitsForQueuedJobs();

private:
    std::unique_ptr<CoreBackend> makeStartedBackend();

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_config;
    ChangeFeed m_feed;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
};

void tst_CoreBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = DatabaseConfig::sqlite(m_dir->filePath(u"backend.sqlite"_s));
    auto database = Database::open(m_config, u"setup"_s);
    QVERIFY(database.ok());
    QVERIFY(Migrations::migrate(*database.value()).ok());
    auto populated = DemoData::populate(*database.value(), m_clock);
    QVERIFY(populated.ok());
    QVERIFY(populated.value() > 0);
}

void tst_CoreBackend::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CoreBackend> tst_CoreBackend::makeStartedBackend()
{
    auto backend = std::make_unique<CoreBackend>(m_config, m_feed, m_clock);
    QSignalSpy ready(backend.get(), &CoreBackend::ready);
    backend->start();
    if (!ready.wait(5000))
        return nullptr;
    return backend;
}

void tst_CoreBackend::startsAndHoldsCounterOwner()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    QVERIFY(backend->isReady());
    QVERIFY(backend->counterOwner().startsWith(u"counter:"_s));
    CoreBackend other(m_config, m_feed, m_clock);
    QVERIFY(other.counterOwner() != backend->counterOwner());
    QCOMPARE(&backend->feed(), &m_feed);
    QCOMPARE(&backend->clock(), static_cast<const Clock *>(&m_clock));
}

void tst_CoreBackend::deliversResultsOnTheGuiThread()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    QThread *guiThread = QThread::currentThread();
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    std::optional<int> showCount;
    QObject context;
    backend->run<QList<Show>>(
        &context,
        [&workThread](CoreServices &services) {
            workThread = QThread::currentThread();
            return services.catalog.shows(QDateTime::fromSecsSinceEpoch(0), QDateTime(QDate(2100, 1, 1), QTime(0, 0)),
                                          Channel::Counter);
        },
        [&](const Result<QList<Show>> &result) {
            doneThread = QThread::currentThread();
            if (result.ok())
                showCount = int(result.value().size());
        });
    QTRY_VERIFY(doneThread != nullptr);
    QCOMPARE(doneThread, guiThread);
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != guiThread);
    QVERIFY(showCount.has_value());
    QVERIFY(*showCount > 0);
}

void tst_CoreBackend::deliversErrors()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    std::optional<Error> error;
    QObject context;
    backend->run<Booking>(
        &context, [](CoreServices &services) { return services.catalog.booking(u"NO-SUCH-REF"_s); },
        [&error](const Result<Booking> &result) {
            if (!result.ok())
                error = result.error();
        });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, ErrorCode::NotFound);
}

void tst_CoreBackend::deliversThrownExceptionsAsErrors()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    std::optional<Error> error;
    QObject context;
    backend->run<int>(
        &context, [](CoreServices &) -> Result<int> { throw std::runtime_error("boom"); },
        [&error](const Result<int> &result) {
            if (!result.ok())
                error = result.error();
        });
    QTRY_VERIFY(error.has_value());
    QVERIFY(error->message.contains(u"boom"_s));

    // The worker survived: the next job still runs.
    std::optional<int> answer;
    backend->run<int>(&context, [](CoreServices &) { return Result<int>(42); },
                      [&answer](const Result<int> &result) { answer = result.ok() ? result.value() : -1; });
    QTRY_COMPARE(answer.value_or(0), 42);
}

void tst_CoreBackend::changesReachTheDatabaseAndTheFeed()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    QSignalSpy changed(&m_feed, &ChangeFeed::showChanged);
    const QString owner = backend->counterOwner();
    std::optional<Result<HoldResult>> held;
    QObject context;
    backend->run<HoldResult>(
        &context,
        [owner](CoreServices &services) {
            return services.reservations.holdSeats(1, {u"A1"_s, u"A2"_s}, owner, std::chrono::seconds(600),
                                                   Channel::Counter);
        },
        [&held](const Result<HoldResult> &result) { held = result; });
    QTRY_VERIFY(held.has_value());
    QVERIFY2(held->ok(), qPrintable(held->ok() ? QString() : held->error().message));
    QCOMPARE(held->value().seats.size(), 2);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toLongLong(), 1);

    // Read back through a connection of our own: the hold was committed.
    auto database = Database::open(m_config, u"check"_s);
    QVERIFY(database.ok());
    ShowCatalog catalog(*database.value());
    auto snapshot = catalog.snapshot(1);
    QVERIFY(snapshot.ok());
    int heldByUs = 0;
    for (const SeatState &seat : snapshot.value().seats)
        heldByUs += (seat.status == SeatStatus::Held && seat.holdOwner == owner) ? 1 : 0;
    QCOMPARE(heldByUs, 2);
}

void tst_CoreBackend::dropsAnswerWhenContextDied()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    QSemaphore started;
    QSemaphore proceed;
    bool ranWork = false;
    bool deadContextCalled = false;
    auto context = std::make_unique<QObject>();
    backend->run<int>(
        context.get(),
        [&](CoreServices &) {
            started.release();
            proceed.acquire();
            ranWork = true;
            return Result<int>(1);
        },
        [&deadContextCalled](const Result<int> &) { deadContextCalled = true; });
    QVERIFY(started.tryAcquire(1, 5000));
    context.reset();
    proceed.release();

    // Answers arrive in order: once a later job's answer came, the dropped one had its turn.
    bool laterCalled = false;
    QObject alive;
    backend->run<int>(&alive, [](CoreServices &) { return Result<int>(2); },
                      [&laterCalled](const Result<int> &) { laterCalled = true; });
    QTRY_VERIFY(laterCalled);
    QVERIFY(ranWork);
    QVERIFY(!deadContextCalled);
}

void tst_CoreBackend::failsToStartOnAnUnusableDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder where the database file should be cannot be opened as SQLite.
    QVERIFY(QDir(dir.path()).mkpath(u"not-a-file.sqlite/inner"_s));
    CoreBackend backend(DatabaseConfig::sqlite(dir.filePath(u"not-a-file.sqlite"_s)), m_feed, m_clock);
    QSignalSpy failed(&backend, &CoreBackend::failed);
    QSignalSpy ready(&backend, &CoreBackend::ready);
    backend.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(ready.isEmpty());
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!backend.isReady());

    std::optional<Error> error;
    QObject context;
    backend.run<int>(&context, [](CoreServices &) { return Result<int>(1); },
                     [&error](const Result<int> &result) {
                         if (!result.ok())
                             error = result.error();
                     });
    QTRY_VERIFY(error.has_value());
    QVERIFY(!error->message.isEmpty());
}

void tst_CoreBackend::destructionWaitsForQueuedJobs()
{
    auto backend = makeStartedBackend();
    QVERIFY(backend);
    QAtomicInt ran = 0;
    QObject context;
    for (int i = 0; i < 20; ++i)
        backend->run<int>(&context, [&ran](CoreServices &) {
            ran.fetchAndAddOrdered(1);
            return Result<int>(0);
        }, {});
    backend.reset();
    QCOMPARE(ran.loadAcquire(), 20);
}

QTEST_GUILESS_MAIN(tst_CoreBackend)
#include "tst_corebackend.moc"
