#pragma once

#include "contentcoding.h"
#include "httpresponse.h"

#include <QByteArrayView>

namespace boxoffice {

/// The coding one answer goes out in, chosen from a request's Accept-Encoding among the codings
/// the answer is at hand in, and the headers that say so. The one place the seat status, the
/// pages and the static files negotiate: each encoding is validated by its own ETag, and every
/// answer that could have gone out in another coding, 304s included, says `Vary: Accept-Encoding`.
class CodingChoice final
{
public:
    /// Throws ApiError::notAcceptable() when nothing at hand is acceptable.
    CodingChoice(QByteArrayView acceptEncoding, AvailableCodings available);
    /// `coding`, chosen before (one of `available`, or identity).
    CodingChoice(ContentCoding coding, AvailableCodings available) : m_available(available), m_coding(coding) {}

    ContentCoding coding() const { return m_coding; }
    /// `etag` ("…" or W/"…") of the identity answer, for the chosen coding.
    QByteArray etag(QByteArrayView identityEtag) const { return etagFor(identityEtag, m_coding); }
    /// A 304 for `etag` (of the chosen coding) when `ifNoneMatch` names it, with the Vary header.
    std::optional<HttpResponse> notModified(QByteArrayView ifNoneMatch, const QByteArray &etag,
                                            QByteArrayView alsoVaryOn = {}) const;
    /// Content-Encoding for the chosen coding and Vary, listing `alsoVaryOn` (other request
    /// headers the answer depended on) first.
    void addHeaders(HttpResponse &response, QByteArrayView alsoVaryOn = {}) const;
    /// Vary alone, as a 304 has no content to encode.
    void addVary(HttpResponse &response, QByteArrayView alsoVaryOn = {}) const;

private:
    AvailableCodings m_available;
    ContentCoding m_coding = ContentCoding::Identity;
};

} // namespace boxoffice
