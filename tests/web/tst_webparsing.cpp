#include "apierror.h"
#include "httprequest.h"
#include "ratelimiter.h"
#include "requestbodies.h"
#include "requestheadscanner.h"
#include "router.h"
#include "scannercookie.h"
#include "session.h"
#include "staticassets.h"

#include <QTest>
#include <QUrl>

using namespace boxoffice;
using namespace Qt::StringLiterals;

using Verdict = RequestHeadScanner::Verdict;

class tst_WebParsing : public QObject
{
    Q_OBJECT

private slots:
    void scannerFraming_data();
    void scannerFraming();
    void scannerAnyChunking();
    void scannerKeepAlive_data();
    void scannerKeepAlive();
    void plainRequests_data();
    void plainRequests();
    void plainRequestHeaders();
    void routes_data();
    void routes();
    void ticketQrRoutes_data();
    void ticketQrRoutes();
    void queryValues();
    void ids_data();
    void ids();
    void cookies();
    void etags_data();
    void etags();
    void origins_data();
    void origins();
    void sessions();
    void scannerCookies();
    void holdBodies_data();
    void holdBodies();
    void bestBodies_data();
    void bestBodies();
    void strictJson_data();
    void strictJson();
    void emails_data();
    void emails();
    void names_data();
    void names();
    void safePaths_data();
    void safePaths();
    void rateLimiter();
    void rateLimiterMemoryIsBounded();
    void coreErrorsMapToStatuses_data();
    void coreErrorsMapToStatuses();
};

void tst_WebParsing::scannerFraming_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("completed");
    QTest::addColumn<bool>("inRequest");

    QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << int(Verdict::Pass) << 1 << false;
    QTest::newRow("lf only") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << int(Verdict::Pass) << 1 << false;
    QTest::newRow("two") << QByteArray("GET / HTTP/1.1\r\n\r\nGET /x HTTP/1.0\r\n\r\n") << int(Verdict::Pass) << 2 << false;
    QTest::newRow("body") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc") << int(Verdict::Pass) << 1 << false;
    QTest::newRow("partial body") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nab") << int(Verdict::Pass) << 0 << true;
    QTest::newRow("partial head") << QByteArray("GET / HTTP/1.1\r\nHost:") << int(Verdict::Pass) << 0 << true;
    QTest::newRow("leading blank lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << int(Verdict::Pass) << 1 << false;
    QTest::newRow("body looks like a request") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 18\r\n\r\nGET / HTTP/1.1\r\n\r\n")
                                               << int(Verdict::Pass) << 1 << false;
    QTest::newRow("at body limit") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 16384\r\n\r\n") << int(Verdict::Pass) << 0 << true;
    QTest::newRow("over body limit") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 16385\r\n\r\n")
                                     << int(Verdict::PayloadTooLarge) << 0 << true;
    QTest::newRow("huge length") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                 << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("garbage") << QByteArray("hello\r\n") << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n") << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\n") << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n") << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("bad header name") << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("empty header name") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n") << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("transfer encoding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: identity\r\n\r\n")
                                       << int(Verdict::BadRequest) << 0 << true;
    QTest::newRow("long line") << QByteArray("GET /" + QByteArray(9000, 'a')) << int(Verdict::UriTooLong) << 0 << true;
    QTest::newRow("many headers") << QByteArray("GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(101))
                                  << int(Verdict::HeadersTooLarge) << 0 << true;
}

void tst_WebParsing::scannerFraming()
{
    QFETCH(QByteArray, input);
    QFETCH(int, verdict);
    QFETCH(int, completed);
    QFETCH(bool, inRequest);
    RequestHeadScanner scanner;
    QCOMPARE(int(scanner.feed(input)), verdict);
    QCOMPARE(int(scanner.completedCount()), completed);
    QCOMPARE(scanner.inRequest(), inRequest);
    if (verdict != int(Verdict::Pass)) {
        QVERIFY(qstrlen(scanner.reason()) > 0);
        // Broken for good.
        QCOMPARE(int(scanner.feed("GET / HTTP/1.1\r\n\r\n")), verdict);
    }
}

void tst_WebParsing::scannerAnyChunking()
{
    const QByteArray stream = "POST /api/holds HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
                              "GET /b HTTP/1.1\r\nConnection: close\r\n\r\n";
    for (qsizetype chunk = 1; chunk <= stream.size(); ++chunk) {
        RequestHeadScanner scanner;
        for (qsizetype at = 0; at < stream.size(); at += chunk)
            QCOMPARE(scanner.feed(QByteArrayView(stream).sliced(at, qMin(chunk, stream.size() - at))), Verdict::Pass);
        QCOMPARE(scanner.completedCount(), 2);
        QCOMPARE(scanner.takeCompleted().bodyLength, 5);
        QCOMPARE(scanner.takeCompleted().keepAlive, false);
        QVERIFY(!scanner.inRequest());
    }
}

void tst_WebParsing::scannerKeepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.1 list") << QByteArray("GET / HTTP/1.1\r\nConnection: upgrade, close\r\n\r\n") << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void tst_WebParsing::scannerKeepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    RequestHeadScanner scanner;
    QCOMPARE(scanner.feed(head), Verdict::Pass);
    QCOMPARE(scanner.takeCompleted().keepAlive, keepAlive);
}

void tst_WebParsing::plainRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<int>("method");
    using Method = HttpRequest::Method;
    const auto get = [](QByteArrayView target) -> QByteArray {
        return "GET " + target.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    };
    QTest::newRow("seat status") << get("/api/seat-status/?show=1") << true << int(Method::Get);
    QTest::newRow("all parameters") << get("/api/seat-status?show=12&since=3&wait=30") << true << int(Method::Get);
    QTest::newRow("asset") << get("/static/app.js") << true << int(Method::Get);
    QTest::newRow("empty query") << get("/api/shows?") << true << int(Method::Get);
    QTest::newRow("head") << QByteArray("HEAD / HTTP/1.0\r\n\r\n") << true << int(Method::Head);
    QTest::newRow("bare line ends") << QByteArray("GET /healthz HTTP/1.1\nHost: x\n\n") << true << int(Method::Get);
    QTest::newRow("white space around") << QByteArray("\r\n GET /healthz HTTP/1.1\r\n\r\n\r\n") << true
                                        << int(Method::Get);
    QTest::newRow("empty body") << QByteArray("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << true << int(Method::Get);

    // Everything else is QtHttpServer's to take apart.
    QTest::newRow("post") << QByteArray("POST /api/holds HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << false << 0;
    QTest::newRow("delete") << QByteArray("DELETE /api/holds HTTP/1.1\r\n\r\n") << false << 0;
    QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << false << 0;
    QTest::newRow("body") << QByteArray("GET / HTTP/1.1\r\nContent-Length: 1\r\n\r\nx") << false << 0;
    QTest::newRow("percent-encoded") << get("/api/seat-status/?show=%31") << false << 0;
    QTest::newRow("plus") << get("/api/seat-status/?show=1+2") << false << 0;
    QTest::newRow("authority-like") << get("//api/seat-status/?show=1") << false << 0;
    QTest::newRow("dot segment") << get("/static/../api/shows") << false << 0;
    QTest::newRow("second question mark") << get("/api/shows??") << false << 0;
    QTest::newRow("fragment") << get("/api/shows#x") << false << 0;
    QTest::newRow("sub-delimiters") << get("/api/shows;x=1") << false << 0;
    QTest::newRow("incomplete head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << false << 0;
    QTest::newRow("pipelined") << QByteArray("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n") << false << 0;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n") << false << 0;
    QTest::newRow("other version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << false << 0;
}

void tst_WebParsing::plainRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, plain);
    QFETCH(int, method);
    const std::optional<HttpRequest> request = parsePlainRequest(bytes);
    QCOMPARE(request.has_value(), plain);
    if (!plain)
        return;
    QCOMPARE(int(request->method), method);
    // What QtHttpServer hands the handler: QUrl's view of the target.
    const QByteArray line = bytes.trimmed().split('\n').first();
    const QUrl url = QUrl::fromEncoded(line.split(' ').at(1));
    QCOMPARE(request->path, url.path(QUrl::FullyEncoded).toLatin1());
    QCOMPARE(request->query, url.query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(request->body.isEmpty());
}

void tst_WebParsing::plainRequestHeaders()
{
    const std::optional<HttpRequest> request = parsePlainRequest(
            "GET /api/seat-status/?show=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\ncookie:  bo_session=abc \t\r\n"
            "If-None-Match: \"x-1-f\"\r\nX-Empty:\r\nCookie: second=1\r\n\r\n");
    QVERIFY(request);
    // As QHttpHeaderParser gives them: in order, names as sent, values trimmed, repeats kept.
    const QList<std::pair<QByteArray, QByteArray>> expected{{"Host", "127.0.0.1:8080"},
                                                            {"cookie", "bo_session=abc"},
                                                            {"If-None-Match", "\"x-1-f\""},
                                                            {"X-Empty", ""},
                                                            {"Cookie", "second=1"}};
    QCOMPARE(request->headers, expected);
    QCOMPARE(request->header("COOKIE"), QByteArray("bo_session=abc"));
}

void tst_WebParsing::routes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("parameter");
    using Kind = Route::Kind;
    QTest::newRow("index") << QByteArray("/") << int(Kind::Index) << QByteArray();
    QTest::newRow("show page") << QByteArray("/shows/12/") << int(Kind::ShowPage) << QByteArray("12");
    QTest::newRow("asset") << QByteArray("/static/app.js") << int(Kind::Asset) << QByteArray("static/app.js");
    QTest::newRow("favicon") << QByteArray("/favicon.ico") << int(Kind::Asset) << QByteArray("static/favicon.ico");
    QTest::newRow("health") << QByteArray("/healthz") << int(Kind::Health) << QByteArray();
    QTest::newRow("shows") << QByteArray("/api/shows/") << int(Kind::ShowList) << QByteArray();
    QTest::newRow("shows bare") << QByteArray("/api/shows") << int(Kind::ShowList) << QByteArray();
    QTest::newRow("seat status") << QByteArray("/api/seat-status/") << int(Kind::SeatStatus) << QByteArray();
    QTest::newRow("events") << QByteArray("/api/shows/3/events") << int(Kind::Events) << QByteArray("3");
    QTest::newRow("holds") << QByteArray("/api/holds") << int(Kind::Holds) << QByteArray();
    QTest::newRow("bookings") << QByteArray("/api/bookings") << int(Kind::Bookings) << QByteArray();
    QTest::newRow("booking") << QByteArray("/api/bookings/BO-1234-5678") << int(Kind::Booking) << QByteArray("BO-1234-5678");
    QTest::newRow("booking's QR code") << QByteArray("/api/bookings/BO-1234-5678/qr.svg") << int(Kind::BookingQr)
                                       << QByteArray("BO-1234-5678");
    QTest::newRow("scanner page") << QByteArray("/scan/") << int(Kind::ScanPage) << QByteArray();
    QTest::newRow("scanner page bare") << QByteArray("/scan") << int(Kind::ScanPage) << QByteArray();
    QTest::newRow("pairing") << QByteArray("/scan/pair") << int(Kind::ScanPairing) << QByteArray();
    QTest::newRow("check-in") << QByteArray("/api/checkin/") << int(Kind::Checkin) << QByteArray();
    QTest::newRow("scanner elsewhere") << QByteArray("/scan/other") << int(Kind::None) << QByteArray();
    QTest::newRow("unknown") << QByteArray("/api/other") << int(Kind::None) << QByteArray();
    QTest::newRow("nested show") << QByteArray("/shows/1/2/") << int(Kind::None) << QByteArray();
    QTest::newRow("empty events") << QByteArray("/api/shows//events") << int(Kind::None) << QByteArray();
}

void tst_WebParsing::routes()
{
    QFETCH(QByteArray, path);
    QFETCH(int, kind);
    QFETCH(QByteArray, parameter);
    const Route route = matchRoute(path);
    QCOMPARE(int(route.kind), kind);
    QCOMPARE(route.parameter, parameter);
}

void tst_WebParsing::ticketQrRoutes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QByteArray>("ticket");
    using Kind = Route::Kind;
    QTest::newRow("ticket's QR code") << QByteArray("/api/bookings/BO-1234-5678/tickets/ABCDEFGHIJKLMNOPQRSTUVWXYZ/qr.svg")
                                      << int(Kind::TicketQr) << QByteArray("BO-1234-5678")
                                      << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QTest::newRow("no reference") << QByteArray("/api/bookings//tickets/ABC/qr.svg") << int(Kind::None) << QByteArray()
                                  << QByteArray();
    QTest::newRow("no code") << QByteArray("/api/bookings/BO-1234-5678/tickets//qr.svg") << int(Kind::None)
                             << QByteArray() << QByteArray();
    QTest::newRow("nested code") << QByteArray("/api/bookings/BO-1234-5678/tickets/A/B/qr.svg") << int(Kind::None)
                                 << QByteArray() << QByteArray();
    QTest::newRow("nested reference") << QByteArray("/api/bookings/BO/1/tickets/ABC/qr.svg") << int(Kind::None)
                                      << QByteArray() << QByteArray();
    QTest::newRow("ticket list") << QByteArray("/api/bookings/BO-1234-5678/tickets/ABC") << int(Kind::None)
                                 << QByteArray() << QByteArray();
}

void tst_WebParsing::ticketQrRoutes()
{
    QFETCH(QByteArray, path);
    QFETCH(int, kind);
    QFETCH(QByteArray, reference);
    QFETCH(QByteArray, ticket);
    const Route route = matchRoute(path);
    QCOMPARE(int(route.kind), kind);
    if (route.kind == Route::Kind::TicketQr) {
        QCOMPARE(route.parameter, reference);
        QCOMPARE(route.ticket, ticket);
    }
}

void tst_WebParsing::queryValues()
{
    HttpRequest request;
    request.query = "show=12&since=&wait=25&name=Asha%20R+a&show=13&flag";
    QCOMPARE(request.queryValue("show"), QByteArray("12"));
    QCOMPARE(request.queryValue("since"), QByteArray(""));
    QCOMPARE(request.queryValue("name"), QByteArray("Asha R a"));
    QCOMPARE(request.queryValue("flag"), QByteArray(""));
    QVERIFY(!request.queryValue("missing"));
    request.headers = {{"Content-Type", "application/json"}, {"X", "1"}};
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QVERIFY(!request.hasHeader("cookie"));
}

void tst_WebParsing::ids_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("id");
    QTest::newRow("one") << QByteArray("1") << qint64(1);
    QTest::newRow("large") << QByteArray("123456789012345678") << qint64(123456789012345678);
    QTest::newRow("zero") << QByteArray("0") << qint64(-1);
    QTest::newRow("leading zero") << QByteArray("01") << qint64(-1);
    QTest::newRow("sign") << QByteArray("+1") << qint64(-1);
    QTest::newRow("space") << QByteArray(" 1") << qint64(-1);
    QTest::newRow("too long") << QByteArray("1234567890123456789") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void tst_WebParsing::ids()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, id);
    QCOMPARE(parseId(text).value_or(-1), id);
}

void tst_WebParsing::cookies()
{
    QCOMPARE(cookieValue("a=1; bo_session=xyz; b=2", "bo_session"), QByteArray("xyz"));
    QCOMPARE(cookieValue("bo_session=\"quoted\"", "bo_session"), QByteArray("quoted"));
    QVERIFY(!cookieValue("bo_sessionx=1", "bo_session"));
    QVERIFY(!cookieValue("", "bo_session"));
}

void tst_WebParsing::etags_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << QByteArray("\"a-1\"") << true;
    QTest::newRow("weak") << QByteArray("W/\"a-1\"") << true;
    QTest::newRow("list") << QByteArray("\"x\", \"a-1\"") << true;
    QTest::newRow("star") << QByteArray("*") << true;
    QTest::newRow("other") << QByteArray("\"a-2\"") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("unquoted") << QByteArray("a-1") << false;
}

void tst_WebParsing::etags()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, matches);
    QCOMPARE(etagMatches(header, "\"a-1\""), matches);
}

void tst_WebParsing::origins_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << QByteArray("http://127.0.0.1:8080") << QByteArray("127.0.0.1:8080") << true;
    QTest::newRow("case") << QByteArray("http://BoxOffice.example") << QByteArray("boxoffice.example") << true;
    QTest::newRow("port") << QByteArray("http://127.0.0.1:8081") << QByteArray("127.0.0.1:8080") << false;
    QTest::newRow("scheme") << QByteArray("https://127.0.0.1:8080") << QByteArray("127.0.0.1:8080") << false;
    QTest::newRow("no host") << QByteArray("http://a") << QByteArray() << false;
    QTest::newRow("suffix") << QByteArray("http://127.0.0.1:8080.evil") << QByteArray("127.0.0.1:8080") << false;
}

void tst_WebParsing::origins()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, host);
    QFETCH(bool, matches);
    QCOMPARE(originMatches(origin, host), matches);
}

void tst_WebParsing::sessions()
{
    const Session created = Session::create();
    QVERIFY(created.isNew());
    QVERIFY(Session::isWellFormed(created.cookie()));
    QVERIFY(created.setCookieHeader().contains("HttpOnly"));
    const Session again = Session::fromCookieHeader(QByteArray("bo_session=" + created.cookie()));
    QVERIFY(!again.isNew());
    QCOMPARE(again.owner(), created.owner());
    QVERIFY(created.owner().startsWith(u"web:"_s));
    QVERIFY(!created.owner().contains(QString::fromLatin1(created.cookie())));
    QVERIFY(Session::create().cookie() != created.cookie());
    QVERIFY(Session::fromCookieHeader("bo_session=short").isNew());
    QVERIFY(Session::fromCookieHeader(QByteArray("bo_session=" + QByteArray(43, '!'))).isNew());
}

void tst_WebParsing::holdBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("seats");
    QTest::newRow("valid") << QByteArray(R"({"show": 3, "seats": ["A1", "B2"]})") << 0 << 2;
    QTest::newRow("duplicates") << QByteArray(R"({"show": 3, "seats": ["A1", "A1"]})") << 0 << 1;
    QTest::newRow("extra keys") << QByteArray(R"({"show": 3, "seats": ["A1"], "x": 1})") << 0 << 1;
    QTest::newRow("big show") << QByteArray(R"({"show": 1e300, "seats": ["A1"]})") << 400 << 0;
    QTest::newRow("negative show") << QByteArray(R"({"show": -3, "seats": ["A1"]})") << 400 << 0;
    QTest::newRow("null") << QByteArray("null") << 400 << 0;
    QTest::newRow("empty") << QByteArray() << 400 << 0;
    QTest::newRow("long label") << QByteArray(R"({"show": 3, "seats": ["A12345678901234567"]})") << 422 << 0;
    QTest::newRow("eleven") << QByteArray(R"({"show": 3, "seats": ["A1","A2","A3","A4","A5","A6","A7","A8","A9","A10","A11"]})")
                            << 422 << 0;
}

void tst_WebParsing::holdBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, seats);
    try {
        const HoldBody hold = requestbody::parseHold(body, 10);
        QCOMPARE(status, 0);
        QCOMPARE(hold.show, 3);
        QCOMPARE(hold.seats.size(), seats);
    } catch (const ApiError &error) {
        QCOMPARE(error.status(), status);
    }
}

void tst_WebParsing::bestBodies_data()
{
    QTest::addColumn<QByteArray>("best");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("wheelchair");
    QTest::newRow("count") << QByteArray(R"({"count": 2})") << 0 << 2 << QString() << 0;
    QTest::newRow("everything") << QByteArray(R"({"count": 4, "category": "stalls", "wheelchair": 1})") << 0 << 4
                                << u"stalls"_s << 1;
    QTest::newRow("the cap") << QByteArray(R"({"count": 10})") << 0 << 10 << QString() << 0;
    QTest::newRow("over the cap") << QByteArray(R"({"count": 11})") << 422 << 0 << QString() << 0;
    QTest::newRow("count as text") << QByteArray(R"({"count": "2"})") << 422 << 0 << QString() << 0;
    QTest::newRow("count 2.0") << QByteArray(R"({"count": 2.0})") << 422 << 0 << QString() << 0;
    QTest::newRow("count true") << QByteArray(R"({"count": true})") << 422 << 0 << QString() << 0;
    QTest::newRow("no count") << QByteArray(R"({"category": "stalls"})") << 422 << 0 << QString() << 0;
    QTest::newRow("long category") << QByteArray(R"({"count": 1, "category": ")" + QByteArray(101, 'x') + R"("})")
                                   << 422 << 0 << QString() << 0;
    QTest::newRow("all wheelchairs") << QByteArray(R"({"count": 2, "wheelchair": 2})") << 0 << 2 << QString() << 2;
    QTest::newRow("wheelchair as text") << QByteArray(R"({"count": 2, "wheelchair": "1"})") << 422 << 0 << QString() << 0;
    QTest::newRow("array") << QByteArray(R"([2])") << 400 << 0 << QString() << 0;
    QTest::newRow("null") << QByteArray("null") << 400 << 0 << QString() << 0;
}

void tst_WebParsing::bestBodies()
{
    QFETCH(QByteArray, best);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(QString, category);
    QFETCH(int, wheelchair);
    try {
        const HoldBody hold = requestbody::parseHold(R"({"show": 3, "best": )" + best + '}', 10);
        QCOMPARE(status, 0);
        QCOMPARE(hold.show, 3);
        QVERIFY(hold.seats.isEmpty());
        QVERIFY(hold.best);
        QCOMPARE(hold.best->count, count);
        QCOMPARE(hold.best->category, category);
        QCOMPARE(hold.best->wheelchairSpaces, wheelchair);
        // Core's request as it is: the web never asks for house seats.
        QVERIFY(!hold.best->includeHouseSeats);
    } catch (const ApiError &error) {
        QCOMPARE(error.status(), status);
    }
}

void tst_WebParsing::strictJson_data()
{
    // Each body goes to the parser named; `show` is what it reads when it accepts the body.
    QTest::addColumn<QByteArray>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("show");
    const QByteArray seats = R"(, "seats": ["A1"]})";
    const QByteArray person = R"(, "name": "Asha Rao", "email": "asha@example.com"})";
    QTest::newRow("hold") << QByteArray("hold") << QByteArray(R"({"show": 3)" + seats) << 0 << qint64(3);
    QTest::newRow("hold duplicate show") << QByteArray("hold") << QByteArray(R"({"show": 3, "show": 4)" + seats)
                                         << 400 << qint64(0);
    QTest::newRow("hold duplicate seats") << QByteArray("hold")
                                          << QByteArray(R"({"show": 3, "seats": ["B2"])" + seats) << 400 << qint64(0);
    QTest::newRow("duplicate unknown key") << QByteArray("hold") << QByteArray(R"({"x": 1, "x": 2, "show": 3)" + seats)
                                           << 400 << qint64(0);
    QTest::newRow("booking duplicate name")
            << QByteArray("booking") << QByteArray(R"({"name": "Mallory", "show": 3)" + person) << 400 << qint64(0);
    QTest::newRow("release duplicate show") << QByteArray("release") << QByteArray(R"({"show": 3, "show": 3})")
                                            << 400 << qint64(0);
    QTest::newRow("one point oh") << QByteArray("hold") << QByteArray(R"({"show": 1.0)" + seats) << 400 << qint64(0);
    QTest::newRow("exponent") << QByteArray("hold") << QByteArray(R"({"show": 1e2)" + seats) << 400 << qint64(0);
    QTest::newRow("booking exponent") << QByteArray("booking") << QByteArray(R"({"show": 3E0)" + person) << 400
                                      << qint64(0);
    QTest::newRow("release fraction") << QByteArray("release") << QByteArray(R"({"show": 2.5})") << 400 << qint64(0);
    QTest::newRow("largest exact") << QByteArray("hold") << QByteArray(R"({"show": 9007199254740991)" + seats) << 0
                                   << qint64(9007199254740991);
    QTest::newRow("2^53") << QByteArray("hold") << QByteArray(R"({"show": 9007199254740992)" + seats) << 400
                          << qint64(0);
    QTest::newRow("2^53 + 1") << QByteArray("booking") << QByteArray(R"({"show": 9007199254740993)" + person)
                              << 400 << qint64(0);
    QTest::newRow("beyond 64 bits") << QByteArray("hold") << QByteArray(R"({"show": 99999999999999999999)" + seats)
                                    << 400 << qint64(0);
    QTest::newRow("minus zero") << QByteArray("hold") << QByteArray(R"({"show": -0)" + seats) << 400 << qint64(0);
    QTest::newRow("string id") << QByteArray("hold") << QByteArray(R"({"show": "3")" + seats) << 400 << qint64(0);
    QTest::newRow("trailing garbage") << QByteArray("hold") << QByteArray(R"({"show": 3)" + seats + "x") << 400
                                      << qint64(0);
    QTest::newRow("invalid UTF-8") << QByteArray("booking") << QByteArray("{\"show\": 3, \"name\": \"\xff\"}") << 400
                                   << qint64(0);
}

void tst_WebParsing::strictJson()
{
    QFETCH(QByteArray, parser);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(qint64, show);
    try {
        qint64 parsed = 0;
        if (parser == "hold")
            parsed = requestbody::parseHold(body, 10).show;
        else if (parser == "booking")
            parsed = requestbody::parseBooking(body).show;
        else
            parsed = requestbody::parseRelease(body, 10).show.value_or(0);
        QCOMPARE(0, status);
        QCOMPARE(parsed, show);
    } catch (const ApiError &error) {
        QCOMPARE(error.status(), status);
        QCOMPARE(QString(error.code()), u"bad_request"_s);
    }
}

void tst_WebParsing::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"asha@example.com"_s << true;
    QTest::newRow("plus") << u"asha+tickets@mail.example.co.uk"_s << true;
    QTest::newRow("idn") << u"anna@bücher.de"_s << true;
    QTest::newRow("no at") << u"asha.example.com"_s << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false;
    QTest::newRow("no dot") << u"a@localhost"_s << false;
    QTest::newRow("space") << u"a b@example.com"_s << false;
    QTest::newRow("empty local") << u"@example.com"_s << false;
    QTest::newRow("dash label") << u"a@-example.com"_s << false;
    QTest::newRow("empty label") << u"a@example..com"_s << false;
    QTest::newRow("long") << QString(u"a@"_s + QString(250, u'b') + u".com"_s) << false;
}

void tst_WebParsing::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(requestbody::isEmail(email), valid);
}

void tst_WebParsing::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Asha Rao"_s << true;
    QTest::newRow("one") << u"A"_s << true;
    QTest::newRow("hundred") << QString(100, u'x') << true;
    QTest::newRow("hundred and one") << QString(101, u'x') << false;
    QTest::newRow("emoji counted once") << QString(QString(99, u'x') + QString::fromUcs4(U"\U0001F600")) << true;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("newline") << u"A\nB"_s << false;
}

void tst_WebParsing::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(requestbody::isName(name), valid);
}

void tst_WebParsing::safePaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("file") << QByteArray("static/app.js") << true;
    QTest::newRow("nested") << QByteArray("static/fonts/a-b_c.woff2") << true;
    QTest::newRow("dot dot") << QByteArray("static/../x") << false;
    QTest::newRow("hidden") << QByteArray("static/.env") << false;
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << false;
    QTest::newRow("double slash") << QByteArray("static//x") << false;
    QTest::newRow("percent") << QByteArray("static/%2e%2e") << false;
    QTest::newRow("backslash") << QByteArray("static\\x") << false;
    QTest::newRow("trailing slash") << QByteArray("static/") << false;
}

void tst_WebParsing::safePaths()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, safe);
    QCOMPARE(StaticAssets::isSafePath(path), safe);
}

void tst_WebParsing::rateLimiter()
{
    RateLimiter limiter({2, 4}, {100, 100});
    const auto start = RateLimiter::Clock::now();
    for (int i = 0; i < 4; ++i)
        QVERIFY(!limiter.admit(1, 9, start));
    const std::optional<int> wait = limiter.admit(1, 9, start);
    QVERIFY(wait);
    QCOMPARE(*wait, 1);
    QVERIFY(!limiter.admit(2, 9, start)); // another session
    QVERIFY(!limiter.admit(1, 9, start + std::chrono::milliseconds(600))); // refilled one token
    QVERIFY(limiter.admit(1, 9, start + std::chrono::milliseconds(600)));

    RateLimiter ceiling({0, 0}, {1, 2});
    QVERIFY(!ceiling.admit(1, 7, start));
    QVERIFY(!ceiling.admit(2, 7, start));
    QVERIFY(ceiling.admit(3, 7, start));
    QVERIFY(!ceiling.admit(3, 8, start));
}

void tst_WebParsing::rateLimiterMemoryIsBounded()
{
    RateLimiter limiter({1, 2}, {1000, 1000}, 1000);
    const auto start = RateLimiter::Clock::now();
    for (quint64 session = 1; session <= 100000; ++session)
        limiter.admit(session, 1, start);
    QVERIFY2(limiter.entries() <= 1001, qPrintable(QString::number(limiter.entries())));
}

void tst_WebParsing::coreErrorsMapToStatuses_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("unavailable") << int(ErrorCode::SeatsUnavailable) << 409 << u"seats_unavailable"_s;
    QTest::newRow("no hold") << int(ErrorCode::NoHold) << 409 << u"no_hold"_s;
    QTest::newRow("expired") << int(ErrorCode::HoldExpired) << 409 << u"hold_expired"_s;
    QTest::newRow("too many") << int(ErrorCode::TooManySeats) << 422 << u"too_many_seats"_s;
    QTest::newRow("invalid") << int(ErrorCode::InvalidField) << 422 << u"invalid_field"_s;
    QTest::newRow("not found") << int(ErrorCode::NotFound) << 404 << u"not_found"_s;
    QTest::newRow("forbidden") << int(ErrorCode::Forbidden) << 403 << u"forbidden"_s;
    QTest::newRow("busy") << int(ErrorCode::DatabaseBusy) << 503 << u"service_unavailable"_s;
    QTest::newRow("disk full") << int(ErrorCode::StorageFull) << 503 << u"service_unavailable"_s;
    QTest::newRow("broken") << int(ErrorCode::DatabaseError) << 500 << u"internal_error"_s;
}

void tst_WebParsing::coreErrorsMapToStatuses()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(QString, name);
    const bool logged = ErrorCode(code) == ErrorCode::DatabaseError || ErrorCode(code) == ErrorCode::StorageFull;
    if (logged)
        QTest::ignoreMessage(QtWarningMsg, "boxoffice web: disk I/O error in /secret/path");
    const ApiError error = ApiError::fromCore(Error{ErrorCode(code), u"disk I/O error in /secret/path"_s, {u"A1"_s}});
    QCOMPARE(error.status(), status);
    QCOMPARE(QString(error.code()), name);
    const HttpResponse response = error.toResponse();
    QCOMPARE(response.status, status);
    QVERIFY(response.body.contains(QByteArray("\"error\":\"" + name.toLatin1() + '"')));
    QCOMPARE(response.body.contains("\"seats\""), ErrorCode(code) == ErrorCode::SeatsUnavailable);
    QCOMPARE(response.body.contains("/secret/path"), !logged);
    const bool retry = ErrorCode(code) == ErrorCode::DatabaseBusy || ErrorCode(code) == ErrorCode::StorageFull;
    QCOMPARE(serializeHead(response, true, response.body.size()).contains("\r\nRetry-After: "), retry);
}

void tst_WebParsing::scannerCookies()
{
    const QByteArray credential(43, 'k');
    QCOMPARE(scannercookie::credentialFrom(QByteArray("bo_session=abc; bo_device=" + credential)), credential);
    QCOMPARE(scannercookie::credentialFrom(""), std::nullopt);
    QCOMPARE(scannercookie::credentialFrom(QByteArray("bo_session=" + credential)), std::nullopt);
    QCOMPARE(scannercookie::credentialFrom("bo_device=short"), std::nullopt);
    QCOMPARE(scannercookie::credentialFrom(QByteArray("bo_device=" + QByteArray(129, 'k'))), std::nullopt);
    QCOMPARE(scannercookie::credentialFrom(QByteArray("bo_device=" + QByteArray(42, 'k') + '/')), std::nullopt);
    const QByteArray header = scannercookie::setCookieHeader(credential);
    QVERIFY(header.startsWith(QByteArray("bo_device=" + credential + ';')));
    QVERIFY(header.contains("; HttpOnly"));
    QVERIFY(header.contains("; SameSite=Strict"));
    QVERIFY(header.contains("; Path=/;"));
    QVERIFY(header.contains("; Max-Age=34560000"));
}

QTEST_GUILESS_MAIN(tst_WebParsing)
#include "tst_webparsing.moc"
