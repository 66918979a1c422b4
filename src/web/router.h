#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace boxoffice {

/// Which endpoint a path names, and the methods it answers. A pure function of the path, so
/// that a known path asked with the wrong method gets 405 (QtHttpServer would say 404).
struct Route
{
    enum class Kind {
        None,
        Index,
        ShowPage,
        Asset,
        Health,
        ShowList,
        SeatStatus,
        Events,
        Holds,
        Bookings,
        Booking,
        BookingQr,
        TicketQr,
        ScanPage,
        ScanPairing,
        Checkin,
    };

    Kind kind = Kind::None;
    /// The variable part: a show id, an asset path below resources/web, a booking reference.
    QByteArray parameter;
    /// A ticket's code within the booking `parameter` names.
    QByteArray ticket;

    /// The methods answered, for the Allow header ("GET, HEAD").
    QByteArray allowed() const;
    bool allows(HttpRequest::Method method) const;
};

Route matchRoute(QByteArrayView path);

} // namespace boxoffice
