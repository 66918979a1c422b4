#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace boxoffice {

/// Turns SIGTERM and SIGINT into a Qt signal on the event loop (through a self-pipe, since
/// nothing but async-signal-safe calls may run inside a signal handler).
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace boxoffice
