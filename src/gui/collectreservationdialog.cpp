#include "collectreservationdialog.h"

#include "bookingreference.h"
#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "paymentpanel.h"
#include "ticketcode.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
QStringList liveSeatLabels(const Booking &booking)
{
    QStringList labels;
    for (const BookedSeat &seat : booking.seats) {
        if (!seat.released)
            labels.append(seat.label);
    }
    return labels;
}

bool isCollectable(const Booking &booking)
{
    return booking.paymentState == PaymentState::Reserved && !booking.cancelled;
}
} // namespace

CollectReservationDialog::CollectReservationDialog(CoreBackend &backend, StaffActor actor, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_actor(std::move(actor)), m_search(new QLineEdit(this)),
      m_results(new QTableWidget(0, 6, this)), m_details(new QLabel(this)), m_payment(new PaymentPanel(this)),
      m_message(new QLabel(this)), m_collect(new QPushButton(tr("&Collect payment"), this)),
      m_print(new QPushButton(tr("&Print tickets"), this)), m_savePdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(u"collectReservationDialog"_s);
    setWindowTitle(tr("Collect reservation"));
    m_search->setObjectName(u"reservationSearch"_s);
    m_search->setPlaceholderText(tr("Reference, name or e-mail – or scan the QR code"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_results->setObjectName(u"reservationResults"_s);
    m_results->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Customer"), tr("Show"), tr("Seats"), tr("Amount"), tr("Pay by")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(ShowColumn, QHeaderView::Stretch);
    m_details->setObjectName(u"reservationDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_message->setObjectName(u"collectMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_collect->setObjectName(u"collectButton"_s);
    m_collect->setAutoDefault(false);
    m_print->setObjectName(u"printButton"_s);
    m_print->setAutoDefault(false);
    m_savePdf->setObjectName(u"savePdfButton"_s);
    m_savePdf->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_collect, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_payment);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 560);

    // Enter in the search field searches (a scanner ends its text with Enter) and never closes
    // the dialog through a default button.
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectReservationDialog::onResultSelected);
    connect(m_payment, &PaymentPanel::paymentChanged, this, &CollectReservationDialog::updateButtons);
    connect(m_collect, &QPushButton::clicked, this, &CollectReservationDialog::collect);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_collected)
            emit printRequested(*m_collected);
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        if (m_collected)
            emit savePdfRequested(*m_collected);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showReservation(std::nullopt);
    m_search->setFocus();
}

QString CollectReservationDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CollectReservationDialog::search(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        showMessage(true, tr("Type a reference, a name or an e-mail address, or scan the reservation's QR code."));
        return;
    }
    const QString reference = BookingReference::fromScanOrTyped(wanted);
    // A ticket's code (scanned from the web confirmation) names its booking as exactly as a reference.
    const bool ticketCode = reference.isEmpty() && !TicketCode::normalized(wanted).isEmpty();
    const quint64 generation = ++m_searchGeneration;
    // Reservations of shows that started a while ago are still found, to be told they lapsed.
    const QDateTime showsFrom = m_backend.clock().now().addSecs(-6 * 3600);
    m_message->hide();
    m_backend.run<QList<Booking>>(
        this,
        [wanted, showsFrom](CoreServices &core) { return core.catalog.findReservations(wanted, showsFrom); },
        [this, generation, reference, ticketCode](const Result<QList<Booking>> &result) {
            if (generation != m_searchGeneration)
                return;
            if (!result.ok()) {
                fillResults({}, {});
                showMessage(true, describeError(result.error()));
                return;
            }
            const bool foundByCode = ticketCode && result.value().size() == 1;
            fillResults(result.value(), foundByCode ? result.value().constFirst().reference : reference);
            if (result.value().isEmpty())
                showMessage(true, tr("No reservation matches “%1”.").arg(m_search->text().trimmed()));
        });
}

void CollectReservationDialog::fillResults(const QList<Booking> &bookings, const QString &exactReference)
{
    m_found = bookings;
    {
        const QSignalBlocker blocker(m_results->selectionModel());
        m_results->clearContents();
        m_results->setRowCount(int(bookings.size()));
        for (int row = 0; row < bookings.size(); ++row) {
            const Booking &booking = bookings.at(row);
            const auto cell = [this, row](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                m_results->setItem(row, column, item);
                return item;
            };
            cell(ReferenceColumn, booking.reference);
            cell(CustomerColumn, booking.customer.name);
            cell(ShowColumn, u"%1 · %2"_s.arg(booking.showTitle, formatTime(booking.showStartsAt)));
            cell(SeatsColumn, QLocale().createSeparatedList(liveSeatLabels(booking)));
            cell(AmountColumn, formatMoney(booking.totalCents))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell(PayByColumn, isCollectable(booking) ? formatTime(booking.payBy) : paymentStateText(booking));
        }
    }
    const bool exact = bookings.size() == 1 && !exactReference.isEmpty()
                       && bookings.constFirst().reference.compare(exactReference, Qt::CaseInsensitive) == 0;
    if (exact || bookings.size() == 1) {
        m_results->selectRow(0);
        onResultSelected();
    } else {
        showReservation(std::nullopt);
    }
    if (exact && m_current && isCollectable(*m_current))
        m_payment->setFocus();
}

void CollectReservationDialog::onResultSelected()
{
    const int row = m_results->currentRow();
    showReservation(row >= 0 && row < m_found.size() ? std::optional<Booking>(m_found.at(row)) : std::nullopt);
}

void CollectReservationDialog::showReservation(const std::optional<Booking> &booking)
{
    const bool other = !booking || !m_current || booking->reference != m_current->reference;
    m_current = booking;
    if (other) {
        m_payment->reset();
        if (!m_collected || !booking || m_collected->reference != booking->reference)
            m_message->hide();
    }
    if (!booking) {
        m_details->setText(tr("Find a reservation to collect its payment."));
        m_payment->setAmountDue(0);
        updateButtons();
        return;
    }
    QStringList seats;
    for (const BookedSeat &seat : booking->seats) {
        if (!seat.released) {
            seats.append(u"%1 (%2, %3)"_s.arg(seat.label, ticketTypeName(seat.ticketType), formatMoney(seat.priceCents))
                             .toHtmlEscaped());
        }
    }
    const QString state = isCollectable(*booking) && booking->payBy.isValid()
                              ? tr("Reserved, to be paid by %1").arg(formatDateTime(booking->payBy))
                              : paymentStateText(*booking);
    m_details->setText(u"<b>%1</b> · %2<br>%3 · %4<br>%5<br><b>%6</b> · %7"_s.arg(
        booking->reference.toHtmlEscaped(), booking->customer.name.toHtmlEscaped(), booking->showTitle.toHtmlEscaped(),
        formatDateTime(booking->showStartsAt).toHtmlEscaped(), seats.join(u", "_s),
        formatMoney(booking->totalCents).toHtmlEscaped(), state.toHtmlEscaped()));
    m_payment->setAmountDue(isCollectable(*booking) ? booking->totalCents : 0);
    updateButtons();
}

void CollectReservationDialog::collect()
{
    if (m_busy || !m_current)
        return;
    if (!isCollectable(*m_current)) {
        showMessage(true, tr("%1 is not waiting for payment.").arg(m_current->reference));
        return;
    }
    const QString trouble = m_payment->problem();
    if (!trouble.isEmpty()) {
        showMessage(true, trouble);
        return;
    }
    const Booking reservation = *m_current;
    const QString method = m_payment->method();
    const qint64 tendered = m_payment->tendered().value_or(reservation.totalCents);
    const StaffActor actor = m_actor;
    setBusy(true);
    m_backend.run<Collected>(
        this,
        [reservation, method, tendered, actor](CoreServices &core) -> Result<Collected> {
            auto paid = core.reservations.collectReservation(reservation.reference, method, tendered, actor);
            if (!paid.ok())
                return paid.error();
            Collected collected{paid.value().changeCents, reservation};
            // The payment is taken even if the booking cannot be read again; print what is known.
            if (auto booking = core.catalog.booking(reservation.reference); booking.ok())
                collected.booking = booking.value();
            else
                collected.booking.paymentState = PaymentState::Paid;
            collected.booking.paymentMethod = method;
            return collected;
        },
        [this](const Result<Collected> &result) {
            setBusy(false);
            if (!result.ok()) {
                showMessage(true, describeError(result.error()));
                if (result.error().code == ErrorCode::AlreadyPaid && m_current) {
                    Booking paid = *m_current;
                    paid.paymentState = PaymentState::Paid;
                    showReservation(paid);
                }
                return;
            }
            const Collected &done = result.value();
            m_collected = done.booking;
            showReservation(done.booking);
            showMessage(false, done.changeCents > 0
                                   ? tr("%1 is paid. Change to give: %2").arg(done.booking.reference,
                                                                               formatMoney(done.changeCents))
                                   : tr("%1 is paid.").arg(done.booking.reference));
            updateButtons();
            m_print->setFocus();
            emit collected(done.booking);
        });
}

void CollectReservationDialog::showMessage(bool error, const QString &text)
{
    showInlineMessage(m_message, error, text);
}

void CollectReservationDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CollectReservationDialog::updateButtons()
{
    const bool collectable = m_current && isCollectable(*m_current);
    m_collect->setEnabled(!m_busy && collectable && m_payment->problem().isEmpty());
    // Once paid (or when nothing is found) there is no cash to take: a change worked out against
    // nothing due would show the whole amount handed over as change.
    m_payment->setVisible(collectable);
    const bool printable = m_collected && m_current && m_collected->reference == m_current->reference;
    m_print->setEnabled(printable);
    m_savePdf->setEnabled(printable);
}

QString CollectReservationDialog::paymentStateText(const Booking &booking)
{
    if (booking.cancelled)
        return tr("Cancelled");
    switch (booking.paymentState) {
    case PaymentState::Reserved:
        return tr("Reserved");
    case PaymentState::Paid:
        return tr("Already paid");
    case PaymentState::Expired:
        return tr("Expired unpaid");
    case PaymentState::Refunded:
        return tr("Refunded");
    }
    return {};
}

QString CollectReservationDialog::describeError(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::AlreadyPaid:
        return tr("Already collected – do not take the money again. %1").arg(error.message);
    case ErrorCode::NotFound:
        return tr("This reservation no longer exists.");
    case ErrorCode::Forbidden:
        return tr("This reservation cannot be paid any more: %1").arg(error.message);
    case ErrorCode::InvalidField:
        return tr("Please check the payment: %1").arg(error.message);
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy: another counter or the web shop is writing to it. "
                  "Nothing was taken; please try again in a moment.");
    case ErrorCode::StorageFull:
        return tr("The disk is full, so the payment could not be recorded. Please tell the manager.");
    default:
        break;
    }
    return tr("The database reported an error: %1").arg(error.message);
}

} // namespace boxoffice
