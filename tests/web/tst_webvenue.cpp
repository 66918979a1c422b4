#include "acceptlanguage.h"
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
        auto saved = VenueSettingsStore(*fixture.db.database, fixture.db.clock).save(venue, u"Maria"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        // As the counter that saved them does: the web hears it on the change feed.
        fixture.db.feed.publishVenueSettings(saved.value());
    }

    static QJsonObject currencyOf(const QJsonObject &answer) { return answer.value(u"currency"_s).toObject(); }

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
        auto saved = VenueSettingsStore(*fixture.db.database, fixture.db.clock).save(venue, u"Maria"_s);
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
        QCOMPARE(page.header("vary"), QByteArray("Accept-Language"));
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
};

QTEST_MAIN(tst_WebVenue)
#include "tst_webvenue.moc"
