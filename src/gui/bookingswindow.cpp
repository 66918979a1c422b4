#include "bookingswindow.h"
#include "corebackend.h"
#include "displaynames.h"
#include "exchangedialog.h"
#include "manageractions.h"
#include "managerapproval.h"
#include "refunddialog.h"
#include "ticketrenderer.h"
#include "ui_bookingswindow.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int searchLimit = 200;
constexpr int reloadDelayMs = 300;
constexpr int ReferenceRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

enum ResultColumn { RefColumn, ShowColumn, StartsColumn, CustomerColumn, SeatsColumn, TotalColumn, StateColumn };
enum SeatColumn { SeatLabelColumn, CategoryColumn, TicketTypeColumn, PriceColumn, SeatStateColumn };

QStandardItem *item(const QString &text, const QVariant &sortKey = {})
{
    auto *cell = new QStandardItem(text);
    cell->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    return cell;
}

QString showLine(const Booking &booking)
{
    const QLocale locale;
    return BookingsWindow::tr("%1 — %2, %3")
            .arg(booking.showTitle, locale.toString(inVenueZone(booking.showStartsAt), QLocale::ShortFormat),
                 booking.hallName);
}

int activeSeats(const Booking &booking)
{
    return int(std::count_if(booking.seats.cbegin(), booking.seats.cend(),
                             [](const BookedSeat &seat) { return !seat.released; }));
}
} // namespace

BookingsWindow::BookingsWindow(CoreBackend &backend, ManagerApproval &approval, ManagerActions &actions,
                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BookingsWindow>()), m_backend(backend), m_approval(approval),
      m_actions(actions)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({600, 440});

    m_results = new QStandardItemModel(0, 7, this);
    m_results->setHorizontalHeaderLabels(
            {tr("Reference"), tr("Show"), tr("Starts"), tr("Customer"), tr("Seats"), tr("Total"), tr("State")});
    m_results->setSortRole(SortRole);
    m_ui->resultsTable->setModel(m_results);
    m_ui->resultsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsTable->sortByColumn(StartsColumn, Qt::DescendingOrder);

    m_seats = new QStandardItemModel(0, 5, this);
    m_seats->setHorizontalHeaderLabels({tr("Seat"), tr("Category"), tr("Ticket"), tr("Price"), tr("State")});
    m_ui->seatsTable->setModel(m_seats);
    m_ui->seatsTable->horizontalHeader()->setStretchLastSection(true);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(reloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &BookingsWindow::refresh);

    connect(m_ui->searchButton, &QPushButton::clicked, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->resultsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BookingsWindow::onResultSelected);
    connect(m_ui->seatsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BookingsWindow::updateButtons);
    connect(m_ui->printButton, &QPushButton::clicked, this, &BookingsWindow::printTickets);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &BookingsWindow::saveTicketsPdf);
    connect(m_ui->unbookSeatsButton, &QPushButton::clicked, this, &BookingsWindow::unbookSelectedSeats);
    connect(m_ui->unbookBookingButton, &QPushButton::clicked, this, &BookingsWindow::unbookWholeBooking);
    m_refundButton = new QPushButton(tr("&Refund…"), this);
    m_refundButton->setObjectName(u"refundButton"_s);
    m_refundButton->setToolTip(tr("Give back the money of this booking or of the selected seats"));
    m_exchangeButton = new QPushButton(tr("E&xchange…"), this);
    m_exchangeButton->setObjectName(u"exchangeButton"_s);
    m_exchangeButton->setToolTip(tr("Move seats of this booking to other seats or another show"));
    m_ui->managerLayout->addWidget(m_refundButton);
    m_ui->managerLayout->addWidget(m_exchangeButton);
    connect(m_refundButton, &QPushButton::clicked, this, &BookingsWindow::openRefund);
    connect(m_exchangeButton, &QPushButton::clicked, this, &BookingsWindow::openExchange);
    connect(&m_approval, &ManagerApproval::changed, this, &BookingsWindow::updateButtons);
    connect(&m_backend.feed(), &ChangeFeed::showChanged, this, [this](qint64 show) {
        if (m_booking && m_booking->showId == show)
            m_reloadTimer.start();
    });
    connect(&m_actions, &ManagerActions::finished, this, [this](ManagerActions::Action, bool ok) {
        if (ok && m_booking)
            m_reloadTimer.start();
    });

    showBooking(std::nullopt);
    m_ui->searchEdit->setFocus();
}

BookingsWindow::~BookingsWindow() = default;

void BookingsWindow::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

void BookingsWindow::search(const QString &text)
{
    const QString needle = text.trimmed();
    if (m_ui->searchEdit->text() != text)
        m_ui->searchEdit->setText(text);
    if (needle.isEmpty()) {
        m_ui->statusLabel->setText(tr("Type a booking reference, a customer's name or e-mail, or a show title."));
        return;
    }
    runQuery([needle](CoreServices &services) { return services.catalog.findBookings(needle, searchLimit); },
             tr("Bookings matching “%1”").arg(needle));
}

void BookingsWindow::listShow(qint64 show)
{
    runQuery([show](CoreServices &services) { return services.catalog.bookingsForShow(show); },
             tr("Bookings of the chosen show"));
}

void BookingsWindow::openBooking(const QString &reference)
{
    const QString wanted = reference.trimmed();
    m_ui->searchEdit->setText(wanted);
    runQuery([wanted](CoreServices &services) { return services.catalog.findBookings(wanted, searchLimit); },
             tr("Bookings matching “%1”").arg(wanted), wanted);
}

void BookingsWindow::runQuery(std::function<Result<QList<Booking>>(CoreServices &)> query,
                              const QString &description, const QString &select)
{
    m_lastQuery = query;
    m_lastDescription = description;
    const int generation = ++m_queryGeneration;
    m_ui->statusLabel->setText(tr("Searching…"));
    m_backend.run<QList<Booking>>(this, std::move(query),
                                  [this, generation, description, select](const Result<QList<Booking>> &result) {
                                      // A newer search supersedes this one.
                                      if (generation != m_queryGeneration)
                                          return;
                                      if (!result.ok()) {
                                          m_ui->statusLabel->setText(tr("The bookings could not be read: %1")
                                                                             .arg(result.error().message));
                                          return;
                                      }
                                      fillResults(result.value(), select);
                                      m_ui->statusLabel->setText(
                                              tr("%1: %n booking(s).", nullptr, int(result->size())).arg(description));
                                      emit resultsLoaded(int(result->size()));
                                  });
}

void BookingsWindow::refresh()
{
    if (m_booking)
        loadBooking(m_booking->reference);
    rerunQuery();
}

void BookingsWindow::rerunQuery()
{
    if (!m_lastQuery)
        return;
    runQuery(m_lastQuery, m_lastDescription, m_booking ? m_booking->reference : QString());
}

void BookingsWindow::fillResults(const QList<Booking> &bookings, const QString &select)
{
    const QString keep = !select.isEmpty() ? select : (m_booking ? m_booking->reference : QString());
    const QLocale locale;
    const QSignalBlocker blocker(m_ui->resultsTable->selectionModel());
    m_results->removeRows(0, m_results->rowCount());
    m_ui->resultsTable->setSortingEnabled(false);
    for (const Booking &booking : bookings) {
        const int seats = activeSeats(booking);
        QList<QStandardItem *> row = {
                item(booking.reference),
                item(booking.showTitle),
                item(locale.toString(inVenueZone(booking.showStartsAt), QLocale::ShortFormat),
                     booking.showStartsAt.toMSecsSinceEpoch()),
                item(booking.customer.name.isEmpty() ? booking.customer.email : booking.customer.name),
                item(QString::number(seats), seats),
                item(formatMoney(booking.totalCents), booking.totalCents),
                item(stateText(booking)),
        };
        row.at(SeatsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.at(TotalColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *cell : row)
            cell->setData(booking.reference, ReferenceRole);
        m_results->appendRow(row);
    }
    m_ui->resultsTable->setSortingEnabled(true);
    m_ui->resultsTable->resizeColumnsToContents();

    int selectRow = -1;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->item(row, RefColumn)->data(ReferenceRole).toString().compare(keep, Qt::CaseInsensitive) == 0)
            selectRow = row;
    }
    if (selectRow < 0 && m_results->rowCount() == 1)
        selectRow = 0;
    if (selectRow >= 0) {
        m_ui->resultsTable->selectRow(selectRow);
        m_ui->resultsTable->setCurrentIndex(m_results->index(selectRow, RefColumn));
        const QString reference = m_results->item(selectRow, RefColumn)->data(ReferenceRole).toString();
        if (!m_booking || m_booking->reference != reference)
            loadBooking(reference);
    }
}

void BookingsWindow::onResultSelected()
{
    const QModelIndex current = m_ui->resultsTable->currentIndex();
    if (!current.isValid())
        return;
    loadBooking(current.data(ReferenceRole).toString());
}

void BookingsWindow::loadBooking(const QString &reference)
{
    m_backend.run<Booking>(
            this, [reference](CoreServices &services) { return services.catalog.booking(reference); },
            [this, reference](const Result<Booking> &result) {
                if (!result.ok()) {
                    if (m_booking && m_booking->reference == reference)
                        showBooking(std::nullopt);
                    m_ui->statusLabel->setText(
                            tr("Booking %1 could not be read: %2").arg(reference, result.error().message));
                    return;
                }
                showBooking(result.value());
                emit bookingShown(reference);
            });
}

void BookingsWindow::showBooking(const std::optional<Booking> &booking)
{
    const bool sameBooking = booking && m_booking && booking->reference == m_booking->reference;
    const QStringList keepSelected = sameBooking ? selectedSeatLabels() : QStringList();
    m_booking = booking;
    m_seats->removeRows(0, m_seats->rowCount());
    if (!booking) {
        for (QLabel *label : {m_ui->referenceValue, m_ui->showValue, m_ui->customerValue, m_ui->soldValue,
                              m_ui->totalValue, m_ui->stateValue})
            label->setText(u"—"_s);
        m_ui->detailsBox->setTitle(tr("Booking"));
        updateButtons();
        return;
    }

    const QLocale locale;
    m_ui->detailsBox->setTitle(tr("Booking %1").arg(booking->reference));
    m_ui->referenceValue->setText(booking->reference);
    m_ui->showValue->setText(showLine(*booking));
    QString customer = booking->customer.name;
    if (!booking->customer.email.isEmpty())
        customer = customer.isEmpty() ? booking->customer.email
                                      : tr("%1 <%2>").arg(customer, booking->customer.email);
    m_ui->customerValue->setText(customer.isEmpty() ? tr("(no name given)") : customer);
    const QString channel = booking->channel == Channel::Web ? tr("online") : tr("at the counter");
    QString sold = tr("%1, %2").arg(locale.toString(inVenueZone(booking->createdAt), QLocale::ShortFormat), channel);
    if (!booking->paymentMethod.isEmpty())
        sold = tr("%1, paid by %2").arg(sold, paymentMethodInSentence(booking->paymentMethod));
    m_ui->soldValue->setText(sold);
    m_ui->totalValue->setText(formatMoney(booking->totalCents));
    m_ui->stateValue->setText(stateText(*booking));

    QItemSelection reselect;
    for (const BookedSeat &seat : booking->seats) {
        QList<QStandardItem *> row = {
                item(seat.label),
                item(categoryName(seat.category)),
                item(ticketTypeName(seat.ticketType)),
                item(formatMoney(seat.priceCents)),
                item(seat.released ? tr("Unbooked") : tr("Booked")),
        };
        row.at(PriceColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (seat.released) {
            for (QStandardItem *cell : row) {
                cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                cell->setFlags(cell->flags() & ~Qt::ItemIsSelectable);
            }
        }
        row.at(SeatLabelColumn)->setData(seat.label, ReferenceRole);
        m_seats->appendRow(row);
        if (!seat.released && keepSelected.contains(seat.label)) {
            const int r = m_seats->rowCount() - 1;
            reselect.select(m_seats->index(r, 0), m_seats->index(r, m_seats->columnCount() - 1));
        }
    }
    m_ui->seatsTable->resizeColumnsToContents();
    m_ui->seatsTable->selectionModel()->select(reselect, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

QString BookingsWindow::stateText(const Booking &booking)
{
    const int active = activeSeats(booking);
    if (booking.cancelled || active == 0)
        return tr("Cancelled");
    if (active < booking.seats.size())
        return tr("Partly unbooked");
    return tr("Valid");
}

QStringList BookingsWindow::selectedSeatLabels() const
{
    QStringList labels;
    const QModelIndexList rows = m_ui->seatsTable->selectionModel()->selectedRows(SeatLabelColumn);
    for (const QModelIndex &index : rows)
        labels.append(index.data(ReferenceRole).toString());
    return labels;
}

void BookingsWindow::updateButtons()
{
    const bool manager = m_approval.isManagerSignedIn();
    const bool hasActive = m_booking && activeSeats(*m_booking) > 0;
    m_ui->printButton->setEnabled(hasActive);
    m_ui->savePdfButton->setEnabled(hasActive);
    m_ui->unbookBookingButton->setEnabled(hasActive);
    m_ui->unbookSeatsButton->setEnabled(hasActive && !selectedSeatLabels().isEmpty());
    const bool holdsMoney = m_booking && m_booking->paymentState == PaymentState::Paid;
    m_refundButton->setEnabled(holdsMoney);
    m_exchangeButton->setEnabled(holdsMoney && hasActive && !m_booking->cancelled);
    m_ui->managerStateLabel->setText(manager ? tr("Signed in as a manager.")
                                             : tr("Unbooking, refunds and exchanges need a manager's PIN."));
}

void BookingsWindow::printTickets()
{
    if (!m_booking)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Tickets %1").arg(m_booking->reference));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print tickets"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    TicketRenderer::print(*m_booking, &printer);
    m_ui->statusLabel->setText(tr("Tickets of %1 sent to the printer.").arg(m_booking->reference));
}

void BookingsWindow::saveTicketsPdf()
{
    if (!m_booking)
        return;
    const QString suggested = tr("tickets-%1.pdf").arg(m_booking->reference);
    QString path = m_savePathProvider
                           ? m_savePathProvider(suggested)
                           : QFileDialog::getSaveFileName(this, tr("Save tickets as PDF"), suggested,
                                                          tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    auto written = TicketRenderer::writePdf(*m_booking, path);
    const QString message = written.ok()
                                    ? tr("Tickets of %1 saved to %2.").arg(m_booking->reference, path)
                                    : tr("The tickets could not be saved: %1").arg(written.error().message);
    m_ui->statusLabel->setText(message);
    emit pdfSaved(written.ok(), message);
}

void BookingsWindow::unbookSelectedSeats()
{
    if (!m_booking)
        return;
    m_actions.setDialogParent(this);
    m_actions.unbookSeats(m_booking->showId, selectedSeatLabels());
}

void BookingsWindow::unbookWholeBooking()
{
    if (!m_booking)
        return;
    m_actions.setDialogParent(this);
    m_actions.unbookBooking(m_booking->reference);
}

void BookingsWindow::openRefund()
{
    if (!m_booking)
        return;
    const std::optional<StaffActor> actor = m_approval.approve(tr("A refund"), this);
    if (!actor || !m_booking)
        return;
    auto *dialog = new RefundDialog(m_backend, *m_booking, *actor, this);
    const QStringList selected = selectedSeatLabels();
    if (!selected.isEmpty() && !m_booking->cancelled) {
        for (const BookedSeat &seat : std::as_const(m_booking->seats))
            dialog->setSeatChecked(seat.label, selected.contains(seat.label));
    }
    connect(dialog, &RefundDialog::refunded, this, &BookingsWindow::refresh);
    presentMoneyDialog(dialog);
}

void BookingsWindow::openExchange()
{
    if (!m_booking)
        return;
    const std::optional<StaffActor> actor = m_approval.approve(tr("An exchange"), this);
    if (!actor || !m_booking)
        return;
    auto *dialog = new ExchangeDialog(m_backend, *m_booking, *actor, this);
    const QStringList selected = selectedSeatLabels();
    if (!selected.isEmpty()) {
        for (const BookedSeat &seat : std::as_const(m_booking->seats))
            dialog->setGiveUpChecked(seat.label, selected.contains(seat.label));
    }
    connect(dialog, &ExchangeDialog::exchanged, this, [this](const ExchangeResult &result) {
        openBooking(result.reference);
    });
    presentMoneyDialog(dialog);
}

void BookingsWindow::presentMoneyDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Signing out takes the dialog with it, so nobody refunds under somebody else's name.
    connect(&m_approval, &ManagerApproval::signedOut, dialog, &QDialog::reject);
    dialog->show();
}

} // namespace boxoffice
