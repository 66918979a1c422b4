#include "exchangedialog.h"

#include "bookedseatlist.h"
#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "paymentpanel.h"
#include "seatmapwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
const QString adult = u"adult"_s;
/// How far ahead the target show may lie.
constexpr int showsAheadDays = 60;
enum NewSeatColumn { SeatColumn, TicketTypeColumn, PriceColumn };
} // namespace

ExchangeDialog::ExchangeDialog(CoreBackend &backend, Booking booking, StaffActor actor, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_booking(std::move(booking)), m_actor(std::move(actor)),
      m_giveUp(new BookedSeatList(m_booking, false, this)), m_shows(new QComboBox(this)), m_seatMap(new SeatMapWidget(this)),
      m_newSeats(new QTableWidget(0, PriceColumn + 1, this)),
      m_difference(new QLabel(this)), m_payment(new PaymentPanel(this)), m_reason(new QLineEdit(this)),
      m_message(new QLabel(this)), m_exchange(new QPushButton(tr("E&xchange"), this))
{
    setObjectName(u"exchangeDialog"_s);
    setWindowTitle(tr("Exchange %1").arg(m_booking.reference));
    m_giveUp->setObjectName(u"giveUpSeats"_s);
    m_shows->setObjectName(u"targetShow"_s);
    m_seatMap->setObjectName(u"targetSeatMap"_s);
    m_seatMap->setMinimumSize(420, 300);
    m_newSeats->setObjectName(u"newSeats"_s);
    m_newSeats->setHorizontalHeaderLabels({tr("New seat"), tr("Ticket type"), tr("Price")});
    m_newSeats->horizontalHeader()->setSectionResizeMode(TicketTypeColumn, QHeaderView::Stretch);
    m_newSeats->verticalHeader()->hide();
    m_newSeats->setSelectionMode(QAbstractItemView::NoSelection);
    m_newSeats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_newSeats->setMaximumHeight(160);
    m_difference->setObjectName(u"differenceLabel"_s);
    QFont bold = m_difference->font();
    bold.setBold(true);
    m_difference->setFont(bold);
    m_reason->setObjectName(u"exchangeReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why the seats change (required)"));
    m_message->setObjectName(u"exchangeMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_exchange->setObjectName(u"exchangeButton"_s);
    m_exchange->setAutoDefault(false);

    m_shows->addItem(u"%1 · %2"_s.arg(m_booking.showTitle, formatDateTime(m_booking.showStartsAt)), m_booking.showId);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(u"<b>%1</b> · %2<br>%3"_s.arg(m_booking.reference.toHtmlEscaped(),
                                                              m_booking.customer.name.toHtmlEscaped(),
                                                              m_booking.showTitle.toHtmlEscaped()),
                               this));
    left->addWidget(new QLabel(tr("Seats to give up:"), this));
    left->addWidget(m_giveUp, 1);
    left->addWidget(m_newSeats);
    auto *form = new QFormLayout;
    form->addRow(tr("Difference:"), m_difference);
    form->addRow(tr("Rea&son:"), m_reason);
    left->addLayout(form);
    left->addWidget(m_payment);
    auto *right = new QVBoxLayout;
    right->addWidget(m_shows);
    right->addWidget(m_seatMap, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exchange, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 620);

    connect(m_giveUp, &BookedSeatList::checkedChanged, this, [this] {
        // The defaults follow the given-up seats' types.
        showNewSeats();
        updateAmounts();
    });
    connect(m_shows, &QComboBox::currentIndexChanged, this, &ExchangeDialog::loadSnapshot);
    connect(m_seatMap, &SeatMapWidget::selectionChanged, this, [this](const QStringList &seats) {
        m_targetSeats = seats;
        showNewSeats();
        updateAmounts();
    });
    connect(m_payment, &PaymentPanel::paymentChanged, this, &ExchangeDialog::updateAmounts);
    connect(m_reason, &QLineEdit::textChanged, this, &ExchangeDialog::updateAmounts);
    connect(m_exchange, &QPushButton::clicked, this, &ExchangeDialog::exchange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAmounts();
    loadSnapshot();
    loadShows();
}

QString ExchangeDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

qint64 ExchangeDialog::targetShow() const
{
    return m_shows->currentData().toLongLong();
}

QStringList ExchangeDialog::seatsToGiveUp() const
{
    return m_giveUp->checkedSeats();
}

void ExchangeDialog::setGiveUpChecked(const QString &label, bool checked)
{
    m_giveUp->setSeatChecked(label, checked);
}

void ExchangeDialog::selectTargetShow(qint64 show)
{
    const int index = m_shows->findData(show);
    if (index >= 0)
        m_shows->setCurrentIndex(index);
}

void ExchangeDialog::loadShows()
{
    const QDateTime now = m_backend.clock().now();
    m_backend.run<QList<Show>>(
        this,
        [now](CoreServices &core) { return core.catalog.shows(now, now.addDays(showsAheadDays), Channel::Counter); },
        [this](const Result<QList<Show>> &result) {
            if (!result.ok()) {
                showMessage(true, describeError(result.error()));
                return;
            }
            const QSignalBlocker blocker(m_shows);
            for (const Show &show : result.value()) {
                if (show.id != m_booking.showId && !show.cancelled)
                    m_shows->addItem(u"%1 · %2"_s.arg(show.title, formatDateTime(show.startsAt)), show.id);
            }
        });
}

void ExchangeDialog::loadSnapshot()
{
    const qint64 show = targetShow();
    const quint64 generation = ++m_snapshotGeneration;
    m_snapshot.reset();
    m_targetSeats.clear();
    m_pickedTypes.clear();
    showNewSeats();
    updateAmounts();
    m_backend.run<ShowSnapshot>(
        this, [show](CoreServices &core) { return core.catalog.snapshot(show); },
        [this, generation](const Result<ShowSnapshot> &result) {
            if (generation != m_snapshotGeneration)
                return;
            if (!result.ok()) {
                showMessage(true, describeError(result.error()));
                return;
            }
            m_snapshot = result.value();
            m_seatMap->setSnapshot(result.value(), m_backend.counterOwner());
            m_targetSeats = m_seatMap->selectedSeats();
            showNewSeats();
            updateAmounts();
        });
}

void ExchangeDialog::setTicketType(const QString &label, const QString &ticketType)
{
    m_pickedTypes.insert(label, ticketType);
    showNewSeats();
    updateAmounts();
}

QHash<QString, QString> ExchangeDialog::ticketTypesForTargets() const
{
    // Without a pick, the new seats keep the given-up seats' ticket types in order.
    const QStringList types = m_giveUp->checkedTicketTypes();
    QHash<QString, QString> result;
    for (qsizetype i = 0; i < m_targetSeats.size(); ++i) {
        const QString &label = m_targetSeats.at(i);
        const QString picked = m_pickedTypes.value(label);
        const QString wanted = !picked.isEmpty() ? picked : i < types.size() ? types.at(i) : adult;
        result.insert(label, targetPrice(label, wanted) >= 0 ? wanted : adult);
    }
    return result;
}

QString ExchangeDialog::targetCategory(const QString &label) const
{
    if (m_snapshot) {
        for (const SeatState &state : m_snapshot->seats) {
            if (state.seat.label == label)
                return state.seat.category;
        }
    }
    return {};
}

void ExchangeDialog::showNewSeats()
{
    const QHash<QString, QString> types = ticketTypesForTargets();
    m_newSeats->setRowCount(int(m_targetSeats.size()));
    for (int row = 0; row < m_targetSeats.size(); ++row) {
        const QString &label = m_targetSeats.at(row);
        const QString type = types.value(label);
        auto *picker = new QComboBox(m_newSeats);
        picker->setObjectName(u"ticketType_%1"_s.arg(label));
        if (m_snapshot) {
            const QString category = targetCategory(label);
            for (const Price &price : m_snapshot->show.prices) {
                if (price.category == category)
                    picker->addItem(ticketTypeName(price.ticketType), price.ticketType);
            }
        }
        if (picker->findData(type) < 0)
            picker->addItem(ticketTypeName(type), type);
        picker->setCurrentIndex(picker->findData(type));
        // Queued: the picker is replaced by the list it rebuilds.
        connect(picker, &QComboBox::activated, this, [this, label, picker] {
            QMetaObject::invokeMethod(this, [this, label, type = picker->currentData().toString()] {
                setTicketType(label, type);
            }, Qt::QueuedConnection);
        });
        m_newSeats->setItem(row, SeatColumn, new QTableWidgetItem(label));
        m_newSeats->setCellWidget(row, TicketTypeColumn, picker);
        auto *price = new QTableWidgetItem(formatMoney(std::max<qint64>(0, targetPrice(label, type))));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_newSeats->setItem(row, PriceColumn, price);
    }
    m_newSeats->setVisible(!m_targetSeats.isEmpty());
}

qint64 ExchangeDialog::targetPrice(const QString &label, const QString &ticketType) const
{
    if (!m_snapshot)
        return -1;
    for (const SeatState &state : m_snapshot->seats) {
        if (state.seat.label != label)
            continue;
        if (const auto price = m_snapshot->show.priceFor(state.seat.category, ticketType))
            return *price;
        return ticketType == adult ? state.priceCents : -1;
    }
    return -1;
}

qint64 ExchangeDialog::difference() const
{
    const qint64 given = m_giveUp->checkedPrice();
    qint64 taken = 0;
    const QHash<QString, QString> types = ticketTypesForTargets();
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        taken += std::max<qint64>(0, targetPrice(it.key(), it.value()));
    return taken - given;
}

void ExchangeDialog::updateAmounts()
{
    const qint64 amount = difference();
    const bool ready = !seatsToGiveUp().isEmpty() && !m_targetSeats.isEmpty();
    if (!ready)
        m_difference->setText(tr("Tick the seats to give up and pick the new seats on the map."));
    else if (amount > 0)
        m_difference->setText(tr("To collect: %1").arg(formatMoney(amount)));
    else if (amount < 0)
        m_difference->setText(tr("To refund: %1").arg(formatMoney(-amount)));
    else
        m_difference->setText(tr("No difference in price"));
    m_payment->setAmountDue(std::max<qint64>(0, amount));
    m_payment->setVisible(ready && amount > 0);
    m_exchange->setEnabled(!m_busy && !m_done && ready && !m_reason->text().trimmed().isEmpty()
                           && (amount <= 0 || m_payment->problem().isEmpty()));
}

void ExchangeDialog::exchange()
{
    if (m_busy || m_done)
        return;
    ExchangeRequest request;
    request.reference = m_booking.reference;
    request.giveUp = seatsToGiveUp();
    request.targetShow = targetShow();
    request.targetSeats = m_targetSeats;
    request.ticketTypes = ticketTypesForTargets();
    request.reason = m_reason->text().trimmed();
    request.paymentMethod = m_payment->method();
    const qint64 amount = difference();
    request.tenderedCents = m_payment->tendered().value_or(std::max<qint64>(0, amount));
    if (request.reason.isEmpty()) {
        showMessage(true, tr("Please give a reason for the exchange."));
        return;
    }
    if (request.giveUp.isEmpty() || request.targetSeats.isEmpty()) {
        showMessage(true, tr("Tick the seats to give up and pick the new seats on the map."));
        return;
    }
    if (amount > 0 && !m_payment->problem().isEmpty()) {
        showMessage(true, m_payment->problem());
        return;
    }
    const StaffActor actor = m_actor;
    m_busy = true;
    updateAmounts();
    m_backend.run<ExchangeResult>(
        this, [request, actor](CoreServices &core) { return core.reservations.exchange(request, actor); },
        [this](const Result<ExchangeResult> &result) {
            m_busy = false;
            if (!result.ok()) {
                showMessage(true, describeError(result.error()));
                loadSnapshot();
                return;
            }
            m_done = true;
            const ExchangeResult &done = result.value();
            QString money;
            if (done.differenceCents > 0)
                money = done.changeCents > 0 ? tr("Collected %1; change to give: %2.")
                                                   .arg(formatMoney(done.differenceCents), formatMoney(done.changeCents))
                                             : tr("Collected %1.").arg(formatMoney(done.differenceCents));
            else if (done.differenceCents < 0)
                money = tr("Refund %1 to the customer.").arg(formatMoney(-done.differenceCents));
            showMessage(false, tr("Exchanged: %1 now holds %2. %3")
                                   .arg(done.reference, QLocale().createSeparatedList(done.newSeats), money)
                                   .trimmed());
            updateAmounts();
            emit exchanged(done);
        });
}

void ExchangeDialog::showMessage(bool error, const QString &text)
{
    showInlineMessage(m_message, error, text);
}

QString ExchangeDialog::describeError(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::SeatsUnavailable:
        return tr("Taken meanwhile by another customer or counter: %1. Nothing was changed; please pick other seats.")
            .arg(QLocale().createSeparatedList(error.seats));
    case ErrorCode::NotFound:
        return tr("This booking, show or seat no longer exists: %1").arg(error.message);
    case ErrorCode::Forbidden:
        return tr("This exchange is not allowed: %1").arg(error.message);
    case ErrorCode::InvalidField:
        return tr("Please check the entry: %1").arg(error.message);
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy. Nothing was changed; please try again in a moment.");
    default:
        break;
    }
    return tr("The database reported an error: %1").arg(error.message);
}

} // namespace boxoffice
