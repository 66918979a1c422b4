#include "checkinservice.h"
#include "scannerdeviceservice.h"
#include "staffservice.h"
#include "venuesettingsstore.h"
#include "webfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

/// The door on the web (issue 12): pairing a phone, the scanner page and POST /api/checkin.
class tst_WebCheckin : public QObject
{
    Q_OBJECT

private:
    /// A manager account and a device paired for the fixture's show; returns the one-time token.
    static QString createPairing(Fixture &fixture, ScannerDevice *device = nullptr)
    {
        StaffService staff(*fixture.db.database, fixture.db.clock);
        auto manager = staff.member(1);
        if (!manager.ok())
            manager = staff.addStaff(u"Mona"_s, StaffRole::Manager, u"door-secret"_s, u"test"_s);
        if (!manager.ok())
            return {};
        ScannerDeviceService devices(*fixture.db.database, fixture.db.clock);
        ScannerScope scope;
        scope.shows = {fixture.db.show};
        auto pairing = devices.createPairing(u"Door 1"_s, scope, StaffActor{manager->id, manager->name, 0, {}});
        if (!pairing.ok())
            return {};
        if (device)
            *device = pairing->device;
        return pairing->token;
    }

    /// A client paired as a scanner through GET /scan/pair, as a phone opening the GUI's QR code.
    static void pair(Fixture &fixture, Client &client, ScannerDevice *device = nullptr)
    {
        const QString token = createPairing(fixture, device);
        QVERIFY(!token.isEmpty());
        const Answer paired = client.get(u"/scan/pair?token="_s + token, {{"Accept", "text/html"}});
        QCOMPARE(paired.status, 200);
    }

    /// Moves the test clock to `minutes` before the fixture's show starts.
    static void minutesBeforeStart(Fixture &fixture, int minutes)
    {
        const QDateTime startsAt = fixture.db.catalog->show(fixture.db.show).value().startsAt;
        fixture.db.clock.set(startsAt.addSecs(-60 * minutes));
    }

    /// A web reservation of `seat`, collected (paid) unless `unpaid`; returns the seat's ticket code.
    static QString bookTicket(Fixture &fixture, const QString &seat, bool unpaid = false)
    {
        Client customer = fixture.client();
        if (customer.hold(fixture.db.show, {seat}).status != 200)
            return {};
        const Answer booked = customer.book(fixture.db.show);
        const QString reference = booked.json().value(u"booking"_s).toString();
        if (!unpaid) {
            auto collected = fixture.db.reservations->collectReservation(reference, u"card"_s, 0,
                                                                         StaffActor{0, u"test"_s, 0, {}});
            if (!collected.ok())
                return {};
        }
        auto booking = fixture.db.catalog->booking(reference);
        return booking.ok() && !booking->seats.isEmpty() ? booking->seats.first().ticketCode : QString();
    }

    static QJsonObject scan(const QString &code, const QString &nonce, const QString &direction = u"entry"_s)
    {
        return QJsonObject{{u"code"_s, code}, {u"show"_s, u"today"_s}, {u"direction"_s, direction}, {u"nonce"_s, nonce}};
    }

private slots:
    void pairingSetsTheDeviceCookie()
    {
        Fixture fixture;
        Client phone = fixture.client();
        const QString token = createPairing(fixture);
        QVERIFY(!token.isEmpty());

        const Answer paired = phone.get(u"/scan/pair?token="_s + token, {{"Accept", "text/html"}});
        QCOMPARE(paired.status, 200);
        QVERIFY(paired.header("content-type").startsWith("text/html"));
        QCOMPARE(paired.header("cache-control"), QByteArray("no-store"));
        QByteArray deviceCookie;
        for (const auto &[name, value] : paired.headers) {
            if (name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
                for (const QByteArray &line : value.split('\n')) {
                    if (line.startsWith("bo_device="))
                        deviceCookie = line;
                }
            }
        }
        QVERIFY2(!deviceCookie.isEmpty(), paired.header("set-cookie").constData());
        QVERIFY(deviceCookie.contains("; HttpOnly"));
        QVERIFY(deviceCookie.contains("; SameSite=Strict"));
        QVERIFY(deviceCookie.contains("; Path=/"));
        QVERIFY(deviceCookie.contains("; Max-Age="));
        // The credential is the device's own, not the token shown on the counter's screen.
        QVERIFY(!deviceCookie.contains(token.toLatin1()));

        // The cookie jar now carries the credential: the page and the API know the device.
        const Answer page = phone.get(u"/scan/"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("/static/scan/scan."));
        const Answer scope = phone.get(u"/api/checkin"_s);
        QCOMPARE(scope.status, 200);
        QCOMPARE(scope.json().value(u"device"_s).toObject().value(u"name"_s).toString(), u"Door 1"_s);

        // One use only: the token is spent, for a browser a page, for anything else JSON.
        Client other = fixture.client();
        const Answer again = other.get(u"/scan/pair?token="_s + token, {{"Accept", "text/html"}});
        QCOMPARE(again.status, 403);
        QVERIFY(again.body.contains("cannot be used"));
        QVERIFY(!again.header("set-cookie").contains("bo_device"));
        const Answer againJson = other.get(u"/scan/pair?token="_s + token);
        QCOMPARE(againJson.status, 403);
        QCOMPARE(againJson.errorCode(), u"forbidden"_s);
        QCOMPARE(other.get(u"/scan/"_s).status, 401);

        const Answer noToken = other.get(u"/scan/pair"_s);
        QCOMPARE(noToken.status, 400);
        QCOMPARE(noToken.errorCode(), u"bad_request"_s);
        QCOMPARE(other.send("HEAD", u"/scan/pair?token=x"_s).status, 405);
    }

    void theScannerPagesSpeakGerman()
    {
        Fixture fixture;
        VenueSettings venue;
        venue.webLanguages = {u"en"_s, u"de"_s};
        auto saved = VenueSettingsStore(*fixture.db.database, fixture.db.clock).save(venue, StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY(saved.ok());
        fixture.db.feed.publishVenueSettings(saved.value());
        const QList<std::pair<QByteArray, QByteArray>> german{{"Accept", "text/html"}, {"Accept-Language", "de-DE,de;q=0.9"}};
        Client phone = fixture.client();
        QTRY_VERIFY(phone.get(u"/scan/"_s, german).body.contains("<html lang=\"de\">"));

        const Answer unpaired = phone.get(u"/scan/"_s, german);
        QCOMPARE(unpaired.status, 401);
        QVERIFY(unpaired.body.contains("<title>Scanner nicht gekoppelt · "));
        QVERIFY(unpaired.body.contains(">Dieses Telefon ist nicht als Scanner gekoppelt<"));
        QVERIFY(unpaired.body.contains("data-kind=\"warning\""));
        QVERIFY(!unpaired.body.contains("{{"));
        const Answer english = phone.get(u"/scan/"_s, {{"Accept", "text/html"}});
        QVERIFY(english.body.contains(">This phone is not paired as a scanner<"));
        QVERIFY(english.header("etag") != unpaired.header("etag"));

        const QString token = createPairing(fixture);
        QVERIFY(!token.isEmpty());
        const Answer paired = phone.get(u"/scan/pair?token="_s + token, german);
        QCOMPARE(paired.status, 200);
        QVERIFY(paired.body.contains(">Dieses Telefon ist jetzt ein Scanner<"));
        QVERIFY(paired.body.contains(">Scanner öffnen</a>"));
        QVERIFY(paired.body.contains("<meta http-equiv=\"refresh\" content=\"0; url=/scan/\">"));
        QVERIFY(!paired.body.contains("{{"));
        QVERIFY(paired.header("etag") != unpaired.header("etag"));

        const Answer page = phone.get(u"/scan/"_s, german);
        QCOMPARE(page.status, 200);
        for (const char *text : {"<title>Ticketscanner · ", ">Bereit zum Scannen<", ">Ticketcode<", ">Kamera starten<",
                                 ">Jede Vorstellung von heute<", "<span>Hinein</span>", "<span>Töne</span>"})
            QVERIFY2(page.body.contains(text), text);
        QVERIFY(!page.body.contains(">Ready to scan<"));

        const Answer spent = fixture.client().get(u"/scan/pair?token="_s + token, german);
        QCOMPARE(spent.status, 403);
        QVERIFY(spent.body.contains(">Dieser Kopplungscode ist nicht mehr gültig<"));
        QVERIFY(!spent.body.contains("{{"));
    }

    void refusedWithoutDevice()
    {
        Fixture fixture;
        Client stranger = fixture.client();
        const Answer page = stranger.get(u"/scan/"_s);
        QCOMPARE(page.status, 401);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("not paired"));
        QVERIFY(!page.body.contains("scan.js"));

        const Answer scope = stranger.get(u"/api/checkin"_s);
        QCOMPARE(scope.status, 401);
        QCOMPARE(scope.errorCode(), u"unauthorized"_s);
        const Answer checked = stranger.post(u"/api/checkin"_s, scan(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, u"n1"_s));
        QCOMPARE(checked.status, 401);
        QCOMPARE(checked.errorCode(), u"unauthorized"_s);

        // A made-up credential is no device either.
        const QList<std::pair<QByteArray, QByteArray>> forged{{"Cookie", "bo_device=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}};
        QCOMPARE(stranger.get(u"/api/checkin"_s, forged).status, 401);
        QCOMPARE(stranger.get(u"/scan/"_s, forged).status, 401);
    }

    void revokedDeviceRefusedAtOnce()
    {
        Fixture fixture;
        Client phone = fixture.client();
        ScannerDevice device;
        pair(fixture, phone, &device);
        QCOMPARE(phone.get(u"/api/checkin"_s).status, 200);

        ScannerDeviceService devices(*fixture.db.database, fixture.db.clock);
        auto revoked = devices.revoke(device.id, StaffActor{1, u"Mona"_s, 0, {}});
        QVERIFY2(revoked.ok(), qPrintable(revoked.ok() ? QString() : revoked.error().message));

        const Answer checked = phone.post(u"/api/checkin"_s, scan(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, u"n1"_s));
        QCOMPARE(checked.status, 403);
        QCOMPARE(checked.errorCode(), u"forbidden"_s);
        QCOMPARE(phone.get(u"/api/checkin"_s).status, 403);
        const Answer page = phone.get(u"/scan/"_s);
        QCOMPARE(page.status, 403);
        QVERIFY(!page.body.contains("scan.js"));
    }

    void unknownCodesAreRateLimited()
    {
        Fixture fixture;
        Client phone = fixture.client();
        pair(fixture, phone);
        for (int i = 0; i < CheckinService::maxUnknownPerWindow; ++i) {
            const Answer unknown = phone.post(u"/api/checkin"_s, scan(u"GUESS%1"_s.arg(i), u"guess-%1"_s.arg(i)));
            QCOMPARE(unknown.status, 200);
            QCOMPARE(unknown.json().value(u"result"_s).toString(), u"unknown"_s);
            // A guess learns nothing about any booking.
            QVERIFY(!unknown.json().contains(u"seat"_s));
        }
        const Answer limited = phone.post(u"/api/checkin"_s, scan(u"GUESSMORE"_s, u"guess-more"_s));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"rate_limited"_s);
        QVERIFY(limited.header("retry-after").toInt() >= 1);

        fixture.db.clock.advance(std::chrono::milliseconds(CheckinService::unknownWindow).count() + 1000);
        const Answer later = phone.post(u"/api/checkin"_s, scan(u"GUESSLATER"_s, u"guess-later"_s));
        QCOMPARE(later.status, 200);
        QCOMPARE(later.json().value(u"result"_s).toString(), u"unknown"_s);
    }

    void sameNonceSameAnswer()
    {
        Fixture fixture;
        const QString code = bookTicket(fixture, u"A1"_s);
        QVERIFY(!code.isEmpty());
        Client phone = fixture.client();
        pair(fixture, phone);
        minutesBeforeStart(fixture, 45);

        const Answer first = phone.post(u"/api/checkin"_s, scan(code, u"nonce-1"_s));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"result"_s).toString(), u"ok"_s);
        QCOMPARE(first.json().value(u"seat"_s).toString(), u"A1"_s);
        QCOMPARE(first.json().value(u"show"_s).toObject().value(u"title"_s).toString(), u"Test Show"_s);
        QCOMPARE(first.json().value(u"repeated"_s).toBool(), false);

        // The answer was lost; the phone asks again with the same nonce a minute later.
        fixture.db.clock.advance(60'000);
        const Answer retry = phone.post(u"/api/checkin"_s, scan(code, u"nonce-1"_s));
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json().value(u"result"_s).toString(), u"ok"_s);
        QCOMPARE(retry.json().value(u"checked_in_at"_s), first.json().value(u"checked_in_at"_s));
        QCOMPARE(retry.json().value(u"repeated"_s).toBool(), true);

        const Answer second = phone.post(u"/api/checkin"_s, scan(code, u"nonce-2"_s));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(u"result"_s).toString(), u"already_checked_in"_s);
        QCOMPARE(second.json().value(u"checked_in_at"_s), first.json().value(u"checked_in_at"_s));
        QCOMPARE(second.json().value(u"checked_in_by"_s).toString(), u"Door 1"_s);
    }

    void resultsOfTheDoor()
    {
        Fixture fixture;
        const QString unpaid = bookTicket(fixture, u"A2"_s, true);
        const QString paid = bookTicket(fixture, u"A3"_s);
        QVERIFY(!unpaid.isEmpty());
        QVERIFY(!paid.isEmpty());
        Client phone = fixture.client();
        pair(fixture, phone);

        minutesBeforeStart(fixture, 24 * 60);
        QJsonObject earlyScan = scan(paid, u"early"_s);
        earlyScan.insert(u"show"_s, fixture.db.show);
        const Answer early = phone.post(u"/api/checkin"_s, earlyScan);
        QCOMPARE(early.json().value(u"result"_s).toString(), u"not_open_yet"_s);
        QVERIFY(!early.json().value(u"opens_at"_s).toString().isEmpty());

        minutesBeforeStart(fixture, 45);
        const QJsonObject scope = phone.get(u"/api/checkin"_s).json();
        const QJsonArray shows = scope.value(u"shows"_s).toArray();
        QCOMPARE(shows.size(), 1);
        QCOMPARE(shows.first().toObject().value(u"id"_s).toInteger(), fixture.db.show);
        QVERIFY(shows.first().toObject().contains(u"exits_allowed"_s));

        const Answer notPaid = phone.post(u"/api/checkin"_s, scan(unpaid, u"unpaid"_s));
        QCOMPARE(notPaid.status, 200);
        QCOMPARE(notPaid.json().value(u"result"_s).toString(), u"unpaid"_s);
        QCOMPARE(notPaid.json().value(u"seat"_s).toString(), u"A2"_s);

        QJsonObject byShow = scan(paid, u"by-show"_s);
        byShow.insert(u"show"_s, fixture.db.show);
        const Answer ok = phone.post(u"/api/checkin"_s, byShow);
        QCOMPARE(ok.json().value(u"result"_s).toString(), u"ok"_s);
        QCOMPARE(ok.json().value(u"direction"_s).toString(), u"entry"_s);
    }

    void exitsWhereTheShowAllowsThem()
    {
        Fixture fixture;
        const QString code = bookTicket(fixture, u"B1"_s);
        QVERIFY(!code.isEmpty());
        Client phone = fixture.client();
        pair(fixture, phone);
        minutesBeforeStart(fixture, 45);
        const auto resultOf = [&](const QString &nonce, const QString &direction) {
            return phone.post(u"/api/checkin"_s, scan(code, nonce, direction)).json().value(u"result"_s).toString();
        };
        QCOMPARE(resultOf(u"out-0"_s, u"exit"_s), u"exit_not_allowed"_s);
        QCOMPARE(phone.get(u"/api/checkin"_s).json().value(u"shows"_s).toArray().first().toObject()
                         .value(u"exits_allowed"_s).toBool(), false);

        CheckinService checkins(*fixture.db.database, fixture.db.clock);
        ShowCheckinOverride reentry;
        reentry.reentry = true;
        auto saved = checkins.saveShowOverride(fixture.db.show, reentry, StaffActor{1, u"Mona"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(phone.get(u"/api/checkin"_s).json().value(u"shows"_s).toArray().first().toObject()
                         .value(u"exits_allowed"_s).toBool(), true);
        QCOMPARE(resultOf(u"out-1"_s, u"exit"_s), u"not_inside"_s);
        QCOMPARE(resultOf(u"in-1"_s, u"entry"_s), u"ok"_s);
        const Answer out = phone.post(u"/api/checkin"_s, scan(code, u"out-2"_s, u"exit"_s));
        QCOMPARE(out.json().value(u"result"_s).toString(), u"ok"_s);
        QCOMPARE(out.json().value(u"direction"_s).toString(), u"exit"_s);
        QCOMPARE(resultOf(u"in-2"_s, u"entry"_s), u"ok"_s);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addRow("not json") << QByteArray("code=1") << 400 << u"bad_request"_s;
        QTest::addRow("no code") << QByteArray(R"({"show": "today", "nonce": "n"})") << 400 << u"bad_request"_s;
        QTest::addRow("empty code") << QByteArray(R"({"code": " ", "nonce": "n"})") << 422 << u"invalid_field"_s;
        QTest::addRow("long code") << QByteArray(R"({"code": ")" + QByteArray(201, 'A') + R"(", "nonce": "n"})")
                                   << 422 << u"invalid_field"_s;
        QTest::addRow("tomorrow") << QByteArray(R"({"code": "X", "show": "tomorrow", "nonce": "n"})") << 422
                                  << u"invalid_field"_s;
        QTest::addRow("show id as fraction") << QByteArray(R"({"code": "X", "show": 1.0, "nonce": "n"})") << 400
                                             << u"bad_request"_s;
        QTest::addRow("sideways") << QByteArray(R"({"code": "X", "direction": "sideways", "nonce": "n"})") << 422
                                  << u"invalid_field"_s;
        QTest::addRow("no nonce") << QByteArray(R"({"code": "X"})") << 400 << u"bad_request"_s;
        QTest::addRow("nonce with spaces") << QByteArray(R"({"code": "X", "nonce": "a b"})") << 422
                                           << u"invalid_field"_s;
    }

    void badInputIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        Fixture fixture;
        Client phone = fixture.client();
        pair(fixture, phone);
        const Answer answer = phone.send("POST", u"/api/checkin"_s, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), error);
    }

    void otherSitesAndMediaTypesAreRefused()
    {
        Fixture fixture;
        Client phone = fixture.client();
        pair(fixture, phone);
        const QByteArray body = QJsonDocument(scan(u"X"_s, u"n"_s)).toJson(QJsonDocument::Compact);
        const Answer foreign = phone.send("POST", u"/api/checkin"_s, body, {{"Origin", "http://evil.example"}});
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.errorCode(), u"forbidden"_s);
        const Answer form = phone.send("POST", u"/api/checkin"_s, body, {{"Content-Type", "text/plain"}});
        QCOMPARE(form.status, 415);
        QCOMPARE(phone.send("DELETE", u"/api/checkin"_s).status, 405);
    }
};

QTEST_GUILESS_MAIN(tst_WebCheckin)
#include "tst_webcheckin.moc"
