// Fan-out client: N event streams or N parked long polls on one URL, then a change made over
// HTTP, and for every watcher the time from the change's acknowledgement to the event (or the
// answer) carrying its version. One process, one thread, epoll, so that it is not the bottleneck:
// it prints the CPU time it spent while the change went out.
//
// The watchers come from 127.0.0.2 .. 127.0.0.K (bound before connecting, --per-address each),
// as customers come from many addresses: the server caps what one address may hold open.
// A stream is established once its first event arrived; a long poll once its request was written
// and the server has read it (its socket's receive queue in /proc/net/tcp is empty: Box Office
// parks a long poll as it reads it, and answers no head before the change).
// With --changes K the triggers (cycled) are sent K times, --interval-ms apart, each after the
// previous was answered (a server slower than that sets the pace: changes_per_s says which it was),
// for at most --for-s seconds; every watcher's latency is counted for every change.
//
// usage: fanout_client --mode sse|longpoll --url http://127.0.0.1:PORT/PATH --n N
//            --trigger 'METHOD PATH [JSON BODY]' [--trigger ...] [--changes K] [--interval-ms MS] [--for-s S]
//            [--per-address P] [--server-pid PID] [--timeout-s S]
//            [--save-first FILE] [--save-change FILE]
// --save-first: the raw bytes of the first stream's head and first event; --save-change: those
// of the first event (long poll: the whole answer) after the change; both with --n 1.
// Prints "established ..." once all are, then one line of key=value results. Exit status 0
// when every watcher received every change.
#include "fanout_common.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

using namespace fanout;

namespace {

enum class Mode { Sse, LongPoll };

struct Request
{
    std::string method;
    std::string path;
    std::string body;
};

struct Options
{
    Mode mode = Mode::Sse;
    sockaddr_in server{};
    std::string hostHeader;
    std::string path;
    int n = 1000;
    int perAddress = 100;
    std::vector<Request> triggers;
    int changes = 1;
    int intervalMs = 100;
    /// No new change after this many seconds of changing (0: until --changes were made).
    double forS = 0;
    pid_t serverPid = 0;
    int timeoutS = 60;
    int connectBatch = 256;
    std::string saveFirst;
    std::string saveChange;
};

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "fanout_client: %s\n", message.c_str());
    std::exit(2);
}

Request parseTrigger(const std::string &text)
{
    Request request;
    const size_t space = text.find(' ');
    if (space == std::string::npos)
        fail("--trigger wants 'METHOD PATH [BODY]', got: " + text);
    request.method = text.substr(0, space);
    const size_t bodyAt = text.find(' ', space + 1);
    request.path = text.substr(space + 1, bodyAt == std::string::npos ? std::string::npos : bodyAt - space - 1);
    if (bodyAt != std::string::npos)
        request.body = text.substr(bodyAt + 1);
    return request;
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    std::string url;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (i + 1 >= argc)
            fail("missing value after " + name);
        const std::string value = argv[++i];
        if (name == "--mode" && (value == "sse" || value == "longpoll"))
            options.mode = value == "sse" ? Mode::Sse : Mode::LongPoll;
        else if (name == "--url")
            url = value;
        else if (name == "--n")
            options.n = std::atoi(value.c_str());
        else if (name == "--per-address")
            options.perAddress = std::atoi(value.c_str());
        else if (name == "--trigger")
            options.triggers.push_back(parseTrigger(value));
        else if (name == "--changes")
            options.changes = std::atoi(value.c_str());
        else if (name == "--interval-ms")
            options.intervalMs = std::atoi(value.c_str());
        else if (name == "--for-s")
            options.forS = std::atof(value.c_str());
        else if (name == "--server-pid")
            options.serverPid = std::atoi(value.c_str());
        else if (name == "--timeout-s")
            options.timeoutS = std::atoi(value.c_str());
        else if (name == "--save-first")
            options.saveFirst = value;
        else if (name == "--save-change")
            options.saveChange = value;
        else
            fail("unknown option or value: " + name + " " + value);
    }
    constexpr std::string_view scheme = "http://";
    if (url.rfind(scheme, 0) != 0)
        fail("--url must be http://ADDRESS:PORT/PATH");
    const size_t pathAt = url.find('/', scheme.size());
    options.hostHeader = url.substr(scheme.size(), pathAt - scheme.size());
    options.path = pathAt == std::string::npos ? "/" : url.substr(pathAt);
    const size_t colon = options.hostHeader.rfind(':');
    const std::string address = options.hostHeader.substr(0, colon);
    options.server.sin_family = AF_INET;
    options.server.sin_port = htons(colon == std::string::npos ? 80 : std::atoi(options.hostHeader.c_str() + colon + 1));
    if (inet_pton(AF_INET, address.c_str(), &options.server.sin_addr) != 1)
        fail("--url wants a numeric IPv4 address: " + address);
    if (options.n < 1 || options.perAddress < 1 || options.changes < 1 || options.triggers.empty())
        fail("need --n >= 1, --per-address >= 1, --changes >= 1 and at least one --trigger");
    if ((options.n + options.perAddress - 1) / options.perAddress > 250)
        fail("more than 250 source addresses needed: raise --per-address");
    if (options.mode == Mode::LongPoll && options.changes > 1)
        fail("a long poll is answered once: --changes is for streams");
    return options;
}

enum class State { Idle, Connecting, Writing, Head, Body, Answered, Failed };

/// Reads the server-sent event stream a block at a time, keeping only the start of each line:
/// a first event carries every seat and need not be held whole.
struct EventParser
{
    std::string linePrefix;
    size_t lineLength = 0;
    bool hasData = false;
    long long id = -1;
};

struct Watcher
{
    int fd = -1;
    State state = State::Idle;
    sockaddr_in local{};
    size_t written = 0;
    std::string head;
    EventParser events;
    long long contentLength = -1;
    std::string body;
    bool ready = false;
    /// Every version received after being established, with when.
    std::vector<std::pair<long long, double>> received;
    /// The raw bytes kept for --save-first / --save-change.
    std::string capture;
};

struct Trigger
{
    int fd = -1;
    std::string request;
    size_t written = 0;
    std::string answer;
};

struct Change
{
    long long version = 0;
    double acknowledgedAt = 0;
};

constexpr uint64_t triggerKey = UINT64_MAX;

class Client
{
public:
    explicit Client(Options options) : m_options(std::move(options)), m_watchers(size_t(m_options.n)) {}
    int run();

private:
    std::string watchRequest(size_t index) const;
    void startConnect(size_t index);
    void onWatcherEvent(size_t index, uint32_t events);
    void writeRequest(Watcher &watcher);
    void readWatcher(Watcher &watcher);
    void consumeHead(Watcher &watcher, const char *data, size_t length);
    void consumeEvents(Watcher &watcher, const char *data, size_t length);
    void consumeAnswer(Watcher &watcher, const char *data, size_t length);
    void onEvent(Watcher &watcher, long long id);
    void failWatcher(Watcher &watcher, const std::string &why);
    void checkParkedLongPolls();
    void startTrigger();
    void onTriggerEvent();
    bool allEstablished() const { return m_established + m_failed >= size_t(m_options.n); }
    bool allDelivered() const;
    void poll(int timeoutMs);
    void report(double connectSeconds, long rssIdle, long rssHolding, double clientCpuMs, double serverCpuMs) const;

    Options m_options;
    std::vector<Watcher> m_watchers;
    int m_epoll = -1;
    size_t m_nextToConnect = 0;
    size_t m_connecting = 0;
    size_t m_established = 0;
    size_t m_failed = 0;
    bool m_changing = false;
    Trigger m_trigger;
    std::vector<Change> m_changes;
    std::string m_cookie;
    std::string m_triggerError;
    std::map<std::string, int> m_errors;
};

/// With a session cookie of its own, as a browser on the seat page has one from loading it: a
/// watcher without one would be a new session each, given its own Set-Cookie in its answer.
std::string Client::watchRequest(size_t index) const
{
    const char *accept = m_options.mode == Mode::Sse ? "text/event-stream\r\nCache-Control: no-cache"
                                                     : "application/json";
    std::string session = std::to_string(index);
    session.insert(0, 43 - session.size(), 'w');
    return "GET " + m_options.path + " HTTP/1.1\r\nHost: " + m_options.hostHeader + "\r\nAccept: " + accept
            + "\r\nCookie: bo_session=" + session + "\r\n\r\n";
}

void Client::startConnect(size_t index)
{
    Watcher &watcher = m_watchers[index];
    watcher.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (watcher.fd < 0) {
        failWatcher(watcher, std::string("socket: ") + std::strerror(errno));
        return;
    }
    // The port is chosen at connect(), per destination, so that 100 sources x 100 ports fit.
    const int one = 1;
    setsockopt(watcher.fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
    watcher.local.sin_family = AF_INET;
    watcher.local.sin_addr.s_addr = htonl(0x7f000002u + uint32_t(index / size_t(m_options.perAddress)));
    if (bind(watcher.fd, reinterpret_cast<sockaddr *>(&watcher.local), sizeof watcher.local) != 0) {
        failWatcher(watcher, std::string("bind: ") + std::strerror(errno));
        return;
    }
    epoll_event event{EPOLLIN | EPOLLOUT | EPOLLRDHUP, {.u64 = index}};
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, watcher.fd, &event);
    const int result = connect(watcher.fd, reinterpret_cast<const sockaddr *>(&m_options.server), sizeof m_options.server);
    if (result != 0 && errno != EINPROGRESS) {
        failWatcher(watcher, std::string("connect: ") + std::strerror(errno));
        return;
    }
    watcher.state = State::Connecting;
    ++m_connecting;
}

void Client::failWatcher(Watcher &watcher, const std::string &why)
{
    if (watcher.state == State::Failed)
        return;
    if (watcher.state == State::Connecting)
        --m_connecting;
    if (watcher.ready)
        --m_established;
    watcher.ready = false;
    watcher.state = State::Failed;
    ++m_failed;
    ++m_errors[why];
    if (watcher.fd >= 0)
        close(watcher.fd);
    watcher.fd = -1;
}

void Client::onWatcherEvent(size_t index, uint32_t events)
{
    Watcher &watcher = m_watchers[index];
    if (watcher.state == State::Failed || watcher.state == State::Answered)
        return;
    if (watcher.state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(watcher.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            failWatcher(watcher, std::string("connect: ") + std::strerror(error));
            return;
        }
        if (!(events & EPOLLOUT))
            return;
        --m_connecting;
        watcher.state = State::Writing;
        socklen_t localLength = sizeof watcher.local;
        getsockname(watcher.fd, reinterpret_cast<sockaddr *>(&watcher.local), &localLength);
    }
    if (watcher.state == State::Writing)
        writeRequest(watcher);
    if ((events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) && watcher.state != State::Failed)
        readWatcher(watcher);
}

void Client::writeRequest(Watcher &watcher)
{
    const std::string request = watchRequest(size_t(&watcher - m_watchers.data()));
    const ssize_t sent = send(watcher.fd, request.data() + watcher.written, request.size() - watcher.written,
                              MSG_NOSIGNAL);
    if (sent < 0) {
        if (errno != EAGAIN)
            failWatcher(watcher, std::string("send: ") + std::strerror(errno));
        return;
    }
    watcher.written += size_t(sent);
    if (watcher.written < request.size())
        return;
    watcher.state = State::Head;
    epoll_event event{EPOLLIN | EPOLLRDHUP, {.u64 = uint64_t(&watcher - m_watchers.data())}};
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, watcher.fd, &event);
}

void Client::readWatcher(Watcher &watcher)
{
    char buffer[65536];
    while (watcher.state == State::Head || watcher.state == State::Body) {
        const ssize_t got = recv(watcher.fd, buffer, sizeof buffer, 0);
        if (got == 0) {
            failWatcher(watcher, "closed by the server");
            return;
        }
        if (got < 0) {
            if (errno != EAGAIN)
                failWatcher(watcher, std::string("recv: ") + std::strerror(errno));
            return;
        }
        if (watcher.state == State::Head)
            consumeHead(watcher, buffer, size_t(got));
        else if (m_options.mode == Mode::Sse)
            consumeEvents(watcher, buffer, size_t(got));
        else
            consumeAnswer(watcher, buffer, size_t(got));
        // A short read emptied the socket: epoll says when there is more, one recv() cheaper.
        if (size_t(got) < sizeof buffer)
            return;
    }
}

std::string headerValue(const std::string &head, std::string_view name)
{
    std::string lower(head.size(), '\0');
    std::transform(head.begin(), head.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const size_t at = lower.find("\r\n" + std::string(name) + ":");
    if (at == std::string::npos)
        return {};
    size_t start = at + 3 + name.size();
    while (start < head.size() && head[start] == ' ')
        ++start;
    return head.substr(start, head.find("\r\n", start) - start);
}

int statusOf(const std::string &head)
{
    return head.size() > 12 ? std::atoi(head.c_str() + 9) : 0;
}

void Client::consumeHead(Watcher &watcher, const char *data, size_t length)
{
    const size_t before = watcher.head.size();
    watcher.head.append(data, length);
    const size_t end = watcher.head.find("\r\n\r\n");
    if (end == std::string::npos) {
        if (watcher.head.size() > 16384)
            failWatcher(watcher, "answer head over 16 kB");
        return;
    }
    const size_t headLength = end + 4;
    watcher.head.resize(headLength);
    const int status = statusOf(watcher.head);
    if (status != 200) {
        failWatcher(watcher, "status " + std::to_string(status));
        return;
    }
    if (!m_options.saveFirst.empty() || !m_options.saveChange.empty())
        watcher.capture = watcher.head.substr(0, headLength);
    watcher.state = State::Body;
    const std::string lengthHeader = headerValue(watcher.head, "content-length");
    watcher.contentLength = lengthHeader.empty() ? -1 : std::atoll(lengthHeader.c_str());
    const size_t rest = headLength - before;
    if (m_options.mode == Mode::Sse)
        consumeEvents(watcher, data + rest, length - rest);
    else
        consumeAnswer(watcher, data + rest, length - rest);
}

void Client::consumeEvents(Watcher &watcher, const char *data, size_t length)
{
    EventParser &parser = watcher.events;
    const bool capturing = !m_options.saveFirst.empty() || !m_options.saveChange.empty();
    size_t at = 0;
    while (at < length) {
        const char *newline = static_cast<const char *>(std::memchr(data + at, '\n', length - at));
        const size_t end = newline ? size_t(newline - data) : length;
        if (parser.linePrefix.size() < 32)
            parser.linePrefix.append(data + at, std::min(end - at, 32 - parser.linePrefix.size()));
        parser.lineLength += end - at;
        if (capturing)
            watcher.capture.append(data + at, end - at + (newline ? 1 : 0));
        if (!newline)
            return;
        at = end + 1;
        if (parser.lineLength == 0 || parser.linePrefix == "\r") {
            if (parser.hasData)
                onEvent(watcher, parser.id);
            else if (capturing && watcher.ready)
                watcher.capture.clear();
            parser.hasData = false;
            parser.id = -1;
        } else if (parser.linePrefix.rfind("data:", 0) == 0) {
            parser.hasData = true;
        } else if (parser.linePrefix.rfind("id:", 0) == 0) {
            parser.id = numberAfter(parser.linePrefix, "id").value_or(-1);
        }
        parser.linePrefix.clear();
        parser.lineLength = 0;
    }
}

void Client::onEvent(Watcher &watcher, long long id)
{
    if (!watcher.ready) {
        watcher.ready = true;
        ++m_established;
        if (!m_options.saveFirst.empty())
            writeFile(m_options.saveFirst, watcher.capture);
        watcher.capture.clear();
        return;
    }
    watcher.received.emplace_back(id, nowMs());
    if (!m_options.saveChange.empty() && watcher.received.size() == 1)
        writeFile(m_options.saveChange, watcher.capture);
    watcher.capture.clear();
}

void Client::consumeAnswer(Watcher &watcher, const char *data, size_t length)
{
    watcher.body.append(data, length);
    if (watcher.contentLength < 0 || watcher.body.size() < size_t(watcher.contentLength))
        return;
    if (!m_changing) {
        failWatcher(watcher, "long poll answered before the change");
        return;
    }
    const std::optional<long long> version = jsonVersion(watcher.body);
    if (!version) {
        failWatcher(watcher, "long poll answer without a version");
        return;
    }
    watcher.received.emplace_back(*version, nowMs());
    if (!m_options.saveChange.empty())
        writeFile(m_options.saveChange, watcher.capture + watcher.body);
    // Kept open, as a browser keeps it for its next poll: closing would cost both ends CPU
    // while the others are still being answered.
    watcher.state = State::Answered;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, watcher.fd, nullptr);
}

/// A long poll's request is in the server once its socket there has nothing left unread.
void Client::checkParkedLongPolls()
{
    std::unordered_set<uint64_t> waiting;
    auto key = [](uint32_t address, uint16_t port) { return (uint64_t(address) << 16) | port; };
    for (const Watcher &watcher : m_watchers) {
        if (watcher.state == State::Head && !watcher.ready)
            waiting.insert(key(watcher.local.sin_addr.s_addr, ntohs(watcher.local.sin_port)));
    }
    if (waiting.empty())
        return;
    FILE *table = std::fopen("/proc/net/tcp", "r");
    if (!table)
        fail("cannot read /proc/net/tcp");
    char line[512];
    std::fgets(line, sizeof line, table);
    std::unordered_set<uint64_t> parked;
    while (std::fgets(line, sizeof line, table)) {
        unsigned localAddress = 0, localPort = 0, remoteAddress = 0, remotePort = 0, state = 0;
        unsigned long sendQueue = 0, receiveQueue = 0;
        if (std::sscanf(line, "%*d: %8X:%4X %8X:%4X %2X %lX:%lX", &localAddress, &localPort, &remoteAddress,
                        &remotePort, &state, &sendQueue, &receiveQueue)
            != 7)
            continue;
        if (localAddress == m_options.server.sin_addr.s_addr && localPort == ntohs(m_options.server.sin_port)
            && state == 1 && receiveQueue == 0)
            parked.insert(key(remoteAddress, uint16_t(remotePort)));
    }
    std::fclose(table);
    for (Watcher &watcher : m_watchers) {
        if (watcher.state == State::Head && !watcher.ready
            && parked.count(key(watcher.local.sin_addr.s_addr, ntohs(watcher.local.sin_port)))) {
            watcher.ready = true;
            ++m_established;
        }
    }
}

void Client::startTrigger()
{
    const Request &request = m_options.triggers[m_changes.size() % m_options.triggers.size()];
    m_trigger = Trigger{};
    m_trigger.request = request.method + " " + request.path + " HTTP/1.1\r\nHost: " + m_options.hostHeader
            + "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(request.body.size())
            + "\r\nConnection: close\r\n" + (m_cookie.empty() ? "" : "Cookie: " + m_cookie + "\r\n") + "\r\n"
            + request.body;
    m_trigger.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    epoll_event event{EPOLLIN | EPOLLOUT | EPOLLRDHUP, {.u64 = triggerKey}};
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_trigger.fd, &event);
    if (connect(m_trigger.fd, reinterpret_cast<const sockaddr *>(&m_options.server), sizeof m_options.server) != 0
        && errno != EINPROGRESS)
        m_triggerError = std::string("trigger connect: ") + std::strerror(errno);
}

void Client::onTriggerEvent()
{
    if (m_trigger.written < m_trigger.request.size()) {
        const ssize_t sent = send(m_trigger.fd, m_trigger.request.data() + m_trigger.written,
                                  m_trigger.request.size() - m_trigger.written, MSG_NOSIGNAL);
        if (sent > 0)
            m_trigger.written += size_t(sent);
        else if (errno != EAGAIN && errno != ENOTCONN)
            m_triggerError = std::string("trigger send: ") + std::strerror(errno);
        if (m_trigger.written == m_trigger.request.size()) {
            epoll_event event{EPOLLIN | EPOLLRDHUP, {.u64 = triggerKey}};
            epoll_ctl(m_epoll, EPOLL_CTL_MOD, m_trigger.fd, &event);
        }
        return;
    }
    char buffer[16384];
    ssize_t got = 0;
    while ((got = recv(m_trigger.fd, buffer, sizeof buffer, 0)) > 0)
        m_trigger.answer.append(buffer, size_t(got));
    const size_t headEnd = m_trigger.answer.find("\r\n\r\n");
    if (headEnd == std::string::npos) {
        if (got == 0)
            m_triggerError = "trigger connection closed before an answer";
        return;
    }
    const std::string head = m_trigger.answer.substr(0, headEnd + 4);
    const std::string lengthHeader = headerValue(head, "content-length");
    const size_t length = lengthHeader.empty() ? 0 : size_t(std::atoll(lengthHeader.c_str()));
    if (m_trigger.answer.size() < head.size() + length)
        return;
    const double acknowledgedAt = nowMs();
    const std::string body = m_trigger.answer.substr(head.size(), length);
    const int status = statusOf(head);
    const std::optional<long long> version = jsonVersion(body);
    if (status < 200 || status > 299 || !version) {
        m_triggerError = "trigger answered " + std::to_string(status) + ": " + body.substr(0, 200);
    } else {
        m_changes.push_back({*version, acknowledgedAt});
        const std::string cookie = headerValue(head, "set-cookie");
        if (m_cookie.empty() && !cookie.empty())
            m_cookie = cookie.substr(0, cookie.find(';'));
    }
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_trigger.fd, nullptr);
    close(m_trigger.fd);
    m_trigger.fd = -1;
}

bool Client::allDelivered() const
{
    if (m_changes.empty())
        return false;
    const long long last = m_changes.back().version;
    return std::all_of(m_watchers.begin(), m_watchers.end(), [last](const Watcher &watcher) {
        return !watcher.ready || (!watcher.received.empty() && watcher.received.back().first >= last);
    });
}

void Client::poll(int timeoutMs)
{
    epoll_event events[1024];
    const int count = epoll_wait(m_epoll, events, 1024, timeoutMs);
    for (int i = 0; i < count; ++i) {
        if (events[i].data.u64 == triggerKey) {
            if (m_trigger.fd >= 0)
                onTriggerEvent();
        } else {
            onWatcherEvent(size_t(events[i].data.u64), events[i].events);
        }
    }
}

long serverRssKb(pid_t pid)
{
    if (pid <= 0)
        return -1;
    const std::optional<std::string> status = readFile("/proc/" + std::to_string(pid) + "/status");
    return status ? long(numberAfter(*status, "VmRSS").value_or(-1)) : -1;
}

/// CPU time of every thread of the server so far, in ms (0 without --server-pid).
double serverCpuMs(pid_t pid)
{
    if (pid <= 0)
        return 0;
    const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
    DIR *directory = opendir(tasks.c_str());
    if (!directory)
        return 0;
    double total = 0;
    while (const dirent *entry = readdir(directory)) {
        if (entry->d_name[0] == '.')
            continue;
        // The first field of schedstat is the time the thread ran, in ns.
        const std::optional<std::string> schedstat = readFile(tasks + "/" + entry->d_name + "/schedstat");
        if (schedstat)
            total += std::atof(schedstat->c_str()) / 1e6;
    }
    closedir(directory);
    return total;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

int Client::run()
{
    raiseFileLimit();
    if (fileLimit() < rlim_t(m_options.n) + 64)
        fail("the open-file limit (" + std::to_string(fileLimit()) + ") is below --n + 64");
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    const long rssIdle = serverRssKb(m_options.serverPid);

    const double connectStart = nowMs();
    double deadline = connectStart + m_options.timeoutS * 1e3;
    double nextParkCheck = 0;
    while (!allEstablished() && nowMs() < deadline) {
        while (m_nextToConnect < m_watchers.size() && m_connecting < size_t(m_options.connectBatch))
            startConnect(m_nextToConnect++);
        poll(20);
        const bool allRequestsOut = m_nextToConnect == m_watchers.size() && m_connecting == 0;
        if (m_options.mode == Mode::LongPoll && allRequestsOut && nowMs() >= nextParkCheck) {
            checkParkedLongPolls();
            nextParkCheck = nowMs() + 50;
        }
    }
    const double connectSeconds = (nowMs() - connectStart) / 1e3;
    for (Watcher &watcher : m_watchers) {
        if (watcher.state != State::Failed && !watcher.ready)
            failWatcher(watcher, "not established in time");
    }
    std::printf("established %zu of %d in %.1f s\n", m_established, m_options.n, connectSeconds);
    std::fflush(stdout);
    if (m_established == 0) {
        report(connectSeconds, -1, -1, 0, 0);
        return 1;
    }
    const long rssHolding = serverRssKb(m_options.serverPid);

    const double cpuBefore = cpuMs();
    const double serverCpuBefore = serverCpuMs(m_options.serverPid);
    m_changing = true;
    double nextChange = nowMs();
    const double stopChangingAt = m_options.forS > 0 ? nextChange + m_options.forS * 1e3 : INFINITY;
    size_t wanted = size_t(m_options.changes);
    deadline = nextChange + m_options.timeoutS * 1e3;
    while (m_triggerError.empty() && nowMs() < deadline) {
        const bool triggering = m_trigger.fd >= 0;
        if (!triggering && nowMs() >= stopChangingAt)
            wanted = std::min(wanted, std::max<size_t>(m_changes.size(), 1));
        if (!triggering && m_changes.size() < wanted && nowMs() >= nextChange) {
            startTrigger();
            nextChange = nowMs() + m_options.intervalMs;
        }
        if (!triggering && m_changes.size() == wanted && allDelivered())
            break;
        poll(m_changes.size() < wanted ? 1 : 20);
    }
    const double serverCpu = serverCpuMs(m_options.serverPid) - serverCpuBefore;
    report(connectSeconds, rssIdle, rssHolding, cpuMs() - cpuBefore, serverCpu);
    const bool complete = m_triggerError.empty() && m_errors.empty() && m_changes.size() == wanted && allDelivered();
    return complete ? 0 : 1;
}

void Client::report(double connectSeconds, long rssIdle, long rssHolding, double clientCpuMs,
                    double serverCpuMs) const
{
    std::vector<double> latencies;
    std::vector<double> lastPerChange(m_changes.size(), 0.0);
    size_t missing = 0;
    for (const Watcher &watcher : m_watchers) {
        if (!watcher.ready)
            continue;
        for (size_t change = 0; change < m_changes.size(); ++change) {
            const auto carrying = std::find_if(watcher.received.begin(), watcher.received.end(),
                                               [&](const auto &event) { return event.first >= m_changes[change].version; });
            if (carrying == watcher.received.end()) {
                ++missing;
                continue;
            }
            // An event may outrun the hold's answer to this client; it counts as immediate.
            const double latency = std::max(0.0, carrying->second - m_changes[change].acknowledgedAt);
            latencies.push_back(latency);
            lastPerChange[change] = std::max(lastPerChange[change], latency);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    int errors = 0;
    std::string firstError = m_triggerError.empty() ? "none" : m_triggerError;
    for (const auto &[why, count] : m_errors) {
        errors += count;
        if (firstError == "none")
            firstError = why;
    }
    std::replace(firstError.begin(), firstError.end(), ' ', '_');
    std::printf("mode=%s n=%d connected=%zu changes=%zu received=%zu missing=%zu errors=%d first_error=%s"
                " p50_ms=%.1f p99_ms=%.1f max_ms=%.1f last_watcher_p99_ms=%.1f connect_s=%.1f client_cpu_ms=%.0f",
                m_options.mode == Mode::Sse ? "sse" : "longpoll", m_options.n, m_established, m_changes.size(),
                latencies.size(), missing, errors, firstError.c_str(), percentile(latencies, 0.5),
                percentile(latencies, 0.99), latencies.empty() ? NAN : latencies.back(),
                percentile(lastPerChange, 0.99), connectSeconds, clientCpuMs);
    if (m_changes.size() > 1)
        std::printf(" changes_per_s=%.1f", double(m_changes.size() - 1) * 1e3
                            / (m_changes.back().acknowledgedAt - m_changes.front().acknowledgedAt));
    if (m_options.serverPid > 0)
        std::printf(" server_cpu_ms=%.1f", serverCpuMs);
    if (rssIdle > 0 && rssHolding > 0 && m_established > 0)
        std::printf(" server_rss_idle_kb=%ld server_rss_holding_kb=%ld server_kb_per_watcher=%.2f", rssIdle,
                    rssHolding, double(rssHolding - rssIdle) / double(m_established));
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    Client client(parseOptions(argc, argv));
    return client.run();
}
