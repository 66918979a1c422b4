#include "demodata.h"
#include "secrethash.h"
#include "staffservice.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

template<typename T>
QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

/// A database with a manager (Maria, "2468") and a cashier (Carl, "1357") added by the first-run assistant.
struct StaffDatabase
{
    StaffDatabase()
    {
        auto maria = staff.addStaff(u"Maria"_s, StaffRole::Manager, u"2468"_s, u"first-run"_s);
        auto carl = staff.addStaff(u"Carl"_s, StaffRole::Cashier, u"1357"_s, u"Maria"_s);
        manager = maria.ok() ? maria->id : 0;
        cashier = carl.ok() ? carl->id : 0;
    }

    QString storedHash(qint64 id) const
    {
        auto rows = db.database->run(u"SELECT secret_hash FROM staff WHERE id = ?"_s, {id});
        return rows.ok() && rows.value().next() ? rows.value().value(0).toString() : QString();
    }

    qint64 auditCount(const QString &action) const
    {
        return db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s, {action});
    }

    TestDatabase db;
    StaffService staff{*db.database, db.clock};
    qint64 manager = 0;
    qint64 cashier = 0;
};

/// The wait a refused sign-in names, or -1 when it was not refused as forbidden.
qint64 waitOf(const Result<StaffMember> &signIn)
{
    if (signIn.ok() || signIn.error().code != ErrorCode::Forbidden)
        return -1;
    return signIn.error().retryAfter.count();
}

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

} // namespace

class tst_StaffService : public QObject
{
    Q_OBJECT

private slots:
    void addedStaffAreListedAndAudited()
    {
        StaffDatabase s;
        QVERIFY(s.manager > 0 && s.cashier > 0);
        auto anna = s.staff.addStaff(u"  Anna   Berg "_s, StaffRole::Cashier, u"open sesame"_s, u"Maria"_s);
        QVERIFY2(anna.ok(), qPrintable(failureOf(anna)));
        QCOMPARE(anna->name, u"Anna Berg"_s);

        auto listed = s.staff.staff();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(0).name, u"Anna Berg"_s);
        QCOMPARE(listed->at(1).name, u"Carl"_s);
        QCOMPARE(listed->at(1).role, StaffRole::Cashier);
        QCOMPARE(listed->at(2).name, u"Maria"_s);
        QCOMPARE(listed->at(2).role, StaffRole::Manager);
        QCOMPARE(listed->at(2).createdAt, s.db.clock.now());
        QVERIFY(!listed->at(2).disabled());
        QCOMPARE(s.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'add staff' AND actor = 'Maria'"_s), 2);
        QCOMPARE(s.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'add staff' AND actor = 'first-run'"
                             " AND details = 'Maria (manager)'"_s),
                 1);
    }

    void badAccountsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("complaint");
        QTest::addRow("no name") << u"  "_s << u"1234"_s << u"Maria"_s << u"needs a name"_s;
        QTest::addRow("long name") << QString(81, u'x') << u"1234"_s << u"Maria"_s << u"at most 80"_s;
        QTest::addRow("same name in other case") << u"carl"_s << u"1234"_s << u"Maria"_s << u"named carl already"_s;
        QTest::addRow("short PIN") << u"Dora"_s << u"123"_s << u"Maria"_s << u"4 to 128"_s;
        QTest::addRow("long password") << u"Dora"_s << QString(129, u'7') << u"Maria"_s << u"4 to 128"_s;
        QTest::addRow("spaced PIN") << u"Dora"_s << u" 1234"_s << u"Maria"_s << u"space"_s;
        QTest::addRow("no actor") << u"Dora"_s << u"1234"_s << u" "_s << u"manager's name"_s;
    }

    void badAccountsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, secret);
        QFETCH(QString, actor);
        QFETCH(QString, complaint);
        StaffDatabase s;
        auto added = s.staff.addStaff(name, StaffRole::Cashier, secret, actor);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::InvalidField);
        QVERIFY2(added.error().message.contains(complaint), qPrintable(added.error().message));
        QCOMPARE(s.staff.staff()->size(), 2);
    }

    void theFirstAccountIsAManagers()
    {
        TestDatabase db;
        StaffService staff(*db.database, db.clock);
        auto cashier = staff.addStaff(u"Carl"_s, StaffRole::Cashier, u"1357"_s, u"first-run"_s);
        QVERIFY(!cashier.ok());
        QCOMPARE(cashier.error().code, ErrorCode::Forbidden);
        QVERIFY(staff.staff()->isEmpty());
        QVERIFY(staff.addStaff(u"Maria"_s, StaffRole::Manager, u"2468"_s, u"first-run"_s).ok());
    }

    void secretsAreKeptOnlyAsSaltedArgon2idHashes()
    {
        StaffDatabase s;
        const QString secret = u"tangerine-velvet-42"_s;
        auto first = s.staff.addStaff(u"Dora"_s, StaffRole::Cashier, secret, u"Maria"_s);
        auto second = s.staff.addStaff(u"Emil"_s, StaffRole::Cashier, secret, u"Maria"_s);
        QVERIFY(first.ok() && second.ok());
        const QString firstHash = s.storedHash(first->id);
        const QString secondHash = s.storedHash(second->id);
        QVERIFY2(firstHash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(firstHash));
        QVERIFY(secondHash.startsWith(u"$argon2id$"_s));
        QVERIFY(firstHash != secondHash);
        QCOMPARE(SecretHash::verify(secret, firstHash), SecretHash::Match::Right);
        QCOMPARE(SecretHash::verify(secret, secondHash), SecretHash::Match::Right);
        QCOMPARE(SecretHash::verify(u"tangerine-velvet-43"_s, firstHash), SecretHash::Match::Wrong);

        QVERIFY(s.staff.signIn(u"Dora"_s, secret).ok());
        QVERIFY(s.staff.resetSecret(second->id, secret, u"Maria"_s).ok());
        QVERIFY(s.db.database->run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        // Neither the tables nor the audit log nor any page of the file hold the secret.
        const QDir folder(s.db.m_dir.path());
        for (const QString &file : folder.entryList(QDir::Files)) {
            QFile stored(folder.filePath(file));
            QVERIFY(stored.open(QIODevice::ReadOnly));
            QVERIFY2(!stored.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
    }

    void signInFindsTheAccountByNameOrId()
    {
        StaffDatabase s;
        auto byName = s.staff.signIn(u" carl "_s, u"1357"_s);
        QVERIFY2(byName.ok(), qPrintable(failureOf(byName)));
        QCOMPARE(byName->id, s.cashier);
        QCOMPARE(byName->role, StaffRole::Cashier);
        auto byId = s.staff.signIn(s.manager, u"2468"_s);
        QVERIFY(byId.ok());
        QCOMPARE(byId->name, u"Maria"_s);
        QCOMPARE(s.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'sign in' AND actor = 'Carl'"_s), 1);

        auto unknown = s.staff.signIn(u"Zoe"_s, u"1357"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto unknownId = s.staff.signIn(qint64(999), u"1357"_s);
        QCOMPARE(unknownId.error().code, ErrorCode::NotFound);
        auto wrong = s.staff.signIn(u"Carl"_s, u"1358"_s);
        QCOMPARE(waitOf(wrong), 0);
        QVERIFY2(wrong.error().message.contains(u"Wrong PIN"_s), qPrintable(wrong.error().message));
        auto impossible = s.staff.signIn(u"Carl"_s, u"12"_s);
        QCOMPARE(impossible.error().code, ErrorCode::InvalidField);
        QCOMPARE(s.staff.member(s.cashier)->failedAttempts, 1);
    }

    void waitAfterWrongSecrets_data()
    {
        QTest::addColumn<int>("failedAttempts");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("none") << 0 << qint64(0);
        QTest::addRow("first") << 1 << qint64(0);
        QTest::addRow("third") << 3 << qint64(0);
        QTest::addRow("fourth") << 4 << qint64(2);
        QTest::addRow("fifth") << 5 << qint64(4);
        QTest::addRow("sixth") << 6 << qint64(8);
        QTest::addRow("twelfth") << 12 << qint64(512);
        QTest::addRow("thirteenth, capped") << 13 << qint64(900);
        QTest::addRow("fortieth") << 40 << qint64(900);
    }

    void waitAfterWrongSecrets()
    {
        QFETCH(int, failedAttempts);
        QFETCH(qint64, seconds);
        QCOMPARE(StaffService::waitAfter(failedAttempts).count(), seconds);
    }

    void wrongSecretsCostAGrowingWaitAtEveryCounter()
    {
        StaffDatabase s;
        auto otherConnection = s.db.openAnother(u"second counter"_s);
        QVERIFY(otherConnection);
        StaffService &firstCounter = s.staff;
        StaffService secondCounter(*otherConnection, s.db.clock);

        for (int attempt = 1; attempt <= StaffService::freeAttempts; ++attempt)
            QCOMPARE(waitOf(firstCounter.signIn(u"Carl"_s, u"0000"_s)), 0);
        QCOMPARE(waitOf(firstCounter.signIn(u"Carl"_s, u"0000"_s)), 2);

        // The other counter waits too, and is refused even the right PIN without it being tried.
        auto refused = secondCounter.signIn(u"Carl"_s, u"1357"_s);
        QCOMPARE(waitOf(refused), 2);
        QVERIFY2(refused.error().message.contains(u"Try again in 2 seconds"_s), qPrintable(refused.error().message));
        QCOMPARE(s.staff.member(s.cashier)->failedAttempts, 4);
        QCOMPARE(s.auditCount(u"wrong PIN"_s), 4);
        s.db.clock.advance(1500);
        QCOMPARE(waitOf(secondCounter.signIn(u"Carl"_s, u"1357"_s)), 1);

        s.db.clock.advance(500);
        QCOMPARE(waitOf(secondCounter.signIn(u"Carl"_s, u"0000"_s)), 4);
        QCOMPARE(waitOf(firstCounter.signIn(s.cashier, u"1357"_s)), 4);
        s.db.clock.advance(4000);
        QCOMPARE(waitOf(secondCounter.signIn(u"Carl"_s, u"0000"_s)), 8);
        QCOMPARE(s.staff.member(s.cashier)->lockedUntil, s.db.clock.now().addSecs(8));

        // Other accounts do not wait for Carl's.
        QVERIFY(secondCounter.signIn(u"Maria"_s, u"2468"_s).ok());

        s.db.clock.advance(8000);
        auto signedIn = firstCounter.signIn(u"Carl"_s, u"1357"_s);
        QVERIFY2(signedIn.ok(), qPrintable(failureOf(signedIn)));
        QCOMPARE(signedIn->failedAttempts, 0);
        QCOMPARE(s.staff.member(s.cashier)->failedAttempts, 0);
        QVERIFY(!s.staff.member(s.cashier)->lockedUntil.isValid());
        QCOMPARE(waitOf(secondCounter.signIn(u"Carl"_s, u"0000"_s)), 0);
    }

    void attemptsAtOnceFromSeveralCountersAreCheckedOneAtATimeOnceTheWaitsBegin()
    {
        StaffDatabase s;
        for (int attempt = 1; attempt <= StaffService::freeAttempts; ++attempt)
            QCOMPARE(waitOf(s.staff.signIn(u"Carl"_s, u"0000"_s)), 0);
        constexpr int counters = 4;
        std::latch start(counters);
        std::atomic<int> refusedWithAWait = 0;
        std::vector<std::thread> threads;
        for (int counter = 0; counter < counters; ++counter) {
            threads.emplace_back([&] {
                auto database = s.db.openAnother(u"counter"_s);
                StaffService staff(*database, s.db.clock);
                start.arrive_and_wait();
                if (waitOf(staff.signIn(u"Carl"_s, u"0000"_s)) == 2)
                    ++refusedWithAWait;
            });
        }
        for (auto &thread : threads)
            thread.join();
        // Only one of them was tried: the others found the wait it began.
        QCOMPARE(s.staff.member(s.cashier)->failedAttempts, StaffService::freeAttempts + 1);
        QCOMPARE(s.auditCount(u"wrong PIN"_s), StaffService::freeAttempts + 1);
        QCOMPARE(refusedWithAWait.load(), counters);
    }

    void disabledAccountsCannotSignIn()
    {
        StaffDatabase s;
        QVERIFY(s.staff.disable(s.cashier, u"Maria"_s).ok());
        QCOMPARE(s.staff.member(s.cashier)->disabledAt, s.db.clock.now());
        auto refused = s.staff.signIn(u"Carl"_s, u"1357"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY2(refused.error().message.contains(u"disabled"_s), qPrintable(refused.error().message));
        QCOMPARE(s.staff.member(s.cashier)->failedAttempts, 0);
        QCOMPARE(s.auditCount(u"disable staff"_s), 1);

        QVERIFY(s.staff.enable(s.cashier, u"Maria"_s).ok());
        QVERIFY(s.staff.signIn(u"Carl"_s, u"1357"_s).ok());
        QCOMPARE(s.auditCount(u"enable staff"_s), 1);
    }

    void aResetSecretReplacesTheOldOneAndEndsTheWait()
    {
        StaffDatabase s;
        for (int attempt = 0; attempt <= StaffService::freeAttempts; ++attempt)
            s.staff.signIn(u"Carl"_s, u"0000"_s);
        QVERIFY(s.staff.member(s.cashier)->lockedUntil > s.db.clock.now());
        const QString before = s.storedHash(s.cashier);

        QVERIFY(s.staff.resetSecret(s.cashier, u"8642"_s, u"Maria"_s).ok());
        QVERIFY(s.storedHash(s.cashier) != before);
        QCOMPARE(s.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reset staff secret'"
                             " AND details = 'Carl'"_s),
                 1);
        QVERIFY(s.staff.signIn(u"Carl"_s, u"8642"_s).ok());
        QVERIFY(!s.staff.signIn(u"Carl"_s, u"1357"_s).ok());
        QCOMPARE(s.staff.resetSecret(s.cashier, u"864"_s, u"Maria"_s).error().code, ErrorCode::InvalidField);
        QCOMPARE(s.staff.resetSecret(999, u"8642"_s, u"Maria"_s).error().code, ErrorCode::NotFound);
    }

    void theLastActiveManagerCanNeitherBeDisabledNorDemoted()
    {
        StaffDatabase s;
        auto disabled = s.staff.disable(s.manager, u"Maria"_s);
        QVERIFY(!disabled.ok());
        QCOMPARE(disabled.error().code, ErrorCode::Forbidden);
        QVERIFY2(disabled.error().message.contains(u"last active manager"_s), qPrintable(disabled.error().message));
        QCOMPARE(s.staff.setRole(s.manager, StaffRole::Cashier, u"Maria"_s).error().code, ErrorCode::Forbidden);
        QCOMPARE(s.staff.member(s.manager)->role, StaffRole::Manager);
        QVERIFY(!s.staff.member(s.manager)->disabled());

        QVERIFY(s.staff.setRole(s.cashier, StaffRole::Manager, u"Maria"_s).ok());
        QVERIFY2(s.staff.disable(s.manager, u"Carl"_s).ok(), "another manager is active");
        QCOMPARE(s.staff.setRole(s.cashier, StaffRole::Cashier, u"Carl"_s).error().code, ErrorCode::Forbidden);
        QCOMPARE(s.staff.disable(s.cashier, u"Carl"_s).error().code, ErrorCode::Forbidden);
        // A disabled manager is no active one: demoting it leaves Carl's place as it was.
        QVERIFY(s.staff.setRole(s.manager, StaffRole::Cashier, u"Carl"_s).ok());
        QCOMPARE(s.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'change staff role'"_s), 2);
    }

    void renamingKeepsTheAccountAndItsSecret()
    {
        StaffDatabase s;
        QVERIFY(s.staff.rename(s.cashier, u"Carlos"_s, u"Maria"_s).ok());
        QVERIFY(s.staff.signIn(u"Carlos"_s, u"1357"_s).ok());
        QCOMPARE(s.staff.signIn(u"Carl"_s, u"1357"_s).error().code, ErrorCode::NotFound);
        QCOMPARE(s.staff.rename(s.cashier, u"MARIA"_s, u"Maria"_s).error().code, ErrorCode::InvalidField);
        QVERIFY2(s.staff.rename(s.cashier, u"CARLOS"_s, u"Maria"_s).ok(), "its own name in other case");
        QCOMPARE(s.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rename staff'"
                             " AND details = 'Carl → Carlos'"_s),
                 1);
    }

    void pbkdf2MatchesRfc7914()
    {
        // The PBKDF2-HMAC-SHA256 test vectors of RFC 7914, section 11.
        QCOMPARE(SecretHash::pbkdf2Sha256("passwd", "salt", 1, 64),
                 fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                         "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(SecretHash::pbkdf2Sha256("Password", "NaCl", 80000, 64),
                 fromHex("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                         "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    }

    void theLegacyManagerPinIsTakenOverAndRehashed()
    {
        TestDatabase db;
        StaffService staff(*db.database, db.clock);
        // What the old manager mode kept in the machine's settings for the PIN 2468.
        LegacyManagerPin legacy;
        legacy.salt = QByteArray(16, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(legacy.salt.data()), 4);
        legacy.iterations = 120000;
        legacy.key = SecretHash::pbkdf2Sha256("2468", legacy.salt, legacy.iterations, 32);

        LegacyManagerPin damaged = legacy;
        damaged.salt.clear();
        QCOMPARE(staff.adoptLegacyManagerPin(damaged, u"Maria"_s, u"upgrade"_s).error().code, ErrorCode::InvalidField);

        auto adopted = staff.adoptLegacyManagerPin(legacy, u"Maria"_s, u"upgrade"_s);
        QVERIFY2(adopted.ok(), qPrintable(failureOf(adopted)));
        QCOMPARE(adopted->role, StaffRole::Manager);
        const auto storedHash = [&] {
            auto rows = db.database->run(u"SELECT secret_hash FROM staff"_s);
            return rows.value().next() ? rows.value().value(0).toString() : QString();
        };
        QVERIFY2(storedHash().startsWith(u"$pbkdf2-sha256$i=120000$"_s), qPrintable(storedHash()));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'adopt manager PIN'"
                           " AND actor = 'upgrade'"_s),
                 1);

        QCOMPARE(waitOf(staff.signIn(u"Maria"_s, u"2469"_s)), 0);
        QVERIFY(storedHash().startsWith(u"$pbkdf2-sha256$"_s));
        auto signedIn = staff.signIn(u"Maria"_s, u"2468"_s);
        QVERIFY2(signedIn.ok(), qPrintable(failureOf(signedIn)));
        QVERIFY2(storedHash().startsWith(u"$argon2id$"_s), qPrintable(storedHash()));
        QVERIFY(staff.signIn(u"Maria"_s, u"2468"_s).ok());
        QVERIFY(!staff.signIn(u"Maria"_s, u"2469"_s).ok());

        auto again = staff.adoptLegacyManagerPin(legacy, u"Otto"_s, u"upgrade"_s);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Forbidden);
        QCOMPARE(staff.staff()->size(), 1);
    }

    void theUpgradeFromThePreviousSchemaKeepsTheData()
    {
        QTemporaryDir dir;
        ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)};
        ChangeFeed feed;
        auto opened = Database::open(DatabaseConfig::sqlite(dir.filePath(u"old.sqlite"_s)), u"old"_s);
        QVERIFY(opened.ok());
        Database &database = *opened.value();
        const int previous = 8;
        QCOMPARE(Migrations::migrate(database, previous).value(), previous);
        QVERIFY(DemoData::populate(database, clock).ok());
        QVERIFY(!database.connection().tables().contains(u"staff"_s));
        ShowCatalog catalog(database);
        ReservationService reservations(database, feed, clock);
        const qint64 show = catalog.shows(clock.now(), clock.now().addDays(8), Channel::Web)->constFirst().id;
        QVERIFY(reservations.holdSeats(show, {u"C7"_s}, u"early"_s, 10min, Channel::Counter).ok());
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        auto booked = reservations.convertHoldsToBookings(u"early"_s, show, atTheCounter);
        QVERIFY(booked.ok());

        QCOMPARE(Migrations::migrate(database).value(), Migrations::latestVersion());

        auto kept = catalog.booking(booked->reference);
        QVERIFY(kept.ok());
        QCOMPARE(kept->totalCents, booked->totalCents);
        QCOMPARE(kept->seats.constFirst().label, u"C7"_s);
        StaffService staff(database, clock);
        QVERIFY(staff.staff()->isEmpty());
        QVERIFY(staff.addStaff(u"Maria"_s, StaffRole::Manager, u"2468"_s, u"upgrade"_s).ok());
        QVERIFY(staff.signIn(u"Maria"_s, u"2468"_s).ok());
    }
};

QTEST_GUILESS_MAIN(tst_StaffService)
#include "tst_staffservice.moc"
