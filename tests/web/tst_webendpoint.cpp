#include "fulldiskvfs.h"
#include "webfixture.h"
#include "webtestsupport.h"

#include "bookingreference.h"
#include "databasewatcher.h"
#include "holdexpiryscheduler.h"
#include "qrmatrix.h"
#include "ticketcode.h"

#include <QRegularExpression>
#include <QtEndian>
#include <QSignalSpy>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

QJsonObject seatById(const QJsonArray &seats, const QString &id)
{
    for (const QJsonValue &seat : seats) {
        if (seat.toObject().value(u"id"_s).toString() == id)
            return seat.toObject();
    }
    return {};
}

QString statusOf(const Answer &answer, const QString &id)
{
    return seatById(answer.json().value(u"seats"_s).toArray(), id).value(u"status"_s).toString();
}

QString seatStatusPath(qint64 show = 1, const QString &extra = {})
{
    return u"/api/seat-status/?show=%1%2"_s.arg(show).arg(extra);
}

/// The events of a text/event-stream read so far.
struct StreamEvent
{
    QByteArray id;
    QByteArray event;
    QJsonObject data;
};

QList<StreamEvent> parseEvents(const QByteArray &stream)
{
    QList<StreamEvent> events;
    const QList<QByteArray> blocks = QByteArray(stream).replace("\r\n", "\n").split('\n');
    StreamEvent current;
    bool any = false;
    for (const QByteArray &line : blocks) {
        if (line.isEmpty()) {
            if (any && !current.event.isEmpty())
                events.append(current);
            current = StreamEvent();
            any = false;
        } else if (line.startsWith("id: ")) {
            current.id = line.mid(4);
            any = true;
        } else if (line.startsWith("event: ")) {
            current.event = line.mid(7);
            any = true;
        } else if (line.startsWith("data: ")) {
            current.data = QJsonDocument::fromJson(line.mid(6)).object();
            any = true;
        }
    }
    return events;
}

} // namespace

class tst_WebEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOnFreePortAndStops();
    void pages_data();
    void pages();
    void favicon();
    void securityHeadersEverywhere_data();
    void securityHeadersEverywhere();
    void sessionCookie();
    void showList();
    void seatStatus();
    void cancelledShowLeavesTheListAndSaysSoOnItsSeatPage();
    void seatStatusFromMemoryFile();
    void seatStatusErrors_data();
    void seatStatusErrors();
    void notModified();
    void notModifiedHasNoBody();
    void deltas();
    void holdAndBook();
    void aReservationAnswersItsDeadlineAndQrCode();
    void eachTicketAnswersItsCodeAndQrCode();
    void holdErrors_data();
    void holdErrors();
    void holdIsAllOrNothing();
    void release();
    void bookingErrors_data();
    void bookingErrors();
    void sessionIsolation();
    void expiry();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void unknownPaths_data();
    void unknownPaths();
    void originCheck_data();
    void originCheck();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void rateLimitPerSession();
    void rateLimitPerAddress();
    void seatsHeldPerAddressAreCapped();
    void longPoll_data();
    void longPoll();
    void longPollTimesOut();
    void longPollClientLeaves();
    void events_data();
    void events();
    void eventsResume();
    void eventsHeartbeat();
    void watchersSignal();
    void guardRefuses_data();
    void guardRefuses();
    void oversizedBodyThroughNetworkAccess();
    void slowRequestTimesOut();
    void idleConnectionCloses();
    void expectContinue();
    void pipelinedRequests();
    void plainRequestsAnswerAsQtHttpServer_data();
    void plainRequestsAnswerAsQtHttpServer();
    void headRequests();
    void health();
    void fullDiskPausesWrites();
    void raceForSeats();
};

void tst_WebEndpoint::initTestCase()
{
    // Before any connection opens, each of which keeps the VFS it was opened with.
    FullDiskVfs::install();
}

void tst_WebEndpoint::startsOnFreePortAndStops()
{
    Fixture fixture;
    QVERIFY(fixture.port != 0);
    QCOMPARE(fixture.url.host(), u"127.0.0.1"_s);
    QCOMPARE(fixture.url.path(), u"/"_s);
    fixture.endpoint->stop();
    QVERIFY(fixture.endpoint->url().isEmpty());
    RawConnection connection(fixture.port);
    QVERIFY(!connection.connected());

    // A port in use is a clear error.
    Fixture first;
    WebOptions options;
    options.port = first.port;
    options.database = first.db.config;
    WebEndpoint second(options, first.db.feed, first.db.clock);
    auto started = second.start();
    QVERIFY(!started.ok());
    QVERIFY(started.error().message.contains(QString::number(first.port)));
}

void tst_WebEndpoint::pages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("page");

    QTest::newRow("index") << u"/"_s << 200 << QByteArray("text/html") << true;
    QTest::newRow("show page") << u"/shows/1/"_s << 200 << QByteArray("text/html") << true;
    QTest::newRow("show page without slash") << u"/shows/1"_s << 200 << QByteArray("text/html") << true;
    QTest::newRow("unknown show page") << u"/shows/99/"_s << 404 << QByteArray("application/json") << false;
    QTest::newRow("malformed show page") << u"/shows/x1/"_s << 404 << QByteArray("application/json") << false;
    QTest::newRow("script") << u"/static/api.js"_s << 200 << QByteArray("application/javascript") << false;
    QTest::newRow("style") << u"/static/boxoffice.css"_s << 200 << QByteArray("text/css") << false;
    QTest::newRow("svg") << u"/static/favicon.svg"_s << 200 << QByteArray("image/svg+xml") << false;
    QTest::newRow("missing asset") << u"/static/nothing.js"_s << 404 << QByteArray("application/json") << false;
    QTest::newRow("dot segments") << u"/static/%2e%2e/CMakeLists.txt"_s << 404 << QByteArray("application/json") << false;
    QTest::newRow("hidden file") << u"/static/.hidden"_s << 404 << QByteArray("application/json") << false;
    QTest::newRow("file system path") << u"/static//etc/passwd"_s << 404 << QByteArray("application/json") << false;
}

void tst_WebEndpoint::pages()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, page);

    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.get(path);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.header("content-type").startsWith(contentType), answer.header("content-type").constData());
    if (page) {
        const QByteArray policy = answer.header("content-security-policy");
        QVERIFY(policy.contains("frame-ancestors 'none'"));
        QVERIFY(policy.contains("script-src 'self'"));
        QVERIFY(!policy.contains("unsafe-inline"));
        QCOMPARE(answer.header("x-frame-options"), QByteArray("DENY"));
        QVERIFY(answer.hasHeader("referrer-policy"));
        QVERIFY(answer.body.contains("<html") || answer.body.contains("<!DOCTYPE") || answer.body.contains("<!doctype"));
    }
}

void tst_WebEndpoint::favicon()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer icon = client.get(u"/favicon.ico"_s);
    QCOMPARE(icon.status, 200);
    QCOMPARE(icon.header("content-type"), QByteArray("image/x-icon"));
    // An ICO directory (reserved 0, type 1, at least one image) whose first image is a PNG.
    QVERIFY(icon.body.startsWith(QByteArray("\0\0\1\0", 4)));
    QVERIFY(icon.body.at(4) > 0);
    const quint32 offset = qFromLittleEndian<quint32>(icon.body.constData() + 18);
    QCOMPARE(icon.body.mid(offset, 8), QByteArray("\x89PNG\r\n\x1a\n"));
    for (const QString &page : {u"/"_s, u"/shows/1/"_s})
        QVERIFY2(client.get(page).body.contains(R"(<link rel="icon" href="/favicon.ico")"), qPrintable(page));
}

void tst_WebEndpoint::securityHeadersEverywhere_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("page") << QByteArray("GET") << u"/"_s;
    QTest::newRow("asset") << QByteArray("GET") << u"/static/show.js"_s;
    QTest::newRow("api") << QByteArray("GET") << u"/api/shows/"_s;
    QTest::newRow("seat status") << QByteArray("GET") << seatStatusPath();
    QTest::newRow("error") << QByteArray("GET") << u"/nowhere"_s;
    QTest::newRow("405") << QByteArray("PUT") << u"/api/holds"_s;
    QTest::newRow("health") << QByteArray("GET") << u"/healthz"_s;
}

void tst_WebEndpoint::securityHeadersEverywhere()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.send(method, path);
    QVERIFY(answer.status != 0);
    QCOMPARE(answer.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(answer.header("content-security-policy").contains("frame-ancestors 'none'"));
}

void tst_WebEndpoint::sessionCookie()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer first = client.get(seatStatusPath());
    const QByteArray cookie = first.header("set-cookie");
    QVERIFY2(cookie.startsWith("bo_session="), cookie.constData());
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("SameSite=Strict"));
    QVERIFY(cookie.contains("Path=/"));
    const QByteArray value = cookie.mid(11, cookie.indexOf(';') - 11);
    QVERIFY2(value.size() * 6 >= 128 + 6, value.constData());
    // Known from now on: no new cookie.
    QVERIFY(!client.get(seatStatusPath()).hasHeader("set-cookie"));

    // A malformed cookie is replaced, never used as a session.
    Client forger = fixture.client();
    const Answer forged = forger.get(seatStatusPath(), {{"Cookie", "bo_session=guessable"}});
    QVERIFY(forged.header("set-cookie").startsWith("bo_session="));
    QVERIFY(!forged.header("set-cookie").contains("guessable"));
}

void tst_WebEndpoint::showList()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.get(u"/api/shows/"_s);
    QCOMPARE(answer.status, 200);
    const QJsonArray shows = answer.json().value(u"shows"_s).toArray();
    QCOMPARE(shows.size(), 1);
    const QJsonObject show = shows.first().toObject();
    const Show expected = fixture.db.catalog->show(fixture.db.show, Channel::Web).value();
    QCOMPARE(show.value(u"id"_s).toInteger(), expected.id);
    QCOMPARE(show.value(u"title"_s).toString(), expected.title);
    QCOMPARE(show.value(u"hall"_s).toString(), expected.hallName);
    QCOMPARE(QDateTime::fromString(show.value(u"starts_at"_s).toString(), Qt::ISODate), expected.startsAt);
    QVERIFY(show.value(u"starts_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(show.value(u"seats_total"_s).toInt(), expected.seatsTotal);
    QCOMPARE(show.value(u"seats_available"_s).toInt(), expected.seatsAvailable);
}

void tst_WebEndpoint::cancelledShowLeavesTheListAndSaysSoOnItsSeatPage()
{
    Fixture fixture;
    Client client = fixture.client();
    QVERIFY(!client.get(seatStatusPath()).json().contains(u"cancelled"_s));
    QCOMPARE(client.get(u"/api/shows/"_s).json().value(u"shows"_s).toArray().size(), 1);
    const StaffActor mia{0, u"Mia"_s, 0, {}};
    QVERIFY(fixture.db.reservations->cancelShow(fixture.db.show, mia, u"Storm damage"_s).ok());

    QTRY_COMPARE(client.get(u"/api/shows/"_s).json().value(u"shows"_s).toArray().size(), 0);
    const QJsonObject body = client.get(seatStatusPath()).json();
    QCOMPARE(body.value(u"cancelled"_s).toBool(), true);
    QCOMPARE(body.value(u"version"_s).toInteger(), fixture.version());
}

void tst_WebEndpoint::seatStatus()
{
    Fixture fixture;
    fixture.holdElsewhere({u"B1"_s});
    Client client = fixture.client();
    const Answer answer = client.get(seatStatusPath());
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("content-type").startsWith("application/json"));
    QVERIFY(!answer.header("etag").isEmpty());
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(u"show"_s).toInteger(), fixture.db.show);
    QCOMPARE(body.value(u"version"_s).toInteger(), fixture.version());
    QCOMPARE(body.value(u"poll_interval_ms"_s).toInt(), pollInterval);
    QVERIFY(body.contains(u"my_hold"_s));
    QVERIFY(body.value(u"my_hold"_s).isNull());
    const QJsonArray seats = body.value(u"seats"_s).toArray();
    const ShowSnapshot snapshot = fixture.db.catalog->snapshot(fixture.db.show).value();
    QCOMPARE(seats.size(), snapshot.seats.size());
    for (const SeatState &state : snapshot.seats) {
        const QJsonObject seat = seatById(seats, state.seat.label);
        QCOMPARE(seat.value(u"row"_s).toString(), state.seat.rowLabel);
        QCOMPARE(seat.value(u"number"_s).toInt(), state.seat.number);
        QCOMPARE(seat.value(u"category"_s).toString(), state.seat.category);
        QCOMPARE(seat.value(u"price_cents"_s).toInteger(), state.priceCents);
        QCOMPARE(seat.value(u"status"_s).toString(), seatStatusName(state.statusFor(Channel::Web)));
        QCOMPARE(seat.value(u"grid_column"_s).toInt(), state.seat.gridColumn);
    }
    QCOMPARE(statusOf(answer, u"A5"_s), u"blocked"_s); // kept for the counter
    QCOMPARE(statusOf(answer, u"B1"_s), u"held"_s);
    QCOMPARE(statusOf(answer, u"A1"_s), u"available"_s);
}

void tst_WebEndpoint::seatStatusFromMemoryFile()
{
    // Full answers of any size go out by sendfile() here, not only those of large halls.
    WebLimits limits = generousLimits();
    limits.sendFileMinBytes = 0;
    Fixture fixture(limits);
    Fixture copying;
    for (Fixture *each : {&fixture, &copying})
        each->holdElsewhere({u"B1"_s});

    const QByteArray request = "GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: bo_session=" +
            QByteArray(43, 'k') + "\r\n\r\n";
    RawConnection fromFile(fixture.port);
    RawConnection copied(copying.port);
    copied.send(request);
    const RawAnswer expected = copied.read();
    QCOMPARE(expected.status, 200);
    QCOMPARE(copying.endpoint->counters().bodiesFromFile.load(), quint64(0));
    // The same connection carries on after each answer: the body ended where its length said.
    for (int i = 0; i < 3; ++i) {
        fromFile.send(request);
        const RawAnswer answer = fromFile.read();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, expected.body);
        // Counted once sendfile() returned, which may be just after the client read the answer.
        QTRY_COMPARE(fixture.endpoint->counters().bodiesFromFile.load(), quint64(i + 1));
    }
    QCOMPARE(statusOf(Answer{200, expected.body, {}, {}}, u"B1"_s), u"held"_s);

    // A session holding seats gets its own my_hold, not the shared answer from the file.
    Client holder = fixture.client();
    QCOMPARE(holder.hold(fixture.db.show, {u"A1"_s}).status, 200);
    const QJsonObject mine = holder.get(seatStatusPath()).json();
    QCOMPARE(mine.value(u"my_hold"_s).toObject().value(u"seats"_s).toArray(), QJsonArray{u"A1"_s});
    fromFile.send(request);
    const QJsonObject others = QJsonDocument::fromJson(fromFile.read().body).object();
    QVERIFY(others.value(u"my_hold"_s).isNull());
    QCOMPARE(statusOf(Answer{200, QJsonDocument(others).toJson(), {}, {}}, u"A1"_s), u"held"_s);
}

void tst_WebEndpoint::seatStatusErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no show") << u""_s << 400 << u"bad_request"_s;
    QTest::newRow("empty show") << u"?show="_s << 400 << u"bad_request"_s;
    QTest::newRow("letters") << u"?show=abc"_s << 400 << u"bad_request"_s;
    QTest::newRow("zero") << u"?show=0"_s << 400 << u"bad_request"_s;
    QTest::newRow("negative") << u"?show=-1"_s << 400 << u"bad_request"_s;
    QTest::newRow("huge") << u"?show=99999999999999999999999"_s << 400 << u"bad_request"_s;
    QTest::newRow("unknown show") << u"?show=99"_s << 404 << u"not_found"_s;
    QTest::newRow("bad since") << u"?show=1&since=x"_s << 400 << u"bad_request"_s;
    QTest::newRow("bad wait") << u"?show=1&since=0&wait=-3"_s << 400 << u"bad_request"_s;
}

void tst_WebEndpoint::seatStatusErrors()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, error);
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.get(u"/api/seat-status/"_s + query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), error);
    QVERIFY(!answer.json().value(u"message"_s).toString().isEmpty());
}

void tst_WebEndpoint::notModified()
{
    Fixture fixture;
    Client client = fixture.client();
    Client other = fixture.client();
    const Answer first = client.get(seatStatusPath());
    const QByteArray etag = first.header("etag");
    QVERIFY(!etag.isEmpty());

    Answer again = client.get(seatStatusPath(), {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(client.get(seatStatusPath(), {{"If-None-Match", "\"stale\""}}).status, 200);

    // Holding seats changes this session's answer (my_hold) and its ETag.
    QCOMPARE(client.hold(1, {u"A1"_s}).status, 200);
    const Answer mine = client.get(seatStatusPath(), {{"If-None-Match", etag}});
    QCOMPARE(mine.status, 200);
    QVERIFY(mine.header("etag") != etag);
    const Answer theirs = other.get(seatStatusPath());
    QVERIFY(theirs.header("etag") != mine.header("etag"));
    QCOMPARE(other.get(seatStatusPath(), {{"If-None-Match", theirs.header("etag")}}).status, 304);
    QCOMPARE(client.get(seatStatusPath(), {{"If-None-Match", mine.header("etag")}}).status, 304);

    // A change made elsewhere is a new version: the old ETag no longer matches.
    fixture.holdElsewhere({u"B2"_s});
    QTRY_COMPARE(other.get(seatStatusPath(), {{"If-None-Match", theirs.header("etag")}}).status, 200);
}

void tst_WebEndpoint::notModifiedHasNoBody()
{
    Fixture fixture;
    RawConnection connection(fixture.port);
    connection.send("GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const RawAnswer first = connection.read();
    QCOMPARE(first.status, 200);
    const qsizetype at = first.head.toLower().indexOf("\r\netag: ");
    QVERIFY(at >= 0);
    const QByteArray etag = first.head.mid(at + 8, first.head.indexOf("\r\n", at + 2) - at - 8);
    connection.send("GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: " + etag + "\r\n\r\n");
    const RawAnswer second = connection.read();
    QCOMPARE(second.status, 304);
    QVERIFY2(!second.hasHeader("content-type"), second.head.constData());
    QVERIFY2(!second.hasHeader("content-length"), second.head.constData());
    QVERIFY(second.body.isEmpty());
    // Nothing follows the 304 on the connection, which still works.
    connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(connection.read().status, 200);
}

void tst_WebEndpoint::deltas()
{
    Fixture fixture;
    Client client = fixture.client();
    const qint64 before = client.get(seatStatusPath()).json().value(u"version"_s).toInteger();
    fixture.holdElsewhere({u"B3"_s});
    const qint64 after = fixture.version();
    QVERIFY(after > before);

    const Answer delta = client.get(seatStatusPath(1, u"&since=%1"_s.arg(before)));
    QCOMPARE(delta.status, 200);
    QCOMPARE(delta.json().value(u"full"_s).toBool(true), false);
    QCOMPARE(delta.json().value(u"version"_s).toInteger(), after);
    const QJsonArray changed = delta.json().value(u"seats"_s).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(u"id"_s).toString(), u"B3"_s);
    QCOMPARE(changed.first().toObject().value(u"status"_s).toString(), u"held"_s);

    const Answer nothing = client.get(seatStatusPath(1, u"&since=%1"_s.arg(after)));
    QCOMPARE(nothing.json().value(u"full"_s).toBool(true), false);
    QVERIFY(nothing.json().value(u"seats"_s).toArray().isEmpty());

    // Newer than the server knows (e.g. a page from before a database reset): everything.
    const Answer ahead = client.get(seatStatusPath(1, u"&since=%1"_s.arg(after + 100)));
    QCOMPARE(ahead.json().value(u"full"_s).toBool(), true);
    QCOMPARE(ahead.json().value(u"seats"_s).toArray().size(), 10);
}

void tst_WebEndpoint::holdAndBook()
{
    Fixture fixture;
    Client client = fixture.client();
    Client other = fixture.client();
    const Answer held = client.hold(1, {u"A1"_s, u"A2"_s});
    QCOMPARE(held.status, 200);
    QCOMPARE(held.header("cache-control"), QByteArray("no-store"));
    const QJsonObject hold = held.json();
    QCOMPARE(hold.value(u"show"_s).toInteger(), 1);
    QCOMPARE(hold.value(u"seats"_s).toArray(), QJsonArray({u"A1"_s, u"A2"_s}));
    QCOMPARE(QDateTime::fromString(hold.value(u"expires_at"_s).toString(), Qt::ISODate),
             fixture.db.clock.now().addSecs(600));
    QCOMPARE(hold.value(u"version"_s).toInteger(), fixture.version());

    // Adding seats keeps the expiry.
    fixture.db.clock.advance(60'000);
    const Answer more = client.hold(1, {u"A3"_s});
    QCOMPARE(more.status, 200);
    QCOMPARE(more.json().value(u"seats"_s).toArray().size(), 3);
    QCOMPARE(more.json().value(u"expires_at"_s), hold.value(u"expires_at"_s));

    const QJsonObject mine = client.get(seatStatusPath()).json().value(u"my_hold"_s).toObject();
    QCOMPARE(mine.value(u"seats"_s).toArray().size(), 3);
    QCOMPARE(mine.value(u"expires_at"_s), hold.value(u"expires_at"_s));
    const Answer theirs = other.get(seatStatusPath());
    QVERIFY(theirs.json().value(u"my_hold"_s).isNull());
    QCOMPARE(statusOf(theirs, u"A1"_s), u"held"_s);

    const Answer booked = client.book(1);
    QCOMPARE(booked.status, 201);
    QCOMPARE(booked.header("cache-control"), QByteArray("no-store"));
    const QString reference = booked.json().value(u"booking"_s).toString();
    QVERIFY2(reference.startsWith(u"BO-"_s), qPrintable(reference));
    QCOMPARE(booked.json().value(u"seats"_s).toArray().size(), 3);
    QCOMPARE(booked.json().value(u"total_cents"_s).toInteger(), 3 * 1200);
    QCOMPARE(booked.header("location"), "/api/bookings/" + reference.toLatin1());
    QCOMPARE(statusOf(other.get(seatStatusPath()), u"A2"_s), u"booked"_s);
    QVERIFY(client.get(seatStatusPath()).json().value(u"my_hold"_s).isNull());

    const Answer lookup = client.get(u"/api/bookings/"_s + reference);
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json().value(u"booking"_s).toString(), reference);
    QCOMPARE(lookup.json().value(u"total_cents"_s).toInteger(), 3 * 1200);
    QCOMPARE(lookup.json().value(u"name"_s).toString(), u"Asha Rao"_s);
    QCOMPARE(other.get(u"/api/bookings/"_s + reference).status, 404);
    QCOMPARE(client.get(u"/api/bookings/BO-0000-0000"_s).status, 404);
    QCOMPARE(client.get(u"/api/bookings/nonsense"_s).status, 404);
}

void tst_WebEndpoint::aReservationAnswersItsDeadlineAndQrCode()
{
    Fixture fixture;
    Client client = fixture.client();
    Client other = fixture.client();
    QCOMPARE(client.hold(1, {u"A1"_s}).status, 200);
    const Answer booked = client.book(1);
    QCOMPARE(booked.status, 201);
    const QString reference = booked.json().value(u"booking"_s).toString();
    const QDateTime startsAt = fixture.db.catalog->show(fixture.db.show)->startsAt;
    const QString payBy = startsAt.addSecs(-30 * 60).toString(Qt::ISODate);
    const QString qrPath = u"/api/bookings/%1/qr.svg"_s.arg(reference);
    for (const QJsonObject &answer : {booked.json(), client.get(u"/api/bookings/"_s + reference).json()}) {
        QCOMPARE(answer.value(u"payment_state"_s).toString(), u"reserved"_s);
        QCOMPARE(answer.value(u"pay_by"_s).toString(), payBy);
        QCOMPARE(answer.value(u"qr"_s).toString(), qrPath);
    }

    const Answer qr = client.get(qrPath);
    QCOMPARE(qr.status, 200);
    QCOMPARE(qr.header("content-type"), QByteArray("image/svg+xml"));
    QCOMPARE(qr.header("cache-control"), QByteArray("private, max-age=86400"));
    QCOMPARE(qr.body, QrMatrix::encode(u"BOXOFFICE:"_s + reference)->toSvg());
    QVERIFY(qr.body.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    QCOMPARE(BookingReference::fromScanOrTyped(u"BOXOFFICE:"_s + reference), reference);
    QCOMPARE(client.get(u"/api/bookings/%1/qr.svg"_s.arg(reference.toLower())).body, qr.body);
    QCOMPARE(other.get(qrPath).status, 404);
    QCOMPARE(client.get(u"/api/bookings/BO-0000-0000/qr.svg"_s).status, 404);
    QCOMPARE(client.get(u"/api/bookings/nonsense/qr.svg"_s).status, 404);
    QCOMPARE(client.send("POST", qrPath, "{}").status, 405);

    auto collected = fixture.db.reservations->collectReservation(reference, u"card"_s, 0, StaffActor{});
    QVERIFY2(collected.ok(), qPrintable(collected.ok() ? QString() : collected.error().message));
    const QJsonObject paid = client.get(u"/api/bookings/"_s + reference).json();
    QCOMPARE(paid.value(u"payment_state"_s).toString(), u"paid"_s);
    QCOMPARE(paid.value(u"pay_by"_s).toString(), payBy);
}

void tst_WebEndpoint::eachTicketAnswersItsCodeAndQrCode()
{
    Fixture fixture;
    Client client = fixture.client();
    Client other = fixture.client();
    QCOMPARE(client.hold(1, {u"A1"_s, u"A2"_s}).status, 200);
    const Answer booked = client.book(1);
    QCOMPARE(booked.status, 201);
    const QString reference = booked.json().value(u"booking"_s).toString();
    QCOMPARE(other.hold(1, {u"A3"_s}).status, 200);
    const QString otherReference = other.book(1).json().value(u"booking"_s).toString();
    const auto stored = fixture.db.catalog->booking(reference);
    QVERIFY(stored.ok());
    QHash<QString, QString> storedCodes;
    for (const BookedSeat &seat : stored->seats)
        storedCodes.insert(seat.label, seat.ticketCode);

    for (const QJsonObject &answer : {booked.json(), client.get(u"/api/bookings/"_s + reference).json()}) {
        const QJsonArray tickets = answer.value(u"tickets"_s).toArray();
        QCOMPARE(tickets.size(), 2);
        for (const QJsonValue &entry : tickets) {
            const QJsonObject ticket = entry.toObject();
            const QString code = ticket.value(u"code"_s).toString();
            QCOMPARE(code, storedCodes.value(ticket.value(u"seat"_s).toString()));
            QCOMPARE(code.size(), TicketCode::length);
            QCOMPARE(ticket.value(u"qr"_s).toString(), u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference, code));
        }
        // The booking's own QR code stays, for the counter.
        QCOMPARE(answer.value(u"qr"_s).toString(), u"/api/bookings/%1/qr.svg"_s.arg(reference));
    }

    const QString code = storedCodes.value(u"A2"_s);
    const QString qrPath = u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference, code);
    const Answer qr = client.get(qrPath);
    QCOMPARE(qr.status, 200);
    QCOMPARE(qr.header("content-type"), QByteArray("image/svg+xml"));
    QCOMPARE(qr.header("cache-control"), QByteArray("private, max-age=86400"));
    QCOMPARE(qr.body, QrMatrix::encode(u"BOXOFFICE-TICKET:"_s + code)->toSvg());
    QVERIFY(qr.body != QrMatrix::encode(u"BOXOFFICE-TICKET:"_s + storedCodes.value(u"A1"_s))->toSvg());
    QCOMPARE(client.get(u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference.toLower(), code.toLower())).body, qr.body);
    QCOMPARE(client.send("POST", qrPath, "{}").status, 405);

    // Only the session that booked sees its tickets; another booking's code, a made-up code and a
    // malformed one are not this booking's tickets.
    const QString otherCode = fixture.db.catalog->booking(otherReference)->seats.first().ticketCode;
    const QList<std::pair<Client *, QString>> refused = {
            {&other, qrPath},
            {&other, u"/api/bookings/"_s + reference},
            {&client, u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference, otherCode)},
            {&client, u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(otherReference, otherCode)},
            {&client, u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference, TicketCode::generate())},
            {&client, u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference, u"NOT-A-CODE"_s)},
            {&client, u"/api/bookings/BO-0000-0000/tickets/%1/qr.svg"_s.arg(code)},
    };
    for (const auto &[asking, path] : refused) {
        const Answer answer = asking->get(path);
        QVERIFY2(answer.status == 404, qPrintable(path));
        QCOMPARE(answer.errorCode(), u"not_found"_s);
        QVERIFY(!answer.json().value(u"message"_s).toString().isEmpty());
        QVERIFY2(!answer.body.contains(code.toLatin1()), qPrintable(path));
    }

    // A released seat's ticket is gone from the answer and its QR code with it.
    QVERIFY(fixture.db.reservations->unbookSeats(fixture.db.show, {u"A2"_s}, StaffActor{0, u"Mara"_s, 0, {}},
                                                 u"customer asked"_s)
                    .ok());
    const QJsonArray left = client.get(u"/api/bookings/"_s + reference).json().value(u"tickets"_s).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(u"code"_s).toString(), storedCodes.value(u"A1"_s));
    QCOMPARE(client.get(qrPath).status, 404);
}

void tst_WebEndpoint::holdErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("seats");

    QTest::newRow("not json") << QByteArray("{show: 1") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("array") << QByteArray("[1, 2]") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("no show") << QByteArray(R"({"seats": ["A1"]})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("show as text") << QByteArray(R"({"show": "1", "seats": ["A1"]})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("fractional show") << QByteArray(R"({"show": 1.5, "seats": ["A1"]})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("show as 1.0") << QByteArray(R"({"show": 1.0, "seats": ["A1"]})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("show twice") << QByteArray(R"({"show": 99, "show": 1, "seats": ["A1"]})") << 400 << u"bad_request"_s
                                << QStringList();
    QTest::newRow("seats twice") << QByteArray(R"({"show": 1, "seats": ["A1"], "seats": ["A2"]})") << 400
                                 << u"bad_request"_s << QStringList();
    QTest::newRow("no seats") << QByteArray(R"({"show": 1})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("seats not a list") << QByteArray(R"({"show": 1, "seats": "A1"})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("seat not text") << QByteArray(R"({"show": 1, "seats": [1]})") << 400 << u"bad_request"_s << QStringList();
    QTest::newRow("malformed seat") << QByteArray(R"({"show": 1, "seats": ["A 1"]})") << 422 << u"invalid_field"_s << QStringList();
    QTest::newRow("unknown seat") << QByteArray(R"({"show": 1, "seats": ["Z9"]})") << 422 << u"invalid_field"_s << QStringList();
    QTest::newRow("empty") << QByteArray(R"({"show": 1, "seats": []})") << 422 << u"invalid_field"_s << QStringList();
    QTest::newRow("eleven") << QByteArray(R"({"show": 1, "seats": ["A1","A2","A3","A4","B1","B2","B3","B4","B5","C1","C2"]})")
                            << 422 << u"too_many_seats"_s << QStringList();
    QTest::newRow("unknown show") << QByteArray(R"({"show": 99, "seats": ["A1"]})") << 404 << u"not_found"_s << QStringList();
    QTest::newRow("house seat") << QByteArray(R"({"show": 1, "seats": ["A4", "A5"]})") << 409 << u"seats_unavailable"_s
                                << QStringList{u"A5"_s};
    QTest::newRow("held elsewhere") << QByteArray(R"({"show": 1, "seats": ["B5"]})") << 409 << u"seats_unavailable"_s
                                    << QStringList{u"B5"_s};
}

void tst_WebEndpoint::holdErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QStringList, seats);
    Answer answer;
    expectRefusedHold(body, status, error, answer);
    if (QTest::currentTestFailed())
        return;
    if (!seats.isEmpty())
        QCOMPARE(answer.json().value(u"seats"_s).toArray(), QJsonArray::fromStringList(seats));
}

void tst_WebEndpoint::holdIsAllOrNothing()
{
    Fixture fixture;
    Client first = fixture.client();
    Client second = fixture.client();
    QCOMPARE(first.hold(1, {u"A1"_s}).status, 200);
    const Answer refused = second.hold(1, {u"A1"_s, u"A2"_s});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(u"seats"_s).toArray(), QJsonArray({u"A1"_s}));
    QCOMPARE(fixture.db.status(u"A2"_s), SeatStatus::Available);
    QVERIFY(second.get(seatStatusPath()).json().value(u"my_hold"_s).isNull());
}

void tst_WebEndpoint::release()
{
    Fixture fixture;
    Client client = fixture.client();
    QCOMPARE(client.hold(1, {u"A1"_s, u"A2"_s, u"A3"_s}).status, 200);
    const qint64 version = fixture.version();

    const Answer some = client.send("DELETE", u"/api/holds?show=1"_s, R"({"seats": ["A1"]})");
    QCOMPARE(some.status, 200);
    QCOMPARE(some.json().value(u"seats"_s).toArray(), QJsonArray({u"A1"_s}));
    QVERIFY(some.json().value(u"version"_s).toInteger() > version);
    QCOMPARE(fixture.db.status(u"A1"_s), SeatStatus::Available);
    QCOMPARE(fixture.db.status(u"A2"_s), SeatStatus::Held);

    // Without a body (and so without a Content-Type): everything.
    RawConnection raw(fixture.port);
    const QByteArray cookie = client.manager().cookieJar()->cookiesForUrl(fixture.url).first().toRawForm(QNetworkCookie::NameAndValueOnly);
    raw.send("DELETE /api/holds?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie + "\r\n\r\n");
    const RawAnswer all = raw.read();
    QCOMPARE(all.status, 200);
    QCOMPARE(QJsonDocument::fromJson(all.body).object().value(u"seats"_s).toArray().size(), 2);
    QCOMPARE(fixture.db.status(u"A2"_s), SeatStatus::Available);
    QCOMPARE(fixture.db.status(u"A3"_s), SeatStatus::Available);

    QCOMPARE(client.send("DELETE", u"/api/holds"_s).status, 400);
    QCOMPARE(client.send("DELETE", u"/api/holds?show=99"_s).status, 404);
}

void tst_WebEndpoint::bookingErrors_data()
{
    QTest::addColumn<bool>("hold");
    QTest::addColumn<qint64>("advanceMs");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray valid = R"({"show": 1, "name": "Asha Rao", "email": "asha@example.com"})";
    QTest::newRow("no hold") << false << qint64(0) << valid << 409 << u"no_hold"_s;
    QTest::newRow("expired") << true << qint64(601'000) << valid << 409 << u"hold_expired"_s;
    QTest::newRow("empty name") << true << qint64(0) << QByteArray(R"({"show": 1, "name": "  ", "email": "a@example.com"})")
                                << 422 << u"invalid_field"_s;
    QTest::newRow("long name") << true << qint64(0)
                               << QByteArray(R"({"show": 1, "name": ")" + QByteArray(101, 'x') + R"(", "email": "a@example.com"})")
                               << 422 << u"invalid_field"_s;
    QTest::newRow("bad email") << true << qint64(0) << QByteArray(R"({"show": 1, "name": "A", "email": "asha"})") << 422
                               << u"invalid_field"_s;
    QTest::newRow("email without domain") << true << qint64(0) << QByteArray(R"({"show": 1, "name": "A", "email": "a@b"})")
                                          << 422 << u"invalid_field"_s;
    QTest::newRow("name not text") << true << qint64(0) << QByteArray(R"({"show": 1, "name": 5, "email": "a@example.com"})")
                                   << 400 << u"bad_request"_s;
    QTest::newRow("no email") << true << qint64(0) << QByteArray(R"({"show": 1, "name": "A"})") << 400 << u"bad_request"_s;
}

void tst_WebEndpoint::bookingErrors()
{
    QFETCH(bool, hold);
    QFETCH(qint64, advanceMs);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    Fixture fixture;
    Client client = fixture.client();
    if (hold)
        QCOMPARE(client.hold(1, {u"B1"_s}).status, 200);
    fixture.db.clock.advance(advanceMs);
    const Answer answer = client.send("POST", u"/api/bookings"_s, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), error);
    QCOMPARE(fixture.db.status(u"B1"_s) == SeatStatus::Booked, false);
}

void tst_WebEndpoint::sessionIsolation()
{
    Fixture fixture;
    Client owner = fixture.client();
    Client stranger = fixture.client();
    QCOMPARE(owner.hold(1, {u"B1"_s, u"B2"_s}).status, 200);

    const Answer released = stranger.send("DELETE", u"/api/holds?show=1"_s);
    QCOMPARE(released.status, 200);
    QVERIFY(released.json().value(u"seats"_s).toArray().isEmpty());
    QCOMPARE(stranger.send("DELETE", u"/api/holds?show=1"_s, R"({"seats": ["B1"]})").json().value(u"seats"_s).toArray().size(), 0);
    QCOMPARE(fixture.db.status(u"B1"_s), SeatStatus::Held);
    QCOMPARE(stranger.book(1).status, 409);
    QCOMPARE(fixture.db.status(u"B1"_s), SeatStatus::Held);
    QCOMPARE(owner.get(seatStatusPath()).json().value(u"my_hold"_s).toObject().value(u"seats"_s).toArray().size(), 2);

    // The owner token is derived from the cookie, never the cookie itself.
    const QString cookie = QString::fromLatin1(owner.manager().cookieJar()->cookiesForUrl(fixture.url).first().value());
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM holds WHERE owner LIKE ?"_s, {QString(u"%"_s + cookie + u"%"_s)}), 0);
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM holds WHERE owner LIKE 'web:%'"_s), 1);
}

void tst_WebEndpoint::expiry()
{
    Fixture fixture;
    HoldExpiryScheduler scheduler(fixture.db.config, fixture.db.feed, fixture.db.clock);
    QVERIFY(scheduler.start(3'600'000).ok());
    Client client = fixture.client();
    Client watcher = fixture.client();
    QCOMPARE(client.hold(1, {u"A1"_s}).status, 200);
    const qint64 version = fixture.version();
    QNetworkReply *poll = watcher.start("GET", seatStatusPath(1, u"&since=%1&wait=20"_s.arg(version)));

    fixture.db.clock.advance(599'000);
    QCOMPARE(scheduler.releaseExpiredNow(), 0);
    fixture.db.clock.advance(2'000);
    QCOMPARE(scheduler.releaseExpiredNow(), 1);

    const Answer woken = Client::finish(poll);
    QCOMPARE(woken.status, 200);
    QCOMPARE(statusOf(woken, u"A1"_s), u"available"_s);
    const Answer mine = client.get(seatStatusPath());
    QVERIFY(mine.json().value(u"my_hold"_s).isNull());
    QCOMPARE(statusOf(mine, u"A1"_s), u"available"_s);
}

void tst_WebEndpoint::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET holds") << QByteArray("GET") << u"/api/holds"_s << QByteArray("POST, DELETE");
    QTest::newRow("PUT holds") << QByteArray("PUT") << u"/api/holds"_s << QByteArray("POST, DELETE");
    QTest::newRow("GET bookings") << QByteArray("GET") << u"/api/bookings"_s << QByteArray("POST");
    QTest::newRow("POST seat status") << QByteArray("POST") << seatStatusPath() << QByteArray("GET, HEAD");
    QTest::newRow("DELETE page") << QByteArray("DELETE") << u"/"_s << QByteArray("GET, HEAD");
    QTest::newRow("POST events") << QByteArray("POST") << u"/api/shows/1/events"_s << QByteArray("GET");
    QTest::newRow("PATCH booking") << QByteArray("PATCH") << u"/api/bookings/BO-0000-0000"_s << QByteArray("GET, HEAD");
    QTest::newRow("OPTIONS shows") << QByteArray("OPTIONS") << u"/api/shows/"_s << QByteArray("GET, HEAD");
}

void tst_WebEndpoint::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.send(method, path, method == "GET" || method == "OPTIONS" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.errorCode(), u"method_not_allowed"_s);
    QCOMPARE(answer.header("allow"), allow);
}

void tst_WebEndpoint::unknownPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("nothing") << u"/nothing"_s;
    QTest::newRow("api") << u"/api/nothing"_s;
    QTest::newRow("deeper show") << u"/shows/1/seats"_s;
    QTest::newRow("events without show") << u"/api/shows//events"_s;
    QTest::newRow("traversal") << u"/../../etc/passwd"_s;
    QTest::newRow("static root") << u"/static/"_s;
    QTest::newRow("unknown events show") << u"/api/shows/99/events"_s;
}

void tst_WebEndpoint::unknownPaths()
{
    QFETCH(QString, path);
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.get(path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), u"not_found"_s);
}

void tst_WebEndpoint::originCheck_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("none") << QByteArray() << true;
    QTest::newRow("same") << QByteArray("http://127.0.0.1:%1") << true;
    QTest::newRow("other site") << QByteArray("http://evil.example") << false;
    QTest::newRow("other port") << QByteArray("http://127.0.0.1:1") << false;
    QTest::newRow("https") << QByteArray("https://127.0.0.1:%1") << false;
    QTest::newRow("null") << QByteArray("null") << false;
}

void tst_WebEndpoint::originCheck()
{
    QFETCH(QByteArray, origin);
    QFETCH(bool, allowed);
    Fixture fixture;
    Client client = fixture.client();
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!origin.isEmpty())
        headers.append({"Origin", origin.replace("%1", QByteArray::number(fixture.port))});
    const Answer hold = client.send("POST", u"/api/holds"_s, R"({"show": 1, "seats": ["A1"]})", headers);
    QCOMPARE(hold.status, allowed ? 200 : 403);
    if (!allowed) {
        QCOMPARE(hold.errorCode(), u"forbidden"_s);
        QCOMPARE(fixture.db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(client.send("DELETE", u"/api/holds?show=1"_s, {}, headers).status, 403);
    }
    // Reading is never refused for its Origin.
    QCOMPARE(client.get(seatStatusPath(), headers).status, 200);
}

void tst_WebEndpoint::unsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray hold = R"({"show": 1, "seats": ["A1"]})";
    QTest::newRow("text") << QByteArray("POST") << u"/api/holds"_s << QByteArray("text/plain") << hold << 415;
    QTest::newRow("form") << QByteArray("POST") << u"/api/holds"_s << QByteArray("application/x-www-form-urlencoded") << hold << 415;
    QTest::newRow("json with charset") << QByteArray("POST") << u"/api/holds"_s << QByteArray("application/json; charset=utf-8") << hold << 200;
    QTest::newRow("booking as text") << QByteArray("POST") << u"/api/bookings"_s << QByteArray("text/plain") << QByteArray("{}") << 415;
    QTest::newRow("delete body as text") << QByteArray("DELETE") << u"/api/holds?show=1"_s << QByteArray("text/plain")
                                         << QByteArray(R"({"seats": ["A1"]})") << 415;
}

void tst_WebEndpoint::unsupportedMediaType()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = client.send(method, path, body, {{"Content-Type", contentType}});
    QCOMPARE(answer.status, status);
    if (status == 415)
        QCOMPARE(answer.errorCode(), u"unsupported_media_type"_s);

    // A POST without any Content-Type, sent by hand.
    RawConnection raw(fixture.port);
    raw.send("POST /api/holds HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) +
             "\r\n\r\n" + body);
    QCOMPARE(raw.read().status, 415);
}

void tst_WebEndpoint::rateLimitPerSession()
{
    WebLimits limits = generousLimits();
    limits.perSession = {2, 5};
    Fixture fixture(limits);
    Client client = fixture.client();
    const QString release = u"/api/holds?show=1"_s;
    QCOMPARE(client.send("DELETE", release).status, 200); // new session: counted per address only
    int admitted = 0;
    Answer refused;
    for (int i = 0; i < 20; ++i) {
        const Answer answer = client.send("DELETE", release);
        if (answer.status == 429) {
            refused = answer;
            break;
        }
        QCOMPARE(answer.status, 200);
        ++admitted;
    }
    QVERIFY2(admitted >= 5 && admitted <= 6, qPrintable(QString::number(admitted)));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), u"too_many_requests"_s);
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    // Another session is not affected, and reads are never limited.
    Client other = fixture.client();
    QCOMPARE(other.send("DELETE", release).status, 200);
    QCOMPARE(other.send("DELETE", release).status, 200);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(client.get(seatStatusPath()).status, 200);
}

void tst_WebEndpoint::rateLimitPerAddress()
{
    WebLimits limits = generousLimits();
    limits.perAddress = {5, 10};
    Fixture fixture(limits);
    // Fresh sessions each time (no cookie kept): only the address ceiling can stop them.
    int admitted = 0;
    int refused = 0;
    for (int i = 0; i < 30; ++i) {
        Client client = fixture.client();
        const int status = client.send("DELETE", u"/api/holds?show=1"_s).status;
        admitted += status == 200;
        refused += status == 429;
    }
    QVERIFY2(admitted >= 10 && admitted < 30, qPrintable(QString::number(admitted)));
    QCOMPARE(admitted + refused, 30);
    QVERIFY(WebLimits().perAddress.perSecond >= 100);
}

void tst_WebEndpoint::seatsHeldPerAddressAreCapped()
{
    Fixture fixture;
    // A second show in a hall of 30 seats, more than one address may hold.
    fixture.db.exec(u"INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (2, 'Big Hall', 3, 10)"_s);
    QStringList labels;
    for (int row = 0; row < 3; ++row) {
        for (int number = 1; number <= 10; ++number) {
            labels.append(QChar(u'C' + row) + QString::number(number));
            fixture.db.exec(u"INSERT INTO seats (hall_id, label, row_label, number, grid_row, grid_column, category,"
                            " accessible) VALUES (2, ?, ?, ?, ?, ?, 'standard', 0)"_s,
                            {labels.last(), QString(QChar(u'C' + row)), number, row, number - 1});
        }
    }
    fixture.db.exec(u"INSERT INTO shows (id, hall_id, title, starts_at) VALUES (2, 2, 'Big Show', ?)"_s,
                    {fixture.db.clock.now().addDays(2).toMSecsSinceEpoch()});

    // Every hold from a fresh session, as a client rotating cookies would make them.
    const int cap = WebLimits().maxSeatsPerAddress;
    QCOMPARE(cap, 20);
    for (int i = 0; i < cap; ++i)
        QCOMPARE(fixture.client().hold(2, {labels.at(i)}).status, 200);
    const Answer refused = fixture.client().hold(2, {labels.at(cap)});
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), u"too_many_requests"_s);
    // Every hold was made at the same (manual) time, so the first lapses in the full hold time.
    QCOMPARE(refused.header("retry-after"), QByteArray("600"));
    QCOMPARE(refused.json().value(u"message"_s).toString(),
             u"Too many seats are being held from your network for this show. Please book or release the seats "
             "you have selected, or try again in a few minutes."_s);
    QCOMPARE(refused.json().size(), 2);
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 2"_s), cap);
    // The cap is per show: the same address still holds seats of the first show.
    QCOMPARE(fixture.client().hold(1, {u"A1"_s}).status, 200);
}

void tst_WebEndpoint::longPoll_data()
{
    QTest::addColumn<bool>("otherConnection");
    QTest::newRow("same process") << false;
    QTest::newRow("another connection") << true;
}

void tst_WebEndpoint::longPoll()
{
    QFETCH(bool, otherConnection);
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    // Another process: its own connection and its own change feed; this process hears of its
    // changes only through the database watcher.
    ChangeFeed otherFeed;
    std::unique_ptr<Database> otherDatabase = fixture.db.openAnother();
    QVERIFY(otherDatabase);
    ReservationService otherService(*otherDatabase, otherFeed, fixture.db.clock);
    DatabaseWatcher databaseWatcher(fixture.db.config, fixture.db.feed);
    QVERIFY(databaseWatcher.start(20).ok());

    Client client = fixture.client();
    const qint64 version = client.get(seatStatusPath()).json().value(u"version"_s).toInteger();
    QNetworkReply *poll = client.start("GET", seatStatusPath(1, u"&since=%1&wait=20"_s.arg(version)));
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);
    QVERIFY(!poll->isFinished());

    QElapsedTimer timer;
    timer.start();
    ReservationService &holder = otherConnection ? otherService : *fixture.db.reservations;
    const auto held = holder.holdSeats(1, {u"B4"_s}, u"counter:2"_s, std::chrono::seconds(60), Channel::Counter, {},
                                       HoldOptions{true, {}});
    QVERIFY(held.ok());
    const Answer answer = Client::finish(poll);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"full"_s).toBool(true), false);
    QCOMPARE(answer.json().value(u"version"_s).toInteger(), held->version);
    QCOMPARE(statusOf(answer, u"B4"_s), u"held"_s);
    // 100 ms in the contract; the watcher polls every 20 ms. Slack for a loaded test machine.
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    QTRY_COMPARE(watchers.last().first().toInt(), 0);
}

void tst_WebEndpoint::longPollTimesOut()
{
    Fixture fixture;
    Client client = fixture.client();
    const qint64 version = fixture.version();
    QElapsedTimer timer;
    timer.start();
    const Answer answer = client.get(seatStatusPath(1, u"&since=%1&wait=1"_s.arg(version)));
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"version"_s).toInteger(), version);
    QVERIFY(answer.json().value(u"seats"_s).toArray().isEmpty());

    // A version behind is answered at once.
    fixture.holdElsewhere({u"B2"_s});
    timer.restart();
    QCOMPARE(client.get(seatStatusPath(1, u"&since=%1&wait=20"_s.arg(version))).status, 200);
    QVERIFY(timer.elapsed() < 5000);
}

void tst_WebEndpoint::longPollClientLeaves()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    {
        RawConnection raw(fixture.port);
        raw.send("GET /api/seat-status/?show=1&since=" + QByteArray::number(fixture.version()) +
                 "&wait=20 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);
    }
    QTRY_COMPARE(watchers.last().first().toInt(), 0);
    // The server must not write to the departed client's socket, nor crash trying.
    fixture.holdElsewhere({u"B1"_s});
    Client client = fixture.client();
    QTRY_COMPARE(statusOf(client.get(seatStatusPath()), u"B1"_s), u"held"_s);
}

void tst_WebEndpoint::events_data()
{
    QTest::addColumn<bool>("otherConnection");
    QTest::newRow("same process") << false;
    QTest::newRow("another connection") << true;
}

void tst_WebEndpoint::events()
{
    QFETCH(bool, otherConnection);
    Fixture fixture;
    ChangeFeed otherFeed;
    std::unique_ptr<Database> otherDatabase = fixture.db.openAnother();
    ReservationService otherService(*otherDatabase, otherFeed, fixture.db.clock);
    DatabaseWatcher databaseWatcher(fixture.db.config, fixture.db.feed);
    QVERIFY(databaseWatcher.start(20).ok());

    Client client = fixture.client();
    QNetworkReply *stream = client.start("GET", u"/api/shows/1/events"_s);
    QByteArray received;
    connect(stream, &QNetworkReply::readyRead, stream, [&] { received += stream->readAll(); });
    QTRY_VERIFY(parseEvents(received).size() == 1);
    QVERIFY(stream->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/event-stream"_s));
    const StreamEvent snapshot = parseEvents(received).first();
    QCOMPARE(snapshot.event, QByteArray("seats"));
    QCOMPARE(snapshot.id.toLongLong(), fixture.version());
    QCOMPARE(snapshot.data.value(u"seats"_s).toArray().size(), 10);

    QElapsedTimer timer;
    timer.start();
    const auto held = otherConnection
            ? otherService.holdSeats(1, {u"A3"_s}, u"counter:3"_s, std::chrono::seconds(60), Channel::Counter)
            : fixture.db.reservations->holdSeats(1, {u"A3"_s}, u"counter:3"_s, std::chrono::seconds(60), Channel::Counter);
    QVERIFY(held.ok());
    QTRY_VERIFY(parseEvents(received).size() == 2);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    const StreamEvent change = parseEvents(received).last();
    QCOMPARE(change.id.toLongLong(), held->version);
    QCOMPARE(change.data.value(u"full"_s).toBool(true), false);
    QCOMPARE(change.data.value(u"seats"_s).toArray().size(), 1);
    QCOMPARE(statusOf(Answer{200, QJsonDocument(change.data).toJson(), {}, {}}, u"A3"_s), u"held"_s);

    // The customer's own hold arrives as my_hold on their stream.
    QCOMPARE(client.hold(1, {u"B3"_s}).status, 200);
    QTRY_VERIFY(parseEvents(received).size() == 3);
    QCOMPARE(parseEvents(received).last().data.value(u"my_hold"_s).toObject().value(u"seats"_s).toArray(),
             QJsonArray({u"B3"_s}));
    stream->abort();
    stream->deleteLater();
}

void tst_WebEndpoint::eventsResume()
{
    Fixture fixture;
    const qint64 start = fixture.version();
    fixture.holdElsewhere({u"B1"_s});
    fixture.holdElsewhere({u"B2"_s}, u"counter:9"_s);

    RawConnection raw(fixture.port);
    raw.send("GET /api/shows/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nLast-Event-ID: " + QByteArray::number(start) +
             "\r\n\r\n");
    QTRY_VERIFY(raw.waitForClose(50) || parseEvents(raw.buffered()).size() == 1);
    const QList<StreamEvent> events = parseEvents(raw.buffered());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().id.toLongLong(), fixture.version());
    QCOMPARE(events.first().data.value(u"seats"_s).toArray().size(), 2);
    QVERIFY(raw.buffered().startsWith("HTTP/1.1 200"));
    QVERIFY(!raw.buffered().left(raw.buffered().indexOf("\r\n\r\n")).toLower().contains("content-length"));

    // Up to date: no event until something changes.
    RawConnection current(fixture.port);
    current.send("GET /api/shows/1/events?since=" + QByteArray::number(fixture.version()) +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::qWait(200);
    current.waitForClose(50);
    QCOMPARE(parseEvents(current.buffered()).size(), 0);
    QVERIFY(current.buffered().contains("retry:"));
}

void tst_WebEndpoint::eventsHeartbeat()
{
    WebLimits limits = generousLimits();
    limits.heartbeatMs = 100;
    limits.idleTimeoutMs = 200; // an event stream is never idle-closed
    Fixture fixture(limits);
    RawConnection raw(fixture.port);
    raw.send("GET /api/shows/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(raw.waitForClose(50) || raw.buffered().count(": keep-alive\n\n") >= 3);
    QVERIFY(raw.connected());
}

void tst_WebEndpoint::watchersSignal()
{
    Fixture fixture;
    QSignalSpy watchers(fixture.endpoint.get(), &WebEndpoint::watchersChanged);
    auto raw = std::make_unique<RawConnection>(fixture.port);
    raw->send("GET /api/shows/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(!watchers.isEmpty() && watchers.last().first().toInt() == 1);
    auto second = std::make_unique<RawConnection>(fixture.port);
    second->send("GET /api/shows/1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_COMPARE(watchers.last().first().toInt(), 2);
    raw.reset();
    QTRY_COMPARE(watchers.last().first().toInt(), 1);
    second.reset();
    QTRY_COMPARE(watchers.last().first().toInt(), 0);
}

void tst_WebEndpoint::guardRefuses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("body over 16 KiB") << QByteArray("POST /api/holds HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                                    "Content-Length: 50000000\r\n\r\n{\"show\":")
                                      << 413 << u"payload_too_large"_s;
    QTest::newRow("body to unknown path") << QByteArray("POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 16385\r\n\r\n")
                                          << 413 << u"payload_too_large"_s;
    QTest::newRow("huge header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(7000, 'a') +
                                               "\r\nX-More: " + QByteArray(7000, 'b') + "\r\nX-Even-More: " +
                                               QByteArray(7000, 'c') + "\r\n\r\n")
                                 << 431 << u"headers_too_large"_s;
    QTest::newRow("one long header") << QByteArray("GET / HTTP/1.1\r\nX-Filler: " + QByteArray(9000, 'a') + "\r\n\r\n")
                                     << 431 << u"headers_too_large"_s;
    QTest::newRow("too many headers") << []() -> QByteArray {
        QByteArray request = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 150; ++i)
            request += "X-" + QByteArray::number(i) + ": 1\r\n";
        return request + "\r\n";
    }() << 431 << u"headers_too_large"_s;
    QTest::newRow("long target") << QByteArray("GET /" + QByteArray(10000, 'a') + " HTTP/1.1\r\n\r\n") << 414
                                 << u"uri_too_long"_s;
    QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 12) << 400 << u"bad_request"_s;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("absolute target") << QByteArray("GET http://evil/ HTTP/1.1\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("chunked") << QByteArray("POST /api/holds HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                             << 400 << u"bad_request"_s;
    QTest::newRow("bad length") << QByteArray("POST /api/holds HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
                                << u"bad_request"_s;
    QTest::newRow("two lengths") << QByteArray("POST /api/holds HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                 << 400 << u"bad_request"_s;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400 << u"bad_request"_s;
    QTest::newRow("control character") << QByteArray("GET / HTTP/1.1\r\nX-A: a\x01b\r\n\r\n") << 400 << u"bad_request"_s;
}

void tst_WebEndpoint::guardRefuses()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    Fixture fixture;
    RawConnection raw(fixture.port);
    QVERIFY(raw.connected());
    QElapsedTimer timer;
    timer.start();
    raw.send(request);
    const RawAnswer answer = raw.read();
    QCOMPARE(answer.status, status);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString(), error);
    QVERIFY(answer.head.toLower().contains("connection: close"));
    QVERIFY(answer.head.toLower().contains("x-content-type-options: nosniff"));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(raw.waitForClose(5000));
    // The server is unharmed.
    Client client = fixture.client();
    QCOMPARE(client.get(u"/healthz"_s).status, 200);
}

void tst_WebEndpoint::oversizedBodyThroughNetworkAccess()
{
    Fixture fixture;
    Client client = fixture.client();
    const QByteArray big = R"({"show": 1, "seats": ["A1"], "padding": ")" + QByteArray(20000, 'x') + "\"}";
    const Answer answer = client.send("POST", u"/api/holds"_s, big);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.errorCode(), u"payload_too_large"_s);
    QCOMPARE(fixture.db.status(u"A1"_s), SeatStatus::Available);

    // Exactly at the limit passes the guard (and is then refused for what it says).
    QByteArray atLimit = R"({"show": 1, "seats": ["A1"], "padding": ")";
    atLimit += QByteArray(16 * 1024 - atLimit.size() - 2, 'x') + "\"}";
    QCOMPARE(atLimit.size(), 16 * 1024);
    QCOMPARE(client.send("POST", u"/api/holds"_s, atLimit).status, 200);
}

void tst_WebEndpoint::slowRequestTimesOut()
{
    WebLimits limits = generousLimits();
    limits.requestTimeoutMs = 300;
    Fixture fixture(limits);
    RawConnection raw(fixture.port);
    QElapsedTimer timer;
    timer.start();
    raw.send("GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QTest::qWait(100);
    raw.send("X-Dripping: 1\r\n"); // bytes keep coming, but the request never completes in time
    const RawAnswer answer = raw.read(5000);
    QCOMPARE(answer.status, 408);
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(raw.waitForClose(3000));
}

void tst_WebEndpoint::idleConnectionCloses()
{
    WebLimits limits = generousLimits();
    limits.idleTimeoutMs = 300;
    Fixture fixture(limits);
    RawConnection idle(fixture.port);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(idle.waitForClose(5000));
    QVERIFY(timer.elapsed() >= 250);

    // Between requests too.
    RawConnection used(fixture.port);
    used.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(used.read().status, 200);
    QVERIFY(used.waitForClose(5000));

    // A parked long poll is not idle.
    RawConnection parked(fixture.port);
    parked.send("GET /api/seat-status/?show=1&since=" + QByteArray::number(fixture.version()) +
                "&wait=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const RawAnswer answer = parked.read(5000);
    QCOMPARE(answer.status, 200);
}

void tst_WebEndpoint::expectContinue()
{
    Fixture fixture;
    RawConnection raw(fixture.port);
    const QByteArray body = R"({"show": 1, "seats": ["B2"]})";
    raw.send("POST /api/holds HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
             "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QCOMPARE(raw.read().status, 100);
    raw.send(body);
    QCOMPARE(raw.read().status, 200);
    QCOMPARE(fixture.db.status(u"B2"_s), SeatStatus::Held);
}

void tst_WebEndpoint::pipelinedRequests()
{
    Fixture fixture;
    RawConnection raw(fixture.port);
    raw.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
             "GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
             "GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(raw.read().status, 200);
    QCOMPARE(raw.read().status, 404);
    const RawAnswer last = raw.read();
    QCOMPARE(last.status, 200);
    QVERIFY(QJsonDocument::fromJson(last.body).object().contains(u"seats"_s));
    QVERIFY(raw.waitForClose(3000));

    // HTTP/1.0 without keep-alive is closed after the answer.
    RawConnection old(fixture.port);
    old.send("GET /healthz HTTP/1.0\r\n\r\n");
    QCOMPARE(old.read().status, 200);
    QVERIFY(old.waitForClose(3000));
}

void tst_WebEndpoint::plainRequestsAnswerAsQtHttpServer_data()
{
    // A plain target, which the connection guard takes apart itself, and the same request in a
    // form only QtHttpServer parses (percent-encoded query).
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("general");
    QTest::addColumn<int>("status");
    QTest::newRow("seat status") << QByteArray("GET") << QByteArray("/api/seat-status/?show=1")
                                 << QByteArray("/api/seat-status/?show=%31") << 200;
    QTest::newRow("delta") << QByteArray("GET") << QByteArray("/api/seat-status?show=1&since=0")
                           << QByteArray("/api/seat-status?show=1&since=%30") << 200;
    QTest::newRow("head") << QByteArray("HEAD") << QByteArray("/api/seat-status/?show=1")
                          << QByteArray("/api/seat-status/?show=%31") << 200;
    QTest::newRow("bad parameter") << QByteArray("GET") << QByteArray("/api/seat-status/?show=x")
                                   << QByteArray("/api/seat-status/?show=%78") << 400;
    QTest::newRow("unknown show") << QByteArray("GET") << QByteArray("/api/seat-status/?show=99")
                                  << QByteArray("/api/seat-status/?show=%399") << 404;
    QTest::newRow("show list") << QByteArray("GET") << QByteArray("/api/shows/?x=1") << QByteArray("/api/shows/?x=%31")
                               << 200;
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/nothing?x=1") << QByteArray("/nothing?x=%31")
                                  << 404;
    QTest::newRow("wrong method") << QByteArray("GET") << QByteArray("/api/holds?x=1") << QByteArray("/api/holds?x=%31")
                                  << 405;
}

void tst_WebEndpoint::plainRequestsAnswerAsQtHttpServer()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, general);
    QFETCH(int, status);
    Fixture fixture;
    fixture.holdElsewhere({u"A1"_s});
    const QByteArray cookie = "Cookie: bo_session=" + QByteArray(43, 'k') + "\r\n";
    const auto exchange = [&](const QByteArray &target, const QByteArray &extra) -> RawAnswer {
        RawConnection raw(fixture.port);
        raw.send(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + cookie + extra + "\r\n");
        if (method == "HEAD") {
            raw.waitForClose(300);
            return RawAnswer{0, raw.buffered(), {}, false};
        }
        return raw.read();
    };
    const WebCounters &counters = fixture.endpoint->counters();
    const RawAnswer byGuard = exchange(plain, {});
    QCOMPARE(counters.plainRequests.load(), quint64(1));
    const RawAnswer byQtHttpServer = exchange(general, {});
    QCOMPARE(counters.plainRequests.load(), quint64(1));
    if (method != "HEAD")
        QCOMPARE(byGuard.status, status);
    QVERIFY(!byGuard.head.isEmpty());
    QCOMPARE(byGuard.head, byQtHttpServer.head);
    QCOMPARE(byGuard.body, byQtHttpServer.body);

    const qsizetype at = byGuard.head.toLower().indexOf("\r\netag: ");
    if (at < 0 || method == "HEAD")
        return;
    const QByteArray ifNoneMatch = "If-None-Match: " + byGuard.head.mid(at + 8, byGuard.head.indexOf("\r\n", at + 2) - at - 8) + "\r\n";
    const RawAnswer notModifiedByGuard = exchange(plain, ifNoneMatch);
    QCOMPARE(notModifiedByGuard.status, 304);
    QCOMPARE(notModifiedByGuard.head, exchange(general, ifNoneMatch).head);
}

void tst_WebEndpoint::headRequests()
{
    Fixture fixture;
    RawConnection raw(fixture.port);
    raw.send("HEAD /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    raw.waitForClose(300);
    const QByteArray bytes = raw.buffered();
    QVERIFY2(bytes.startsWith("HTTP/1.1 200"), bytes.constData());
    QVERIFY(bytes.toLower().contains("content-length: "));
    QVERIFY2(bytes.endsWith("\r\n\r\n"), bytes.constData()); // the head only
    QVERIFY(raw.connected());
}

void tst_WebEndpoint::health()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer healthy = client.get(u"/healthz"_s);
    QCOMPARE(healthy.status, 200);
    QCOMPARE(healthy.json().value(u"status"_s).toString(), u"ok"_s);

    // A database that no longer answers the questions the server asks.
    fixture.db.exec(u"ALTER TABLE shows RENAME TO shows_away"_s);
    QTRY_COMPARE(client.get(u"/healthz"_s).status, 503);
    fixture.db.exec(u"ALTER TABLE shows_away RENAME TO shows"_s);
    QTRY_COMPARE(client.get(u"/healthz"_s).status, 200);
}

void tst_WebEndpoint::fullDiskPausesWrites()
{
    Fixture fixture;
    Client client = fixture.client();
    QCOMPARE(client.hold(fixture.db.show, {u"A1"_s}).status, 200);
    const auto expectPaused = [](const Answer &answer) {
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.errorCode(), u"service_unavailable"_s);
        QVERIFY(answer.header("retry-after").toInt() > 0);
        const QString message = answer.json().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"Bookings are paused"_s), qPrintable(message));
    };
    {
        const FullDisk full;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"boxoffice web: The disk is full"_s));
        expectPaused(client.hold(fixture.db.show, {u"A2"_s}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"boxoffice web: The disk is full"_s));
        expectPaused(client.send("DELETE", u"/api/holds?show=1"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"boxoffice web: The disk is full"_s));
        expectPaused(client.book(fixture.db.show));
        // Seats can still be looked at.
        QCOMPARE(statusOf(client.get(seatStatusPath()), u"A1"_s), u"held"_s);
        // Degraded while nothing can be saved: its own probe write fails too.
        const Answer degraded = client.get(u"/healthz"_s);
        QCOMPARE(degraded.status, 503);
        QCOMPARE(degraded.json().value(u"status"_s).toString(), u"degraded"_s);
        QVERIFY(!degraded.json().value(u"reason"_s).toString().isEmpty());
    }
    // Once there is room, healthy again with no customer write needed: a balancer that took the
    // server out of rotation must be able to see it recover.
    const Answer recovered = client.get(u"/healthz"_s);
    QCOMPARE(recovered.status, 200);
    QCOMPARE(recovered.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(client.book(fixture.db.show).status, 201);
}

void tst_WebEndpoint::raceForSeats()
{
    Fixture fixture;
    constexpr int clients = 40;
    std::vector<std::unique_ptr<Client>> browsers;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < clients; ++i)
        browsers.push_back(std::make_unique<Client>(fixture.url));
    for (auto &browser : browsers)
        replies.append(browser->start("POST", u"/api/holds"_s, R"({"show": 1, "seats": ["B1", "B2"]})"));
    int winners = 0;
    int losers = 0;
    for (QNetworkReply *reply : replies) {
        const Answer answer = Client::finish(reply, 30000);
        if (answer.status == 200) {
            ++winners;
        } else {
            QCOMPARE(answer.status, 409);
            QCOMPARE(answer.errorCode(), u"seats_unavailable"_s);
            ++losers;
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(losers, clients - 1);
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 1"_s), 2);
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(DISTINCT hold_id) FROM seat_claims WHERE show_id = 1"_s), 1);
}

QTEST_GUILESS_MAIN(tst_WebEndpoint)
#include "tst_webendpoint.moc"
