#include "httprequest.h"

namespace boxoffice {

namespace {

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

/// Calls `visit(item)` for each `separator`-separated item until it returns true.
template<typename Visit>
bool anyItem(QByteArrayView list, char separator, Visit visit)
{
    while (true) {
        const qsizetype end = list.indexOf(separator);
        if (visit(end < 0 ? list : list.first(end)))
            return true;
        if (end < 0)
            return false;
        list = list.sliced(end + 1);
    }
}

// Up to 18 digits always fits in qint64.
constexpr qsizetype maxDigits = 18;

/// What QtHttpServer skips before a request line.
bool isSpaceBetweenRequests(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

bool isUnreservedOrSlash(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '/';
}

/// A target QUrl::fromEncoded() keeps exactly as sent in path() and query(): unreserved
/// characters only, plus '=' and '&' in the query. "//" would start an authority, "/." a dot
/// segment.
bool isPlainTarget(QByteArrayView target)
{
    if (!target.startsWith('/') || target.startsWith("//") || target.contains("/."))
        return false;
    bool inQuery = false;
    for (char c : target) {
        if (c == '?' && !inQuery)
            inQuery = true;
        else if (!isUnreservedOrSlash(c) && !(inQuery && (c == '=' || c == '&')))
            return false;
    }
    return true;
}

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::joinedHeader(QByteArrayView name) const
{
    QByteArray joined;
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isNull())
            joined += ',';
        joined += value;
    }
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QByteArray> HttpRequest::queryValue(QByteArrayView key) const
{
    std::optional<QByteArray> found;
    anyItem(query, '&', [&](QByteArrayView item) {
        const qsizetype equals = item.indexOf('=');
        const QByteArrayView name = equals < 0 ? item : item.first(equals);
        if (name != key)
            return false;
        QByteArray value = (equals < 0 ? QByteArrayView() : item.sliced(equals + 1)).toByteArray();
        value.replace('+', ' ');
        found = QByteArray::fromPercentEncoding(value);
        return true;
    });
    return found;
}

bool HttpRequest::changesState() const
{
    return method == Method::Post || method == Method::Put || method == Method::Patch || method == Method::Delete;
}

QByteArrayView HttpRequest::addressedScheme() const
{
    return forwardedScheme.isEmpty() ? QByteArrayView("http") : QByteArrayView(forwardedScheme);
}

QByteArray HttpRequest::addressedHost() const
{
    return forwardedHost.isEmpty() ? header("host") : forwardedHost;
}

std::optional<HttpRequest> parsePlainRequest(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isSpaceBetweenRequests(bytes.front()))
        bytes = bytes.sliced(1);
    const qsizetype lineEnd = bytes.indexOf('\n');
    if (lineEnd < 0)
        return std::nullopt;
    QByteArrayView line = withoutCarriageReturn(bytes.first(lineEnd));
    HttpRequest request;
    if (line.startsWith("GET ")) {
        request.method = HttpRequest::Method::Get;
        line = line.sliced(4);
    } else if (line.startsWith("HEAD ")) {
        request.method = HttpRequest::Method::Head;
        line = line.sliced(5);
    } else {
        return std::nullopt;
    }
    const qsizetype space = line.indexOf(' ');
    if (space < 0 || (line.sliced(space) != " HTTP/1.1" && line.sliced(space) != " HTTP/1.0"))
        return std::nullopt;
    const QByteArrayView target = line.first(space);
    if (!isPlainTarget(target))
        return std::nullopt;
    const qsizetype question = target.indexOf('?');
    request.path = (question < 0 ? target : target.first(question)).toByteArray();
    if (question >= 0)
        request.query = target.sliced(question + 1).toByteArray();

    QByteArrayView rest = bytes.sliced(lineEnd + 1);
    while (true) {
        const qsizetype end = rest.indexOf('\n');
        if (end < 0)
            return std::nullopt;
        const QByteArrayView header = withoutCarriageReturn(rest.first(end));
        rest = rest.sliced(end + 1);
        if (header.isEmpty())
            break;
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0 || isSpaceBetweenRequests(header.front()))
            return std::nullopt;
        const QByteArrayView name = header.first(colon);
        const QByteArrayView value = header.sliced(colon + 1).trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 ||
            (name.compare("content-length", Qt::CaseInsensitive) == 0 && value != "0"))
            return std::nullopt;
        request.headers.emplaceBack(name.toByteArray(), value.toByteArray());
    }
    // A body or a further request: QtHttpServer's.
    for (char c : rest) {
        if (!isSpaceBetweenRequests(c))
            return std::nullopt;
    }
    return request;
}

std::optional<qint64> parseCount(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<qint64> parseId(QByteArrayView text)
{
    if (text.startsWith('0'))
        return std::nullopt;
    return parseCount(text);
}

std::optional<QByteArray> cookieValue(QByteArrayView cookieHeader, QByteArrayView name)
{
    std::optional<QByteArray> found;
    anyItem(cookieHeader, ';', [&](QByteArrayView item) {
        item = trimmed(item);
        const qsizetype equals = item.indexOf('=');
        if (equals < 0 || trimmed(item.first(equals)) != name)
            return false;
        QByteArrayView value = trimmed(item.sliced(equals + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.sliced(1, value.size() - 2);
        found = value.toByteArray();
        return true;
    });
    return found;
}

bool etagMatches(QByteArrayView ifNoneMatch, QByteArrayView etag)
{
    const auto opaque = [](QByteArrayView tag) { return tag.startsWith("W/") ? tag.sliced(2) : tag; };
    return anyItem(ifNoneMatch, ',', [&](QByteArrayView item) {
        item = trimmed(item);
        return item == "*" || (!item.isEmpty() && opaque(item) == opaque(etag));
    });
}

bool originMatches(QByteArrayView origin, QByteArrayView host, QByteArrayView scheme)
{
    constexpr QByteArrayView separator = "://";
    if (host.isEmpty() || !origin.startsWith(scheme) || !origin.sliced(scheme.size()).startsWith(separator))
        return false;
    return origin.sliced(scheme.size() + separator.size()).compare(host, Qt::CaseInsensitive) == 0;
}

bool isJsonContentType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type = trimmed(semicolon < 0 ? contentType : contentType.first(semicolon));
    return type.compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace boxoffice
