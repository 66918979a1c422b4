// The caps per client address hold for the whole site: two real `boxoffice --headless`
// processes on one database (an SQLite file, or the PostgreSQL server in BOXOFFICE_PG_URL when
// run through with-postgres.sh), every request from 127.0.0.1. Each process counting alone
// would let the address hold the cap on each.
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int streamCap = 3;
constexpr int longPollCap = 3;
constexpr int connectionCap = 6;
constexpr int seatCap = 2;
/// Longer than the processes' expiry of a silent process (eight sync intervals of 500 ms).
constexpr int syncTimeoutMs = 15'000;

/// One request on a connection of its own, kept open for as long as the test holds it.
struct Exchange
{
    std::unique_ptr<QTcpSocket> socket;
    /// The answer's status; 0 when the connection closed (or was reset) before one came.
    int status = 0;
};

Exchange request(quint16 port, const QByteArray &target)
{
    Exchange exchange{std::make_unique<QTcpSocket>()};
    QTcpSocket &socket = *exchange.socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return exchange;
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    QByteArray head;
    const QDeadlineTimer deadline(10'000);
    while (!head.contains("\r\n") && socket.state() == QAbstractSocket::ConnectedState
           && socket.waitForReadyRead(int(deadline.remainingTime())))
        head += socket.readAll();
    head += socket.readAll();
    const auto match = QRegularExpression(u"^HTTP/1\\.1 (\\d{3}) "_s).match(QString::fromLatin1(head));
    exchange.status = match.hasMatch() ? match.captured(1).toInt() : 0;
    return exchange;
}

QByteArray streamTarget()
{
    return "/api/shows/2/events";
}

QJsonObject waitForJson(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return body;
}

struct Process
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;

    ~Process()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            process->waitForFinished(15'000);
        }
    }

    /// Opens a stream and, when it is answered 200, keeps it open in `open`; returns the status.
    int openStream(std::vector<Exchange> &open) const { return keepIfOk(request(port, streamTarget()), open); }

    int keepIfOk(Exchange exchange, std::vector<Exchange> &open) const
    {
        const int status = exchange.status;
        if (status == 200)
            open.push_back(std::move(exchange));
        return status;
    }

    /// A probe that leaves nothing open: 503 (or 0, the refusal's close resetting the
    /// connection) when refused.
    int probe(const QByteArray &target) const { return request(port, target).status; }

    /// The error of a hold of `seat` on `show` from a new session; empty when it was held.
    QString holdFromANewSession(int show, const QString &seat) const
    {
        QNetworkAccessManager network;
        QNetworkRequest hold(QUrl(u"http://127.0.0.1:%1/api/holds"_s.arg(port)));
        hold.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QJsonObject body = waitForJson(network.post(
                hold, QJsonDocument(QJsonObject{{u"show"_s, show}, {u"seats"_s, QJsonArray{seat}}}).toJson()));
        return body.contains(u"seats"_s) ? QString() : body.value(u"error"_s).toString(u"no answer"_s);
    }

    qint64 version(int show) const
    {
        QNetworkAccessManager network;
        const QJsonObject status = waitForJson(
                network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/seat-status/?show=%2"_s.arg(port).arg(show)))));
        return status.value(u"version"_s).toInteger(-1);
    }
};

bool refused(int status)
{
    return status == 503 || status == 0;
}

/// Tries `attempt` until it succeeds, for as long as the processes may take to hear of each
/// other. Unlike QTRY_*, it never runs `attempt` again after it succeeded: attempts here open
/// streams and connections.
template<typename Attempt>
bool eventually(const Attempt &attempt)
{
    const QDeadlineTimer deadline(syncTimeoutMs);
    while (!attempt()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

class tst_SiteLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    Process m_a;
    Process m_b;

    bool start(Process &process, bool demo)
    {
        process.process = std::make_unique<QProcess>();
        process.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{u"--headless"_s, u"--port"_s, u"0"_s, u"--db"_s, m_database,
                              u"--max-streams-per-address"_s, QString::number(streamCap),
                              u"--max-long-polls-per-address"_s, QString::number(longPollCap),
                              u"--max-connections-per-address"_s, QString::number(connectionCap),
                              u"--max-seats-per-address"_s, QString::number(seatCap)};
        if (demo)
            arguments << u"--demo"_s;
        process.process->start(QStringLiteral(BOXOFFICE_BIN), arguments);
        if (!process.process->waitForStarted())
            return false;
        QByteArray out;
        while (!out.contains('\n') && process.process->waitForReadyRead(15'000))
            out += process.process->readAllStandardOutput();
        const auto match = QRegularExpression(u"^Listening on http://127\\.0\\.0\\.1:(\\d+)/\n$"_s)
                                   .match(QString::fromUtf8(out));
        process.port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
        return process.port != 0;
    }

    /// The error of a hold of `seat` on show 3, asked again while the answer is 503: a process
    /// counts the connections of the tests before, closed on the other, until it hears of it.
    static QString holdPastTheConnectionCap(const Process &process, const QString &seat)
    {
        QString error;
        eventually([&] {
            error = process.holdFromANewSession(3, seat);
            return error != u"service_unavailable"_s;
        });
        return error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        m_database = qEnvironmentVariable("BOXOFFICE_PG_URL", m_dir.filePath(u"site.sqlite"_s));
        // One after the other: the first fills the database with the demo shows.
        QVERIFY(start(m_a, true));
        QVERIFY(start(m_b, false));
    }

    void capOptionsAreListedAndBounded_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        for (const QString option : {u"--max-streams-per-address"_s, u"--max-long-polls-per-address"_s,
                                     u"--max-connections-per-address"_s}) {
            QTest::addRow("%s zero", qPrintable(option)) << option << u"0"_s;
            QTest::addRow("%s too large", qPrintable(option)) << option << u"100001"_s;
            QTest::addRow("%s not a number", qPrintable(option)) << option << u"many"_s;
        }
    }

    void capOptionsAreListedAndBounded()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QProcess process;
        process.start(QStringLiteral(BOXOFFICE_BIN), {u"--help"_s});
        QVERIFY(process.waitForFinished(15'000));
        QVERIFY(process.readAllStandardOutput().contains(option.toUtf8()));

        process.start(QStringLiteral(BOXOFFICE_BIN), {u"--headless"_s, option, value});
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(error.contains(option) && error.contains(u"1 to 100000"_s), qPrintable(error));
    }

    void streamsAreCappedForTheSite()
    {
        std::vector<Exchange> onA;
        for (int stream = 0; stream < streamCap; ++stream)
            QCOMPARE(m_a.openStream(onA), 200);
        QVERIFY(refused(m_a.openStream(onA)));
        // Once B has heard A's streams, it has no room left for the address either.
        QVERIFY(eventually([&] { return refused(m_b.probe(streamTarget())); }));

        // A stream closed on A frees room on B, and then A knows of B's.
        onA.pop_back();
        std::vector<Exchange> onB;
        QVERIFY(eventually([&] { return m_b.openStream(onB) == 200; }));
        QVERIFY(refused(m_b.openStream(onB)));
        QVERIFY(eventually([&] { return refused(m_a.probe(streamTarget())); }));
        QCOMPARE(onA.size() + onB.size(), size_t(streamCap));
    }

    void longPollsAreCappedForTheSite()
    {
        const qint64 version = m_a.version(2);
        QVERIFY(version >= 0);
        // Parked until the show changes, which nothing in this test does; a probe waits a second.
        const QByteArray parked = "/api/seat-status/?show=2&since=" + QByteArray::number(version) + "&wait=30";
        const QByteArray probe = "/api/seat-status/?show=2&since=" + QByteArray::number(version) + "&wait=1";
        std::vector<std::unique_ptr<QTcpSocket>> onA;
        for (int poll = 0; poll < longPollCap; ++poll) {
            Exchange exchange{std::make_unique<QTcpSocket>()};
            exchange.socket->connectToHost(u"127.0.0.1"_s, m_a.port);
            QVERIFY(exchange.socket->waitForConnected(5000));
            exchange.socket->write("GET " + parked + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(exchange.socket->waitForBytesWritten(5000));
            onA.push_back(std::move(exchange.socket));
        }
        QVERIFY(eventually([&] { return refused(m_a.probe(probe)); }));
        QVERIFY(eventually([&] { return refused(m_b.probe(probe)); }));
        for (const auto &socket : onA)
            QCOMPARE(socket->bytesAvailable(), 0);

        onA.pop_back();
        QVERIFY(eventually([&] { return m_b.probe(probe) == 200; }));
    }

    void connectionsAreCappedForTheSite()
    {
        std::vector<Exchange> onA;
        for (int connection = 0; connection < connectionCap; ++connection)
            QVERIFY(eventually([&] { return m_a.keepIfOk(request(m_a.port, "/healthz"), onA) == 200; }));
        QVERIFY(refused(m_a.probe("/healthz")));
        QVERIFY(eventually([&] { return refused(m_b.probe("/healthz")); }));

        onA.pop_back();
        QVERIFY(eventually([&] { return m_b.probe("/healthz") == 200; }));
    }

    // Seats were already counted in the hold's own transaction, on whichever process.
    void seatsAreCappedForTheSite()
    {
        QCOMPARE(holdPastTheConnectionCap(m_a, u"A1"_s), QString());
        QCOMPARE(holdPastTheConnectionCap(m_b, u"A2"_s), QString());
        QCOMPARE(holdPastTheConnectionCap(m_a, u"A3"_s), u"too_many_requests"_s);
        QCOMPARE(holdPastTheConnectionCap(m_b, u"A4"_s), u"too_many_requests"_s);
    }

    // A process that dies without a word stops counting once its heartbeat is old enough.
    void aKilledProcessStopsCounting()
    {
        // Each as soon as the streams of the tests before have been let go of on both.
        std::vector<Exchange> onA;
        while (onA.size() < size_t(streamCap))
            QVERIFY(eventually([&] { return m_a.openStream(onA) == 200; }));
        QVERIFY(eventually([&] { return refused(m_b.probe(streamTarget())); }));

        ::kill(pid_t(m_a.process->processId()), SIGKILL);
        QVERIFY(m_a.process->waitForFinished(5000));
        std::vector<Exchange> onB;
        QVERIFY(eventually([&] { return m_b.openStream(onB) == 200; }));
    }
};

QTEST_GUILESS_MAIN(tst_SiteLimits)
#include "tst_sitelimits.moc"
