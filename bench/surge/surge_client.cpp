// The surge benchmark's load: customers who each look at one show's seats, hold 2 to 4 of them
// (trying other free seats when someone was quicker) and book them, and watchers who keep an
// event stream of the same show open. Every customer and every watcher connects from its own
// loopback address (127.0.x.y, bound before connecting), so that per-address limits treat them as
// different people. One thread and epoll: with 10,000 sockets on a 2-core machine the client must
// not be what is measured. Prints one key=value line per figure for surge.sh.
//
// usage: bench_surge_client --target HOST:PORT[,HOST:PORT...] --show ID [--customers N]
//        [--watchers N] [--think-ms MIN,MAX] [--arrival-s S] [--timeout-s S] [--seed N]
// Customer and watcher k use target k modulo the number of targets (several targets stand in for
// a load balancer where there is none).

#include "benchsupport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using boxoffice::bench::nowMs;
using boxoffice::bench::percentile;

namespace {

struct Target
{
    sockaddr_in address{};
    std::string hostHeader;
};

std::optional<Target> parseTarget(const std::string &text)
{
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos)
        return std::nullopt;
    Target target;
    target.address.sin_family = AF_INET;
    target.address.sin_port = htons(uint16_t(std::atoi(text.c_str() + colon + 1)));
    if (inet_pton(AF_INET, text.substr(0, colon).c_str(), &target.address.sin_addr) != 1)
        return std::nullopt;
    target.hostHeader = text;
    return target;
}

// Loopback sources 127.0.x.y, y in 1..254; the customers' block starts at x = 1 and the watchers'
// at x = 101, so that neither is 127.0.0.1, which the web processes trust as their proxy.
in_addr sourceAddress(int firstBlock, int index)
{
    in_addr address{};
    address.s_addr = htonl((127u << 24) | (uint32_t(firstBlock + index / 254) << 8) | uint32_t(1 + index % 254));
    return address;
}

std::string gunzip(const std::string &compressed)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    std::string out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : std::string();
}

// An HTTP/1.1 response read incrementally: headers, then a body by Content-Length, chunks, or
// (for event streams) for as long as the connection lasts.
struct ResponseReader
{
    std::string buffer;
    bool headersDone = false;
    int status = 0;
    long contentLength = -1;
    bool chunked = false;
    bool gzip = false;
    bool closeAfter = false;
    int retryAfter = 1;
    std::string cookie;
    std::string body;
    size_t chunkLeft = 0;
    bool chunkSizeNext = true;
    bool complete = false;

    void reset()
    {
        const std::string rest = buffer;
        *this = ResponseReader();
        buffer = rest;
    }

    static std::string headerValue(const std::string &headers, const char *name)
    {
        std::string lower = headers;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        const std::string key = std::string("\r\n") + name + ":";
        const size_t at = lower.find(key);
        if (at == std::string::npos)
            return {};
        size_t start = at + key.size();
        while (start < headers.size() && headers[start] == ' ')
            ++start;
        const size_t end = headers.find("\r\n", start);
        return headers.substr(start, end - start);
    }

    // Feeds what arrived; returns false on a malformed response.
    bool feed()
    {
        if (!headersDone) {
            const size_t end = buffer.find("\r\n\r\n");
            if (end == std::string::npos)
                return buffer.size() < 65536;
            const std::string headers = buffer.substr(0, end + 2);
            buffer.erase(0, end + 4);
            if (headers.compare(0, 5, "HTTP/") != 0)
                return false;
            status = std::atoi(headers.c_str() + headers.find(' ') + 1);
            const std::string length = headerValue(headers, "content-length");
            contentLength = length.empty() ? -1 : std::atol(length.c_str());
            chunked = headerValue(headers, "transfer-encoding").find("chunked") != std::string::npos;
            gzip = headerValue(headers, "content-encoding").find("gzip") != std::string::npos;
            closeAfter = headerValue(headers, "connection").find("close") != std::string::npos;
            const std::string retry = headerValue(headers, "retry-after");
            retryAfter = retry.empty() ? 1 : std::max(1, std::atoi(retry.c_str()));
            const std::string setCookie = headerValue(headers, "set-cookie");
            if (setCookie.compare(0, 11, "bo_session=") == 0)
                cookie = setCookie.substr(0, setCookie.find(';'));
            headersDone = true;
            if (!chunked && contentLength < 0 && status != 200)
                contentLength = 0;
        }
        if (chunked) {
            // Walks the buffer and drops what it used once at the end: a watcher far behind has
            // hundreds of kilobytes of small chunks waiting, and dropping each from the front
            // moved all the rest every time (the client, not the server, became the bottleneck).
            size_t at = 0;
            while (!complete) {
                if (chunkSizeNext) {
                    const size_t end = buffer.find("\r\n", at);
                    if (end == std::string::npos)
                        break;
                    chunkLeft = std::strtoul(buffer.c_str() + at, nullptr, 16);
                    at = end + 2;
                    chunkSizeNext = false;
                    if (chunkLeft == 0) {
                        if (buffer.size() - at < 2)
                            break;
                        at += 2;
                        complete = true;
                        break;
                    }
                }
                const size_t take = std::min(chunkLeft, buffer.size() - at);
                body.append(buffer, at, take);
                at += take;
                chunkLeft -= take;
                if (chunkLeft > 0 || buffer.size() - at < 2)
                    break;
                at += 2;
                chunkSizeNext = true;
            }
            buffer.erase(0, at);
            return true;
        }
        if (contentLength >= 0) {
            const size_t take = std::min(size_t(contentLength) - body.size(), buffer.size());
            body.append(buffer, 0, take);
            buffer.erase(0, take);
            complete = body.size() == size_t(contentLength);
            return true;
        }
        body += buffer;
        buffer.clear();
        return true;
    }
};

struct Seat
{
    QString id;
    bool available = false;
};

enum class Step { FirstLook, Look, Hold, Book };

struct Connection
{
    int fd = -1;
    bool connected = false;
    std::string out;
    ResponseReader reader;
};

struct Customer
{
    int index = 0;
    const Target *target = nullptr;
    Connection connection;
    Step step = Step::FirstLook;
    std::string cookie;
    qint64 version = 0;
    std::vector<Seat> seats;
    std::map<QString, size_t> seatIndex;
    QStringList wanted;
    double sentAt = 0;
    bool awaiting = false;
    bool retrying = false;
    bool done = false;
    bool booked = false;
};

struct Watcher
{
    int index = 0;
    const Target *target = nullptr;
    Connection connection;
    std::string lineBuffer;
    bool open = false;
    bool lost = false;
    std::vector<std::pair<qint64, double>> events; // (event id, arrival)
};

struct Options
{
    std::vector<Target> targets;
    qint64 show = 0;
    int customers = 5000;
    int watchers = 5000;
    int thinkMin = 300;
    int thinkMax = 3000;
    double arrivalSeconds = 60;
    double timeoutSeconds = 600;
    unsigned seed = 14;
};

class Surge
{
public:
    explicit Surge(const Options &options) : m_options(options), m_random(options.seed)
    {
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
    }

    int run();

private:
    struct Timer
    {
        double at;
        int customer;
        bool operator>(const Timer &other) const { return at > other.at; }
    };
    // An epoll entry points at one of these: a customer's or a watcher's connection.
    struct Owner
    {
        Customer *customer = nullptr;
        Watcher *watcher = nullptr;
    };

    int think(int minimum, int maximum) { return std::uniform_int_distribution<int>(minimum, maximum)(m_random); }
    void schedule(Customer &customer, double delayMs) { m_timers.push({nowMs() + delayMs, customer.index}); }
    bool open(Connection &connection, const Target &target, in_addr source, Owner *owner);
    void close(Connection &connection);
    void send(Connection &connection);
    void request(Customer &customer, const char *method, const std::string &path, const QByteArray &body);
    void act(Customer &customer);
    void answered(Customer &customer);
    void apply(Customer &customer, const QJsonObject &status);
    void openWatcher(Watcher &watcher);
    void readWatcher(Watcher &watcher);
    void readCustomer(Customer &customer);
    void finish(Customer &customer, bool booked);
    void report(double startedAt, double soldOutAt);

    Options m_options;
    std::mt19937 m_random;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Customer>> m_customers;
    std::vector<std::unique_ptr<Watcher>> m_watchers;
    std::map<int, Owner> m_owners;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    int m_customersLeft = 0;
    int m_seatsTotal = -1;
    int m_seatsBooked = 0;
    double m_soldOutAt = 0;
    std::vector<double> m_holdMs;
    std::vector<std::pair<qint64, double>> m_acknowledged; // (version a hold answered, when)
    std::map<int, int> m_statusCounts;
    int m_conflicts = 0;
    int m_connectFailures = 0;
    int m_otherErrors = 0;
    int m_resets = 0;
    std::string m_firstError;
};

bool Surge::open(Connection &connection, const Target &target, in_addr source, Owner *owner)
{
    connection = Connection();
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // Each source address has its own ports: 5,000 customers cannot run out of them.
    setsockopt(fd, SOL_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr = source;
    if (bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || (connect(fd, reinterpret_cast<const sockaddr *>(&target.address), sizeof target.address) != 0
            && errno != EINPROGRESS)) {
        ::close(fd);
        return false;
    }
    connection.fd = fd;
    m_owners[fd] = *owner;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
    event.data.fd = fd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    return true;
}

void Surge::close(Connection &connection)
{
    if (connection.fd < 0)
        return;
    m_owners.erase(connection.fd);
    ::close(connection.fd);
    connection = Connection();
}

void Surge::send(Connection &connection)
{
    while (!connection.out.empty()) {
        const ssize_t written = ::send(connection.fd, connection.out.data(), connection.out.size(), MSG_NOSIGNAL);
        if (written <= 0)
            return;
        connection.out.erase(0, size_t(written));
    }
}

void Surge::request(Customer &customer, const char *method, const std::string &path, const QByteArray &body)
{
    Connection &connection = customer.connection;
    if (connection.fd < 0) {
        Owner owner{&customer, nullptr};
        if (!open(connection, *customer.target, sourceAddress(1, customer.index), &owner)) {
            ++m_connectFailures;
            schedule(customer, 1000);
            return;
        }
    }
    std::string text = std::string(method) + " " + path + " HTTP/1.1\r\nHost: " + customer.target->hostHeader
                     + "\r\nAccept-Encoding: gzip\r\nUser-Agent: bench_surge_client\r\n";
    if (!customer.cookie.empty())
        text += "Cookie: " + customer.cookie + "\r\n";
    if (!body.isEmpty())
        text += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    text += "\r\n";
    text.append(body.constData(), size_t(body.size()));
    connection.out = text;
    connection.reader = ResponseReader();
    customer.sentAt = nowMs();
    customer.awaiting = true;
    if (connection.connected)
        send(connection);
}

void Surge::act(Customer &customer)
{
    const std::string show = std::to_string(m_options.show);
    switch (customer.step) {
    case Step::FirstLook:
        request(customer, "GET", "/api/seat-status/?show=" + show, {});
        return;
    case Step::Look:
        request(customer, "GET", "/api/seat-status/?show=" + show + "&since=" + std::to_string(customer.version), {});
        return;
    case Step::Hold: {
        std::vector<size_t> free;
        for (size_t i = 0; i < customer.seats.size(); ++i) {
            if (customer.seats[i].available)
                free.push_back(i);
        }
        if (free.empty()) {
            finish(customer, false);
            return;
        }
        // Side by side, as people choose: the first free seat from a random place on, and the
        // free seats after it.
        const int count = std::min(int(free.size()), think(2, 4));
        const size_t start = size_t(think(0, int(free.size()) - 1));
        customer.wanted.clear();
        QJsonArray seats;
        for (int i = 0; i < count; ++i) {
            const QString &id = customer.seats[free[(start + size_t(i)) % free.size()]].id;
            customer.wanted.append(id);
            seats.append(id);
        }
        const QJsonObject body{{u"show"_s, m_options.show}, {u"seats"_s, seats}};
        request(customer, "POST", "/api/holds", QJsonDocument(body).toJson(QJsonDocument::Compact));
        return;
    }
    case Step::Book: {
        const QJsonObject body{{u"show"_s, m_options.show},
                               {u"name"_s, u"Customer %1"_s.arg(customer.index)},
                               {u"email"_s, u"customer%1@example.com"_s.arg(customer.index)}};
        request(customer, "POST", "/api/bookings", QJsonDocument(body).toJson(QJsonDocument::Compact));
        return;
    }
    }
}

void Surge::apply(Customer &customer, const QJsonObject &status)
{
    const bool full = status.value(u"full"_s).toBool(true);
    if (full) {
        customer.seats.clear();
        customer.seatIndex.clear();
    }
    for (const QJsonValue &value : status.value(u"seats"_s).toArray()) {
        const QJsonObject seat = value.toObject();
        const QString id = seat.value(u"id"_s).toString();
        const bool available = seat.value(u"status"_s).toString() == u"available"_s;
        const auto known = customer.seatIndex.find(id);
        if (known != customer.seatIndex.end()) {
            customer.seats[known->second].available = available;
        } else {
            customer.seatIndex[id] = customer.seats.size();
            customer.seats.push_back({id, available});
        }
    }
    customer.version = status.value(u"version"_s).toInteger(customer.version);
}

void Surge::finish(Customer &customer, bool booked)
{
    customer.done = true;
    customer.booked = booked;
    customer.seats = {};
    customer.seatIndex = {};
    close(customer.connection);
    --m_customersLeft;
}

void Surge::answered(Customer &customer)
{
    customer.awaiting = false;
    ResponseReader &reader = customer.connection.reader;
    const int status = reader.status;
    const int retryAfter = reader.retryAfter;
    ++m_statusCounts[status];
    if (!reader.cookie.empty())
        customer.cookie = reader.cookie;
    const std::string body = reader.gzip ? gunzip(reader.body) : reader.body;
    if (reader.closeAfter)
        close(customer.connection);
    if (status >= 500 || status == 429) {
        schedule(customer, 1000.0 * retryAfter);
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
    switch (customer.step) {
    case Step::FirstLook:
    case Step::Look:
        if (status == 200) {
            apply(customer, answer);
            if (customer.step == Step::FirstLook && m_seatsTotal < 0)
                m_seatsTotal = int(std::count_if(customer.seats.begin(), customer.seats.end(),
                                                 [](const Seat &seat) { return seat.available; }));
            customer.step = Step::Hold;
            const int divisor = customer.retrying ? 3 : 1;
            schedule(customer, think(m_options.thinkMin / divisor, m_options.thinkMax / divisor));
            return;
        }
        break;
    case Step::Hold:
        if (status == 200) {
            m_holdMs.push_back(nowMs() - customer.sentAt);
            customer.retrying = false;
            m_acknowledged.emplace_back(answer.value(u"version"_s).toInteger(), nowMs());
            customer.step = Step::Book;
            schedule(customer, think(m_options.thinkMin, m_options.thinkMax));
            return;
        }
        if (status == 409) {
            m_holdMs.push_back(nowMs() - customer.sentAt);
            ++m_conflicts;
            for (const QJsonValue &taken : answer.value(u"seats"_s).toArray()) {
                const auto known = customer.seatIndex.find(taken.toString());
                if (known != customer.seatIndex.end())
                    customer.seats[known->second].available = false;
            }
            customer.step = Step::Look;
            customer.retrying = true;
            act(customer);
            return;
        }
        break;
    case Step::Book:
        if (status == 201) {
            m_seatsBooked += int(answer.value(u"seats"_s).toArray().size());
            if (m_seatsTotal > 0 && m_seatsBooked >= m_seatsTotal && m_soldOutAt == 0)
                m_soldOutAt = nowMs();
            finish(customer, true);
            return;
        }
        break;
    }
    ++m_otherErrors;
    if (m_firstError.empty())
        m_firstError = std::to_string(status) + " " + body.substr(0, 300);
    finish(customer, false);
}

void Surge::readCustomer(Customer &customer)
{
    Connection &connection = customer.connection;
    char buffer[65536];
    for (;;) {
        const ssize_t got = recv(connection.fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            connection.reader.buffer.append(buffer, size_t(got));
            continue;
        }
        const bool closed = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
        if (!customer.awaiting) {
            // Between requests: the server closing an idle keep-alive connection.
            if (closed)
                close(connection);
            return;
        }
        if (!connection.reader.feed()) {
            ++m_otherErrors;
            close(connection);
            schedule(customer, 1000);
            return;
        }
        if (connection.reader.complete) {
            answered(customer);
            return;
        }
        if (closed) {
            // A keep-alive connection closed while idle is opened again by the next request; one
            // that closed before answering is asked again.
            close(connection);
            ++m_resets;
            act(customer);
        }
        return;
    }
}

void Surge::openWatcher(Watcher &watcher)
{
    Owner owner{nullptr, &watcher};
    if (!open(watcher.connection, *watcher.target, sourceAddress(101, watcher.index), &owner)) {
        ++m_connectFailures;
        watcher.lost = true;
        return;
    }
    watcher.connection.out = "GET /api/shows/" + std::to_string(m_options.show) + "/events HTTP/1.1\r\nHost: "
                           + watcher.target->hostHeader + "\r\nAccept: text/event-stream\r\n\r\n";
}

void Surge::readWatcher(Watcher &watcher)
{
    Connection &connection = watcher.connection;
    char buffer[65536];
    bool closed = false;
    for (;;) {
        const ssize_t got = recv(connection.fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            connection.reader.buffer.append(buffer, size_t(got));
            continue;
        }
        closed = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
        break;
    }
    const double arrived = nowMs();
    ResponseReader &reader = connection.reader;
    const bool wellFormed = reader.feed();
    if (reader.headersDone && !watcher.open && !watcher.lost) {
        ++m_statusCounts[reader.status];
        watcher.open = reader.status == 200;
    }
    watcher.lineBuffer += reader.body;
    reader.body.clear();
    // Lines are walked and the used ones dropped once, as chunks are (ResponseReader::feed).
    const std::string &lines = watcher.lineBuffer;
    size_t lineStart = 0;
    size_t lineEnd;
    while ((lineEnd = lines.find('\n', lineStart)) != std::string::npos) {
        if (lines.compare(lineStart, 3, "id:") == 0)
            watcher.events.emplace_back(std::atoll(lines.c_str() + lineStart + 3), arrived);
        lineStart = lineEnd + 1;
    }
    watcher.lineBuffer.erase(0, lineStart);
    if (closed || !wellFormed || (reader.headersDone && !watcher.open) || reader.complete) {
        watcher.open = false;
        watcher.lost = true;
        close(connection);
    }
}

int Surge::run()
{
    const size_t targets = m_options.targets.size();
    for (int i = 0; i < m_options.watchers; ++i) {
        auto watcher = std::make_unique<Watcher>();
        watcher->index = i;
        watcher->target = &m_options.targets[size_t(i) % targets];
        m_watchers.push_back(std::move(watcher));
    }
    for (int i = 0; i < m_options.customers; ++i) {
        auto customer = std::make_unique<Customer>();
        customer->index = i;
        customer->target = &m_options.targets[size_t(i) % targets];
        m_customers.push_back(std::move(customer));
    }
    m_customersLeft = m_options.customers;

    epoll_event events[512];
    const auto poll = [&](int timeoutMs) {
        const int ready = epoll_wait(m_epoll, events, 512, timeoutMs);
        for (int i = 0; i < ready; ++i) {
            const auto owner = m_owners.find(events[i].data.fd);
            if (owner == m_owners.end())
                continue;
            Connection &connection = owner->second.customer ? owner->second.customer->connection
                                                            : owner->second.watcher->connection;
            if ((events[i].events & EPOLLOUT) && !connection.connected) {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(connection.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error == 0) {
                    connection.connected = true;
                    epoll_event readOnly{};
                    readOnly.events = EPOLLIN | EPOLLRDHUP;
                    readOnly.data.fd = connection.fd;
                    epoll_ctl(m_epoll, EPOLL_CTL_MOD, connection.fd, &readOnly);
                }
            }
            if (connection.connected)
                send(connection);
            if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
                if (owner->second.customer)
                    readCustomer(*owner->second.customer);
                else
                    readWatcher(*owner->second.watcher);
            }
        }
    };

    // The watchers first, a few hundred at a time, as an on-sale's audience arrives before it opens.
    const double watchersFrom = nowMs();
    for (size_t i = 0; i < m_watchers.size(); ++i) {
        openWatcher(*m_watchers[i]);
        if (i % 200 == 199)
            poll(0);
    }
    const auto watchersSettled = [&] {
        return std::all_of(m_watchers.begin(), m_watchers.end(),
                           [](const auto &watcher) { return watcher->lost || watcher->open; });
    };
    while (!watchersSettled() && nowMs() - watchersFrom < 60'000)
        poll(100);
    const int watchersOpen = int(std::count_if(m_watchers.begin(), m_watchers.end(),
                                               [](const auto &watcher) { return watcher->open; }));
    std::printf("watchers_open=%d watchers_connect_s=%.1f\n", watchersOpen, (nowMs() - watchersFrom) / 1000);
    std::fflush(stdout);

    const double startedAt = nowMs();
    for (auto &customer : m_customers)
        m_timers.push({startedAt + std::uniform_real_distribution<double>(0, m_options.arrivalSeconds * 1000)(m_random),
                       customer->index});
    while (m_customersLeft > 0 && nowMs() - startedAt < m_options.timeoutSeconds * 1000) {
        while (!m_timers.empty() && m_timers.top().at <= nowMs()) {
            Customer &customer = *m_customers[size_t(m_timers.top().customer)];
            m_timers.pop();
            if (!customer.done)
                act(customer);
        }
        const int wait = m_timers.empty() ? 100 : int(std::clamp(m_timers.top().at - nowMs(), 0.0, 100.0));
        poll(wait);
    }
    // The last changes' events still on their way to the watchers.
    const double drainFrom = nowMs();
    while (nowMs() - drainFrom < 2000)
        poll(50);
    report(startedAt, m_soldOutAt);
    return m_customersLeft == 0 ? 0 : 1;
}

void Surge::report(double startedAt, double soldOutAt)
{
    int fiveHundreds = 0;
    std::string statuses;
    for (const auto &[status, count] : m_statusCounts) {
        statuses += (statuses.empty() ? "" : ",") + std::to_string(status) + ":" + std::to_string(count);
        if (status >= 500)
            fiveHundreds += count;
    }
    const int booked = int(std::count_if(m_customers.begin(), m_customers.end(),
                                         [](const auto &customer) { return customer->booked; }));
    // Change -> last watcher: for each version a hold answered, the moment the slowest watcher
    // that was open had an event at least that new. A watcher that lost its stream counts only for
    // the changes it saw; one still open that never saw a change is reported as a miss.
    std::vector<double> lastWatcher;
    int misses = 0;
    for (const auto &[version, acknowledged] : m_acknowledged) {
        double latest = acknowledged;
        for (const auto &watcher : m_watchers) {
            const auto seen = std::lower_bound(watcher->events.begin(), watcher->events.end(),
                                               std::make_pair(version, -1.0));
            if (seen != watcher->events.end())
                latest = std::max(latest, seen->second);
            else if (watcher->open)
                ++misses;
        }
        lastWatcher.push_back(latest - acknowledged);
    }
    const int lost = int(std::count_if(m_watchers.begin(), m_watchers.end(), [](const auto &watcher) {
        return watcher->lost;
    }));
    char soldOut[32] = "never";
    if (soldOutAt > 0)
        std::snprintf(soldOut, sizeof soldOut, "%.1f", (soldOutAt - startedAt) / 1000);
    std::printf("customers=%d booked_customers=%d seats_on_sale=%d seats_booked=%d sold_out_s=%s\n",
                m_options.customers, booked, m_seatsTotal, m_seatsBooked, soldOut);
    std::printf("holds=%zu hold_p50_ms=%.1f hold_p99_ms=%.1f conflicts_409=%d\n", m_holdMs.size(),
                percentile(m_holdMs, 0.5), percentile(m_holdMs, 0.99), m_conflicts);
    std::printf("changes=%zu watcher_last_p50_ms=%.1f watcher_last_p99_ms=%.1f watchers_lost=%d watcher_misses=%d\n",
                lastWatcher.size(), percentile(lastWatcher, 0.5), percentile(lastWatcher, 0.99), lost, misses);
    std::printf("status_counts=%s responses_5xx=%d connect_failures=%d resets=%d other_errors=%d\n",
                statuses.c_str(), fiveHundreds, m_connectFailures, m_resets, m_otherErrors);
    if (!m_firstError.empty())
        std::printf("first_error=%s\n", m_firstError.c_str());
    std::fflush(stdout);
}

std::optional<Options> parse(int argc, char **argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--target") {
            size_t from = 0;
            while (from <= value.size()) {
                const size_t comma = std::min(value.find(',', from), value.size());
                const auto target = parseTarget(value.substr(from, comma - from));
                if (!target)
                    return std::nullopt;
                options.targets.push_back(*target);
                from = comma + 1;
            }
        } else if (name == "--show") {
            options.show = std::atoll(value.c_str());
        } else if (name == "--customers") {
            options.customers = std::atoi(value.c_str());
        } else if (name == "--watchers") {
            options.watchers = std::atoi(value.c_str());
        } else if (name == "--think-ms") {
            if (std::sscanf(value.c_str(), "%d,%d", &options.thinkMin, &options.thinkMax) != 2)
                return std::nullopt;
        } else if (name == "--arrival-s") {
            options.arrivalSeconds = std::atof(value.c_str());
        } else if (name == "--timeout-s") {
            options.timeoutSeconds = std::atof(value.c_str());
        } else if (name == "--seed") {
            options.seed = unsigned(std::atoi(value.c_str()));
        } else {
            return std::nullopt;
        }
    }
    // 254 addresses per block, 100 blocks each for customers and watchers.
    const bool fits = options.customers >= 0 && options.customers <= 25'400 && options.watchers >= 0
                   && options.watchers <= 25'400;
    if (options.targets.empty() || options.show <= 0 || !fits || options.thinkMin < 0
        || options.thinkMax < options.thinkMin)
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const auto options = parse(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: %s --target HOST:PORT[,HOST:PORT...] --show ID [--customers N (<= 25400)] "
                             "[--watchers N (<= 25400)] [--think-ms MIN,MAX] [--arrival-s S] [--timeout-s S] "
                             "[--seed N]\n",
                     argv[0]);
        return 2;
    }
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    if (rlim_t(options->customers + options->watchers + 64) > files.rlim_cur) {
        std::fprintf(stderr, "%d customers and %d watchers need more than the %llu open files allowed\n",
                     options->customers, options->watchers, static_cast<unsigned long long>(files.rlim_cur));
        return 2;
    }
    Surge surge(*options);
    return surge.run();
}
