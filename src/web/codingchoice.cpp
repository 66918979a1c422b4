#include "codingchoice.h"

#include "apierror.h"
#include "httprequest.h"

namespace boxoffice {

CodingChoice::CodingChoice(QByteArrayView acceptEncoding, AvailableCodings available) : m_available(available)
{
    const std::optional<ContentCoding> coding = negotiateCoding(acceptEncoding, available);
    if (!coding)
        throw ApiError::notAcceptable();
    m_coding = *coding;
}

std::optional<HttpResponse> CodingChoice::notModified(QByteArrayView ifNoneMatch, const QByteArray &etag,
                                                      QByteArrayView alsoVaryOn) const
{
    if (!etagMatches(ifNoneMatch, etag))
        return std::nullopt;
    HttpResponse response = HttpResponse::notModified(etag);
    addVary(response, alsoVaryOn);
    return response;
}

void CodingChoice::addHeaders(HttpResponse &response, QByteArrayView alsoVaryOn) const
{
    if (m_coding != ContentCoding::Identity)
        // contentEncodingName() names string literals: they need no copy.
        response.addHeader(QByteArrayLiteral("Content-Encoding"),
                           QByteArray::fromRawData(contentEncodingName(m_coding).data(),
                                                   contentEncodingName(m_coding).size()));
    addVary(response, alsoVaryOn);
}

void CodingChoice::addVary(HttpResponse &response, QByteArrayView alsoVaryOn) const
{
    if (alsoVaryOn.isEmpty() && m_available.any()) {
        // The seat status's case, once per request: no allocation.
        response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
        return;
    }
    QByteArray vary = alsoVaryOn.toByteArray();
    if (m_available.any())
        vary += vary.isEmpty() ? "Accept-Encoding" : ", Accept-Encoding";
    if (!vary.isEmpty())
        response.addHeader(QByteArrayLiteral("Vary"), vary);
}

} // namespace boxoffice
