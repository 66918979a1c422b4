#include "httpresponse.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>

namespace boxoffice {

namespace {

// Every answer: no MIME sniffing, no framing, no referrer leaking the show or booking URL.
constexpr QByteArrayView commonSecurityHeaders =
        "X-Content-Type-Options: nosniff\r\n"
        "X-Frame-Options: DENY\r\n"
        "Referrer-Policy: no-referrer\r\n";

// Pages run only the app's own scripts and styles; nothing inline, nothing from elsewhere.
constexpr QByteArrayView pagePolicy =
        "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'\r\n";

constexpr QByteArrayView dataPolicy = "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n";

qint64 sendFile(int descriptor, const MemoryFile &file)
{
    off_t offset = 0;
    qint64 sent = 0;
    do {
        sent = ::sendfile(descriptor, file.descriptor(), &offset, size_t(file.size()));
    } while (sent < 0 && errno == EINTR);
    return qMax<qint64>(sent, 0);
}

/// Hands the answer to the kernel at once and queues in the socket only what the kernel did not
/// take. QAbstractSocket::write() would queue it all and write one piece per event-loop pass
/// once the write notifier fires: at least one more pass, a notifier switched on and off, and a
/// TCP segment per piece for every answer. With `file` (holding body and tail) the body is
/// sent from it, the head marked MSG_MORE so that both leave in the same segments. Returns whether
/// sendfile() sent any of it.
bool writeNow(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, const QByteArray &tail,
              const MemoryFile *file)
{
    qint64 sent = 0;
    bool sentFromFile = false;
    // Whatever QAbstractSocket still holds must go first; then it alone may write.
    const int descriptor = int(socket->socketDescriptor());
    // A failed send counts as nothing sent: the socket meets the error again when it writes, and
    // reports it as usual.
    if (socket->bytesToWrite() == 0 && descriptor >= 0) {
        if (file) {
            sent = qMax<qint64>(sendPieces(descriptor, {&head}, 0, MSG_MORE), 0);
            if (sent == head.size()) {
                const qint64 fromFile = sendFile(descriptor, *file);
                sent += fromFile;
                sentFromFile = fromFile > 0;
            }
        } else {
            sent = qMax<qint64>(sendPieces(descriptor, {&head, &body, &tail}, 0, 0), 0);
        }
    }
    for (const QByteArray *piece : {&head, &body, &tail}) {
        if (sent >= piece->size()) {
            sent -= piece->size();
        } else if (sent == 0) {
            // Kept by reference (a large cached body is not copied), written when the socket can.
            socket->write(*piece);
        } else {
            socket->write(piece->constData() + sent, piece->size() - sent);
            sent = 0;
        }
    }
    return sentFromFile;
}

} // namespace

qint64 sendPieces(int descriptor, std::initializer_list<const QByteArray *> pieces, qint64 offset, int flags)
{
    std::array<iovec, 3> vectors{};
    Q_ASSERT(pieces.size() <= vectors.size());
    size_t count = 0;
    for (const QByteArray *piece : pieces) {
        if (offset >= piece->size()) {
            offset -= piece->size();
            continue;
        }
        vectors[count++] = iovec{const_cast<char *>(piece->constData()) + offset, size_t(piece->size() - offset)};
        offset = 0;
    }
    if (count == 0)
        return 0;
    msghdr message{};
    message.msg_iov = vectors.data();
    message.msg_iovlen = count;
    for (;;) {
        // One piece (a shared event or long-poll answer, to thousands of sockets in a pass) goes
        // with send(): the kernel then copies in no message header or vector.
        const ssize_t sent = count == 1
                ? ::send(descriptor, vectors[0].iov_base, vectors[0].iov_len, flags | MSG_NOSIGNAL | MSG_DONTWAIT)
                : ::sendmsg(descriptor, &message, flags | MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent >= 0)
            return sent;
        if (errno != EINTR)
            return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    }
}

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::notModified(QByteArray etag)
{
    HttpResponse response;
    response.status = 304;
    response.addHeader("ETag", std::move(etag));
    return response;
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    HttpResponse response = HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
    response.addHeader("Cache-Control", "no-store");
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 304: return QByteArrayLiteral("Not Modified");
    case 400: return QByteArrayLiteral("Bad Request");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 406: return QByteArrayLiteral("Not Acceptable");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray serializeHead(const HttpResponse &response, bool keepAlive, qint64 bodyLength)
{
    // Every answer goes through here: the pieces are measured first and copied into one
    // allocation, as QByteArray's appends would check for room and aliasing at each of them.
    char status[16];
    const int statusLength = std::snprintf(status, sizeof status, "%d", response.status);
    const QByteArray reason = reasonPhrase(response.status);
    char length[24];
    const bool withBody = response.hasBody();
    const bool withType = withBody && !response.contentType.isEmpty();
    const bool withLength = withBody && bodyLength >= 0;
    const int lengthDigits = withLength ? std::snprintf(length, sizeof length, "%lld", static_cast<long long>(bodyLength)) : 0;
    const QByteArrayView policy = response.page ? pagePolicy : dataPolicy;
    constexpr QByteArrayView close = "Connection: close\r\n";

    qsizetype size = 9 + statusLength + 1 + reason.size() + 2;
    if (withType)
        size += 14 + response.contentType.size() + 2;
    if (withLength)
        size += 16 + lengthDigits + 2;
    for (const auto &[name, value] : response.headers)
        size += name.size() + 2 + value.size() + 2;
    size += commonSecurityHeaders.size() + policy.size() + (keepAlive ? 0 : close.size()) + 2;

    QByteArray head(size, Qt::Uninitialized);
    char *out = head.data();
    const auto put = [&out](QByteArrayView bytes) {
        std::memcpy(out, bytes.data(), size_t(bytes.size()));
        out += bytes.size();
    };
    put("HTTP/1.1 ");
    put(QByteArrayView(status, statusLength));
    put(" ");
    put(reason);
    put("\r\n");
    if (withType) {
        put("Content-Type: ");
        put(response.contentType);
        put("\r\n");
    }
    if (withLength) {
        put("Content-Length: ");
        put(QByteArrayView(length, lengthDigits));
        put("\r\n");
    }
    for (const auto &[name, value] : response.headers) {
        put(name);
        put(": ");
        put(value);
        put("\r\n");
    }
    put(commonSecurityHeaders);
    put(policy);
    if (!keepAlive)
        put(close);
    put("\r\n");
    Q_ASSERT(out == head.constData() + head.size());
    return head;
}

QByteArray serializeResponse(const HttpResponse &response, bool keepAlive)
{
    const qint64 bodyLength = response.body.size() + response.bodyTail.size();
    QByteArray bytes = serializeHead(response, keepAlive, bodyLength);
    bytes.reserve(bytes.size() + bodyLength);
    bytes += response.body;
    bytes += response.bodyTail;
    return bytes;
}

bool writeResponse(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const qint64 bodyLength = response.body.size() + response.bodyTail.size();
    const QByteArray head = serializeHead(response, keepAlive, bodyLength);
    bool sentFromFile = false;
    if (headOnly || !response.hasBody()) {
        writeNow(socket, head, {}, {}, nullptr);
    } else {
        const MemoryFile *file = response.bodyFile && response.bodyFile->size() == bodyLength
                ? response.bodyFile.get()
                : nullptr;
        sentFromFile = writeNow(socket, head, response.body, response.bodyTail, file);
    }
    if (!keepAlive)
        socket->disconnectFromHost();
    return sentFromFile;
}

void sendNow(QTcpSocket *socket, const QByteArray &bytes)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        writeNow(socket, bytes, {}, {}, nullptr);
}

} // namespace boxoffice
