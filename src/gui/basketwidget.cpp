#include "basketwidget.h"
#include "displaynames.h"
#include "paymentpanel.h"
#include "ui_basketwidget.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
enum Column { SeatColumn, CategoryColumn, TicketColumn, PriceColumn };

QString countdownStyle(const QString &foreground, const QString &background)
{
    return u"QLabel { color: %1; background: %2; border-radius: 6px; padding: 6px; font-weight: 600; }"_s.arg(
        foreground, background);
}
} // namespace

BasketWidget::BasketWidget(CounterSale &sale, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::BasketWidget), m_sale(sale)
{
    m_ui->setupUi(this);
    setObjectName(u"basket"_s);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    QFont total = m_ui->totalLabel->font();
    total.setPointSizeF(total.pointSizeF() * 1.5);
    total.setBold(true);
    m_ui->totalLabel->setFont(total);
    m_ui->totalCaption->setFont(total);
    QFont reference = m_ui->referenceLabel->font();
    reference.setPointSizeF(reference.pointSizeF() * 1.8);
    reference.setBold(true);
    reference.setFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
    m_ui->referenceLabel->setFont(reference);
    QFont confirmed = m_ui->confirmationTitle->font();
    confirmed.setBold(true);
    m_ui->confirmationTitle->setFont(confirmed);
    m_ui->confirmationFrame->setStyleSheet(
        u"QFrame#confirmationFrame { background: #eaf6ec; border: 1px solid #8cc79a; border-radius: 6px; }"_s);
    m_ui->bookButton->setMinimumHeight(40);
    m_ui->bookButton->setDefault(true);
    m_ui->bookButton->setStyleSheet(
        u"QPushButton { background: #1f7a3a; color: white; font-weight: 600; border-radius: 5px; padding: 6px 18px; }"
        " QPushButton:disabled { background: #b9c9bd; color: #f4f4f4; }"
        " QPushButton:hover:!disabled { background: #23894a; }"_s);
    m_ui->releaseButton->setMinimumHeight(40);

    QHeaderView *header = m_ui->seatsTable->horizontalHeader();
    header->setSectionResizeMode(SeatColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CategoryColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PriceColumn, QHeaderView::ResizeToContents);
    m_ui->seatsTable->verticalHeader()->setDefaultSectionSize(30);
    m_ui->messageFrame->hide();
    m_ui->confirmationFrame->hide();
    QFont change = m_ui->changeGivenLabel->font();
    change.setBold(true);
    change.setPointSizeF(change.pointSizeF() * 1.2);
    m_ui->changeGivenLabel->setFont(change);

    connect(m_ui->bookButton, &QPushButton::clicked, this, &BasketWidget::book);
    connect(m_ui->releaseButton, &QPushButton::clicked, &m_sale, &CounterSale::release);
    connect(m_ui->closeMessageButton, &QToolButton::clicked, this, &BasketWidget::clearMessage);
    connect(m_ui->customerEdit, &QLineEdit::returnPressed, this, &BasketWidget::book);
    connect(m_ui->newSaleButton, &QPushButton::clicked, this, [this] {
        hideConfirmation();
        clearMessage();
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (m_lastBooking)
            emit printRequested(*m_lastBooking);
    });
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, [this] {
        if (m_lastBooking)
            emit savePdfRequested(*m_lastBooking);
    });
    auto *bookShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    bookShortcut->setContext(Qt::WindowShortcut);
    connect(bookShortcut, &QShortcut::activated, this, &BasketWidget::book);
    auto *releaseShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    releaseShortcut->setContext(Qt::WindowShortcut);
    connect(releaseShortcut, &QShortcut::activated, &m_sale, &CounterSale::release);

    connect(&m_sale, &CounterSale::holdChanged, this, &BasketWidget::refresh);
    connect(&m_sale, &CounterSale::busyChanged, this, &BasketWidget::refresh);
    connect(&m_sale, &CounterSale::snapshotChanged, this, &BasketWidget::updateShowLabel);
    connect(&m_sale, &CounterSale::message, this, &BasketWidget::showMessage);
    connect(&m_sale, &CounterSale::booked, this, &BasketWidget::showConfirmation);
    m_countdownTimer.setInterval(500);
    connect(&m_countdownTimer, &QTimer::timeout, this, &BasketWidget::updateCountdown);
    refresh();
}

BasketWidget::~BasketWidget()
{
    delete m_ui;
}

QString BasketWidget::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void BasketWidget::showMessage(CounterSale::Severity severity, const QString &text)
{
    m_severity = severity;
    QString colours;
    switch (severity) {
    case CounterSale::Severity::Info:
        colours = u"color: #123a5c; background: #e6f0fa; border: 1px solid #9dbfe0;"_s;
        break;
    case CounterSale::Severity::Success:
        colours = u"color: #14471f; background: #e7f5ea; border: 1px solid #8cc79a;"_s;
        break;
    case CounterSale::Severity::Warning:
        colours = u"color: #5c3b00; background: #fff3dc; border: 1px solid #e9b968;"_s;
        break;
    case CounterSale::Severity::Error:
        colours = u"color: #6b1111; background: #fde8e8; border: 1px solid #e39a9a;"_s;
        break;
    }
    m_ui->messageFrame->setStyleSheet(u"QFrame#messageFrame { %1 border-radius: 6px; }"
                                      " QFrame#messageFrame QLabel { border: none; background: transparent; }"_s.arg(colours));
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
}

void BasketWidget::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

void BasketWidget::book()
{
    const QString trouble = m_ui->paymentPanel->problem();
    if (!trouble.isEmpty() && m_sale.canBook()) {
        showMessage(CounterSale::Severity::Warning, trouble);
        return;
    }
    m_changeToGive = m_ui->paymentPanel->change();
    m_sale.book(m_ui->customerEdit->text(), m_ui->paymentPanel->method());
}

void BasketWidget::refresh()
{
    if (m_rows != m_sale.heldSeats())
        rebuildRows();
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &seat = m_rows.at(row);
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->seatsTable->cellWidget(row, TicketColumn))) {
            const int index = combo->findData(m_sale.ticketType(seat));
            if (index >= 0 && index != combo->currentIndex()) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(index);
            }
        }
        if (QTableWidgetItem *price = m_ui->seatsTable->item(row, PriceColumn))
            price->setText(formatMoney(m_sale.priceOf(seat)));
    }
    m_ui->totalLabel->setText(formatMoney(m_sale.totalCents()));
    m_ui->paymentPanel->setAmountDue(m_sale.totalCents());
    m_ui->bookButton->setEnabled(m_sale.canBook());
    m_ui->releaseButton->setEnabled(!m_sale.heldSeats().isEmpty() || !m_sale.selection().isEmpty());
    if (!m_sale.heldSeats().isEmpty())
        hideConfirmation();
    updateShowLabel();
    updateCountdown();
}

void BasketWidget::rebuildRows()
{
    m_rows = m_sale.heldSeats();
    QTableWidget *table = m_ui->seatsTable;
    table->clearContents();
    table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &seat = m_rows.at(row);
        const auto state = m_sale.seatState(seat);
        auto *seatItem = new QTableWidgetItem(seat);
        QFont bold = seatItem->font();
        bold.setBold(true);
        seatItem->setFont(bold);
        table->setItem(row, SeatColumn, seatItem);
        table->setItem(row, CategoryColumn, new QTableWidgetItem(state ? categoryName(state->seat.category) : QString()));
        auto *price = new QTableWidgetItem;
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, PriceColumn, price);

        auto *combo = new QComboBox(table);
        combo->setObjectName(u"ticketType_"_s + seat);
        combo->setAccessibleName(tr("Ticket type for seat %1").arg(seat));
        for (const QString &type : m_sale.ticketTypesFor(seat))
            combo->addItem(ticketTypeName(type), type);
        combo->setCurrentIndex(std::max(0, combo->findData(m_sale.ticketType(seat))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, seat] {
            m_sale.setTicketType(seat, combo->currentData().toString());
        });
        table->setCellWidget(row, TicketColumn, combo);
    }
}

void BasketWidget::updateShowLabel()
{
    const auto &snapshot = m_sale.snapshot();
    if (!snapshot) {
        m_ui->showLabel->setText(m_sale.showId() == 0 ? tr("No show selected") : tr("Loading seats…"));
        return;
    }
    const Show &show = snapshot->show;
    m_ui->showLabel->setText(u"<b>%1</b><br>%2 · %3"_s.arg(
        show.title.toHtmlEscaped(), formatDateTime(show.startsAt).toHtmlEscaped(),
        show.hallName.toHtmlEscaped()));
}

void BasketWidget::updateCountdown()
{
    const qint64 left = m_sale.secondsLeft();
    QLabel *label = m_ui->countdownLabel;
    if (left < 0) {
        m_countdownTimer.stop();
        label->setStyleSheet(countdownStyle(u"#4a5560"_s, u"#eef1f4"_s));
        label->setText(m_sale.selection().isEmpty() ? tr("Select seats on the map to start a sale.")
                                                    : tr("Holding seats…"));
        return;
    }
    if (!m_countdownTimer.isActive())
        m_countdownTimer.start();
    if (left == 0) {
        label->setStyleSheet(countdownStyle(u"#ffffff"_s, u"#b3261e"_s));
        label->setText(tr("Hold expired: the seats are being released"));
        m_ui->bookButton->setEnabled(false);
        return;
    }
    const QString time = u"%1:%2"_s.arg(left / 60).arg(left % 60, 2, 10, QChar(u'0'));
    if (left < 60)
        label->setStyleSheet(countdownStyle(u"#ffffff"_s, u"#b3261e"_s));
    else if (left < 120)
        label->setStyleSheet(countdownStyle(u"#5c3b00"_s, u"#ffd98a"_s));
    else
        label->setStyleSheet(countdownStyle(u"#14471f"_s, u"#d7efdc"_s));
    label->setText(tr("Seats held for %1").arg(time));
}

void BasketWidget::showConfirmation(const Booking &booking)
{
    m_lastBooking = booking;
    m_ui->referenceLabel->setText(booking.reference);
    QStringList seats;
    for (const BookedSeat &seat : booking.seats)
        seats.append(seat.label);
    m_ui->confirmationDetails->setText(tr("%1 · seats %2 · %3 paid by %4")
                                           .arg(booking.showTitle, QLocale().createSeparatedList(seats),
                                                formatMoney(booking.totalCents), paymentMethodInSentence(booking.paymentMethod)));
    m_ui->changeGivenLabel->setVisible(m_changeToGive.has_value());
    if (m_changeToGive)
        m_ui->changeGivenLabel->setText(tr("Change to give: %1").arg(formatMoney(*m_changeToGive)));
    m_ui->confirmationFrame->show();
    // A warning from an earlier try of this sale (seats taken meanwhile) no longer applies.
    clearMessage();
    m_ui->customerEdit->clear();
    m_ui->paymentPanel->reset();
    m_ui->printButton->setFocus();
}

void BasketWidget::hideConfirmation()
{
    m_ui->confirmationFrame->hide();
}

void BasketWidget::renameCodes()
{
    rebuildRows();
    refresh();
}

void BasketWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        renameCodes();
        if (m_lastBooking && !m_ui->confirmationFrame->isHidden())
            showConfirmation(*m_lastBooking);
    }
    QWidget::changeEvent(event);
}

} // namespace boxoffice
