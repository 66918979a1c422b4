#pragma once

#include <QDateTime>
#include <QMutex>

namespace boxoffice {

/// Where the core reads the time, so that expiry can be tested by moving time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that only moves when told; safe to read from any thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc());
    QDateTime now() const override;
    void set(QDateTime time);
    void advance(qint64 milliseconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace boxoffice
