#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace boxoffice {

/// Follows the bytes of one HTTP/1.x connection as they arrive and finds where each request's
/// head and body end, without keeping them: the connection guard feeds it what the socket
/// buffered and learns, before QtHttpServer reads a byte, whether the request may pass.
///
/// It is deliberately stricter than QtHttpServer's own parser (single spaces, origin-form
/// targets, plain decimal Content-Length, no Transfer-Encoding), so that whatever passes is
/// framed the same way by both. A pure class: no I/O, safe to fuzz.
class RequestHeadScanner final
{
public:
    struct Limits
    {
        qsizetype maxRequestLine = 8 * 1024;
        /// Header lines together, without the request line.
        qsizetype maxHeaderBytes = 16 * 1024;
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 16 * 1024;
        /// Complete requests waiting to be handled (pipelining).
        int maxQueuedRequests = 32;
    };

    enum class Verdict {
        Pass,
        BadRequest,
        UriTooLong,
        HeadersTooLarge,
        PayloadTooLarge,
    };

    /// What the handler needs to know of a request that QtHttpServer does not tell.
    struct RequestInfo
    {
        bool keepAlive = true;
        bool http10 = false;
        qint64 bodyLength = 0;
    };

    RequestHeadScanner() = default;
    explicit RequestHeadScanner(Limits limits) : m_limits(limits) {}

    /// Scans the next bytes of the stream. After anything but Pass the stream is broken and
    /// further input is refused with the same verdict.
    Verdict feed(QByteArrayView bytes);

    Verdict verdict() const { return m_verdict; }
    /// Why the last refusal happened, for the error message.
    const char *reason() const { return m_reason; }
    /// Some bytes of a request arrived but not all of it.
    bool inRequest() const { return m_state != State::Idle; }
    /// The head of a request is complete and announced a body none of which arrived yet; an
    /// `Expect: 100-continue` client waits for a go-ahead now.
    bool awaitingBody() const { return m_state == State::Body && m_bodyReceived == 0; }
    bool expectsContinue() const { return m_expectContinue; }
    /// Requests completely received, oldest first.
    qsizetype completedCount() const { return m_completed.size(); }
    RequestInfo takeCompleted();

private:
    enum class State { Idle, RequestLine, Headers, Body };

    Verdict refuse(Verdict verdict, const char *reason);
    /// `line` may lie in m_line, which they clear once done with it.
    Verdict endRequestLine(QByteArrayView line);
    Verdict endHeaderLine(QByteArrayView line);
    Verdict endHead();
    void completeRequest();

    Limits m_limits;
    State m_state = State::Idle;
    Verdict m_verdict = Verdict::Pass;
    const char *m_reason = "";
    /// The start of a line that has not ended yet.
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    int m_headerCount = 0;
    RequestInfo m_current;
    qint64 m_contentLength = -1;
    bool m_expectContinue = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    qint64 m_bodyReceived = 0;
    QList<RequestInfo> m_completed;
};

} // namespace boxoffice
