#pragma once

#include "types.h"

#include <QListWidget>

namespace boxoffice {

/// The live seats of a booking, each with its ticket type and price and a tick box: the seats a
/// manager refunds or gives up in an exchange. All are ticked at first.
class BookedSeatList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookedSeatList)

public:
    /// With `includeReleased`, seats already given back are listed too (a cancelled show's
    /// booking, whose seats were freed with the show).
    BookedSeatList(const Booking &booking, bool includeReleased, QWidget *parent = nullptr);

    QStringList checkedSeats() const;
    /// The ticket types of the ticked seats, in the list's order.
    QStringList checkedTicketTypes() const;
    qint64 checkedPrice() const;
    bool allChecked() const;
    void setSeatChecked(const QString &label, bool checked);
    void setAllChecked(bool checked);

signals:
    void checkedChanged();
};

} // namespace boxoffice
