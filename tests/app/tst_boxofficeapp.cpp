// The boxoffice executable as a user or a service manager runs it: options, exit codes, the
// "Listening on" line, clean shutdown, and the housekeeping threads it wires up.
#include "database.h"
#include "migrations.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
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

} // namespace

class TestBoxOfficeApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Running start(const QStringList &extra)
    {
        Running running;
        running.process = std::make_unique<QProcess>();
        running.process->start(QStringLiteral(BOXOFFICE_BIN),
                               QStringList{u"--headless"_s, u"--port"_s, u"0"_s, u"--db"_s,
                                           m_dir.filePath(u"app.sqlite"_s), u"--demo"_s} + extra);
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

private slots:
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
        QTest::addRow("stray argument") << QStringList{u"extra"_s} << u"extra"_s;
        QTest::addRow("missing value") << QStringList{u"--db"_s} << u"db"_s;
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
                                   "--poll-interval-ms", "--max-seats-per-address", "--version"})
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

QTEST_GUILESS_MAIN(TestBoxOfficeApp)
#include "tst_boxofficeapp.moc"
