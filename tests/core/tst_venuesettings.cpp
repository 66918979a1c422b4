#include "databasewatcher.h"
#include "testdatabase.h"
#include "venuesettingsstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_VenueSettings : public QObject
{
    Q_OBJECT

private:
    static VenueSettings changed()
    {
        VenueSettings settings;
        settings.name = u"Kino am Markt"_s;
        settings.currency = Currency::fromCode(u"GBP"_s).value();
        settings.timeZone = "Asia/Kolkata";
        settings.holdSeconds = 900;
        settings.webLanguages = {u"de"_s, u"hi"_s};
        settings.payByMinutesBeforeShow = 45;
        settings.payWithinHours = 48;
        return settings;
    }

    static QString refusal(const VenueSettings &settings, VenueSettingsStore &store)
    {
        auto saved = store.save(settings, StaffActor{0, u"Maria"_s, 0, {}});
        return saved.ok() ? QString() : saved.error().message;
    }

private slots:
    void anExistingDatabaseReadsTheDefaults()
    {
        TestDatabase db;
        VenueSettingsStore store(*db.database, db.clock);
        auto loaded = store.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, u"Box Office"_s);
        QCOMPARE(loaded->currency.code(), u"EUR"_s);
        QCOMPARE(loaded->currency.minorUnits(), 2);
        QVERIFY(QTimeZone::isTimeZoneIdAvailable(loaded->timeZone));
        QCOMPARE(loaded->holdSeconds, 600);
        QCOMPARE(loaded->webLanguages, QStringList{u"en"_s});
        QCOMPARE(loaded->payByMinutesBeforeShow, 30);
        QCOMPARE(loaded->payWithinHours, 0);
        QCOMPARE(VenueSettingsStore::revision(*db.database).value(), 0);
    }

    void savedSettingsReadBackOnAnotherConnection()
    {
        TestDatabase db;
        VenueSettingsStore store(*db.database, db.clock);
        auto saved = store.save(changed(), StaffActor{0, u"Maria"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved.value(), 1);

        auto other = db.openAnother();
        VenueSettingsStore otherStore(*other, db.clock);
        auto loaded = otherStore.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), changed());
        QCOMPARE(loaded->currency.minorUnits(), 2);
        QCOMPARE(store.save(loaded.value(), StaffActor{0, u"Maria"_s, 0, {}}).value(), 2);
    }

    void aSaveRecordsTheStaffMember()
    {
        TestDatabase db;
        VenueSettingsStore store(*db.database, db.clock);
        QVERIFY(store.save(changed(), StaffActor{7, u"Maria"_s, 0, {}}).ok());
        QCOMPARE(db.scalar(u"SELECT staff_id FROM audit_log WHERE action = 'venue_settings'"_s), 7);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE authorised_by IS NULL"_s), 1);
    }

    void aSaveIsAuditedWithItsActorAndWhatChanged()
    {
        TestDatabase db;
        VenueSettingsStore store(*db.database, db.clock);
        QVERIFY(store.save(changed(), StaffActor{0, u"Maria"_s, 0, {}}).ok());
        auto log = db.catalog->auditLog(10);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        const AuditEntry &entry = log->first();
        QCOMPARE(entry.actor, u"Maria"_s);
        QCOMPARE(entry.action, u"venue_settings"_s);
        QCOMPARE(entry.at, db.clock.now());
        QVERIFY2(entry.details.contains(u"currency: EUR → GBP"_s), qPrintable(entry.details));
        QVERIFY2(entry.details.contains(u"hold_seconds: 600 → 900"_s), qPrintable(entry.details));
        QVERIFY2(entry.details.contains(u"pay_by_minutes_before_show: 30 → 45"_s), qPrintable(entry.details));
        QVERIFY2(!entry.details.contains(u"name: Box Office → Box Office"_s), qPrintable(entry.details));
    }

    void invalidSettingsAreRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown currency") << u"currency"_s << u"XYZ"_s << u"\"XYZ\" is not a currency"_s;
        QTest::newRow("lower-case currency") << u"currency"_s << u"eur"_s << u"\"eur\" is not a currency"_s;
        QTest::newRow("unknown time zone") << u"timeZone"_s << u"Mars/Olympus"_s << u"\"Mars/Olympus\" is not a time zone"_s;
        QTest::newRow("unshipped language") << u"webLanguages"_s << u"fr"_s << u"not shipped in \"fr\""_s;
        QTest::newRow("no language") << u"webLanguages"_s << QString() << u"at least one language"_s;
        QTest::newRow("empty name") << u"name"_s << u"  "_s << u"needs a name"_s;
        QTest::newRow("hold too short") << u"holdSeconds"_s << u"5"_s << u"between 60 and 86400 seconds"_s;
        QTest::newRow("pay by after the start") << u"payByMinutesBeforeShow"_s << u"-1"_s
                                                << u"between 0 and 1440 minutes before the show"_s;
        QTest::newRow("pay by a day and more before") << u"payByMinutesBeforeShow"_s << u"1441"_s
                                                      << u"between 0 and 1440 minutes before the show"_s;
        QTest::newRow("pay within negative hours") << u"payWithinHours"_s << u"-2"_s << u"between 0 (no limit) and 720"_s;
    }

    void invalidSettingsAreRefusedAndNothingIsSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TestDatabase db;
        VenueSettingsStore store(*db.database, db.clock);
        VenueSettings settings = changed();
        if (field == u"currency"_s) {
            auto currency = Currency::fromCode(value);
            QVERIFY(!currency.ok());
            QVERIFY2(currency.error().message.contains(message), qPrintable(currency.error().message));
            QCOMPARE(currency.error().code, ErrorCode::InvalidField);
            return;
        }
        if (field == u"timeZone"_s)
            settings.timeZone = value.toUtf8();
        else if (field == u"webLanguages"_s)
            settings.webLanguages = value.split(u',', Qt::SkipEmptyParts);
        else if (field == u"name"_s)
            settings.name = value;
        else if (field == u"payByMinutesBeforeShow"_s)
            settings.payByMinutesBeforeShow = value.toInt();
        else if (field == u"payWithinHours"_s)
            settings.payWithinHours = value.toInt();
        else
            settings.holdSeconds = value.toInt();
        const QString refused = refusal(settings, store);
        QVERIFY2(refused.contains(message), qPrintable(refused));
        QCOMPARE(store.load().value(), VenueSettings());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log"_s), 0);
    }

    void aReservationIsDueBeforeTheShowOrWithinItsHoursWhicheverComesFirst()
    {
        const QDateTime booked = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
        const QDateTime starts = booked.addDays(3);
        VenueSettings settings;
        QCOMPARE(settings.payBy(booked, starts), starts.addSecs(-30 * 60));
        settings.payByMinutesBeforeShow = 0;
        QCOMPARE(settings.payBy(booked, starts), starts);
        settings.payWithinHours = 24;
        QCOMPARE(settings.payBy(booked, starts), booked.addDays(1));
        settings.payWithinHours = 100;
        QCOMPARE(settings.payBy(booked, starts), starts);
    }

    void aHandEditedValueReadsAsItsDefaultAlone()
    {
        TestDatabase db;
        VenueSettingsStore store(*db.database, db.clock);
        QVERIFY(store.save(changed(), StaffActor{0, u"Maria"_s, 0, {}}).ok());
        db.exec(u"UPDATE settings SET value = 'Nowhere/Land' WHERE key = 'venue.time_zone'"_s);
        auto loaded = store.load();
        QCOMPARE(loaded->timeZone, VenueSettings::defaultTimeZone());
        QCOMPARE(loaded->currency.code(), u"GBP"_s);
    }

    void moneyIsFormattedWithTheCurrencyAndItsMinorUnits()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Currency().format(123456, german), u"1.234,56\u00a0€"_s);
        QCOMPARE(Currency().format(1250, english), u"€12.50"_s);
        QCOMPARE(Currency::fromCode(u"JPY"_s)->format(1500, english), u"¥1,500"_s);
        QCOMPARE(Currency::fromCode(u"CHF"_s)->format(1000, english), u"CHF\u00a010.00"_s);
        QCOMPARE(Currency::fromCode(u"CHF"_s)->format(1000, QLocale::c()), u"10.00\u00a0CHF"_s);
        QCOMPARE(Currency::fromCode(u"KWD"_s)->plainNumber(-12345), u"-12.345"_s);
        QCOMPARE(Currency::fromCode(u"JPY"_s)->plainNumber(1500), u"1500"_s);
        QCOMPARE(Currency().plainNumber(5), u"0.05"_s);
    }

    void typedMoneyIsReadInMinorUnitsOfTheCurrency()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const Currency euro;
        const Currency yen = Currency::fromCode(u"JPY"_s).value();
        const Currency dinar = Currency::fromCode(u"KWD"_s).value();
        QCOMPARE(euro.parseInLocale(u"12,50"_s, german), 1250);
        QCOMPARE(euro.parseInLocale(u"1.250,5"_s, german), 125050);
        QCOMPARE(euro.parseInLocale(u"12.50"_s, german), 1250);
        QCOMPARE(euro.parseInLocale(u" 12.5 "_s, english), 1250);
        QCOMPARE(euro.parseInLocale(u"0.29"_s, english), 29);
        QCOMPARE(euro.parseInLocale(u"12.505"_s, english), std::nullopt);
        QCOMPARE(euro.parseInLocale(u"-1"_s, english), std::nullopt);
        QCOMPARE(euro.parseInLocale(u"ten"_s, english), std::nullopt);
        QCOMPARE(euro.parseInLocale(u"1e20"_s, english), std::nullopt);
        QCOMPARE(yen.parseInLocale(u"1500"_s, english), 1500);
        QCOMPARE(yen.parseInLocale(u"1500.5"_s, english), std::nullopt);
        QCOMPARE(dinar.parseInLocale(u"1.234"_s, english), 1234);
        QCOMPARE(euro.toMinorUnits(0.29), 29);
        QCOMPARE(yen.toMinorUnits(1499.6), 1500);
        QCOMPARE(dinar.toMinorUnits(2.5), 2500);
        QCOMPARE(euro.editableNumber(125050, german), u"1.250,50"_s);
        QCOMPARE(yen.editableNumber(1500, english), u"1,500"_s);
    }

    void typedAmountsAreReadInMinorUnits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minor");
        QTest::addRow("whole euros") << u"EUR"_s << u"20"_s << qint64(2000);
        QTest::addRow("one decimal") << u"EUR"_s << u"12.5"_s << qint64(1250);
        QTest::addRow("comma as the decimal mark") << u"EUR"_s << u" 12,05 "_s << qint64(1205);
        QTest::addRow("symbol in front") << u"EUR"_s << u"€ 7.20"_s << qint64(720);
        QTest::addRow("code behind") << u"CHF"_s << u"10.00\u00a0CHF"_s << qint64(1000);
        QTest::addRow("only cents") << u"EUR"_s << u".99"_s << qint64(99);
        QTest::addRow("yen has no decimals") << u"JPY"_s << u"1500"_s << qint64(1500);
        QTest::addRow("three decimals") << u"KWD"_s << u"1.5"_s << qint64(1500);
    }

    void typedAmountsAreReadInMinorUnits()
    {
        QFETCH(QString, code);
        QFETCH(QString, typed);
        QFETCH(qint64, minor);
        const auto parsed = Currency::fromCode(code)->parse(typed);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed.value(), minor);
    }

    void amountsThatAreNoMoneyAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << u"EUR"_s << u"  "_s << u"enter a number"_s;
        QTest::addRow("negative") << u"EUR"_s << u"-5"_s << u"no sign"_s;
        QTest::addRow("letters") << u"EUR"_s << u"ten"_s << u"use digits"_s;
        QTest::addRow("two decimal marks") << u"EUR"_s << u"1,234.50"_s << u"at most one decimal mark"_s;
        QTest::addRow("too many decimals") << u"EUR"_s << u"1.234"_s << u"at most 2 decimals"_s;
        QTest::addRow("decimals of a yen") << u"JPY"_s << u"10.5"_s << u"JPY has no decimals"_s;
        QTest::addRow("beyond any till") << u"EUR"_s << u"9999999999999"_s << u"too large"_s;
    }

    void amountsThatAreNoMoneyAreRefusedWithAReason()
    {
        QFETCH(QString, code);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        const auto parsed = Currency::fromCode(code)->parse(typed);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidField);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void aSaveInAnotherProcessIsAnnouncedByTheWatcher()
    {
        TestDatabase db;
        ChangeFeed feed;
        DatabaseWatcher watcher(db.config, feed);
        QVERIFY(watcher.start(50).ok());
        QSignalSpy heard(&feed, &ChangeFeed::venueSettingsChanged);
        auto other = db.openAnother();
        VenueSettingsStore otherStore(*other, db.clock);
        QVERIFY(otherStore.save(changed(), StaffActor{0, u"Maria"_s, 0, {}}).ok());
        QTRY_COMPARE(heard.size(), 1);
        QCOMPARE(heard.first().first().toLongLong(), 1);
        QCOMPARE(feed.lastVenueSettingsRevision(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_VenueSettings)
#include "tst_venuesettings.moc"
