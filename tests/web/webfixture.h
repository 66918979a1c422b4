#pragma once

#include "testdatabase.h"
#include "webtestsupport.h"

#include "webendpoint.h"

#include <memory>

namespace boxoffice::testing {

/// Limits that no test trips over unless it means to.
inline WebLimits generousLimits()
{
    WebLimits limits;
    limits.perSession = {100000, 100000};
    limits.perAddress = {100000, 100000};
    return limits;
}

constexpr int pollInterval = 4321;

/// A migrated test database (one show, seats A1-A5 and B1-B5, A5 kept for the counter) and an
/// endpoint on a free port serving it.
struct Fixture
{
    explicit Fixture(WebLimits limits = generousLimits(), int holdSeconds = 600, TrustedProxies proxies = {})
    {
        WebOptions options;
        options.trustedProxies = std::move(proxies);
        options.port = 0;
        options.database = db.config;
        options.limits = limits;
        options.holdSeconds = holdSeconds;
        options.pollIntervalMs = pollInterval;
        endpoint = std::make_unique<WebEndpoint>(options, db.feed, db.clock);
        auto started = endpoint->start();
        if (started.ok()) {
            url = started.value();
            port = quint16(url.port());
        } else {
            qWarning("%s", qPrintable(started.error().message));
        }
    }

    Client client() const { return Client(url); }
    qint64 version() const { return db.catalog->version(db.show).value(); }
    /// A hold made the way the counter or another service would, not through the web.
    void holdElsewhere(const QStringList &seats, const QString &owner = QStringLiteral("counter:1"))
    {
        // A cashier who took the seats wherever they leave one alone (the Warn rule's override).
        auto held = db.reservations->holdSeats(db.show, seats, owner, std::chrono::seconds(600), Channel::Counter, {},
                                               HoldOptions{true, {}});
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    }

    TestDatabase db;
    std::unique_ptr<WebEndpoint> endpoint;
    QUrl url;
    quint16 port = 0;
};

/// POSTs `body` to /api/holds while another session holds B5, and checks that it is refused with
/// `status` and `error`, says why, and changes nothing; `answer` is the refusal.
inline void expectRefusedHold(const QByteArray &body, int status, const QString &error, Answer &answer)
{
    Fixture fixture;
    fixture.holdElsewhere({QStringLiteral("B5")});
    const qint64 version = fixture.version();
    Client client = fixture.client();
    answer = client.send("POST", QStringLiteral("/api/holds"), body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorCode(), error);
    QVERIFY(!answer.json().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(fixture.version(), version); // nothing changed
}

} // namespace boxoffice::testing
