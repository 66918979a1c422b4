#include "webendpoint.h"

#include "webserver.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

WebEndpoint::WebEndpoint(WebOptions options, ChangeFeed &feed, const Clock &clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_feed(feed), m_clock(clock)
{
    m_thread.setObjectName(u"web"_s);
}

WebEndpoint::~WebEndpoint()
{
    stop();
}

Result<QUrl> WebEndpoint::start()
{
    if (m_server)
        return m_url;
    if (!m_context) {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    m_thread.start();

    std::optional<Result<quint16>> started;
    QMetaObject::invokeMethod(
            m_context,
            [this, &started] {
                auto server = std::make_unique<WebServer>(m_options, m_feed, m_clock, m_counters);
                started = server->start();
                if (started->ok())
                    m_server = server.release();
            },
            Qt::BlockingQueuedConnection);
    if (!started->ok()) {
        stop();
        return started->error();
    }
    connect(m_server, &WebServer::watchersChanged, this, &WebEndpoint::watchersChanged, Qt::QueuedConnection);

    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress &address = m_options.address;
    const bool anyAddress = address == QHostAddress::Any || address == QHostAddress::AnyIPv4;
    url.setHost(anyAddress ? u"127.0.0.1"_s : address == QHostAddress::AnyIPv6 ? u"::1"_s : address.toString());
    url.setPort(started->value());
    url.setPath(u"/"_s);
    m_url = url;
    return m_url;
}

void WebEndpoint::stop()
{
    if (m_server) {
        WebServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    delete m_context;
    m_context = nullptr;
    m_url.clear();
}

} // namespace boxoffice
