// The boxoffice executable as a user or a service manager runs it: options, exit codes, the
// "Listening on" line, clean shutdown, and the housekeeping threads it wires up.
#include "database.h"
#include "databasebackup.h"
#include "demodata.h"
#include "hallplanfile.h"
#include "hallplangenerator.h"
#include "migrations.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl url;
};

QJsonObject waitForJson(QNetworkReply *reply, int timeoutMs = 10'000)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return body;
}

struct Finished
{
    int exitCode = -1;
    QString out;
    QString error;
};

/// Runs the program to its end.
Finished run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BOXOFFICE_BIN), arguments);
    Finished finished;
    if (!process.waitForFinished(30'000))
        return finished;
    finished.exitCode = process.exitCode();
    finished.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    finished.error = QString::fromLocal8Bit(process.readAllStandardError());
    return finished;
}

HallPlan generatedHall(const QString &name, int rows, int seatsPerRow)
{
    HallPlanGeneratorOptions options;
    options.hallName = name;
    options.rows = rows;
    options.seatsPerRow = seatsPerRow;
    options.curve = 0.5;
    return HallPlanGenerator(options).generate();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_BoxOfficeApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    enum class Mode { Headless, WithGui };

    Running start(const QStringList &extra, Mode mode = Mode::Headless)
    {
        Running running;
        running.process = std::make_unique<QProcess>();
        QStringList arguments{u"--port"_s, u"0"_s, u"--db"_s, m_dir.filePath(u"app.sqlite"_s), u"--demo"_s};
        if (mode == Mode::Headless) {
            arguments.prepend(u"--headless"_s);
        } else {
            // No display needed; the settings are the test's own (initTestCase), whose defaults
            // keep the web endpoint on.
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            running.process->setProcessEnvironment(environment);
        }
        running.process->start(QStringLiteral(BOXOFFICE_BIN), arguments + extra);
        if (!running.process->waitForStarted())
            return running;
        QByteArray out;
        while (!out.contains('\n') && running.process->waitForReadyRead(15'000))
            out += running.process->readAllStandardOutput();
        const auto match = QRegularExpression(u"^Listening on (http://127\\.0\\.0\\.1:\\d+/)\n$"_s)
                                   .match(QString::fromUtf8(out));
        if (match.hasMatch())
            running.url = QUrl(match.captured(1));
        return running;
    }

    QString backupFolder() const { return m_dir.filePath(u"backups"_s); }

private slots:
    // The program's settings and data go to the temporary folder, never the user's, and so do
    // the automatic backups.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        QSettings settings(m_dir.filePath(u"config/BoxOffice/boxoffice.conf"_s), QSettings::IniFormat);
        settings.setValue(u"backups/folder"_s, backupFolder());
        settings.setValue(u"backups/kept"_s, 3);
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::addRow("port not a number") << QStringList{u"--port"_s, u"eighty"_s} << u"--port"_s;
        QTest::addRow("port too large") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
        QTest::addRow("bind not an address") << QStringList{u"--bind"_s, u"example.com"_s} << u"--bind"_s;
        QTest::addRow("hold of zero seconds") << QStringList{u"--hold-seconds"_s, u"0"_s} << u"--hold-seconds"_s;
        QTest::addRow("poll interval too short") << QStringList{u"--poll-interval-ms"_s, u"5"_s}
                                                 << u"--poll-interval-ms"_s;
        QTest::addRow("negative seat cap") << QStringList{u"--max-seats-per-address"_s, u"-1"_s}
                                           << u"--max-seats-per-address"_s;
        QTest::addRow("trusted proxy a name") << QStringList{u"--trusted-proxy"_s, u"proxy.example"_s}
                                              << u"--trusted-proxy"_s;
        QTest::addRow("trusted proxy prefix too long") << QStringList{u"--trusted-proxy"_s, u"127.0.0.1,10.0.0.0/33"_s}
                                                       << u"10.0.0.0/33"_s;
        QTest::addRow("stray argument") << QStringList{u"extra"_s} << u"extra"_s;
        QTest::addRow("missing value") << QStringList{u"--db"_s} << u"db"_s;
        QTest::addRow("hall id not a number") << QStringList{u"--export-hall"_s, u"first"_s} << u"--export-hall"_s;
        QTest::addRow("import and export at once")
                << QStringList{u"--import-hall"_s, u"a.json"_s, u"--export-hall"_s, u"1"_s} << u"--import-hall"_s;
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.start(QStringLiteral(BOXOFFICE_BIN), QStringList{u"--headless"_s} + arguments);
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void helpAndVersionExitWithZero()
    {
        QProcess process;
        process.start(QStringLiteral(BOXOFFICE_BIN), {u"--help"_s});
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *option : {"--headless", "--db", "--bind", "--port", "--demo", "--hold-seconds",
                                   "--poll-interval-ms", "--max-seats-per-address", "--version", "--backup",
                                   "--restore", "--import-hall", "--export-hall"})
            QVERIFY2(help.contains(option), option);
        process.start(QStringLiteral(BOXOFFICE_BIN), {u"--version"_s});
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("boxoffice "));
    }

    void listensPrintsOneLineAndStopsCleanlyOnSigterm()
    {
        Running running = start({});
        QVERIFY(running.url.isValid());
        QNetworkAccessManager network;
        const QJsonObject health = waitForJson(network.get(QNetworkRequest(running.url.resolved(QUrl(u"healthz"_s)))));
        QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
        ::kill(pid_t(running.process->processId()), SIGTERM);
        QVERIFY(running.process->waitForFinished(15'000));
        QCOMPARE(running.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(running.process->exitCode(), 0);
        QVERIFY(running.process->readAllStandardOutput().isEmpty());
    }

    void backupCommandsExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString postgres = u"postgresql://box:secret@127.0.0.1:5432/boxoffice"_s;
        QTest::addRow("backup and restore at once") << QStringList{u"--backup"_s, u"a"_s, u"--restore"_s, u"b"_s} << 2
                                                    << u"--restore"_s;
        QTest::addRow("backup to no file") << QStringList{u"--backup"_s, u""_s} << 2 << u"--backup"_s;
        QTest::addRow("backup on PostgreSQL") << QStringList{u"--db"_s, postgres, u"--backup"_s, u"b.dump"_s} << 2
                                              << u"pg_dump --format=custom --file='b.dump'"_s;
        QTest::addRow("backup on PostgreSQL, quoted for the shell")
                << QStringList{u"--db"_s, postgres, u"--backup"_s, u"it's.dump"_s} << 2
                << u"--file='it'\\''s.dump' 'postgresql://box@127.0.0.1:5432/boxoffice'"_s;
        QTest::addRow("restore on PostgreSQL") << QStringList{u"--db"_s, postgres, u"--restore"_s, u"b.dump"_s} << 2
                                               << u"pg_restore --clean"_s;
        QTest::addRow("backup of no database") << QStringList{u"--db"_s, u"%1/none.sqlite"_s, u"--backup"_s,
                                                              u"%1/copy.sqlite"_s}
                                               << 1 << u"none.sqlite"_s;
        QTest::addRow("restore of no file") << QStringList{u"--db"_s, u"%1/restored.sqlite"_s, u"--restore"_s,
                                                           u"%1/none.sqlite"_s}
                                            << 1 << u"none.sqlite"_s;
    }

    void backupCommandsExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        for (QString &argument : arguments)
            argument.replace(u"%1"_s, dir.path());
        const Finished finished = run(arguments);
        QCOMPARE(finished.exitCode, exitCode);
        QVERIFY2(finished.error.contains(mentions), qPrintable(finished.error));
        QVERIFY(!finished.error.contains(u"secret"_s));
        QVERIFY(finished.out.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    // A backup while the web endpoint serves; a restore only once it has stopped, leaving no log
    // of the former database behind.
    void backupWhileServingRestoreOnceStopped()
    {
        Running running = start({});
        QVERIFY(running.url.isValid());
        const QString database = m_dir.filePath(u"app.sqlite"_s);
        const QString backup = m_dir.filePath(u"served.sqlite"_s);
        const Finished backedUp = run({u"--db"_s, database, u"--backup"_s, backup});
        QCOMPARE(backedUp.exitCode, 0);
        QVERIFY(backedUp.error.isEmpty());
        QCOMPARE(backedUp.out.count(u'\n'), 1);
        QVERIFY2(backedUp.out.contains(backup), qPrintable(backedUp.out));
        QCOMPARE(DatabaseBackup::check(backup).value(), Migrations::latestVersion());

        const auto keptAside = [this] {
            return QDir(m_dir.path()).entryList({u"app.sqlite.before-restore-*"_s}, QDir::Files);
        };
        const QStringList asideBefore = keptAside();
        const Finished refused = run({u"--db"_s, database, u"--restore"_s, backup});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.error.contains(u"open in another program"_s), qPrintable(refused.error));
        QCOMPARE(keptAside(), asideBefore);

        running.process->terminate();
        QVERIFY(running.process->waitForFinished(15'000));
        const Finished restored = run({u"--db"_s, database, u"--restore"_s, backup});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains(u"before-restore"_s), qPrintable(restored.out));
        QCOMPARE(keptAside().size(), asideBefore.size() + 1);
        QVERIFY(!QFileInfo::exists(database + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(database + u"-shm"_s));
        QCOMPARE(DatabaseBackup::check(database).value(), Migrations::latestVersion());
    }

    // Headless too, the daily backup lands in the folder the settings name.
    void dailyBackupIsTakenIntoTheSettingsFolder()
    {
        const auto dailies = [this] {
            return QDir(backupFolder()).entryList({u"boxoffice-*-daily.sqlite"_s}, QDir::Files);
        };
        QDir(backupFolder()).removeRecursively();
        Running running = start({});
        QVERIFY(running.url.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(dailies().size(), 1, 15'000);
        QCOMPARE(DatabaseBackup::check(QDir(backupFolder()).filePath(dailies().constFirst())).value(),
                 Migrations::latestVersion());
        running.process->terminate();
        QVERIFY(running.process->waitForFinished(15'000));
    }

    void olderSchemaIsBackedUpBeforeTheUpgrade()
    {
        const QString path = m_dir.filePath(u"older.sqlite"_s);
        QDir(backupFolder()).removeRecursively();
        {
            auto database = Database::open(DatabaseConfig::sqlite(path), u"older"_s);
            QVERIFY(Migrations::migrate(*database.value(), 2).ok());
            QVERIFY(DemoData::populate(*database.value(), SystemClock()).ok());
        }
        QProcess process;
        process.start(QStringLiteral(BOXOFFICE_BIN), {u"--headless"_s, u"--db"_s, path, u"--port"_s, u"0"_s});
        QVERIFY(process.waitForReadyRead(15'000));
        QVERIFY(process.readAllStandardOutput().startsWith("Listening on "));
        const QStringList taken = QDir(backupFolder()).entryList({u"boxoffice-*-before-schema-*.sqlite"_s}, QDir::Files);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(DatabaseBackup::check(QDir(backupFolder()).filePath(taken.constFirst())).value(), 2);
        process.terminate();
        QVERIFY(process.waitForFinished(15'000));
    }

    void hallsAreImportedAndExported()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"venue.sqlite"_s);
        const HallPlan plan = generatedHall(u"Studio Zwei"_s, 2, 4);
        const QString ours = dir.filePath(u"studio.json"_s);
        QVERIFY(writeFile(ours, HallPlanFile::write(plan)));

        const Finished imported = run({u"--db"_s, database, u"--import-hall"_s, ours});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        bool isNumber = false;
        const qint64 hall = imported.out.trimmed().toLongLong(&isNumber);
        QVERIFY2(isNumber && hall > 0, qPrintable(imported.out));

        const Finished exported = run({u"--db"_s, database, u"--export-hall"_s, QString::number(hall)});
        QCOMPARE(exported.exitCode, 0);
        const HallPlanImport readBack = HallPlanFile::read(exported.out.toUtf8());
        QVERIFY(readBack.ok());
        QCOMPARE(readBack.plan, plan);

        const QString pretix = dir.filePath(u"pretix.json"_s);
        QVERIFY(writeFile(pretix, R"({"name": "Foyer", "categories": [{"name": "free", "color": "#00ff00"}],
            "zones": [{"name": "Floor", "position": {"x": 0, "y": 0}, "rows": [{"row_number": "1",
              "position": {"x": 0, "y": 0}, "seats": [
                {"seat_guid": "f-1", "seat_number": "1", "position": {"x": 0, "y": 0}, "category": "free"},
                {"seat_guid": "f-2", "seat_number": "2", "position": {"x": 20, "y": 0}, "category": "free"}]}]}]})"));
        const Finished fromPretix = run({u"--db"_s, database, u"--import-hall"_s, pretix});
        QCOMPARE(fromPretix.exitCode, 0);
        const qint64 foyer = fromPretix.out.trimmed().toLongLong();
        QVERIFY2(foyer > hall, qPrintable(fromPretix.out));
        QVERIFY2(fromPretix.error.contains(u"warning: zones[0]"_s), qPrintable(fromPretix.error));
        const HallPlanImport foyerPlan =
                HallPlanFile::read(run({u"--db"_s, database, u"--export-hall"_s, QString::number(foyer)}).out.toUtf8());
        QVERIFY(foyerPlan.ok());
        QCOMPARE(foyerPlan.plan.name, u"Foyer"_s);
        QCOMPARE(foyerPlan.plan.seats.size(), 2);
        QCOMPARE(foyerPlan.plan.seats.at(1).guid, u"f-2"_s);

        const Finished unknown = run({u"--db"_s, database, u"--export-hall"_s, u"99"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.error.contains(u"99"_s), qPrintable(unknown.error));
        QVERIFY(unknown.out.isEmpty());
    }

    void demoOnTheVenuesOwnDataExitsWithTwoLeavingItUntouched()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"venue.sqlite"_s);
        const QString hallFile = dir.filePath(u"studio.json"_s);
        QVERIFY(writeFile(hallFile, HallPlanFile::write(generatedHall(u"Studio Zwei"_s, 2, 4))));
        QCOMPARE(run({u"--db"_s, database, u"--import-hall"_s, hallFile}).exitCode, 0);

        const Finished refused = run({u"--headless"_s, u"--port"_s, u"0"_s, u"--db"_s, database, u"--demo"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.error.contains(u"--demo"_s) && refused.error.contains(u"left untouched"_s),
                 qPrintable(refused.error));
        auto opened = Database::open(DatabaseConfig::sqlite(database), u"check"_s);
        QVERIFY(opened.ok());
        auto counted = opened.value()->run(u"SELECT (SELECT COUNT(*) FROM halls), (SELECT COUNT(*) FROM shows)"_s);
        QVERIFY(counted.ok() && counted.value().next());
        QCOMPARE(counted.value().value(0).toInt(), 1);
        QCOMPARE(counted.value().value(1).toInt(), 0);
    }

    void aBadHallFileExitsWithTwoNamingEachProblem()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"venue.sqlite"_s);
        HallPlan plan = generatedHall(u"Studio"_s, 1, 3);
        plan.seats[1].category = u"vip"_s;
        plan.seats[2].number = plan.seats[0].number;
        const QString bad = dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, HallPlanFile::write(plan)));

        const Finished refused = run({u"--db"_s, database, u"--import-hall"_s, bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        const QStringList lines = refused.error.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(refused.error));
        QVERIFY2(refused.error.contains(u"\nseats[1].category: "_s), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(u"\nseats[2]"_s), qPrintable(refused.error));

        const Finished missing = run({u"--db"_s, database, u"--import-hall"_s, dir.filePath(u"none.json"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.error.contains(u"none.json"_s), qPrintable(missing.error));
        auto opened = Database::open(DatabaseConfig::sqlite(database), u"check"_s);
        QVERIFY(opened.ok());
        auto halls = opened.value()->run(u"SELECT COUNT(*) FROM halls"_s);
        QVERIFY(halls.ok() && halls.value().next());
        QCOMPARE(halls.value().value(0).toInt(), 0);
    }

    void withGuiListensAndPrintsTheSameLine()
    {
        Running running = start({}, Mode::WithGui);
        QVERIFY2(running.url.isValid(), running.process->readAllStandardError().constData());
        QNetworkAccessManager network;
        const QJsonObject shows = waitForJson(network.get(QNetworkRequest(running.url.resolved(QUrl(u"api/shows/"_s)))));
        QVERIFY(!shows.value(u"shows"_s).toArray().isEmpty());
        ::kill(pid_t(running.process->processId()), SIGTERM);
        QVERIFY(running.process->waitForFinished(15'000));
        QCOMPARE(running.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(running.process->exitCode(), 0);
        QVERIFY(running.process->readAllStandardOutput().isEmpty());
    }

    void portInUseExitsWithOne()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        QProcess process;
        process.start(QStringLiteral(BOXOFFICE_BIN),
                      {u"--headless"_s, u"--db"_s, m_dir.filePath(u"port.sqlite"_s), u"--port"_s,
                       QString::number(occupant.serverPort())});
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!QString::fromLocal8Bit(process.readAllStandardError()).isEmpty());
    }

    void databaseFromANewerVersionExitsWithOne()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            auto database = Database::open(DatabaseConfig::sqlite(path), u"newer"_s);
            QVERIFY(Migrations::migrate(*database.value()).ok());
            QVERIFY(database.value()->run(u"INSERT INTO schema_version (version) VALUES (999)"_s).ok());
        }
        QProcess process;
        process.start(QStringLiteral(BOXOFFICE_BIN), {u"--headless"_s, u"--db"_s, path, u"--port"_s, u"0"_s});
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 1);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void seatCapPerAddressFromTheCommandLine()
    {
        Running running = start({u"--max-seats-per-address"_s, u"1"_s});
        QVERIFY(running.url.isValid());
        // Show 3: the other tests of this database use show 2.
        const auto holdFromANewSession = [&running](const QString &seat) {
            QNetworkAccessManager network;
            QNetworkRequest request(running.url.resolved(QUrl(u"api/holds"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = network.post(
                    request, QJsonDocument(QJsonObject{{u"show"_s, 3}, {u"seats"_s, QJsonArray{seat}}}).toJson());
            const QJsonObject body = waitForJson(reply);
            return body.value(u"error"_s).toString();
        };
        QCOMPARE(holdFromANewSession(u"A1"_s), QString());
        QCOMPARE(holdFromANewSession(u"A2"_s), u"too_many_requests"_s);
        running.process->terminate();
        QVERIFY(running.process->waitForFinished(15'000));
    }

    // The expiry thread the app starts releases a lapsed hold on its own, and a long poll sees it.
    void lapsedHoldsAreReleasedByTheRunningApp()
    {
        Running running = start({u"--hold-seconds"_s, u"1"_s});
        QVERIFY(running.url.isValid());
        QNetworkAccessManager network;
        network.setCookieJar(new QNetworkCookieJar(&network));
        QNetworkRequest holdRequest(running.url.resolved(QUrl(u"api/holds"_s)));
        holdRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QJsonObject held = waitForJson(network.post(
                holdRequest,
                QJsonDocument(QJsonObject{{u"show"_s, 2}, {u"seats"_s, QJsonArray{u"A1"_s}}}).toJson()));
        QCOMPARE(held.value(u"seats"_s).toArray().size(), 1);
        const qint64 version = held.value(u"version"_s).toInteger();

        const QUrl wait = running.url.resolved(QUrl(u"api/seat-status/?show=2&since=%1&wait=10"_s.arg(version)));
        const QJsonObject released = waitForJson(network.get(QNetworkRequest(wait)), 15'000);
        QVERIFY(released.value(u"version"_s).toInteger() > version);
        const QJsonArray seats = released.value(u"seats"_s).toArray();
        QCOMPARE(seats.size(), 1);
        QCOMPARE(seats.at(0).toObject().value(u"status"_s).toString(), u"available"_s);
        QVERIFY(released.value(u"my_hold"_s).isNull());
        running.process->terminate();
        QVERIFY(running.process->waitForFinished(15'000));
    }
};

QTEST_GUILESS_MAIN(tst_BoxOfficeApp)
#include "tst_boxofficeapp.moc"
