#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <memory>

namespace boxoffice::testing {

/// A finished HTTP exchange.
struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
};

/// One browser: its own QNetworkAccessManager and so its own cookie jar, i.e. its own session.
class Client
{
public:
    explicit Client(QUrl base) : m_base(std::move(base)) { m_manager.setAutoDeleteReplies(false); }

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        bool hasType = false;
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
            hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        }
        if (!body.isEmpty() && !hasType)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_manager.sendCustomRequest(request, method, body);
    }

    static Answer finish(QNetworkReply *reply, int timeoutMs = 10000)
    {
        Answer answer;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
            reply->abort();
            answer.error = QNetworkReply::TimeoutError;
        }
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        if (answer.error == QNetworkReply::NoError)
            answer.error = reply->error();
        reply->deleteLater();
        return answer;
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return finish(start(method, path, body, headers));
    }
    Answer get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    Answer post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Answer hold(qint64 show, const QStringList &seats)
    {
        return post(QStringLiteral("/api/holds"),
                    QJsonObject{{QStringLiteral("show"), show}, {QStringLiteral("seats"), QJsonArray::fromStringList(seats)}});
    }
    Answer book(qint64 show, const QString &name = QStringLiteral("Asha Rao"),
                const QString &email = QStringLiteral("asha@example.com"))
    {
        return post(QStringLiteral("/api/bookings"), QJsonObject{{QStringLiteral("show"), show},
                                                                 {QStringLiteral("name"), name},
                                                                 {QStringLiteral("email"), email}});
    }
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

/// A response read off a raw socket.
struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;

    bool hasHeader(QByteArrayView name) const
    {
        const QByteArray needle = "\r\n" + name.toByteArray().toLower() + ':';
        return head.toLower().contains(needle);
    }
};

/// Speaks HTTP by hand, for what QNetworkAccessManager will not send or hides.
class RawConnection
{
public:
    /// `from` picks the client's address (any of 127.0.0.0/8 reaches the server on loopback).
    explicit RawConnection(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }
    QTcpSocket &socket() { return m_socket; }

    /// Reads one response (by Content-Length, or to the end of the connection without one).
    RawAnswer read(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        RawAnswer answer;
        while (timer.elapsed() < timeoutMs) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                answer.head = m_buffer.left(end + 4);
                const QList<QByteArray> statusLine = answer.head.left(answer.head.indexOf("\r\n")).split(' ');
                answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
                const qsizetype lengthAt = answer.head.toLower().indexOf("\r\ncontent-length:");
                if (lengthAt >= 0 || answer.status == 304 || answer.status == 100) {
                    qsizetype length = 0;
                    if (lengthAt >= 0) {
                        const qsizetype lineEnd = answer.head.indexOf("\r\n", lengthAt + 2);
                        length = answer.head.mid(lengthAt + 17, lineEnd - lengthAt - 17).trimmed().toLongLong();
                    }
                    if (m_buffer.size() >= end + 4 + length) {
                        answer.body = m_buffer.mid(end + 4, length);
                        m_buffer.remove(0, end + 4 + length);
                        return answer;
                    }
                } else if (m_closed) {
                    answer.body = m_buffer.mid(end + 4);
                    m_buffer.clear();
                    answer.closed = true;
                    return answer;
                }
            }
            if (m_closed)
                break;
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(50)) {
                if (m_socket.state() != QAbstractSocket::ConnectedState)
                    m_closed = true;
            }
            m_buffer += m_socket.readAll();
        }
        answer.closed = m_closed;
        return answer;
    }

    /// Whether the server closes the connection within `timeoutMs`.
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            m_buffer += m_socket.readAll();
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return true;
            m_socket.waitForReadyRead(50);
        }
        m_buffer += m_socket.readAll();
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    QByteArray buffered() const { return m_buffer; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};

} // namespace boxoffice::testing
