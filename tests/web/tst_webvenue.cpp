#include "acceptlanguage.h"
#include "showservice.h"
#include "venueservice.h"
#include "venuesettingsstore.h"
#include "webfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

/// The venue's settings on the web: currency and time zone in the answers, pages in the languages
/// the venue offers.
class tst_WebVenue : public QObject
{
    Q_OBJECT

private:
    static void saveVenue(Fixture &fixture, const QString &currency, const QByteArray &timeZone,
                          const QStringList &languages, const QString &name = VenueSettings().name)
    {
        VenueSettings venue;
        venue.name = name;
        venue.currency = Currency::fromCode(currency).value();
        venue.timeZone = timeZone;
        venue.webLanguages = languages;
        auto saved = VenueSettingsStore(*fixture.db.database, fixture.db.clock).save(venue, StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        // As the counter that saved them does: the web hears it on the change feed.
        fixture.db.feed.publishVenueSettings(saved.value());
    }

    static QJsonObject currencyOf(const QJsonObject &answer) { return answer.value(u"currency"_s).toObject(); }

    /// The tickets of a booking answer without their codes and QR paths, after checking each has both.
    static QJsonArray withoutCodes(const QJsonArray &tickets)
    {
        QJsonArray plain;
        for (const QJsonValue &ticket : tickets) {
            QJsonObject fields = ticket.toObject();
            if (fields.take(u"code"_s).toString().isEmpty() || fields.take(u"qr"_s).toString().isEmpty())
                return {};
            plain.append(fields);
        }
        return plain;
    }

    /// The fixture's show priced for four types, then the venue's types: adult, child and
    /// concession on the web, companion at the counter only, student retired since it was priced.
    static void setUpTicketTypes(Fixture &fixture, const QString &childName = u"Child"_s)
    {
        ShowService shows(*fixture.db.database, fixture.db.feed, fixture.db.clock, *fixture.db.reservations);
        VenueService venue(*fixture.db.database, fixture.db.feed, fixture.db.clock);
        QList<TicketType> types{{u"adult"_s, u"Adult"_s, true, 0, false},
                                {u"child"_s, childName, true, 1, false},
                                {u"concession"_s, u"Concession"_s, true, 2, false},
                                {u"companion"_s, u"Companion"_s, false, 3, false},
                                {u"student"_s, u"Student"_s, true, 4, false}};
        auto saved = venue.saveTicketTypes(types, StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        auto priced = shows.setPrices(fixture.db.show,
                                      {{u"standard"_s, u"adult"_s, 1200}, {u"standard"_s, u"child"_s, 700},
                                       {u"standard"_s, u"companion"_s, 0}, {u"standard"_s, u"student"_s, 800},
                                       {u"premium"_s, u"adult"_s, 1600}, {u"premium"_s, u"child"_s, 900},
                                       {u"premium"_s, u"concession"_s, 1100}},
                                      StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY2(priced.ok(), qPrintable(priced.ok() ? QString() : priced.error().message));
        types.removeLast();
        saved = venue.saveTicketTypes(types, StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    }

    static QJsonArray ticketTypesOf(Client &client, qint64 show)
    {
        return client.get(u"/api/seat-status/?show=%1"_s.arg(show)).json().value(u"ticket_types"_s).toArray();
    }

    static Answer book(Client &client, qint64 show, const QJsonValue &ticketTypes)
    {
        QJsonObject body{{u"show"_s, show}, {u"name"_s, u"Asha Rao"_s}, {u"email"_s, u"asha@example.com"_s}};
        if (!ticketTypes.isUndefined())
            body.insert(u"ticket_types"_s, ticketTypes);
        return client.send("POST", u"/api/bookings"_s, QJsonDocument(body).toJson());
    }

    static void hold(Client &client, qint64 show, const QStringList &seats)
    {
        const QJsonObject body{{u"show"_s, show}, {u"seats"_s, QJsonArray::fromStringList(seats)}};
        QCOMPARE(client.send("POST", u"/api/holds"_s, QJsonDocument(body).toJson()).status, 200);
    }

private slots:
    void answersNameTheDefaultCurrencyAndTimeZone()
    {
        Fixture fixture;
        Client client = fixture.client();
        const QJsonObject shows = client.get(u"/api/shows/"_s).json();
        QCOMPARE(currencyOf(shows).value(u"code"_s).toString(), u"EUR"_s);
        QCOMPARE(currencyOf(shows).value(u"minor_units"_s).toInt(), 2);
        QCOMPARE(shows.value(u"time_zone"_s).toString(), QString::fromUtf8(VenueSettings::defaultTimeZone()));
        const QJsonObject status = client.get(u"/api/seat-status/?show=%1"_s.arg(fixture.db.show)).json();
        QCOMPARE(currencyOf(status).value(u"code"_s).toString(), u"EUR"_s);
    }

    void aSavedChangeReachesTheAnswersWithoutRestart()
    {
        Fixture fixture;
        Client client = fixture.client();
        const QString statusPath = u"/api/seat-status/?show=%1"_s.arg(fixture.db.show);
        const Answer before = client.get(statusPath);
        QCOMPARE(currencyOf(before.json()).value(u"code"_s).toString(), u"EUR"_s);
        saveVenue(fixture, u"KWD"_s, "Asia/Kuwait", {u"en"_s});
        QTRY_COMPARE(currencyOf(client.get(u"/api/shows/"_s).json()).value(u"code"_s).toString(), u"KWD"_s);
        const Answer after = client.get(statusPath, {{"If-None-Match", before.header("etag")}});
        QCOMPARE(after.status, 200);
        QCOMPARE(currencyOf(after.json()).value(u"minor_units"_s).toInt(), 3);
        QCOMPARE(after.json().value(u"time_zone"_s).toString(), u"Asia/Kuwait"_s);
        QVERIFY(!after.json().value(u"seats"_s).toArray().isEmpty());
    }

    void withoutAFixedHoldLengthTheVenuesDefaultApplies()
    {
        Fixture fixture(generousLimits(), 0);
        VenueSettings venue;
        venue.holdSeconds = 900;
        venue.currency = Currency::fromCode(u"GBP"_s).value();
        auto saved = VenueSettingsStore(*fixture.db.database, fixture.db.clock).save(venue, StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY(saved.ok());
        fixture.db.feed.publishVenueSettings(saved.value());
        Client client = fixture.client();
        QTRY_COMPARE(currencyOf(client.get(u"/api/shows/"_s).json()).value(u"code"_s).toString(), u"GBP"_s);
        const QJsonObject body{{u"show"_s, fixture.db.show}, {u"seats"_s, QJsonArray{u"B1"_s}}};
        const Answer held = client.send("POST", u"/api/holds"_s, QJsonDocument(body).toJson());
        QCOMPARE(held.status, 200);
        const QDateTime expires = QDateTime::fromString(held.json().value(u"expires_at"_s).toString(), Qt::ISODate);
        QCOMPARE(fixture.db.clock.now().secsTo(expires), 900);
    }

    void languageIsNegotiatedWithQValues_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QByteArray("de-DE,de;q=0.9,en;q=0.8") << u"de"_s;
        QTest::newRow("hindi") << QByteArray("hi-IN") << u"hi"_s;
        QTest::newRow("q-values beat order") << QByteArray("en;q=0.3, de;q=0.5, hi;q=0.7") << u"hi"_s;
        QTest::newRow("refused by q=0") << QByteArray("de;q=0, en;q=0.1") << u"en"_s;
        QTest::newRow("unoffered language") << QByteArray("fr-FR, fr;q=0.9") << u"en"_s;
        QTest::newRow("unreadable weight skipped") << QByteArray("de;q=abc, hi;q=0.2") << u"hi"_s;
        QTest::newRow("wildcard") << QByteArray("fr, *;q=0.5") << u"en"_s;
        QTest::newRow("none") << QByteArray() << u"en"_s;
    }

    void languageIsNegotiatedWithQValues()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, expected);
        QCOMPARE(negotiateLanguage(acceptLanguage, {u"en"_s, u"de"_s, u"hi"_s}, u"en"_s), expected);
    }

    void pagesFollowAcceptLanguageAmongTheVenuesLanguages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QString>("text");
        QTest::newRow("list in German") << u"/"_s << QByteArray("de-DE,de;q=0.9") << QByteArray("de") << u">Programm<"_s;
        QTest::newRow("seat page in Hindi") << u"/shows/1/"_s << QByteArray("hi,en;q=0.5") << QByteArray("hi")
                                            << u">अपनी सीटें चुनें<"_s;
        QTest::newRow("English preferred") << u"/shows/1/"_s << QByteArray("en-GB, de;q=0.9") << QByteArray("en")
                                           << u">Choose your seats<"_s;
        QTest::newRow("French falls back") << u"/"_s << QByteArray("fr") << QByteArray("en") << u">What’s on<"_s;
    }

    void pagesFollowAcceptLanguageAmongTheVenuesLanguages()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QByteArray, lang);
        QFETCH(QString, text);
        Fixture fixture;
        saveVenue(fixture, u"EUR"_s, "Europe/Berlin", {u"en"_s, u"de"_s, u"hi"_s});
        Client client = fixture.client();
        QTRY_COMPARE(client.get(u"/api/shows/"_s).json().value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
        const Answer page = client.get(path, {{"Accept-Language", acceptLanguage}});
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains(QByteArray("<html lang=\"" + lang + "\">")), page.body.left(80).constData());
        QVERIFY2(page.body.contains(text.toUtf8()), qPrintable(text));
        QCOMPARE(page.header("vary"), QByteArray("Accept-Language, Accept-Encoding"));
        // The same page again comes from the cache with the same bytes and an ETag of its language.
        const Answer again = client.get(path, {{"Accept-Language", acceptLanguage}});
        QCOMPARE(again.body, page.body);
        QCOMPARE(again.header("etag"), page.header("etag"));
        const Answer revalidated = client.get(path, {{"Accept-Language", acceptLanguage}, {"If-None-Match", page.header("etag")}});
        QCOMPARE(revalidated.status, 304);
    }

    void aLanguageTheVenueDidNotEnableFallsBackToEnglish()
    {
        Fixture fixture;
        saveVenue(fixture, u"EUR"_s, "Europe/Berlin", {u"en"_s, u"hi"_s});
        Client client = fixture.client();
        QTRY_COMPARE(client.get(u"/api/shows/"_s).json().value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
        const Answer page = client.get(u"/"_s, {{"Accept-Language", "de-DE,de;q=0.9"}});
        QVERIFY(page.body.contains("<html lang=\"en\">"));
        QVERIFY(page.body.contains(">What’s on<"));
        QVERIFY(page.header("etag") != client.get(u"/"_s, {{"Accept-Language", "hi"}}).header("etag"));
    }

    void thePagesNameTheVenueEscaped_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QByteArray>("title");
        QTest::newRow("list") << u"/"_s << QByteArray("en") << QByteArray("What’s on · ");
        QTest::newRow("list in German") << u"/"_s << QByteArray("de") << QByteArray("Programm · ");
        QTest::newRow("seat page") << u"/shows/1/"_s << QByteArray("en") << QByteArray("Choose your seats · ");
        QTest::newRow("seat page in Hindi") << u"/shows/1/"_s << QByteArray("hi") << QByteArray("अपनी सीटें चुनें · ");
    }

    void thePagesNameTheVenueEscaped()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QByteArray, title);
        Fixture fixture;
        Client client = fixture.client();
        const Answer before = client.get(path, {{"Accept-Language", acceptLanguage}});
        QVERIFY(before.body.contains("<span class=\"brand-name\">Box Office</span>"));
        saveVenue(fixture, u"EUR"_s, "Europe/Berlin", {u"en"_s, u"de"_s, u"hi"_s}, u"Kino <Süd> & \"Co\""_s);
        QTRY_COMPARE(client.get(u"/api/shows/"_s).json().value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
        const QByteArray escaped = QString(u"Kino &lt;Süd&gt; &amp; &quot;Co&quot;"_s).toUtf8();
        const Answer page = client.get(path, {{"Accept-Language", acceptLanguage},
                                              {"If-None-Match", before.header("etag")}});
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains(QByteArray("<title>" + title + escaped + "</title>")), page.body.left(400).constData());
        QVERIFY(page.body.contains(QByteArray("<span class=\"brand-name\">" + escaped + "</span>")));
        QVERIFY(!page.body.contains("<Süd>"));
        QVERIFY(!page.body.contains("Box Office</"));
    }

    void theFullAnswerListsTheTicketTypesTheWebSellsWithTheirPrices()
    {
        Fixture fixture;
        setUpTicketTypes(fixture);
        Client client = fixture.client();
        const QJsonArray expected{
                QJsonObject{{u"key"_s, u"adult"_s}, {u"name"_s, u"Adult"_s},
                            {u"price_cents"_s, QJsonObject{{u"standard"_s, 1200}, {u"premium"_s, 1600}}}},
                QJsonObject{{u"key"_s, u"child"_s}, {u"name"_s, u"Child"_s},
                            {u"price_cents"_s, QJsonObject{{u"standard"_s, 700}, {u"premium"_s, 900}}}},
                QJsonObject{{u"key"_s, u"concession"_s}, {u"name"_s, u"Concession"_s},
                            {u"price_cents"_s, QJsonObject{{u"premium"_s, 1100}}}},
        };
        QTRY_COMPARE(ticketTypesOf(client, fixture.db.show), expected);
        // A seat's own price stays the default (adult) type's.
        const QJsonArray seats = client.get(u"/api/seat-status/?show=%1"_s.arg(fixture.db.show)).json().value(u"seats"_s).toArray();
        for (const QJsonValue &seat : seats) {
            const bool standard = seat[u"category"_s].toString() == u"standard"_s;
            QCOMPARE(seat[u"price_cents"_s].toInt(), standard ? 1200 : 1600);
        }
    }

    void aRenamedTicketTypeReachesTheAnswersWithoutRestart()
    {
        Fixture fixture;
        setUpTicketTypes(fixture);
        Client client = fixture.client();
        QTRY_COMPARE(ticketTypesOf(client, fixture.db.show).size(), 3);
        const Answer before = client.get(u"/api/seat-status/?show=%1"_s.arg(fixture.db.show));
        setUpTicketTypes(fixture, u"Kind"_s);
        QTRY_COMPARE(ticketTypesOf(client, fixture.db.show).at(1)[u"name"_s].toString(), u"Kind"_s);
        const Answer after = client.get(u"/api/seat-status/?show=%1"_s.arg(fixture.db.show),
                                        {{"If-None-Match", before.header("etag")}});
        QCOMPARE(after.status, 200);
    }

    void aBookingKeepsTheChosenTicketTypesAndTheirPrices()
    {
        Fixture fixture;
        setUpTicketTypes(fixture);
        Client client = fixture.client();
        QTRY_COMPARE(ticketTypesOf(client, fixture.db.show).size(), 3);
        hold(client, fixture.db.show, {u"A1"_s, u"A2"_s, u"B1"_s});
        const Answer booked = book(client, fixture.db.show, QJsonObject{{u"A1"_s, u"child"_s}, {u"B1"_s, u"concession"_s}});
        QCOMPARE(booked.status, 201);
        QCOMPARE(booked.json().value(u"total_cents"_s).toInt(), 700 + 1200 + 1100);
        const QJsonArray tickets{
                QJsonObject{{u"seat"_s, u"A1"_s}, {u"ticket_type"_s, u"child"_s}, {u"price_cents"_s, 700}},
                QJsonObject{{u"seat"_s, u"A2"_s}, {u"ticket_type"_s, u"adult"_s}, {u"price_cents"_s, 1200}},
                QJsonObject{{u"seat"_s, u"B1"_s}, {u"ticket_type"_s, u"concession"_s}, {u"price_cents"_s, 1100}},
        };
        QCOMPARE(withoutCodes(booked.json().value(u"tickets"_s).toArray()), tickets);
        const QString reference = booked.json().value(u"booking"_s).toString();
        QCOMPARE(withoutCodes(client.get(u"/api/bookings/"_s + reference).json().value(u"tickets"_s).toArray()), tickets);
        QCOMPARE(fixture.db.scalar(u"SELECT bs.price_cents FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
                                   " JOIN seats s ON s.id = bs.seat_id WHERE b.reference = ? AND s.label = 'B1'"
                                   " AND bs.ticket_type = 'concession'"_s,
                                   {reference}),
                 1100);
    }

    void aTicketTypeTheWebDoesNotSellIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("ticketTypes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const auto types = [](const QString &seat, const QJsonValue &type) { return QJsonValue(QJsonObject{{seat, type}}); };
        QTest::newRow("unknown") << types(u"A1"_s, u"vip"_s) << 422 << u"ticket_type_not_available"_s
                                 << u"Seat A1: there is no ticket type \"vip\"."_s;
        QTest::newRow("retired") << types(u"A1"_s, u"student"_s) << 422 << u"ticket_type_not_available"_s
                                 << u"Seat A1: Student tickets are no longer sold."_s;
        QTest::newRow("counter only") << types(u"A1"_s, u"companion"_s) << 422 << u"ticket_type_not_available"_s
                                      << u"Seat A1: Companion tickets are sold at the box office only."_s;
        QTest::newRow("not priced for the seat's category")
                << types(u"A1"_s, u"concession"_s) << 422 << u"ticket_type_not_available"_s
                << u"Seat A1 cannot be sold as a concession ticket for this show."_s;
        QTest::newRow("seat not held") << types(u"B2"_s, u"child"_s) << 422 << u"invalid_field"_s
                                       << u"\"ticket_types\" names B2, which you do not hold."_s;
        QTest::newRow("not a seat id") << types(u"A 1"_s, u"child"_s) << 422 << u"invalid_field"_s
                                       << u"\"A 1\" in \"ticket_types\" is not a seat id."_s;
        QTest::newRow("not an object") << QJsonValue(QJsonArray{u"child"_s}) << 400 << u"bad_request"_s
                                       << u"\"ticket_types\" must be an object naming a ticket type for each seat id."_s;
        QTest::newRow("type not a string") << types(u"A1"_s, 2) << 400 << u"bad_request"_s
                                           << u"\"ticket_types\" must name each seat's ticket type as a string."_s;
    }

    void aTicketTypeTheWebDoesNotSellIsRefused()
    {
        QFETCH(QJsonValue, ticketTypes);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Fixture fixture;
        setUpTicketTypes(fixture);
        Client client = fixture.client();
        QTRY_COMPARE(ticketTypesOf(client, fixture.db.show).size(), 3);
        hold(client, fixture.db.show, {u"A1"_s, u"B1"_s});
        const Answer refused = book(client, fixture.db.show, ticketTypes);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.json().value(u"error"_s).toString(), code);
        QCOMPARE(refused.json().value(u"message"_s).toString(), message);
        // Nothing was booked; without ticket types every seat is sold as the default type.
        const Answer booked = book(client, fixture.db.show, QJsonValue::Undefined);
        QCOMPARE(booked.status, 201);
        QCOMPARE(booked.json().value(u"total_cents"_s).toInt(), 1200 + 1600);
    }
};

QTEST_MAIN(tst_WebVenue)
#include "tst_webvenue.moc"
