#include "refunddialog.h"

#include "bookedseatlist.h"
#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "paymentledger.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

RefundDialog::RefundDialog(CoreBackend &backend, Booking booking, StaffActor actor, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_booking(std::move(booking)), m_actor(std::move(actor)),
      m_seats(new BookedSeatList(m_booking, m_booking.cancelled, this)), m_allSeats(new QCheckBox(tr("&All seats"), this)), m_paid(new QLabel(this)),
      m_refundable(new QLabel(this)), m_toRefund(new QLabel(this)), m_method(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_message(new QLabel(this)), m_refund(new QPushButton(tr("&Refund"), this))
{
    setObjectName(u"refundDialog"_s);
    setWindowTitle(tr("Refund %1").arg(m_booking.reference));
    m_seats->setObjectName(u"refundSeats"_s);
    m_allSeats->setObjectName(u"refundAllSeats"_s);
    m_paid->setObjectName(u"paidLabel"_s);
    m_refundable->setObjectName(u"refundableLabel"_s);
    m_toRefund->setObjectName(u"toRefundLabel"_s);
    m_method->setObjectName(u"methodLabel"_s);
    m_reason->setObjectName(u"refundReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why the money goes back (required)"));
    m_message->setObjectName(u"refundMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_refund->setObjectName(u"refundButton"_s);
    m_refund->setAutoDefault(false);
    QFont bold = m_toRefund->font();
    bold.setBold(true);
    m_toRefund->setFont(bold);

    // A cancelled show's booking gives back its money whole: its seats were freed with the show.
    if (m_booking.cancelled) {
        for (int row = 0; row < m_seats->count(); ++row)
            m_seats->item(row)->setFlags(Qt::ItemIsEnabled);
        m_allSeats->setEnabled(false);
    }
    m_allSeats->setChecked(true);

    auto *heading = new QLabel(u"<b>%1</b> · %2<br>%3 · %4"_s.arg(
                                   m_booking.reference.toHtmlEscaped(), m_booking.customer.name.toHtmlEscaped(),
                                   m_booking.showTitle.toHtmlEscaped(),
                                   formatDateTime(m_booking.showStartsAt).toHtmlEscaped()),
                               this);
    auto *form = new QFormLayout;
    form->addRow(tr("Paid:"), m_paid);
    form->addRow(tr("Refundable:"), m_refundable);
    form->addRow(tr("To refund:"), m_toRefund);
    form->addRow(tr("Refunded to:"), m_method);
    form->addRow(tr("Rea&son:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refund, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_allSeats);
    layout->addWidget(m_seats, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_allSeats, &QCheckBox::clicked, m_seats, &BookedSeatList::setAllChecked);
    connect(m_seats, &BookedSeatList::checkedChanged, this, &RefundDialog::updateAmounts);
    connect(m_reason, &QLineEdit::textChanged, this, &RefundDialog::updateAmounts);
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::refund);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAmounts();
    loadMoney();
}

QString RefundDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList RefundDialog::selectedSeats() const
{
    return m_seats->checkedSeats();
}

void RefundDialog::setSeatChecked(const QString &label, bool checked)
{
    m_seats->setSeatChecked(label, checked);
}

void RefundDialog::selectAllSeats()
{
    m_seats->setAllChecked(true);
}

void RefundDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

qint64 RefundDialog::amountToRefund() const
{
    if (!m_money)
        return m_seats->checkedPrice();
    // The whole booking gives back all it holds (an exchange may have moved money in or out).
    return m_seats->allChecked() ? m_money->balanceCents : std::min(m_seats->checkedPrice(), m_money->balanceCents);
}

void RefundDialog::loadMoney()
{
    const QString reference = m_booking.reference;
    m_backend.run<BookingMoney>(
        this, [reference](CoreServices &core) { return PaymentLedger(core.database).bookingMoney(reference); },
        [this](const Result<BookingMoney> &result) {
            if (!result.ok()) {
                showMessage(true, describeError(result.error()));
                return;
            }
            m_money = result.value();
            updateAmounts();
        });
}

void RefundDialog::updateAmounts()
{
    const QStringList seats = selectedSeats();
    {
        const QSignalBlocker blocker(m_allSeats);
        m_allSeats->setChecked(m_seats->allChecked());
    }
    if (m_money) {
        m_paid->setText(formatMoney(m_money->paidCents));
        m_refundable->setText(formatMoney(m_money->balanceCents));
        QStringList methods;
        for (auto it = m_money->balanceByMethod.cbegin(); it != m_money->balanceByMethod.cend(); ++it) {
            if (it.value() > 0)
                methods.append(paymentMethodName(it.key()));
        }
        methods.sort();
        m_method->setText(methods.isEmpty() ? tr("nothing was paid") : QLocale().createSeparatedList(methods));
    } else {
        m_paid->setText(tr("Reading…"));
        m_refundable->setText(tr("Reading…"));
        m_method->setText(paymentMethodName(m_booking.paymentMethod));
    }
    m_toRefund->setText(formatMoney(amountToRefund()));
    m_refund->setEnabled(!m_busy && !m_done && m_money && !seats.isEmpty() && !m_reason->text().trimmed().isEmpty());
    m_refund->setToolTip(m_reason->text().trimmed().isEmpty() ? tr("A reason is required.") : QString());
}

void RefundDialog::refund()
{
    if (m_busy || m_done)
        return;
    const QString reason = m_reason->text().trimmed();
    const QStringList seats = selectedSeats();
    if (reason.isEmpty()) {
        showMessage(true, tr("Please give a reason for the refund."));
        m_reason->setFocus();
        return;
    }
    if (seats.isEmpty()) {
        showMessage(true, tr("Tick the seats to refund."));
        return;
    }
    const QString reference = m_booking.reference;
    const StaffActor actor = m_actor;
    const QStringList seatsToRefund = m_seats->allChecked() ? QStringList() : seats;
    m_busy = true;
    updateAmounts();
    m_backend.run<RefundResult>(
        this,
        [reference, seatsToRefund, reason, actor](CoreServices &core) {
            return core.reservations.refund(reference, seatsToRefund, reason, actor);
        },
        [this](const Result<RefundResult> &result) {
            m_busy = false;
            if (!result.ok()) {
                showMessage(true, describeError(result.error()));
                updateAmounts();
                loadMoney();
                return;
            }
            m_done = true;
            QStringList lines;
            for (const PaymentLine &line : result.value().lines)
                lines.append(tr("%1 by %2").arg(formatMoney(-line.amountCents), paymentMethodInSentence(line.method)));
            showMessage(false, lines.isEmpty()
                                   ? tr("Refunded: nothing had been paid. The seats are back on sale.")
                                   : tr("Refunded %1 – give back %2. The seats are back on sale.")
                                         .arg(formatMoney(result.value().refundedCents), QLocale().createSeparatedList(lines)));
            updateAmounts();
            loadMoney();
            emit refunded(result.value());
        });
}

void RefundDialog::showMessage(bool error, const QString &text)
{
    showInlineMessage(m_message, error, text);
}

QString RefundDialog::describeError(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("This booking or seat no longer exists: %1").arg(error.message);
    case ErrorCode::Forbidden:
        return tr("This refund is not allowed: %1").arg(error.message);
    case ErrorCode::InvalidField:
        return tr("Please check the entry: %1").arg(error.message);
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy. Nothing was refunded; please try again in a moment.");
    default:
        break;
    }
    return tr("The database reported an error: %1").arg(error.message);
}

} // namespace boxoffice
