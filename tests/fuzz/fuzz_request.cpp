// libFuzzer target: arbitrary bytes through everything that reads what a client sends, without a
// server: the request framing, the path and query, headers, cookies, ETags and Origin, and
// the JSON bodies. Input layout: byte 0 picks the chunk size the stream is fed in; the rest is
// the byte stream of a connection. Whatever parses as a request has its head and body checked
// as the server would.

#include "apierror.h"
#include "httprequest.h"
#include "requestbodies.h"
#include "requestheadscanner.h"
#include "router.h"
#include "session.h"
#include "staticassets.h"
#include "trustedproxies.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

template<typename Parse>
void validate(Parse parse)
{
    try {
        parse();
    } catch (const ApiError &error) {
        check(error.status() == 400 || error.status() == 422);
        check(!error.toResponse().body.isEmpty());
    }
}

/// Takes one request apart the way QtHttpServer hands it to the handler.
void handleRequest(QByteArrayView stream)
{
    const qsizetype headEnd = stream.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = stream.first(headEnd).toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return;
    HttpRequest request;
    const QByteArray &target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
    }
    request.body = stream.sliced(headEnd + 4).toByteArray();

    const Route route = matchRoute(request.path);
    if (route.kind == Route::Kind::Asset)
        StaticAssets::isSafePath(route.parameter);
    for (const char *key : {"show", "since", "wait"}) {
        if (const std::optional<QByteArray> value = request.queryValue(key)) {
            if (const std::optional<qint64> id = parseId(*value))
                check(*id > 0);
            if (const std::optional<qint64> count = parseCount(*value))
                check(*count >= 0);
        }
    }
    const Session session = Session::fromCookieHeader(request.header("cookie"));
    check(Session::isWellFormed(session.cookie()));
    etagMatches(request.header("if-none-match"), "\"abc-1-f\"");
    originMatches(request.header("origin"), request.header("host"));
    // As if from a trusted proxy: X-Forwarded-For, -Proto and -Host read.
    static const TrustedProxies proxies = TrustedProxies::parse(u"127.0.0.0/8,::1"_s).value();
    request.peer = QHostAddress(QHostAddress::LocalHost);
    const std::optional<HttpRequest> forwarded = proxies.resolve(request);
    check(forwarded && !forwarded->peer.isNull());
    originMatches(forwarded->header("origin"), forwarded->addressedHost(), forwarded->addressedScheme());
    isJsonContentType(request.header("content-type"));

    validate([&] { requestbody::parseHold(request.body, 10); });
    validate([&] { requestbody::parseRelease(request.body, 100); });
    validate([&] {
        const BookingBody booking = requestbody::parseBooking(request.body);
        check(requestbody::isName(booking.name) && requestbody::isEmail(booking.email));
    });
}

/// The connection guard's own parse of a plain GET or HEAD must see what QtHttpServer would.
void checkPlainRequest(QByteArrayView stream)
{
    const std::optional<HttpRequest> request = parsePlainRequest(stream);
    if (!request)
        return;
    check(request->method == HttpRequest::Method::Get || request->method == HttpRequest::Method::Head);
    check(request->body.isEmpty());
    const QByteArray target = stream.trimmed().toByteArray().split('\n').first().split(' ').value(1);
    const QUrl url = QUrl::fromEncoded(target);
    check(request->path == url.path(QUrl::FullyEncoded).toLatin1());
    check(request->query == url.query(QUrl::FullyEncoded).toLatin1());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 97;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    RequestHeadScanner::Limits limits;
    RequestHeadScanner scanner(limits);
    RequestHeadScanner::Verdict verdict = RequestHeadScanner::Verdict::Pass;
    for (qsizetype at = 0; at < stream.size() && verdict == RequestHeadScanner::Verdict::Pass; at += chunk)
        verdict = scanner.feed(stream.sliced(at, qMin(chunk, stream.size() - at)));

    // Fed whole, the scanner must come to the same conclusion.
    RequestHeadScanner whole(limits);
    check(whole.feed(stream) == verdict);
    check(whole.completedCount() == scanner.completedCount());
    while (scanner.completedCount() > 0)
        check(scanner.takeCompleted().bodyLength <= limits.maxBodyBytes);

    if (verdict == RequestHeadScanner::Verdict::Pass && whole.completedCount() == 1 && !whole.inRequest())
        checkPlainRequest(stream);
    if (verdict == RequestHeadScanner::Verdict::Pass && whole.completedCount() > 0)
        handleRequest(stream);
    else
        validate([&] { requestbody::parseHold(stream.toByteArray(), 10); });
    return 0;
}
