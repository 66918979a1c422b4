#include "bookedseatlist.h"

#include "displaynames.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int labelRole = Qt::UserRole;
constexpr int priceRole = Qt::UserRole + 1;
constexpr int typeRole = Qt::UserRole + 2;
} // namespace

BookedSeatList::BookedSeatList(const Booking &booking, bool includeReleased, QWidget *parent) : QListWidget(parent)
{
    for (const BookedSeat &seat : booking.seats) {
        if (seat.released && !includeReleased)
            continue;
        auto *item = new QListWidgetItem(
            u"%1 · %2 · %3"_s.arg(seat.label, ticketTypeName(seat.ticketType), formatMoney(seat.priceCents)), this);
        item->setData(labelRole, seat.label);
        item->setData(priceRole, seat.priceCents);
        item->setData(typeRole, seat.ticketType);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(this, &QListWidget::itemChanged, this, &BookedSeatList::checkedChanged);
}

QStringList BookedSeatList::checkedSeats() const
{
    QStringList seats;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            seats.append(item(row)->data(labelRole).toString());
    }
    return seats;
}

QStringList BookedSeatList::checkedTicketTypes() const
{
    QStringList types;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            types.append(item(row)->data(typeRole).toString());
    }
    return types;
}

qint64 BookedSeatList::checkedPrice() const
{
    qint64 price = 0;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            price += item(row)->data(priceRole).toLongLong();
    }
    return price;
}

bool BookedSeatList::allChecked() const
{
    return count() > 0 && checkedSeats().size() == count();
}

void BookedSeatList::setSeatChecked(const QString &label, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(labelRole).toString() == label)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void BookedSeatList::setAllChecked(bool checked)
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace boxoffice
