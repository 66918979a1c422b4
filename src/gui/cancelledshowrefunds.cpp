#include "cancelledshowrefunds.h"

#include "corebackend.h"
#include "displaynames.h"
#include "paymentledger.h"
#include "showerrortext.h"
#include "showsetupcatalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

struct CancelledShowRefunds::Refundable
{
    Booking booking;
    BookingMoney money;
};

CancelledShowRefunds::CancelledShowRefunds(CoreBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_status(new QLabel(this)), m_table(new QTableWidget(0, RefundColumn + 1, this))
{
    setObjectName(u"cancelledShowRefunds"_s);
    m_status->setObjectName(u"refundsStatus"_s);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"refundsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Customer"), tr("Seats"), tr("To refund"), tr("Paid by"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(SeatsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    hide();
}

QString CancelledShowRefunds::statusText() const
{
    return m_status->text();
}

void CancelledShowRefunds::setShow(const ShowSetup *show)
{
    if (!show || !show->cancelled) {
        m_show = 0;
        hide();
        return;
    }
    if (show->id != m_show) {
        m_table->setRowCount(0);
        m_status->setText(tr("Reading the bookings to refund…"));
    }
    m_show = show->id;
    m_title = show->draft.title;
    setVisible(true);
    reload();
}

void CancelledShowRefunds::reload()
{
    if (m_show == 0)
        return;
    m_backend.run<QList<Refundable>>(
            this,
            [show = m_show](CoreServices &core) -> Result<QList<Refundable>> {
                auto holding = PaymentLedger(core.database).bookingsHoldingMoney(show);
                if (!holding.ok())
                    return holding.error();
                QList<Refundable> bookings;
                for (const BookingMoney &money : std::as_const(holding.value())) {
                    auto booking = core.catalog.booking(money.reference);
                    if (!booking.ok())
                        return booking.error();
                    bookings.append({booking.value(), money});
                }
                return bookings;
            },
            [this, show = m_show](const Result<QList<Refundable>> &bookings) {
                // The manager may have picked another show meanwhile.
                if (show != m_show)
                    return;
                if (bookings.ok())
                    showBookings(bookings.value());
                else
                    m_status->setText(tr("The bookings to refund could not be read. %1").arg(showErrorText(bookings.error())));
                emit loaded();
            });
}

void CancelledShowRefunds::showBookings(const QList<Refundable> &bookings)
{
    m_status->setText(bookings.isEmpty()
                              ? tr("“%1” is cancelled. No booking holds money any more: every refund is made.").arg(m_title)
                              : tr("“%1” is cancelled. %n booking(s) wait for a refund.", nullptr, int(bookings.size()))
                                        .arg(m_title));
    m_table->setRowCount(int(bookings.size()));
    for (int row = 0; row < bookings.size(); ++row) {
        const Booking &booking = bookings.at(row).booking;
        const BookingMoney &money = bookings.at(row).money;
        QStringList seats;
        for (const BookedSeat &seat : booking.seats)
            seats.append(seat.label);
        QStringList methods;
        for (auto it = money.balanceByMethod.cbegin(); it != money.balanceByMethod.cend(); ++it) {
            if (it.value() > 0)
                methods.append(paymentMethodName(it.key()));
        }
        methods.sort();
        const QStringList texts{booking.reference, booking.customer.name, seats.join(u", "_s),
                                formatMoney(money.balanceCents), QLocale().createSeparatedList(methods)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        auto *refund = new QPushButton(tr("Refund…"), m_table);
        refund->setObjectName(u"refund_%1"_s.arg(booking.reference));
        connect(refund, &QPushButton::clicked, this, [this, booking] { emit refundRequested(booking); });
        m_table->setCellWidget(row, RefundColumn, refund);
    }
    m_table->setVisible(!bookings.isEmpty());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SeatsColumn, QHeaderView::Stretch);
}

} // namespace boxoffice
