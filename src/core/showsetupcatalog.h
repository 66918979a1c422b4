#pragma once

#include "database.h"
#include "showservice.h"
#include "types.h"

namespace boxoffice {

/// A show as the manager sets it up, with what the list of shows tells about its sales.
struct ShowSetup
{
    qint64 id = 0;
    /// Everything ShowService takes back for an edit; house seats are left unread (edited elsewhere).
    ShowDraft draft;
    QString hallName;
    int seatsTotal = 0;
    int seatsBooked = 0;
    /// Bookings not cancelled: those a cancellation of the show would cancel.
    int liveBookings = 0;
    bool cancelled = false;
    QString cancelReason;
};

/// Read-only questions the Shows window asks: each show's settings, prices and sales, cancelled
/// shows included. Belongs to the thread of its Database.
class ShowSetupCatalog final
{
    Q_DISABLE_COPY_MOVE(ShowSetupCatalog)

public:
    explicit ShowSetupCatalog(Database &database);

    /// Shows starting in [from, to), by start time; cancelled ones only when asked for.
    Result<QList<ShowSetup>> shows(const QDateTime &from, const QDateTime &to, bool withCancelled) const;
    Result<ShowSetup> show(qint64 id) const;

private:
    Result<QList<ShowSetup>> showsWhere(const QString &condition, const QVariantList &values) const;

    Database &m_database;
};

} // namespace boxoffice
