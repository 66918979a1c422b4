#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <functional>
#include <memory>

namespace boxoffice {

/// Descriptors watched by one epoll set, the set itself by one QSocketNotifier: the event loop
/// polls a single descriptor however many are in the set, where a QTcpSocket each would add
/// its own notifiers to every pass. Linux only, as the product is. Belongs to one thread.
class EpollSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollSet)

public:
    /// Called with a descriptor and its EPOLL* events; it may add, change or remove any.
    using Handler = std::function<void(int descriptor, quint32 events)>;

    explicit EpollSet(Handler handler, QObject *parent = nullptr);
    ~EpollSet() override;

    bool add(int descriptor, quint32 events);
    void change(int descriptor, quint32 events);
    void remove(int descriptor);

private:
    void dispatch();

    Handler m_handler;
    int m_epoll = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace boxoffice
