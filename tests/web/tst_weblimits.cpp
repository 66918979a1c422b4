#include "webfixture.h"
#include "webtestsupport.h"

#include "guardedtcpserver.h"
#include "showversion.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

const QHostAddress firstClient(u"127.0.0.1"_s);
const QHostAddress secondClient(u"127.0.0.2"_s);
const QHostAddress thirdClient(u"127.0.0.3"_s);

QByteArray streamRequest()
{
    return "GET /api/shows/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray longPollRequest(qint64 since)
{
    return "GET /api/seat-status/?show=1&since=" + QByteArray::number(since) +
           "&wait=20 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

/// A well-formed session cookie of its own for each `number`.
QByteArray sessionCookie(int number)
{
    return "bo_session=" + QByteArray::number(number).rightJustified(43, 'c');
}

/// A seat-status request of the session `cookie`, a long poll when `wait` > 0, with `moreHeaders`
/// (whole lines).
QByteArray sessionStatusRequest(const QByteArray &cookie, qint64 since, int wait, const QByteArray &moreHeaders = {})
{
    QByteArray target = "/api/seat-status/?show=1&since=" + QByteArray::number(since);
    if (wait > 0)
        target += "&wait=" + QByteArray::number(wait);
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie + "\r\n" + moreHeaders + "\r\n";
}

QByteArray holdRequest(const QByteArray &cookie, const QByteArray &seat)
{
    const QByteArray body = "{\"show\": 1, \"seats\": [\"" + seat + "\"]}";
    return "POST /api/holds HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
           body;
}

/// A 503 that says when to come back, in the API's error shape.
void verifyBusy(const RawAnswer &answer)
{
    QCOMPARE(answer.status, 503);
    QVERIFY(answer.hasHeader("retry-after"));
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString(), u"service_unavailable"_s);
}

/// The process's soft limit on open files, changed for one test and restored after it.
class DescriptorLimit
{
public:
    explicit DescriptorLimit(rlim_t soft)
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        rlimit changed = m_saved;
        changed.rlim_cur = qMin(soft, m_saved.rlim_max);
        m_applied = ::setrlimit(RLIMIT_NOFILE, &changed) == 0 && changed.rlim_cur == soft;
    }
    ~DescriptorLimit() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }
    Q_DISABLE_COPY_MOVE(DescriptorLimit)

    bool applied() const { return m_applied; }

private:
    rlimit m_saved{};
    bool m_applied = false;
};

/// Descriptors closed when the test ends, however it ends.
class Descriptors
{
public:
    Descriptors() = default;
    ~Descriptors() { closeAll(); }
    Q_DISABLE_COPY_MOVE(Descriptors)

    void add(int descriptor) { m_descriptors.push_back(descriptor); }
    void closeAll()
    {
        for (const int descriptor : m_descriptors)
            ::close(descriptor);
        m_descriptors.clear();
    }
    const std::vector<int> &all() const { return m_descriptors; }

private:
    std::vector<int> m_descriptors;
};

int openDescriptorCount()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

/// Starts a non-blocking connect; true when it completed or is under way.
bool startConnect(int descriptor, quint16 port)
{
    const sockaddr_in address = loopback(port);
    return ::connect(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0 ||
            errno == EINPROGRESS;
}

/// CPU time the web thread has used, in clock ticks.
qint64 webThreadTicks()
{
    const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(u"/proc/self/task/%1/comm"_s.arg(task));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "web")
            continue;
        QFile stat(u"/proc/self/task/%1/stat"_s.arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the command's closing parenthesis: state is the 3rd; utime, stime the 14th, 15th.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.value(11).toLongLong() + fields.value(12).toLongLong();
    }
    return -1;
}

/// Reads an event stream on a plain socket until an event with `lastId` arrives or `timeoutMs` passes.
QByteArray readStreamUntil(int descriptor, qint64 lastId, int timeoutMs)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    const QByteArray wanted = "id: " + QByteArray::number(lastId) + '\n';
    while (!received.contains(wanted) && timer.elapsed() < timeoutMs) {
        pollfd readable{descriptor, POLLIN, 0};
        if (::poll(&readable, 1, 50) <= 0)
            continue;
        char buffer[16384];
        const ssize_t got = ::recv(descriptor, buffer, sizeof buffer, 0);
        if (got <= 0)
            break;
        received.append(buffer, got);
    }
    return received;
}

/// Requests an event stream on a plain socket with a small receive buffer, which the test reads
/// only when it means to; -1 when that failed.
int openUnreadStream(Descriptors &descriptors, quint16 port)
{
    const int stream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (stream < 0)
        return -1;
    descriptors.add(stream);
    const int receiveBuffer = 4096;
    ::setsockopt(stream, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    const sockaddr_in server = loopback(port);
    const QByteArray request = streamRequest();
    if (::connect(stream, reinterpret_cast<const sockaddr *>(&server), sizeof server) != 0 ||
        ::send(stream, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != ssize_t(request.size()))
        return -1;
    return stream;
}

QList<qint64> eventIds(const QByteArray &stream)
{
    QList<qint64> ids;
    for (const QByteArray &line : stream.split('\n')) {
        if (line.startsWith("id: "))
            ids.append(line.mid(4).toLongLong());
    }
    return ids;
}

} // namespace

class tst_WebLimits : public QObject
{
    Q_OBJECT

private slots:
    void streamsCappedPerAddress();
    void streamsCappedInAll();
    void longPollsCapped();
    void stalledStreamGetsOneCatchUpEvent();
    void stalledStreamIsDroppedWhileOthersKeepUp();
    void streamsShareTheEventBytes();
    void answeredLongPollKeepsItsConnection_data();
    void answeredLongPollKeepsItsConnection();
    void requestSentWhileParkedIsAnsweredAfterThePoll();
    void longPollsShareOneAnswer();
    void longPollAnswerComesInTheAcceptedCoding();
    void answeredLongPollIsClosedWhenIdle();
    void deadlinesOfEarlierPollsLeaveTheConnectionAlone();
    void versionWithoutSeatChangeWakesNoSeatPage();
    void clientLeavingWhileParkedFreesItsPlace();
    void connectionsCappedPerAddress();
    void outOfDescriptorsNeitherSpinsNorStops();
    void burstOfConnectsFitsTheBacklog();
};

void tst_WebLimits::streamsCappedPerAddress()
{
    WebLimits limits = generousLimits();
    limits.streams = {2, 100};
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    auto first = std::make_unique<RawConnection>(fixture.port, firstClient);
    RawConnection second(fixture.port, firstClient);
    first->send(streamRequest());
    second.send(streamRequest());
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 2);

    RawConnection third(fixture.port, firstClient);
    third.send(streamRequest());
    verifyBusy(third.read());

    // Another address has its own allowance.
    RawConnection elsewhere(fixture.port, secondClient);
    elsewhere.send(streamRequest());
    QTRY_COMPARE(watchers.last().first().toInt(), 3);

    // A stream that ends gives its place back.
    first.reset();
    QTRY_COMPARE(watchers.last().first().toInt(), 2);
    RawConnection again(fixture.port, firstClient);
    again.send(streamRequest());
    QTRY_COMPARE(watchers.last().first().toInt(), 3);
}

void tst_WebLimits::streamsCappedInAll()
{
    WebLimits limits = generousLimits();
    limits.streams = {100, 2};
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    RawConnection first(fixture.port, firstClient);
    RawConnection second(fixture.port, secondClient);
    first.send(streamRequest());
    second.send(streamRequest());
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 2);

    RawConnection third(fixture.port, thirdClient);
    third.send(streamRequest());
    verifyBusy(third.read());
    // Seat status without waiting is still answered.
    QCOMPARE(fixture.client().get(u"/api/seat-status/?show=1"_s).status, 200);
}

void tst_WebLimits::longPollsCapped()
{
    WebLimits limits = generousLimits();
    limits.longPolls = {1, 100};
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    const qint64 version = fixture.version();
    RawConnection parked(fixture.port, firstClient);
    parked.send(longPollRequest(version));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);

    RawConnection refused(fixture.port, firstClient);
    refused.send(longPollRequest(version));
    verifyBusy(refused.read());

    RawConnection elsewhere(fixture.port, secondClient);
    elsewhere.send(longPollRequest(version));
    QTRY_COMPARE(watchers.last().first().toInt(), 2);

    // The parked ones are answered as usual.
    fixture.holdElsewhere({u"B2"_s});
    QCOMPARE(parked.read().status, 200);
    QCOMPARE(elsewhere.read().status, 200);
}

void tst_WebLimits::stalledStreamGetsOneCatchUpEvent()
{
    WebLimits limits = generousLimits();
    limits.streamSendBufferBytes = 4096;
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);

    // A client that stops reading: small buffers, so the kernel holds only a few events.
    Descriptors client;
    const int stream = openUnreadStream(client, fixture.port);
    QVERIFY(stream >= 0);
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);

    // Far more changes than the kernel buffers hold; the last one frees B1 again.
    constexpr int changes = 400;
    for (int change = 0; change < changes / 2; ++change) {
        QVERIFY(fixture.db.reservations
                        ->holdSeats(fixture.db.show, {u"B1"_s}, u"counter:1"_s, std::chrono::seconds(600), Channel::Counter)
                        .ok());
        QVERIFY(fixture.db.reservations->releaseHolds(u"counter:1"_s, fixture.db.show).ok());
    }
    const qint64 last = fixture.version();

    const QByteArray received = readStreamUntil(stream, last, 10000);
    const QList<qint64> ids = eventIds(received);
    QVERIFY2(!ids.isEmpty() && ids.last() == last, received.right(300).constData());
    // Every change queued would be `changes` events; a stalled stream gets what fitted in the
    // kernel, then one event with everything it missed.
    QVERIFY2(ids.size() < changes / 4, qPrintable(QString::number(ids.size())));
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) > ids.at(i - 1));
    const QByteArray lastData = received.mid(received.lastIndexOf("data: ") + 6).split('\n').constFirst();
    const QJsonObject catchUp = QJsonDocument::fromJson(lastData).object();
    bool sawB1 = false;
    for (const QJsonValue &seat : catchUp.value(u"seats"_s).toArray()) {
        if (seat.toObject().value(u"id"_s).toString() == u"B1"_s) {
            sawB1 = true;
            QCOMPARE(seat.toObject().value(u"status"_s).toString(), u"available"_s);
        }
    }
    QVERIFY(sawB1);
}

void tst_WebLimits::stalledStreamIsDroppedWhileOthersKeepUp()
{
    WebLimits limits = generousLimits();
    limits.streamSendBufferBytes = 4096;
    limits.streamStallMs = 300;
    limits.heartbeatMs = 100;
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);

    Descriptors client;
    const int stalled = openUnreadStream(client, fixture.port);
    QVERIFY(stalled >= 0);
    RawConnection reader(fixture.port, secondClient);
    reader.send(streamRequest());
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 2);

    // Seats change fast; the reader sees each version within a second, the stalled client none.
    QElapsedTimer clock;
    clock.start();
    for (int change = 0; watchers.last().first().toInt() == 2 && change < 400; ++change) {
        const bool changed = change % 2 == 0
                ? fixture.db.reservations
                          ->holdSeats(fixture.db.show, {u"B1"_s}, u"counter:1"_s, std::chrono::seconds(600),
                                      Channel::Counter)
                          .ok()
                : fixture.db.reservations->releaseHolds(u"counter:1"_s, fixture.db.show).ok();
        QVERIFY(changed);
        const QByteArray wanted = "id: " + QByteArray::number(fixture.version()) + '\n';
        QElapsedTimer waited;
        waited.start();
        while (!reader.buffered().contains(wanted) && waited.elapsed() < 1000)
            reader.waitForClose(10);
        QVERIFY2(reader.buffered().contains(wanted), wanted.constData());
    }
    QTRY_COMPARE(watchers.last().first().toInt(), 1);
    QVERIFY(clock.elapsed() >= limits.streamStallMs);
    QVERIFY(reader.connected());

    // The stalled client reads what the kernel held, then the end of the connection.
    const qint64 last = fixture.version();
    const QByteArray received = readStreamUntil(stalled, last, 3000);
    QVERIFY(!received.contains(QByteArray("id: " + QByteArray::number(last) + '\n')));
    char byte = 0;
    QVERIFY(::recv(stalled, &byte, 1, MSG_DONTWAIT) <= 0);
}

void tst_WebLimits::streamsShareTheEventBytes()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    constexpr int count = 50;
    std::vector<std::unique_ptr<RawConnection>> streams;
    for (int i = 0; i < count; ++i) {
        streams.push_back(std::make_unique<RawConnection>(fixture.port, firstClient));
        streams.back()->send(streamRequest());
    }
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == count);
    const auto receivedEverywhere = [&](qint64 version) {
        const QByteArray wanted = "id: " + QByteArray::number(version) + '\n';
        for (const auto &stream : streams) {
            QElapsedTimer waited;
            waited.start();
            while (!stream->buffered().contains(wanted) && waited.elapsed() < 3000)
                stream->waitForClose(10);
            if (!stream->buffered().contains(wanted))
                return false;
        }
        return true;
    };
    QVERIFY(receivedEverywhere(fixture.version()));

    const quint64 before = fixture.endpoint->counters().eventBuilds;
    fixture.holdElsewhere({u"B2"_s});
    QVERIFY(receivedEverywhere(fixture.version()));
    QCOMPARE(fixture.endpoint->counters().eventBuilds - before, quint64(1));
}

void tst_WebLimits::answeredLongPollKeepsItsConnection_data()
{
    QTest::addColumn<bool>("byChange");
    QTest::newRow("answered by a change") << true;
    QTest::newRow("answered at its deadline") << false;
}

void tst_WebLimits::answeredLongPollKeepsItsConnection()
{
    QFETCH(bool, byChange);
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    const qint64 version = fixture.version();
    RawConnection poll(fixture.port);
    poll.send("GET /api/seat-status/?show=1&since=" + QByteArray::number(version) + "&wait=" + (byChange ? "20" : "1") +
              " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);
    if (byChange)
        fixture.holdElsewhere({u"B3"_s});
    const RawAnswer answered = poll.read(5000);
    QCOMPARE(answered.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answered.body).object().value(u"version"_s).toInteger(), fixture.version());
    QTRY_COMPARE(watchers.last().first().toInt(), 0);

    // The same connection serves the next requests, the next long poll too.
    poll.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(poll.read().status, 200);
    poll.send(longPollRequest(fixture.version()));
    QTRY_COMPARE(watchers.last().first().toInt(), 1);
    fixture.holdElsewhere({u"B4"_s});
    const RawAnswer second = poll.read(5000);
    QCOMPARE(second.status, 200);
    QCOMPARE(QJsonDocument::fromJson(second.body).object().value(u"version"_s).toInteger(), fixture.version());
    QVERIFY(poll.connected());
}

void tst_WebLimits::requestSentWhileParkedIsAnsweredAfterThePoll()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    RawConnection poll(fixture.port);
    poll.send(longPollRequest(fixture.version()));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);
    poll.send("GET /shows/1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    // Still parked: the early request waits its turn.
    QVERIFY(!poll.waitForClose(200));
    QCOMPARE(watchers.last().first().toInt(), 1);

    fixture.holdElsewhere({u"B2"_s});
    const RawAnswer answered = poll.read(5000);
    QCOMPARE(answered.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answered.body).object().value(u"version"_s).toInteger(), fixture.version());
    const RawAnswer next = poll.read(5000);
    QCOMPARE(next.status, 200);
    QVERIFY(next.head.contains("text/html"));
}

void tst_WebLimits::longPollsShareOneAnswer()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    const QByteArray holderCookie = sessionCookie(0);
    RawConnection holder(fixture.port);
    holder.send(holdRequest(holderCookie, "B1"));
    QCOMPARE(holder.read().status, 200);
    const qint64 since = fixture.version();

    constexpr int count = 40;
    std::vector<std::unique_ptr<RawConnection>> polls;
    for (int i = 1; i <= count; ++i) {
        polls.push_back(std::make_unique<RawConnection>(fixture.port));
        polls.back()->send(sessionStatusRequest(sessionCookie(i), since, 20));
    }
    holder.send(sessionStatusRequest(holderCookie, since, 20));
    RawConnection newcomer(fixture.port);
    newcomer.send(longPollRequest(since));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == count + 2);

    const quint64 before = fixture.endpoint->counters().answerBuilds;
    fixture.holdElsewhere({u"B2"_s});
    std::vector<RawAnswer> answers;
    for (const auto &poll : polls)
        answers.push_back(poll->read(5000));
    const RawAnswer held = holder.read(5000);
    const RawAnswer fresh = newcomer.read(5000);
    // One answer for the sessions without a hold; the holder and the new session get their own.
    QCOMPARE(fixture.endpoint->counters().answerBuilds - before, quint64(3));

    // The shared answer is, byte for byte, what each session gets when it asks without waiting.
    for (int i = 1; i <= count; ++i) {
        const RawAnswer &answer = answers.at(size_t(i - 1));
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.hasHeader("set-cookie"));
        polls.at(size_t(i - 1))->send(sessionStatusRequest(sessionCookie(i), since, 0));
        const RawAnswer asked = polls.at(size_t(i - 1))->read();
        QCOMPARE(answer.head, asked.head);
        QCOMPARE(answer.body, asked.body);
    }
    const QJsonObject shared = QJsonDocument::fromJson(answers.front().body).object();
    QCOMPARE(shared.value(u"version"_s).toInteger(), fixture.version());
    QVERIFY(shared.value(u"my_hold"_s).isNull());

    QCOMPARE(held.status, 200);
    const QJsonArray heldSeats
            = QJsonDocument::fromJson(held.body).object().value(u"my_hold"_s).toObject().value(u"seats"_s).toArray();
    QCOMPARE(heldSeats, QJsonArray{u"B1"_s});
    holder.send(sessionStatusRequest(holderCookie, since, 0));
    QCOMPARE(held.body, holder.read().body);

    QCOMPARE(fresh.status, 200);
    QVERIFY(fresh.hasHeader("set-cookie"));
}

void tst_WebLimits::longPollAnswerComesInTheAcceptedCoding()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    const qint64 since = fixture.version();
    const QByteArray gzip = "Accept-Encoding: gzip\r\n";
    RawConnection compressed(fixture.port);
    RawConnection alsoCompressed(fixture.port);
    RawConnection plain(fixture.port);
    compressed.send(sessionStatusRequest(sessionCookie(1), since, 20, gzip));
    alsoCompressed.send(sessionStatusRequest(sessionCookie(2), since, 20, gzip));
    plain.send(sessionStatusRequest(sessionCookie(3), since, 20));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 3);

    const quint64 before = fixture.endpoint->counters().answerBuilds;
    // Nine seats change: their `since=` answer is worth compressing (1 kB or more).
    fixture.holdElsewhere({u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B5"_s});
    const RawAnswer gzipped = compressed.read(5000);
    const RawAnswer alsoGzipped = alsoCompressed.read(5000);
    const RawAnswer identity = plain.read(5000);
    QCOMPARE(fixture.endpoint->counters().answerBuilds - before, quint64(2));

    QCOMPARE(gzipped.status, 200);
    QVERIFY(gzipped.head.toLower().contains("\r\ncontent-encoding: gzip\r\n"));
    QVERIFY(gzipped.head.toLower().contains("\r\nvary: accept-encoding\r\n"));
    QCOMPARE(alsoGzipped.body, gzipped.body);
    compressed.send(sessionStatusRequest(sessionCookie(1), since, 0, gzip));
    const RawAnswer asked = compressed.read();
    QCOMPARE(gzipped.head, asked.head);
    QCOMPARE(gzipped.body, asked.body);

    QCOMPARE(identity.status, 200);
    QVERIFY(!identity.hasHeader("content-encoding"));
    QVERIFY(identity.hasHeader("vary"));
    QCOMPARE(QJsonDocument::fromJson(identity.body).object().value(u"seats"_s).toArray().size(), 9);
}

void tst_WebLimits::answeredLongPollIsClosedWhenIdle()
{
    WebLimits limits = generousLimits();
    limits.idleTimeoutMs = 300;
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    RawConnection poll(fixture.port);
    poll.send(longPollRequest(fixture.version()));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);
    fixture.holdElsewhere({u"B3"_s});
    QCOMPARE(poll.read(5000).status, 200);
    QVERIFY(poll.connected());
    QElapsedTimer idle;
    idle.start();
    QVERIFY(poll.waitForClose(5000));
    QVERIFY(idle.elapsed() >= limits.idleTimeoutMs / 2);

    // A connection that is closed frees its place among the connections of its address.
    RawConnection next(fixture.port);
    next.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(next.read().status, 200);
}

void tst_WebLimits::deadlinesOfEarlierPollsLeaveTheConnectionAlone()
{
    // A long poll's deadline, and an answered connection's idle deadline, stay queued when the
    // poll is answered or the connection asks again. The connection's descriptor changes with
    // each poll (it is duplicated to park it), between two numbers: on coming due, those queued
    // deadlines find the same descriptor's later poll, or its later idle wait, and must leave it
    // alone.
    WebLimits limits = generousLimits();
    limits.idleTimeoutMs = 2000;
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    RawConnection poll(fixture.port);
    const auto park = [&](int waitSeconds) {
        poll.send("GET /api/seat-status/?show=1&since=" + QByteArray::number(fixture.version()) +
                  "&wait=" + QByteArray::number(waitSeconds) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        return QTest::qWaitFor([&] { return !watchers.isEmpty() && watchers.last().first().toInt() == 1; }, 5000);
    };
    const QStringList seats{u"B3"_s, u"B4"_s, u"B5"_s, u"A4"_s};
    QElapsedTimer sinceFirstAnswer;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(park(1));
        fixture.holdElsewhere({seats.at(i)});
        QCOMPARE(poll.read(5000).status, 200);
        QTRY_COMPARE(watchers.last().first().toInt(), 0);
        if (i == 0)
            sinceFirstAnswer.start();
    }
    QVERIFY(park(20));
    // The earlier polls' deadlines (1 s) pass: this one stays parked.
    QCOMPARE(poll.read(1500 - int(sinceFirstAnswer.elapsed())).status, 0);
    QCOMPARE(watchers.last().first().toInt(), 1);
    fixture.holdElsewhere({seats.at(3)});
    const RawAnswer last = poll.read(5000);
    QCOMPARE(last.status, 200);
    QCOMPARE(QJsonDocument::fromJson(last.body).object().value(u"version"_s).toInteger(), fixture.version());
    QElapsedTimer sinceLastAnswer;
    sinceLastAnswer.start();

    // The earlier answers' idle waits end, the last one's has not: the connection stays open.
    QVERIFY(!poll.waitForClose(int(limits.idleTimeoutMs + 400 - sinceFirstAnswer.elapsed())));
    QVERIFY(sinceLastAnswer.elapsed() < limits.idleTimeoutMs);
    poll.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(poll.read().status, 200);
}

void tst_WebLimits::versionWithoutSeatChangeWakesNoSeatPage()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    RawConnection stream(fixture.port);
    stream.send(streamRequest());
    const qint64 since = fixture.version();
    RawConnection poll(fixture.port);
    poll.send(longPollRequest(since));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 2);
    const auto receive = [&stream](qint64 version) {
        const QByteArray wanted = "id: " + QByteArray::number(version) + '\n';
        QElapsedTimer waited;
        waited.start();
        while (!stream.buffered().contains(wanted) && waited.elapsed() < 5000)
            stream.waitForClose(10);
        return stream.buffered().contains(wanted);
    };
    QVERIFY(receive(since));

    // What a check-in does to the show: a new version, no seat changed.
    constexpr int checkins = 20;
    for (int checkin = 0; checkin < checkins; ++checkin) {
        const auto moved = fixture.db.database->write<qint64>(
                [&] { return moveShowVersionOn(*fixture.db.database, fixture.db.show); });
        QVERIFY(moved.ok());
        fixture.db.feed.publish(fixture.db.show, moved.value());
    }
    QCOMPARE(fixture.version(), since + checkins);
    // A plain poll with the old version parks too, instead of an answer without seats.
    RawConnection late(fixture.port);
    late.send(longPollRequest(since));
    QTRY_COMPARE_WITH_TIMEOUT(watchers.last().first().toInt(), 3, 15000);
    QVERIFY(!poll.waitForClose(300));
    QVERIFY(!stream.waitForClose(100));
    QCOMPARE(eventIds(stream.buffered()), QList<qint64>{since});

    fixture.holdElsewhere({u"B4"_s});
    const qint64 held = fixture.version();
    QVERIFY(receive(held));
    QCOMPARE(eventIds(stream.buffered()), (QList<qint64>{since, held}));
    for (RawConnection *waiting : {&poll, &late}) {
        const RawAnswer answer = waiting->read(5000);
        QCOMPARE(answer.status, 200);
        const QJsonObject status = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(status.value(u"version"_s).toInteger(), held);
        const QJsonArray seats = status.value(u"seats"_s).toArray();
        QCOMPARE(seats.size(), 1);
        QCOMPARE(seats.first().toObject().value(u"id"_s).toString(), u"B4"_s);
    }
}

void tst_WebLimits::clientLeavingWhileParkedFreesItsPlace()
{
    WebLimits limits = generousLimits();
    limits.longPolls = {1, 100};
    limits.streams = {1, 100};
    Fixture fixture(limits);
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    auto poll = std::make_unique<RawConnection>(fixture.port, firstClient);
    poll->send(longPollRequest(fixture.version()));
    auto stream = std::make_unique<RawConnection>(fixture.port, firstClient);
    stream->send(streamRequest());
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 2);

    poll.reset();
    stream.reset();
    QTRY_COMPARE(watchers.last().first().toInt(), 0);
    RawConnection nextPoll(fixture.port, firstClient);
    nextPoll.send(longPollRequest(fixture.version()));
    RawConnection nextStream(fixture.port, firstClient);
    nextStream.send(streamRequest());
    QTRY_COMPARE(watchers.last().first().toInt(), 2);
}

void tst_WebLimits::connectionsCappedPerAddress()
{
    WebLimits limits = generousLimits();
    limits.connections = {3, 100};
    Fixture fixture(limits);
    auto first = std::make_unique<RawConnection>(fixture.port, firstClient);
    RawConnection second(fixture.port, firstClient);
    RawConnection third(fixture.port, firstClient);
    const QByteArray health = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    third.send(health);
    QCOMPARE(third.read().status, 200);

    RawConnection fourth(fixture.port, firstClient);
    const RawAnswer refused = fourth.read();
    verifyBusy(refused);
    QVERIFY(fourth.waitForClose(5000));

    RawConnection elsewhere(fixture.port, secondClient);
    elsewhere.send(health);
    QCOMPARE(elsewhere.read().status, 200);

    // A connection that closes gives its place back, once the server has seen it go.
    first.reset();
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (status != 200 && timer.elapsed() < 10000) {
        RawConnection again(fixture.port, firstClient);
        again.send(health);
        status = again.read(1000).status;
        if (status != 200)
            QTest::qWait(20);
    }
    QCOMPARE(status, 200);
}

void tst_WebLimits::outOfDescriptorsNeitherSpinsNorStops()
{
    WebLimits limits = generousLimits();
    limits.acceptPauseMs = 100;
    Fixture fixture(limits);
    QVERIFY(webThreadTicks() >= 0);
    const DescriptorLimit limit(rlim_t(openDescriptorCount() + 64));
    QVERIFY(limit.applied());

    // Clients' sockets first, then every descriptor left taken: the server cannot accept them.
    constexpr int clients = 3;
    Descriptors waiting;
    for (int i = 0; i < clients; ++i) {
        const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(descriptor >= 0);
        waiting.add(descriptor);
    }
    Descriptors fillers;
    for (int descriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC); descriptor >= 0;
         descriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC))
        fillers.add(descriptor);
    QCOMPARE(errno, EMFILE);

    const quint64 shortagesBefore = GuardedTcpServer::descriptorShortages();
    for (const int descriptor : waiting.all())
        QVERIFY(startConnect(descriptor, fixture.port));
    QTRY_VERIFY(GuardedTcpServer::descriptorShortages() > shortagesBefore);

    // Not left hanging: each is told to come back later, on its spare descriptor.
    for (const int descriptor : waiting.all()) {
        pollfd readable{descriptor, POLLIN, 0};
        QVERIFY(::poll(&readable, 1, 5000) == 1);
        char head[13] = {};
        QVERIFY(::recv(descriptor, head, 12, 0) > 0);
        QCOMPARE(QByteArray(head), QByteArray("HTTP/1.1 503"));
    }

    // Still out of descriptors: the server must neither spin nor keep trying.
    const quint64 shortagesAtStart = GuardedTcpServer::descriptorShortages();
    const qint64 ticksAtStart = webThreadTicks();
    QElapsedTimer window;
    window.start();
    QTest::qWait(1000);
    const qint64 ticks = webThreadTicks() - ticksAtStart;
    const qint64 elapsedMs = window.elapsed();
    const quint64 shortages = GuardedTcpServer::descriptorShortages() - shortagesAtStart;
    const qint64 ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    QVERIFY2(ticks * 1000 < ticksPerSecond * elapsedMs / 4, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(elapsedMs)));
    QVERIFY2(shortages <= quint64(elapsedMs / limits.acceptPauseMs + 2), qPrintable(QString::number(shortages)));

    // Descriptors free again: the next customer is served.
    fillers.closeAll();
    RawConnection next(fixture.port);
    next.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(next.read().status, 200);
}

void tst_WebLimits::burstOfConnectsFitsTheBacklog()
{
    constexpr int burst = 1000;
    WebLimits limits = generousLimits();
    limits.connections = {100000, 100000};
    Fixture fixture(limits);
    const DescriptorLimit limit(rlim_t(openDescriptorCount() + 2 * burst + 64));
    if (!limit.applied())
        QSKIP("The hard limit on open files is too low for this test.");

    Descriptors clients;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < burst; ++i) {
        const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(descriptor >= 0);
        clients.add(descriptor);
        QVERIFY(startConnect(descriptor, fixture.port));
    }
    // A connect the listen backlog had no room for is dropped and its SYN sent again after a
    // second; within that second, every one must have completed.
    std::vector<pollfd> pending;
    for (const int descriptor : clients.all())
        pending.push_back({descriptor, POLLOUT, 0});
    int completed = 0;
    while (completed < burst && timer.elapsed() < 900) {
        if (::poll(pending.data(), pending.size(), 50) <= 0)
            continue;
        for (pollfd &entry : pending) {
            if (entry.fd >= 0 && (entry.revents & POLLOUT)) {
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(entry.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                QCOMPARE(error, 0);
                entry.fd = -1;
                ++completed;
            }
        }
    }
    QCOMPARE(completed, burst);
}

QTEST_GUILESS_MAIN(tst_WebLimits)
#include "tst_weblimits.moc"
