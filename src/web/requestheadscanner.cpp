#include "requestheadscanner.h"

namespace boxoffice {

namespace {

// QHttpHeaderParser drops every header when one line exceeds 8 KiB; stay below it, or the two
// parsers would disagree on where a body ends.
constexpr qsizetype maxHeaderLine = 8000;
constexpr int maxContentLengthDigits = 18;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmed(comma < 0 ? list : list.first(comma));
        if (equalsIgnoringCase(item, token))
            return true;
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
    return false;
}

} // namespace

RequestHeadScanner::Verdict RequestHeadScanner::refuse(Verdict verdict, const char *reason)
{
    m_verdict = verdict;
    m_reason = reason;
    return verdict;
}

RequestHeadScanner::Verdict RequestHeadScanner::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype size = bytes.size();
    while (m_verdict == Verdict::Pass && i < size) {
        switch (m_state) {
        case State::Idle: {
            // QtHttpServer skips white space between requests; so do we.
            const char c = bytes[i];
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v') {
                ++i;
                continue;
            }
            m_state = State::RequestLine;
            m_line.clear();
            continue;
        }
        case State::RequestLine:
        case State::Headers: {
            const qsizetype newline = bytes.sliced(i).indexOf('\n');
            const qsizetype take = newline < 0 ? size - i : newline;
            const bool requestLine = m_state == State::RequestLine;
            if (requestLine && m_line.size() + take > m_limits.maxRequestLine)
                return refuse(Verdict::UriTooLong, "The request line is too long.");
            if (!requestLine) {
                m_headerBytes += take + (newline < 0 ? 0 : 1);
                if (m_headerBytes > m_limits.maxHeaderBytes || m_line.size() + take > maxHeaderLine)
                    return refuse(Verdict::HeadersTooLarge, "The request headers are too large.");
            }
            if (newline < 0) {
                m_line.append(bytes.sliced(i, take));
                i = size;
                continue;
            }
            // A line that arrived whole is read where it lies; only one split across reads is copied.
            QByteArrayView line = bytes.sliced(i, take);
            if (!m_line.isEmpty()) {
                m_line.append(line);
                line = m_line;
            }
            i += take + 1;
            if (requestLine)
                endRequestLine(line);
            else
                endHeaderLine(line);
            continue;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(size - i, m_contentLength - m_bodyReceived);
            m_bodyReceived += take;
            i += take;
            if (m_bodyReceived == m_contentLength)
                completeRequest();
            continue;
        }
        }
    }
    return m_verdict;
}

RequestHeadScanner::Verdict RequestHeadScanner::endRequestLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0 || !isToken(line.first(firstSpace)))
        return refuse(Verdict::BadRequest, "The request line is malformed.");
    const QByteArrayView rest = line.sliced(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    if (secondSpace <= 0)
        return refuse(Verdict::BadRequest, "The request line is malformed.");
    const QByteArrayView target = rest.first(secondSpace);
    const QByteArrayView version = rest.sliced(secondSpace + 1);
    if (target.front() != '/')
        return refuse(Verdict::BadRequest, "The request target must be a path.");
    for (char c : target) {
        if (c <= ' ' || c == 0x7f)
            return refuse(Verdict::BadRequest, "The request target contains invalid characters.");
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(Verdict::BadRequest, "Only HTTP/1.0 and HTTP/1.1 are spoken here.");

    m_current = RequestInfo();
    m_current.http10 = version == "HTTP/1.0";
    m_contentLength = -1;
    m_expectContinue = false;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_headerBytes = 0;
    m_headerCount = 0;
    m_line.clear();
    m_state = State::Headers;
    return Verdict::Pass;
}

RequestHeadScanner::Verdict RequestHeadScanner::endHeaderLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return endHead();
    if (++m_headerCount > m_limits.maxHeaderCount)
        return refuse(Verdict::HeadersTooLarge, "The request has too many headers.");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return refuse(Verdict::BadRequest, "A request header is malformed.");
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return refuse(Verdict::BadRequest, "A request header contains invalid characters.");
    }

    if (equalsIgnoringCase(name, "content-length")) {
        if (value.isEmpty() || value.size() > maxContentLengthDigits)
            return refuse(Verdict::BadRequest, "Content-Length is malformed.");
        qint64 length = 0;
        for (char c : value) {
            if (c < '0' || c > '9')
                return refuse(Verdict::BadRequest, "Content-Length is malformed.");
            length = length * 10 + (c - '0');
        }
        if (m_contentLength >= 0 && m_contentLength != length)
            return refuse(Verdict::BadRequest, "Content-Length is given twice.");
        m_contentLength = length;
    } else if (equalsIgnoringCase(name, "transfer-encoding")) {
        return refuse(Verdict::BadRequest, "Transfer-Encoding is not supported; send Content-Length.");
    } else if (equalsIgnoringCase(name, "connection")) {
        m_connectionClose = m_connectionClose || hasToken(value, "close");
        m_connectionKeepAlive = m_connectionKeepAlive || hasToken(value, "keep-alive");
    } else if (equalsIgnoringCase(name, "expect")) {
        m_expectContinue = equalsIgnoringCase(value, "100-continue");
    }
    m_line.clear();
    return Verdict::Pass;
}

RequestHeadScanner::Verdict RequestHeadScanner::endHead()
{
    m_line.clear();
    const qint64 length = qMax<qint64>(m_contentLength, 0);
    if (length > m_limits.maxBodyBytes)
        return refuse(Verdict::PayloadTooLarge, "The request body is larger than 16 KiB.");
    m_current.bodyLength = length;
    m_current.keepAlive = m_current.http10 ? m_connectionKeepAlive && !m_connectionClose : !m_connectionClose;
    if (length == 0) {
        completeRequest();
    } else {
        m_bodyReceived = 0;
        m_state = State::Body;
    }
    return m_verdict;
}

void RequestHeadScanner::completeRequest()
{
    m_state = State::Idle;
    m_expectContinue = false;
    if (m_completed.size() >= m_limits.maxQueuedRequests) {
        refuse(Verdict::BadRequest, "Too many pipelined requests.");
        return;
    }
    m_completed.append(m_current);
}

RequestHeadScanner::RequestInfo RequestHeadScanner::takeCompleted()
{
    return m_completed.isEmpty() ? RequestInfo() : m_completed.takeFirst();
}

} // namespace boxoffice
