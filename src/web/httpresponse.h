#pragma once

#include "memoryfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <initializer_list>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace boxoffice {

/// One answer, serialized by hand: QtHttpServer 6.4's responder writes a 304 with a body
/// content type and length and cannot stream an event source, and its several small writes
/// per answer cost more than the one write here.
struct HttpResponse
{
    int status = 200;
    /// Empty for answers without a body (304) and for streams that set their own.
    QByteArray contentType;
    QByteArray body;
    /// Sent right after `body`. Lets a large cached body go out shared, not copied, with a small
    /// per-request end (the seat status's `my_hold`).
    QByteArray bodyTail;
    /// When set, holds `body` + `bodyTail`: they are sent from it with sendfile(), uncopied.
    std::shared_ptr<const MemoryFile> bodyFile;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// A document the browser renders: it gets the page Content-Security-Policy.
    bool page = false;

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse notModified(QByteArray etag);
    void addHeader(QByteArray name, QByteArray value) { headers.emplaceBack(std::move(name), std::move(value)); }
    bool hasBody() const { return status != 304 && status != 204 && !(status >= 100 && status < 200); }
};

/// A JSON object that belongs to one session, so no cache may keep it.
HttpResponse jsonResponse(int status, const QJsonObject &object);

/// The status line and headers, security headers included, ending with the blank line.
/// `bodyLength` < 0 leaves out Content-Length (a stream that ends when the connection does).
QByteArray serializeHead(const HttpResponse &response, bool keepAlive, qint64 bodyLength);
/// The whole response in memory, head and body, for writers that do not go through a QTcpSocket
/// (a detached connection, a refusal, a shared long-poll answer).
QByteArray serializeResponse(const HttpResponse &response, bool keepAlive);

/// Writes the response in one piece; a HEAD request gets the head only. Closes the connection
/// after it unless `keepAlive`. Does nothing when the client has gone. The calling thread must
/// block SIGPIPE (sendfile() cannot be told MSG_NOSIGNAL). Returns whether sendfile() sent (some
/// of) the body from `bodyFile`.
bool writeResponse(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly = false);

/// Hands `bytes` to the kernel at once; what it does not take waits in the socket, and while
/// anything waits there, all that follows does too. Does nothing when the client has gone.
void sendNow(QTcpSocket *socket, const QByteArray &bytes);

/// Sends `pieces` (at most three) from `offset` on in one sendmsg() with `flags`, never waiting
/// and never raising SIGPIPE; returns how much the kernel took (0 when it takes nothing now), or
/// -1 when the connection failed.
qint64 sendPieces(int descriptor, std::initializer_list<const QByteArray *> pieces, qint64 offset, int flags = 0);

QByteArray reasonPhrase(int status);

} // namespace boxoffice
