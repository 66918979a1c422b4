#include "httpresponse.h"

#include <QTcpSocket>

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

} // namespace

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
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

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray serializeHead(const HttpResponse &response, bool keepAlive, qint64 bodyLength)
{
    QByteArray head;
    head.reserve(512);
    head += "HTTP/1.1 ";
    head += QByteArray::number(response.status);
    head += ' ';
    head += reasonPhrase(response.status);
    head += "\r\n";
    if (response.hasBody()) {
        if (!response.contentType.isEmpty()) {
            head += "Content-Type: ";
            head += response.contentType;
            head += "\r\n";
        }
        if (bodyLength >= 0) {
            head += "Content-Length: ";
            head += QByteArray::number(bodyLength);
            head += "\r\n";
        }
    }
    for (const auto &[name, value] : response.headers) {
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    head.append(commonSecurityHeaders);
    head.append(response.page ? pagePolicy : dataPolicy);
    if (!keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

void writeResponse(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = serializeHead(response, keepAlive, response.body.size() + response.bodyTail.size());
    if (headOnly || !response.hasBody()) {
        socket->write(head);
    } else if (response.body.size() < 4096) {
        socket->write(head + response.body + response.bodyTail);
    } else {
        // QIODevice keeps a written QByteArray of a few KiB or more by reference: the cached
        // body is not copied on its way to the kernel.
        socket->write(head);
        socket->write(response.body);
        if (!response.bodyTail.isEmpty())
            socket->write(response.bodyTail);
    }
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace boxoffice
