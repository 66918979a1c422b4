#include "checkinwindow.h"

#include "checkinservice.h"
#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "managerapproval.h"
#include "venuetime.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
struct DoorState
{
    Show show;
    ShowCheckins checkins;
};
} // namespace

CheckinWindow::CheckinWindow(CoreBackend &backend, ManagerApproval &approval, qint64 show, QWidget *parent)
    : QWidget(parent, Qt::Window), m_backend(backend), m_approval(approval), m_show(show)
{
    setObjectName(u"checkinWindow"_s);
    setWindowTitle(tr("Check-in"));
    m_title = new QLabel(this);
    m_title->setObjectName(u"checkinShowTitle"_s);
    m_title->setStyleSheet(u"font-weight: 600;"_s);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"checkinCounts"_s);
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_counts->setFont(big);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"checkinTable"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("Time"), tr("Seat"), tr("Direction"), tr("Scanner or manager"), tr("Booking"), tr("Reason")});
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);

    m_seat = new QLineEdit(this);
    m_seat->setObjectName(u"manualSeat"_s);
    m_seat->setPlaceholderText(tr("e.g. C7"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"manualReason"_s);
    m_reason->setMaxLength(CheckinService::maxReasonLength);
    m_reason->setPlaceholderText(tr("e.g. phone battery empty, booking shown by name"));
    m_checkIn = new QPushButton(tr("Check &in by hand…"), this);
    m_checkIn->setObjectName(u"manualCheckInButton"_s);
    m_answer = new QLabel(this);
    m_answer->setObjectName(u"manualAnswer"_s);
    m_answer->setWordWrap(true);
    m_answer->hide();
    connect(m_checkIn, &QPushButton::clicked, this, &CheckinWindow::checkInByHand);
    connect(m_reason, &QLineEdit::returnPressed, this, &CheckinWindow::checkInByHand);

    auto *manualRow = new QHBoxLayout;
    auto *seatLabel = new QLabel(tr("&Seat:"), this);
    seatLabel->setBuddy(m_seat);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    manualRow->addWidget(seatLabel);
    manualRow->addWidget(m_seat);
    manualRow->addWidget(reasonLabel);
    manualRow->addWidget(m_reason, 1);
    manualRow->addWidget(m_checkIn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("A ticket that cannot be scanned (a manager lets it in):"), this));
    layout->addLayout(manualRow);
    layout->addWidget(m_answer);
    resize(820, 520);

    // Sales, refunds, cancellations and scans (each moves the show's version on) change the
    // door's numbers; those of other processes arrive through the database watcher.
    connect(&m_backend.feed(), &ChangeFeed::showChanged, this, [this](qint64 changed) {
        if (changed == m_show)
            refresh();
    });
    refresh();
}

void CheckinWindow::refresh()
{
    // A slow database must not pile reads up behind each other; one more read follows the one
    // under way, so that a change made meanwhile (a manual check-in) is not missed.
    if (m_loading) {
        m_readAgain = true;
        return;
    }
    m_loading = true;
    m_backend.run<DoorState>(
            this,
            [show = m_show, clock = &m_backend.clock()](CoreServices &services) -> Result<DoorState> {
                auto listed = services.catalog.show(show);
                if (!listed.ok())
                    return listed.error();
                auto checkins = CheckinService(services.database, *clock).showCheckins(show);
                if (!checkins.ok())
                    return checkins.error();
                return DoorState{listed.value(), checkins.value()};
            },
            [this](const Result<DoorState> &state) {
                m_loading = false;
                if (std::exchange(m_readAgain, false))
                    refresh();
                if (state.ok())
                    showCheckins(state->show, state->checkins);
                else
                    m_counts->setText(tr("The door could not be read: %1").arg(state.error().message));
                emit loaded();
            });
}

void CheckinWindow::showCheckins(const Show &show, const ShowCheckins &checkins)
{
    m_checkins = checkins;
    setWindowTitle(tr("Check-in: %1").arg(show.title));
    m_title->setText(tr("%1 — %2, %3").arg(show.title, formatVenueDateTime(show.startsAt, venueZone()), show.hallName));
    m_counts->setText(tr("%1 of %2 checked in, %3 inside")
                              .arg(QLocale().toString(checkins.checkedIn), QLocale().toString(checkins.ticketsSold),
                                   QLocale().toString(checkins.insideNow)));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(checkins.records.size()));
    for (int row = 0; row < checkins.records.size(); ++row) {
        const CheckinRecord &record = checkins.records.at(row);
        const QString by = record.deviceName.isEmpty() ? tr("%1 (by hand)").arg(record.staffName) : record.deviceName;
        const QStringList texts{formatVenueDateTime(record.at, venueZone()), record.seatLabel,
                                record.direction == CheckinDirection::Entry ? tr("In") : tr("Out"), by,
                                record.bookingReference, record.reason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == ReasonColumn)
                item->setToolTip(record.reason);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
}

void CheckinWindow::showAnswer(bool ok, bool warning, const QString &message)
{
    showInlineMessage(m_answer,
                      warning ? InlineMessageKind::Warning
                      : ok    ? InlineMessageKind::Success
                              : InlineMessageKind::Error,
                      message);
}

void CheckinWindow::checkInByHand()
{
    const QString seat = m_seat->text().trimmed().toUpper();
    const QString reason = m_reason->text().trimmed();
    auto refuse = [this](const QString &message) {
        showAnswer(false, false, message);
        emit refused(message);
    };
    if (seat.isEmpty() || reason.isEmpty()) {
        refuse(tr("Type the seat and why it is let in by hand: the audit log keeps the reason."));
        return;
    }
    const std::optional<StaffActor> manager = m_approval.approve(tr("Check in by hand"), this);
    if (!manager) {
        refuse(tr("Nobody was let in: checking in by hand needs a manager signed in or a manager's PIN."));
        return;
    }
    m_checkIn->setEnabled(false);
    m_backend.run<CheckinAnswer>(
            this,
            [show = m_show, seat, reason, manager = *manager, clock = &m_backend.clock()](CoreServices &services) {
                return CheckinService(services.database, *clock).manualCheckIn(show, seat, reason, manager);
            },
            [this](const Result<CheckinAnswer> &answer) {
                m_checkIn->setEnabled(true);
                if (!answer.ok()) {
                    const QString message = tr("Nobody was let in: %1").arg(answer.error().message);
                    showAnswer(false, false, message);
                    emit manualAnswered(false, message);
                    return;
                }
                const QString message = describeAnswer(answer.value());
                showAnswer(answer->ok(), answer->outcome == CheckinOutcome::AlreadyCheckedIn, message);
                if (answer->ok()) {
                    m_seat->clear();
                    m_reason->clear();
                }
                refresh();
                emit manualAnswered(answer->ok(), message);
            });
}

QString CheckinWindow::describeAnswer(const CheckinAnswer &answer)
{
    switch (answer.outcome) {
    case CheckinOutcome::Ok:
        return tr("Let in: seat %1 (booking %2), at %3.").arg(answer.seatLabel, answer.bookingReference,
                                                              formatTime(answer.at));
    case CheckinOutcome::AlreadyCheckedIn:
        if (answer.byDevice.isEmpty())
            return tr("Already in: seat %1 was let in by hand by %2 at %3.")
                    .arg(answer.seatLabel, answer.byStaff, formatTime(answer.at));
        return tr("Already in: seat %1 came in at %2, scanned by “%3”.")
                .arg(answer.seatLabel, formatTime(answer.at), answer.byDevice);
    case CheckinOutcome::Unpaid:
        return tr("Not paid yet: booking %1 is a reservation. Send the customer to the counter to pay first.")
                .arg(answer.bookingReference);
    case CheckinOutcome::WrongShow:
        return tr("Wrong show: this ticket is for “%1” at %2.")
                .arg(answer.showTitle, formatVenueDateTime(answer.showStartsAt, venueZone()));
    case CheckinOutcome::NotOpenYet:
        return tr("The door is not open yet: it opens at %1.").arg(formatTime(answer.at));
    case CheckinOutcome::Cancelled:
        return tr("Not valid: the ticket for seat %1 was refunded, exchanged or cancelled. Send the customer to "
                  "the counter.")
                .arg(answer.seatLabel);
    case CheckinOutcome::Unknown:
        return tr("No ticket: nothing valid is sold for this seat or code.");
    case CheckinOutcome::ExitNotAllowed:
        return tr("No re-entry at this show: whoever leaves cannot come back in.");
    case CheckinOutcome::NotInside:
        return tr("Seat %1 is not inside, so it cannot go out.").arg(answer.seatLabel);
    case CheckinOutcome::RateLimited:
        return tr("Scanner paused after too many unknown codes; try again in %n second(s).", nullptr,
                  int(answer.retryAfter.count()));
    }
    return {};
}

} // namespace boxoffice
