#include "webfixture.h"
#include "webtestsupport.h"

#include <QSqlQuery>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

/// Reads and seat-status answers must come within this while a write waits for the lock; the
/// writer's busy timeout (5 s) is beyond it.
constexpr int readBoundMs = 3000;

/// Another connection keeping the database's write lock, as a counter's transaction or another
/// process's hold does.
class WriteLock
{
public:
    explicit WriteLock(const TestDatabase &database) : m_database(database.openAnother(u"locker"_s))
    {
        QVERIFY(m_database);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s));
    }
    ~WriteLock() { release(); }

    void release()
    {
        if (!m_held)
            return;
        m_held = false;
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"COMMIT"_s));
    }

private:
    std::unique_ptr<Database> m_database;
    bool m_held = true;
};

QByteArray holdRequest(const QByteArray &seat, const QByteArray &connection = "keep-alive")
{
    const QByteArray body = R"({"show": 1, "seats": [")" + seat + R"("]})";
    return "POST /api/holds HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: " +
           connection + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray seatStatusRequest = "GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

QJsonObject jsonOf(const RawAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

QString statusOf(const QJsonObject &seatStatus, const QString &label)
{
    for (const QJsonValue &seat : seatStatus.value(u"seats"_s).toArray()) {
        if (seat.toObject().value(u"id"_s).toString() == label)
            return seat.toObject().value(u"status"_s).toString();
    }
    return {};
}

/// The writer thread runs by default on PostgreSQL only; these tests run it on SQLite, whose
/// write lock another connection can keep as well.
WebLimits writerLimits()
{
    WebLimits limits = generousLimits();
    limits.writeThread = WebLimits::WriteThread::Writer;
    return limits;
}

} // namespace

/// Holds, releases and bookings run on the writer thread (WebWriter), so that one waiting for a
/// lock never stalls the web thread (issue 14).
class tst_WebWriter : public QObject
{
    Q_OBJECT

private slots:
    void writeWaitingForLockDoesNotStallReads();
    void writeQueuedPastBoundIsRefused();
    void clientLeavingWhileWriteWaits();
    void keepAliveAfterWrite();
};

void tst_WebWriter::writeWaitingForLockDoesNotStallReads()
{
    Fixture fixture(writerLimits());
    WriteLock lock(fixture.db);
    Client customer = fixture.client();
    QNetworkReply *hold = customer.start("POST", u"/api/holds"_s, R"({"show": 1, "seats": ["B1"]})");
    QTRY_COMPARE(fixture.endpoint->counters().writesQueued.load(), quint64(1));

    QElapsedTimer waited;
    waited.start();
    Client reader = fixture.client();
    const Answer status = Client::finish(reader.start("GET", u"/api/seat-status/?show=1"_s), readBoundMs);
    QCOMPARE(status.status, 200);
    QCOMPARE(statusOf(status.json(), u"B1"_s), u"available"_s);

    RawConnection stream(fixture.port);
    stream.send("GET /api/shows/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT((stream.waitForClose(20), stream.buffered().contains("event: seats")), readBoundMs);
    QVERIFY2(waited.elapsed() < readBoundMs, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(!hold->isFinished());

    lock.release();
    const Answer held = Client::finish(hold);
    QCOMPARE(held.status, 200);
    QCOMPARE(fixture.db.status(u"B1"_s), SeatStatus::Held);
    QCOMPARE(held.json().value(u"version"_s).toInteger(), fixture.version());
    // The stream hears of the write the writer committed.
    QTRY_VERIFY((stream.waitForClose(20), stream.buffered().count("event: seats") == 2));
}

void tst_WebWriter::writeQueuedPastBoundIsRefused()
{
    constexpr int boundMs = 200;
    WebLimits limits = writerLimits();
    limits.maxWriteQueueMs = boundMs;
    limits.busyRetryAfterSeconds = 7;
    Fixture fixture(limits);
    const qint64 version = fixture.version();
    WriteLock lock(fixture.db);
    Client first = fixture.client();
    Client second = fixture.client();
    QNetworkReply *firstHold = first.start("POST", u"/api/holds"_s, R"({"show": 1, "seats": ["B1"]})");
    QNetworkReply *secondHold = second.start("POST", u"/api/holds"_s, R"({"show": 1, "seats": ["B2"]})");
    QTRY_COMPARE(fixture.endpoint->counters().writesQueued.load(), quint64(2));
    // The scenario, not a synchronisation: the lock is kept past the bound while the second waits.
    QTest::qWait(2 * boundMs);
    lock.release();

    const Answer answers[] = {Client::finish(firstHold), Client::finish(secondHold)};
    // Which one the writer took first is the web thread's order of arrival.
    const int done = answers[0].status == 200 ? 0 : 1;
    const Answer &refused = answers[1 - done];
    QCOMPARE(answers[done].status, 200);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), u"busy"_s);
    QVERIFY(!refused.json().value(u"message"_s).toString().isEmpty());
    QCOMPARE(refused.header("retry-after"), QByteArray("7"));
    const QString heldSeat = done == 0 ? u"B1"_s : u"B2"_s;
    const QString refusedSeat = done == 0 ? u"B2"_s : u"B1"_s;
    QCOMPARE(fixture.db.status(heldSeat), SeatStatus::Held);
    QCOMPARE(fixture.db.status(refusedSeat), SeatStatus::Available);
    QCOMPARE(fixture.version(), version + 1);
}

void tst_WebWriter::clientLeavingWhileWriteWaits()
{
    Fixture fixture(writerLimits());
    WriteLock lock(fixture.db);
    {
        RawConnection leaving(fixture.port);
        leaving.send(holdRequest("B3"));
        QTRY_COMPARE(fixture.endpoint->counters().writesQueued.load(), quint64(1));
        leaving.socket().abort();
    }
    lock.release();
    // Started before the client left, the write is carried out, and the server goes on.
    QTRY_COMPARE(fixture.db.status(u"B3"_s), SeatStatus::Held);
    Client next = fixture.client();
    QCOMPARE(next.hold(fixture.db.show, {u"B4"_s}).status, 200);
}

void tst_WebWriter::keepAliveAfterWrite()
{
    Fixture fixture(writerLimits());
    RawConnection raw(fixture.port);
    raw.send(holdRequest("B4"));
    const RawAnswer held = raw.read();
    QCOMPARE(held.status, 200);
    QVERIFY(held.hasHeader("set-cookie"));
    QCOMPARE(fixture.endpoint->counters().writesQueued.load(), quint64(1));
    const qint64 version = jsonOf(held).value(u"version"_s).toInteger();

    // The same connection goes on, and its seat status is never older than the hold's answer.
    raw.send(seatStatusRequest);
    const RawAnswer after = raw.read();
    QCOMPARE(after.status, 200);
    QVERIFY(jsonOf(after).value(u"version"_s).toInteger() >= version);
    QCOMPARE(statusOf(jsonOf(after), u"B4"_s), u"held"_s);

    // A read pipelined right behind a write is answered after it, in order.
    const QByteArray cookie = held.head.mid(held.head.toLower().indexOf("set-cookie: ") + 12);
    const QByteArray cookieHeader = "Cookie: " + cookie.left(cookie.indexOf(';')) + "\r\n";
    raw.send("DELETE /api/holds?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + cookieHeader + "\r\n" + seatStatusRequest);
    const RawAnswer released = raw.read();
    QCOMPARE(released.status, 200);
    QCOMPARE(jsonOf(released).value(u"seats"_s).toArray(), QJsonArray({u"B4"_s}));
    const RawAnswer behind = raw.read();
    QCOMPARE(behind.status, 200);
    QCOMPARE(statusOf(jsonOf(behind), u"B4"_s), u"available"_s);
}

QTEST_GUILESS_MAIN(tst_WebWriter)
#include "tst_webwriter.moc"
