#include "webfixture.h"
#include "webtestsupport.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray healthRequest = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

/// Blocks the server's thread from start() until resume(), the way a handler waiting for a
/// database lock does: in the middle of a pass of the event loop that also has timers due, as
/// a busy server's passes have. Timers due then go off when the handler returns, before the
/// loop looks again at what its sockets received meanwhile.
class Stall
{
public:
    explicit Stall(WebEndpoint &endpoint) : m_dispatcher(QAbstractEventDispatcher::instance(endpoint.serverThread()))
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, m_pair) != 0)
            return;
        QMetaObject::invokeMethod(
                m_dispatcher,
                [this] {
                    m_notifier = new QSocketNotifier(m_pair[1], QSocketNotifier::Read);
                    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] {
                        char byte = 0;
                        while (::read(m_pair[1], &byte, 1) > 0) {
                        }
                        m_started.release();
                        m_resume.acquire();
                    });
                },
                Qt::BlockingQueuedConnection);
    }
    ~Stall()
    {
        resume();
        QMetaObject::invokeMethod(m_dispatcher, [this] { delete m_notifier; }, Qt::BlockingQueuedConnection);
        ::close(m_pair[0]);
        ::close(m_pair[1]);
    }

    bool ready() const { return m_notifier; }
    /// Returns once the server's thread is blocked.
    void start()
    {
        QMetaObject::invokeMethod(m_dispatcher, [this] {
            auto *due = new QTimer;
            due->setSingleShot(true);
            QObject::connect(due, &QTimer::timeout, due, &QObject::deleteLater);
            due->start(0);
            ::write(m_pair[0], "!", 1);
        });
        m_started.acquire();
        m_stalled = true;
    }
    void resume()
    {
        if (m_stalled)
            m_resume.release();
        m_stalled = false;
    }

private:
    QAbstractEventDispatcher *m_dispatcher;
    int m_pair[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    QSemaphore m_started;
    QSemaphore m_resume;
    bool m_stalled = false;
};

} // namespace

class tst_WebStall : public QObject
{
    Q_OBJECT

private slots:
    void requestsArrivingDuringAStallAreAnswered();
    void everyAcceptedConnectionReachesTheServer();
};

void tst_WebStall::requestsArrivingDuringAStallAreAnswered()
{
    WebLimits limits = generousLimits();
    // Shorter than the idle wait, as by default, so that a request's deadline is its timer's.
    limits.requestTimeoutMs = 800;
    limits.idleTimeoutMs = 1600;
    Fixture fixture(limits);
    QVERIFY(fixture.endpoint);

    QElapsedTimer sinceFirstConnect;
    sinceFirstConnect.start();
    // Connected and not yet asking (as nginx's spare connections), two requests begun, and a
    // kept-alive connection between requests: each with its deadline running.
    RawConnection quiet(fixture.port);
    RawConnection trickling(fixture.port);
    trickling.send(healthRequest.first(20));
    RawConnection dripping(fixture.port);
    dripping.send(healthRequest.first(20));
    RawConnection keptAlive(fixture.port);
    keptAlive.send(healthRequest);
    // Answered after the server accepted the others and read the begun requests' first parts.
    QCOMPARE(keptAlive.read().status, 200);

    Stall stall(*fixture.endpoint);
    QVERIFY(stall.ready());
    stall.start();
    // Each in time while the server cannot read: the quiet connection's request, the rest of a
    // begun one, the kept-alive connection's next request, and a new connection with its request.
    QVERIFY2(sinceFirstConnect.elapsed() < limits.requestTimeoutMs / 2, "setting up took longer than the test allows");
    quiet.send(healthRequest);
    trickling.send(healthRequest.sliced(20));
    keptAlive.send(healthRequest);
    RawConnection opened(fixture.port);
    QVERIFY(opened.connected());
    opened.send(healthRequest);
    // More of the other begun request, but not all of it: it must still run out of time.
    dripping.send(healthRequest.sliced(20, 5));
    // The stall outlasts every deadline, as a hold waiting seconds for the show's lock did.
    QTest::qSleep(limits.idleTimeoutMs + 300 - int(sinceFirstConnect.elapsed()));
    stall.resume();

    const std::pair<const char *, RawConnection *> answered[] = {
            {"quiet", &quiet}, {"trickling", &trickling}, {"kept alive", &keptAlive}, {"opened", &opened}};
    for (const auto &[name, connection] : answered) {
        const RawAnswer answer = connection->read();
        QVERIFY2(answer.status == 200, qPrintable(u"%1: %2"_s.arg(QLatin1StringView(name)).arg(answer.status)));
        QVERIFY2(!answer.closed, name);
    }
    const RawAnswer late = dripping.read();
    QCOMPARE(late.status, 408);
    QVERIFY(dripping.waitForClose(limits.lingerMs + 1000));
}

void tst_WebStall::everyAcceptedConnectionReachesTheServer()
{
    // QtHttpServer takes each connection with QTcpServer::nextPendingConnection(), which turns
    // QTcpServer's own accepting back on. When more connections waited than the server accepts
    // in one batch, QTcpServer accepted the rest itself: they were wrapped but not handed on,
    // their requests were never read, and the idle wait closed them without an answer (behind
    // nginx, a 502 on a POST).
    WebLimits limits = generousLimits();
    limits.idleTimeoutMs = 20'000;
    Fixture fixture(limits);
    QVERIFY(fixture.endpoint);
    RawConnection first(fixture.port);
    first.send(healthRequest);
    QCOMPARE(first.read().status, 200);

    // More than one batch connects and asks while the server cannot accept.
    Stall stall(*fixture.endpoint);
    QVERIFY(stall.ready());
    stall.start();
    // Not a plain GET, which the connection guard answers by itself: QtHttpServer must read it.
    const QByteArray post = "POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}";
    std::vector<std::unique_ptr<RawConnection>> waiting;
    for (int i = 0; i < 150; ++i) {
        waiting.push_back(std::make_unique<RawConnection>(fixture.port));
        QVERIFY(waiting.back()->connected());
        waiting.back()->send(post);
    }
    stall.resume();

    for (std::size_t i = 0; i < waiting.size(); ++i) {
        const RawAnswer answer = waiting[i]->read(5000);
        QVERIFY2(answer.status == 405, qPrintable(u"connection %1: status %2"_s.arg(i).arg(answer.status)));
    }
}

QTEST_GUILESS_MAIN(tst_WebStall)
#include "tst_webstall.moc"
