// Behind a reverse proxy (--trusted-proxy): X-Forwarded-For, -Proto and -Host are believed from
// the trusted peer only, and every per-address rule counts the forwarded customer.

#include "webfixture.h"
#include "webtestsupport.h"

#include "trustedproxies.h"

#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Any of 127.0.0.0/8 reaches the server on loopback: one address plays the proxy, another a
// customer who connects directly.
const QHostAddress proxyAddress(u"127.0.0.2"_s);
const QHostAddress directCustomer(u"127.0.0.3"_s);

TrustedProxies trusted(const QString &list)
{
    auto parsed = TrustedProxies::parse(list);
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.error().message));
    return parsed.value();
}

/// A request with `headers` from 10.0.0.1 as `list` of trusted proxies resolves it.
std::optional<HttpRequest> resolvedFrom10001(const QString &list, const Headers &headers)
{
    HttpRequest request;
    request.peer = QHostAddress(u"10.0.0.1"_s);
    request.headers = headers;
    request.body = "{}";
    return trusted(list).resolve(request);
}

/// An endpoint trusting the proxy, with limits no test trips over but as `adjust` sets them.
template<typename Adjust>
std::unique_ptr<Fixture> behindProxy(Adjust adjust)
{
    WebLimits limits = generousLimits();
    adjust(limits);
    return std::make_unique<Fixture>(limits, 600, trusted(proxyAddress.toString()));
}

QByteArray requestBytes(const QByteArray &method, const QByteArray &target, quint16 port, const Headers &headers,
                        const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

/// One request on a fresh connection from `from` (so a fresh session: no cookie is sent).
RawAnswer sendFrom(const QHostAddress &from, quint16 port, const QByteArray &bytes)
{
    RawConnection connection(port, from);
    if (!connection.connected())
        return {};
    connection.send(bytes);
    return connection.read();
}

QByteArray holdBody(qint64 show, const QStringList &seats)
{
    QByteArray list;
    for (const QString &seat : seats)
        list += (list.isEmpty() ? "\"" : ",\"") + seat.toLatin1() + '"';
    return "{\"show\":" + QByteArray::number(show) + ",\"seats\":[" + list + "]}";
}

RawAnswer holdFrom(const Fixture &fixture, const QHostAddress &from, const QStringList &seats,
                   const Headers &headers)
{
    return sendFrom(from, fixture.port,
                    requestBytes("POST", "/api/holds", fixture.port, headers, holdBody(fixture.db.show, seats)));
}

/// A hold forwarded by the proxy for `customer` (its X-Forwarded-For).
RawAnswer holdFor(const Fixture &fixture, const QByteArray &customer, const QStringList &seats)
{
    return holdFrom(fixture, proxyAddress, seats, {{"X-Forwarded-For", customer}});
}

QString errorOf(const RawAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString();
}

} // namespace

class TestWebProxy : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddressesAndNetworks_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("inside");
        QTest::addColumn<QString>("outside");
        QTest::addRow("IPv4") << u"127.0.0.1"_s << u"127.0.0.1"_s << u"127.0.0.2"_s;
        QTest::addRow("IPv4 as the IPv6 of a dual-stack socket") << u"127.0.0.1"_s << u"::ffff:127.0.0.1"_s
                                                                 << u"::1"_s;
        QTest::addRow("IPv6") << u"::1"_s << u"::1"_s << u"127.0.0.1"_s;
        QTest::addRow("IPv4 network") << u"10.0.0.0/8"_s << u"10.200.3.4"_s << u"11.0.0.1"_s;
        QTest::addRow("IPv6 network") << u"2001:db8::/32"_s << u"2001:db8:ff::1"_s << u"2001:db9::1"_s;
        QTest::addRow("several, with spaces") << u"192.0.2.1, 2001:db8::1"_s << u"2001:db8::1"_s << u"192.0.2.2"_s;
    }

    void parsesAddressesAndNetworks()
    {
        QFETCH(QString, list);
        QFETCH(QString, inside);
        QFETCH(QString, outside);
        const auto proxies = TrustedProxies::parse(list);
        QVERIFY(proxies.ok());
        QVERIFY(proxies.value().contains(QHostAddress(inside)));
        QVERIFY(!proxies.value().contains(QHostAddress(outside)));
    }

    void refusesWhatIsNoAddress_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addRow("empty") << QString();
        QTest::addRow("a name") << u"proxy.example"_s;
        QTest::addRow("empty item") << u"127.0.0.1,"_s;
        QTest::addRow("prefix too long") << u"10.0.0.0/33"_s;
        QTest::addRow("prefix not a number") << u"10.0.0.0/x"_s;
    }

    void refusesWhatIsNoAddress()
    {
        QFETCH(QString, list);
        const auto proxies = TrustedProxies::parse(list);
        QVERIFY(!proxies.ok());
        QVERIFY2(proxies.error().message.contains(u"--trusted-proxy"_s), qPrintable(proxies.error().message));
    }

    void resolvesTheCustomer_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("customer");
        const QString proxy = u"10.0.0.1"_s;
        QTest::addRow("no header: the proxy") << Headers{} << proxy;
        QTest::addRow("one hop") << Headers{{"X-Forwarded-For", "203.0.113.7"}} << u"203.0.113.7"_s;
        QTest::addRow("a forged prefix changes nothing")
                << Headers{{"X-Forwarded-For", "198.51.100.1, 203.0.113.7"}} << u"203.0.113.7"_s;
        QTest::addRow("trusted hops are skipped")
                << Headers{{"X-Forwarded-For", "198.51.100.1,203.0.113.7, 10.9.9.9"}} << u"203.0.113.7"_s;
        QTest::addRow("all trusted: the left-most") << Headers{{"X-Forwarded-For", "10.0.0.7, 10.9.9.9"}}
                                                    << u"10.0.0.7"_s;
        QTest::addRow("several lines are one list, in order")
                << Headers{{"X-Forwarded-For", "198.51.100.1"}, {"x-forwarded-for", "203.0.113.7"}}
                << u"203.0.113.7"_s;
        QTest::addRow("IPv4 with a port") << Headers{{"X-Forwarded-For", "203.0.113.7:51234"}} << u"203.0.113.7"_s;
        QTest::addRow("IPv6") << Headers{{"X-Forwarded-For", "2001:db8::7"}} << u"2001:db8::7"_s;
        QTest::addRow("IPv6 in brackets with a port") << Headers{{"X-Forwarded-For", "[2001:db8::7]:443"}}
                                                      << u"2001:db8::7"_s;
        QTest::addRow("IPv4 mapped into IPv6") << Headers{{"X-Forwarded-For", "::ffff:203.0.113.7"}}
                                               << u"203.0.113.7"_s;
        QTest::addRow("garbage left of the customer is never read")
                << Headers{{"X-Forwarded-For", "<script>, 203.0.113.7"}} << u"203.0.113.7"_s;
        QTest::addRow("malformed: the proxy") << Headers{{"X-Forwarded-For", "not an address"}} << proxy;
        QTest::addRow("unknown: the proxy") << Headers{{"X-Forwarded-For", "unknown"}} << proxy;
        QTest::addRow("malformed after the customer: the proxy")
                << Headers{{"X-Forwarded-For", "203.0.113.7, bogus"}} << proxy;
        QTest::addRow("empty entry: the proxy") << Headers{{"X-Forwarded-For", "203.0.113.7,"}} << proxy;
        QTest::addRow("empty header: the proxy") << Headers{{"X-Forwarded-For", ""}} << proxy;
        QTest::addRow("short IPv4 form: the proxy") << Headers{{"X-Forwarded-For", "203.7"}} << proxy;
        QTest::addRow("IPv4 in brackets: the proxy") << Headers{{"X-Forwarded-For", "[203.0.113.7]"}} << proxy;
        QTest::addRow("bad port: the proxy") << Headers{{"X-Forwarded-For", "203.0.113.7:http"}} << proxy;
    }

    void resolvesTheCustomer()
    {
        QFETCH(Headers, headers);
        QFETCH(QString, customer);
        const std::optional<HttpRequest> resolved = resolvedFrom10001(u"10.0.0.0/8"_s, headers);
        QVERIFY(resolved);
        QCOMPARE(resolved->peer, QHostAddress(customer));
        QCOMPARE(resolved->body, QByteArray("{}"));
    }

    void forwardedSchemeAndHost_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("host");
        const Headers host{{"Host", "10.0.0.2:8081"}};
        QTest::addRow("none: http and Host") << host << QByteArray("http") << QByteArray("10.0.0.2:8081");
        QTest::addRow("https and a name")
                << host + Headers{{"X-Forwarded-Proto", "https"}, {"X-Forwarded-Host", "tickets.example"}}
                << QByteArray("https") << QByteArray("tickets.example");
        QTest::addRow("upper case scheme, host with a port")
                << host + Headers{{"X-Forwarded-Proto", "HTTPS"}, {"X-Forwarded-Host", "tickets.example:8443"}}
                << QByteArray("https") << QByteArray("tickets.example:8443");
        QTest::addRow("IPv6 host") << host + Headers{{"X-Forwarded-Host", "[2001:db8::1]:8443"}} << QByteArray("http")
                                   << QByteArray("[2001:db8::1]:8443");
        QTest::addRow("the nearest proxy's value")
                << host + Headers{{"X-Forwarded-Proto", "http, https"}, {"X-Forwarded-Host", "evil.example, tickets.example"}}
                << QByteArray("https") << QByteArray("tickets.example");
        QTest::addRow("unknown scheme and bad host ignored")
                << host + Headers{{"X-Forwarded-Proto", "ftp"}, {"X-Forwarded-Host", "tickets.example/path"}}
                << QByteArray("http") << QByteArray("10.0.0.2:8081");
        QTest::addRow("host with a bad port ignored") << host + Headers{{"X-Forwarded-Host", "tickets.example:x"}}
                                                      << QByteArray("http") << QByteArray("10.0.0.2:8081");
    }

    void forwardedSchemeAndHost()
    {
        QFETCH(Headers, headers);
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, host);
        const std::optional<HttpRequest> resolved = resolvedFrom10001(u"10.0.0.1"_s, headers);
        QVERIFY(resolved);
        QCOMPARE(resolved->addressedScheme(), scheme);
        QCOMPARE(resolved->addressedHost(), host);
    }

    void ignoredFromOtherPeers()
    {
        HttpRequest request;
        request.peer = QHostAddress(u"203.0.113.7"_s);
        request.headers = {{"X-Forwarded-For", "198.51.100.1"}, {"X-Forwarded-Proto", "https"},
                           {"X-Forwarded-Host", "tickets.example"}, {"Host", "10.0.0.2"}};
        QVERIFY(!trusted(u"10.0.0.0/8"_s).resolve(request));
        QVERIFY(!TrustedProxies().resolve(request));
        QCOMPARE(request.addressedScheme(), QByteArrayView("http"));
        QCOMPARE(request.addressedHost(), QByteArray("10.0.0.2"));
    }

    void originComparedWithForwardedHost_data()
    {
        QTest::addColumn<bool>("trustProxy");
        QTest::addColumn<bool>("fromProxy");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::addRow("trusted proxy: forwarded https host passes") << true << true
                                                                    << QByteArray("https://tickets.example") << 200;
        QTest::addRow("trusted proxy: another site refused") << true << true << QByteArray("https://evil.example")
                                                             << 403;
        QTest::addRow("trusted proxy: plain http refused") << true << true << QByteArray("http://tickets.example")
                                                           << 403;
        QTest::addRow("untrusted peer: refused") << true << false << QByteArray("https://tickets.example") << 403;
        QTest::addRow("without the option: refused") << false << true << QByteArray("https://tickets.example") << 403;
    }

    void originComparedWithForwardedHost()
    {
        QFETCH(bool, trustProxy);
        QFETCH(bool, fromProxy);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        Fixture fixture(generousLimits(), 600, trustProxy ? trusted(proxyAddress.toString()) : TrustedProxies());
        QVERIFY(fixture.port != 0);
        const RawAnswer answer = holdFrom(fixture, fromProxy ? proxyAddress : directCustomer, {u"A1"_s},
                                          {{"Origin", origin},
                                           {"X-Forwarded-Proto", "https"},
                                           {"X-Forwarded-Host", "tickets.example"},
                                           {"X-Forwarded-For", "203.0.113.7"}});
        QCOMPARE(answer.status, status);
        if (status == 403)
            QCOMPARE(errorOf(answer), u"forbidden"_s);
    }

    void ownHostStillPassesWithoutForwardedHost()
    {
        Fixture fixture(generousLimits(), 600, trusted(proxyAddress.toString()));
        const QByteArray ownOrigin = "http://127.0.0.1:" + QByteArray::number(fixture.port);
        QCOMPARE(holdFrom(fixture, proxyAddress, {u"A1"_s}, {{"Origin", ownOrigin}}).status, 200);
        QCOMPARE(holdFrom(fixture, directCustomer, {u"A2"_s}, {{"Origin", ownOrigin}}).status, 200);
    }

    void seatCapCountsEachForwardedCustomer()
    {
        const auto fixture = behindProxy([](WebLimits &limits) { limits.maxSeatsPerAddress = 2; });
        QVERIFY(fixture->port != 0);

        QCOMPARE(holdFor(*fixture, "203.0.113.7", {u"A1"_s, u"A2"_s}).status, 200);
        // A new session (no cookie) of the same customer.
        const RawAnswer again = holdFor(*fixture, "203.0.113.7", {u"A3"_s});
        QCOMPARE(again.status, 429);
        QCOMPARE(errorOf(again), u"too_many_requests"_s);
        // Another customer behind the same proxy has a cap of their own.
        QCOMPARE(holdFor(*fixture, "203.0.113.8", {u"B1"_s, u"B2"_s}).status, 200);
        // Neither a forged prefix nor a second header line in front lets the first one out.
        QCOMPARE(holdFor(*fixture, "198.51.100.99, 203.0.113.7", {u"A3"_s}).status, 429);
        QCOMPARE(holdFrom(*fixture, proxyAddress, {u"A3"_s},
                          {{"X-Forwarded-For", "198.51.100.99"}, {"X-Forwarded-For", "203.0.113.7"}})
                         .status,
                 429);
        // From a peer that is not the proxy the header counts for nothing: the peer's own cap.
        QCOMPARE(holdFrom(*fixture, directCustomer, {u"B3"_s, u"B4"_s}, {{"X-Forwarded-For", "198.51.100.1"}}).status,
                 200);
        QCOMPARE(holdFrom(*fixture, directCustomer, {u"B5"_s}, {{"X-Forwarded-For", "198.51.100.2"}}).status, 429);
    }

    void seatCapCountsIpv6CustomersByNetwork()
    {
        const auto fixture = behindProxy([](WebLimits &limits) { limits.maxSeatsPerAddress = 2; });
        QVERIFY(fixture->port != 0);
        QCOMPARE(holdFor(*fixture, "2001:db8::1", {u"A1"_s, u"A2"_s}).status, 200);
        QCOMPARE(holdFor(*fixture, "[2001:db8::2]:4711", {u"A3"_s}).status, 429);
        QCOMPARE(holdFor(*fixture, "2001:db8:1::1", {u"A3"_s, u"A4"_s}).status, 200);
    }

    void rateLimitCountsEachForwardedCustomer()
    {
        const auto fixture = behindProxy([](WebLimits &limits) { limits.perAddress = {1, 2}; });
        QVERIFY(fixture->port != 0);
        const QByteArray target = "/api/holds?show=" + QByteArray::number(fixture->db.show);
        const auto releaseFor = [&](const QByteArray &customer) {
            return sendFrom(proxyAddress, fixture->port,
                            requestBytes("DELETE", target, fixture->port, {{"X-Forwarded-For", customer}}))
                    .status;
        };
        QCOMPARE(releaseFor("203.0.113.7"), 200);
        QCOMPARE(releaseFor("203.0.113.7"), 200);
        QCOMPARE(releaseFor("203.0.113.7"), 429);
        QCOMPARE(releaseFor("198.51.100.1, 203.0.113.7"), 429);
        QCOMPARE(releaseFor("203.0.113.8"), 200);
    }

    void streamCapCountsEachForwardedCustomer()
    {
        const auto fixture = behindProxy([](WebLimits &limits) { limits.streams = {1, 100}; });
        QVERIFY(fixture->port != 0);
        const QByteArray target = "/api/shows/" + QByteArray::number(fixture->db.show) + "/events";
        const auto streamFor = [&](const QByteArray &customer) {
            auto connection = std::make_unique<RawConnection>(fixture->port, proxyAddress);
            connection->send(requestBytes("GET", target, fixture->port, {{"X-Forwarded-For", customer}}));
            return connection;
        };
        const auto first = streamFor("203.0.113.7");
        QCOMPARE(first->read(1000).status, 200);
        const auto second = streamFor("203.0.113.7");
        QCOMPARE(second->read().status, 503);
        const auto other = streamFor("203.0.113.8");
        QCOMPARE(other->read(1000).status, 200);
    }

    void proxyConnectionsNotCappedPerAddress()
    {
        const auto fixture = behindProxy([](WebLimits &limits) { limits.connections = {2, 6}; });
        QVERIFY(fixture->port != 0);
        const QByteArray health = requestBytes("GET", "/healthz", fixture->port, {});
        std::vector<std::unique_ptr<RawConnection>> open;
        const auto connectFrom = [&](const QHostAddress &from) {
            open.push_back(std::make_unique<RawConnection>(fixture->port, from));
            // A refused connection is answered before it sends anything.
            if (!open.back()->socket().waitForReadyRead(100))
                open.back()->send(health);
            return open.back()->read().status;
        };
        // Anyone else is capped per address as before.
        QCOMPARE(connectFrom(directCustomer), 200);
        QCOMPARE(connectFrom(directCustomer), 200);
        QCOMPARE(connectFrom(directCustomer), 503);
        open.pop_back();
        // The proxy's connections, beyond the cap per address, up to the cap in all.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(connectFrom(proxyAddress), 200);
        QCOMPARE(connectFrom(proxyAddress), 503);
    }
};

QTEST_GUILESS_MAIN(TestWebProxy)
#include "tst_webproxy.moc"
