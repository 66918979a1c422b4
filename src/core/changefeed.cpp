#include "changefeed.h"

namespace boxoffice {

ChangeFeed::ChangeFeed(QObject *parent) : QObject(parent) {}

void ChangeFeed::publish(qint64 show, qint64 version)
{
    {
        QMutexLocker lock(&m_mutex);
        qint64 &known = m_versions[show];
        if (version <= known)
            return;
        known = version;
    }
    emit showChanged(show, version);
}

qint64 ChangeFeed::lastVersion(qint64 show) const
{
    QMutexLocker lock(&m_mutex);
    return m_versions.value(show, 0);
}

bool ChangeFeed::advance(qint64 &known, qint64 revision)
{
    QMutexLocker lock(&m_mutex);
    if (revision <= known)
        return false;
    known = revision;
    return true;
}

qint64 ChangeFeed::read(const qint64 &known) const
{
    QMutexLocker lock(&m_mutex);
    return known;
}

void ChangeFeed::publishVenueSettings(qint64 revision)
{
    if (advance(m_venueSettingsRevision, revision))
        emit venueSettingsChanged(revision);
}

qint64 ChangeFeed::lastVenueSettingsRevision() const
{
    return read(m_venueSettingsRevision);
}

void ChangeFeed::publishTicketTypes(qint64 revision)
{
    if (advance(m_ticketTypesRevision, revision))
        emit ticketTypesChanged(revision);
}

qint64 ChangeFeed::lastTicketTypesRevision() const
{
    return read(m_ticketTypesRevision);
}

} // namespace boxoffice
