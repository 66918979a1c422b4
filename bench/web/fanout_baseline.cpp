// The machine's limit for the fan-out: a minimal epoll server that holds N event streams (or N
// parked long polls) and, when a request to /trigger comes, answers it at once and then writes
// the same bytes to every watcher in one loop. It does nothing else (no parsing beyond the
// request line, no per-watcher state but the socket), so what fanout_client measures against it
// is what the kernel and this machine allow; Box Office's figures are compared with it.
//
// The bytes are the very ones Box Office sends, saved by fanout_client --save-first/--save-change:
// a stream gets the head and first event at once (--first), then --event on the trigger; a long
// poll is parked until the trigger and then answered with --event (a whole HTTP answer). The
// trigger's answer carries the version in --event, as a hold's answer does.
//
// usage: fanout_baseline --mode sse|longpoll --event FILE [--first FILE] [--port P] [--lifetime-s S]
// Prints "Listening on http://127.0.0.1:PORT/"; exits after --lifetime-s (default 900) or on SIGTERM.
#include "fanout_common.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace fanout;

namespace {

struct Connection
{
    bool open = false;
    std::string in;
    /// What the kernel did not take yet, sent when the socket is writable again.
    std::string out;
    /// Position in the watcher list, or -1.
    long watcherIndex = -1;
};

class Baseline
{
public:
    Baseline(bool stream, std::string first, std::string event)
        : m_stream(stream), m_first(std::move(first)), m_event(std::move(event))
    {
        const std::optional<long long> version = stream ? numberAfter(m_event, "id") : jsonVersion(m_event);
        const std::string body = "{\"version\": " + std::to_string(version.value_or(0)) + "}";
        m_triggerAnswer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + std::to_string(body.size()) + "\r\n\r\n" + body;
    }

    int listen(int port);
    void run(double lifetimeMs);

private:
    void accept();
    void read(int fd);
    void handle(int fd, std::string_view requestLine);
    void send(int fd, std::string_view bytes);
    void flush(int fd);
    void close(int fd);
    void addWatcher(int fd);
    void removeWatcher(int fd);
    void fanOut();

    bool m_stream;
    std::string m_first;
    std::string m_event;
    std::string m_triggerAnswer;
    int m_listener = -1;
    int m_epoll = -1;
    std::vector<Connection> m_connections;
    std::vector<int> m_watchers;
};

int Baseline::listen(int port)
{
    raiseFileLimit();
    m_connections.resize(fileLimit());
    m_listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 4096) != 0)
        return -1;
    socklen_t length = sizeof address;
    getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    epoll_event event{EPOLLIN, {.fd = m_listener}};
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listener, &event);
    return ntohs(address.sin_port);
}

void Baseline::run(double lifetimeMs)
{
    const double end = nowMs() + lifetimeMs;
    epoll_event events[1024];
    while (nowMs() < end) {
        const int count = epoll_wait(m_epoll, events, 1024, 1000);
        for (int i = 0; i < count; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_listener) {
                accept();
                continue;
            }
            if (events[i].events & EPOLLOUT)
                flush(fd);
            if (m_connections[size_t(fd)].open && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                read(fd);
        }
    }
}

void Baseline::accept()
{
    for (;;) {
        const int fd = accept4(m_listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        m_connections[size_t(fd)] = Connection{true, {}, {}, -1};
        epoll_event event{EPOLLIN, {.fd = fd}};
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    }
}

void Baseline::read(int fd)
{
    Connection &connection = m_connections[size_t(fd)];
    char buffer[16384];
    for (;;) {
        const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
        if (got == 0 || (got < 0 && errno != EAGAIN)) {
            close(fd);
            return;
        }
        if (got < 0)
            break;
        connection.in.append(buffer, size_t(got));
    }
    const size_t headEnd = connection.in.find("\r\n\r\n");
    if (headEnd == std::string::npos)
        return;
    const std::string head = connection.in.substr(0, headEnd + 4);
    const std::optional<long long> bodyLength = numberAfter(head, "Content-Length");
    if (connection.in.size() < head.size() + size_t(bodyLength.value_or(0)))
        return;
    connection.in.clear();
    handle(fd, std::string_view(head).substr(0, head.find("\r\n")));
}

void Baseline::handle(int fd, std::string_view requestLine)
{
    if (requestLine.rfind("POST /trigger", 0) == 0) {
        send(fd, m_triggerAnswer);
        fanOut();
        return;
    }
    if (m_stream)
        send(fd, m_first);
    addWatcher(fd);
}

void Baseline::fanOut()
{
    const std::vector<int> watchers = m_watchers;
    for (const int fd : watchers) {
        send(fd, m_event);
        if (!m_stream)
            removeWatcher(fd);
    }
}

void Baseline::send(int fd, std::string_view bytes)
{
    Connection &connection = m_connections[size_t(fd)];
    if (!connection.out.empty()) {
        connection.out.append(bytes);
        return;
    }
    const ssize_t sent = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno != EAGAIN) {
        close(fd);
        return;
    }
    const size_t taken = sent < 0 ? 0 : size_t(sent);
    if (taken == bytes.size())
        return;
    connection.out.assign(bytes.substr(taken));
    epoll_event event{EPOLLIN | EPOLLOUT, {.fd = fd}};
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void Baseline::flush(int fd)
{
    Connection &connection = m_connections[size_t(fd)];
    const std::string pending = std::move(connection.out);
    connection.out.clear();
    epoll_event event{EPOLLIN, {.fd = fd}};
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    send(fd, pending);
}

void Baseline::close(int fd)
{
    removeWatcher(fd);
    m_connections[size_t(fd)] = Connection{};
    ::close(fd);
}

void Baseline::addWatcher(int fd)
{
    m_connections[size_t(fd)].watcherIndex = long(m_watchers.size());
    m_watchers.push_back(fd);
}

void Baseline::removeWatcher(int fd)
{
    const long index = m_connections[size_t(fd)].watcherIndex;
    if (index < 0)
        return;
    const int last = m_watchers.back();
    m_watchers[size_t(index)] = last;
    m_connections[size_t(last)].watcherIndex = index;
    m_watchers.pop_back();
    m_connections[size_t(fd)].watcherIndex = -1;
}

[[noreturn]] void usage(const std::string &why)
{
    std::fprintf(stderr, "fanout_baseline: %s\nusage: fanout_baseline --mode sse|longpoll --event FILE "
                         "[--first FILE] [--port P] [--lifetime-s S]\n", why.c_str());
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    std::string mode, eventFile, firstFile;
    int port = 0;
    double lifetimeS = 900;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--mode")
            mode = value;
        else if (name == "--event")
            eventFile = value;
        else if (name == "--first")
            firstFile = value;
        else if (name == "--port")
            port = std::atoi(value.c_str());
        else if (name == "--lifetime-s")
            lifetimeS = std::atof(value.c_str());
        else
            usage("unknown option " + name);
    }
    if (argc % 2 == 0)
        usage("every option takes a value");
    if (mode != "sse" && mode != "longpoll")
        usage("--mode must be sse or longpoll");
    const bool stream = mode == "sse";
    const std::optional<std::string> event = readFile(eventFile);
    const std::optional<std::string> first = stream ? readFile(firstFile) : std::string();
    if (!event || !first)
        usage(stream ? "--event and --first must name readable files" : "--event must name a readable file");
    Baseline baseline(stream, *first, *event);
    const int bound = baseline.listen(port);
    if (bound < 0)
        usage(std::string("cannot listen: ") + std::strerror(errno));
    std::printf("Listening on http://127.0.0.1:%d/\n", bound);
    std::fflush(stdout);
    baseline.run(lifetimeS * 1e3);
    return 0;
}
