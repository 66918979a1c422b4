#include "epollset.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>

namespace boxoffice {

namespace {
/// Events taken per wake-up; the rest wait for the next pass, so other work is not starved.
constexpr int batch = 512;
} // namespace

EpollSet::EpollSet(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0) {
        qWarning("boxoffice web: epoll_create1 failed: %s", strerror(errno));
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_epoll, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &EpollSet::dispatch);
}

EpollSet::~EpollSet()
{
    m_notifier.reset();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollSet::add(int descriptor, quint32 events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = descriptor;
    return m_epoll >= 0 && ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, descriptor, &event) == 0;
}

void EpollSet::change(int descriptor, quint32 events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = descriptor;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, descriptor, &event);
}

void EpollSet::remove(int descriptor)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, descriptor, nullptr);
}

void EpollSet::dispatch()
{
    std::array<epoll_event, batch> events;
    int ready = 0;
    do {
        ready = ::epoll_wait(m_epoll, events.data(), batch, 0);
    } while (ready < 0 && errno == EINTR);
    for (int i = 0; i < ready; ++i)
        m_handler(events[i].data.fd, events[i].events);
}

} // namespace boxoffice
