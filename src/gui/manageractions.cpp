#include "manageractions.h"
#include "corebackend.h"
#include "managerapproval.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Beyond this a typed range is a typo, not a block of seats.
constexpr int maxRangeLength = 200;

QString title(ManagerActions::Action action)
{
    switch (action) {
    case ManagerActions::Action::UnbookSeats: return ManagerActions::tr("Unbook seats");
    case ManagerActions::Action::UnbookBooking: return ManagerActions::tr("Unbook booking");
    case ManagerActions::Action::BlockSeats: return ManagerActions::tr("Block seats");
    case ManagerActions::Action::UnblockSeats: return ManagerActions::tr("Unblock seats");
    case ManagerActions::Action::KeepHouseSeats: return ManagerActions::tr("Keep house seats");
    case ManagerActions::Action::ReleaseHouseSeats: return ManagerActions::tr("Release house seats");
    case ManagerActions::Action::DeleteCustomer: return ManagerActions::tr("Delete customer");
    }
    return {};
}

bool isSeatAction(ManagerActions::Action action)
{
    return action != ManagerActions::Action::UnbookBooking && action != ManagerActions::Action::DeleteCustomer;
}
} // namespace

ManagerActions::ManagerActions(CoreBackend &backend, ManagerApproval &approval, QObject *parent)
    : QObject(parent), m_backend(backend), m_approval(approval)
{
}

ManagerActions::~ManagerActions() = default;

void ManagerActions::setReasonProvider(ReasonProvider provider)
{
    m_reasonProvider = std::move(provider);
}

bool ManagerActions::unbookSeats(qint64 show, const QStringList &labels)
{
    return perform({Action::UnbookSeats, show, labels, {}, {}});
}

bool ManagerActions::unbookBooking(const QString &reference)
{
    return perform({Action::UnbookBooking, 0, {}, reference, {}});
}

bool ManagerActions::blockSeats(qint64 show, const QStringList &labels)
{
    return perform({Action::BlockSeats, show, labels, {}, {}});
}

bool ManagerActions::unblockSeats(qint64 show, const QStringList &labels)
{
    return perform({Action::UnblockSeats, show, labels, {}, {}});
}

bool ManagerActions::setHouseSeats(qint64 show, const QStringList &labels, bool keep)
{
    return perform({keep ? Action::KeepHouseSeats : Action::ReleaseHouseSeats, show, labels, {}, {}});
}

bool ManagerActions::deleteCustomer(const Customer &customer)
{
    return perform({Action::DeleteCustomer, 0, {}, {}, customer});
}

QString ManagerActions::describeRequest(const Request &request)
{
    const QString seats = request.labels.join(u", "_s);
    const int count = int(request.labels.size());
    switch (request.action) {
    case Action::UnbookSeats:
        return tr("Unbook %n seat(s) (%1)? They become available for sale again.", nullptr, count).arg(seats);
    case Action::UnbookBooking:
        return tr("Unbook the whole booking %1? All its seats become available for sale again.")
                .arg(request.reference);
    case Action::BlockSeats:
        return tr("Block %n seat(s) (%1)? Nobody can buy them until they are unblocked.", nullptr, count).arg(seats);
    case Action::UnblockSeats:
        return tr("Unblock %n seat(s) (%1)? They become available for sale again.", nullptr, count).arg(seats);
    case Action::KeepHouseSeats:
        return tr("Keep %n seat(s) (%1) back as house seats? Only the counter can sell them.", nullptr, count)
                .arg(seats);
    case Action::ReleaseHouseSeats:
        return tr("Give %n house seat(s) (%1) back to online sale?", nullptr, count).arg(seats);
    case Action::DeleteCustomer: {
        const QString who = request.customer.email.isEmpty()
                                    ? request.customer.name
                                    : tr("%1 (%2)").arg(request.customer.name, request.customer.email);
        return tr("Delete the customer %1? Their holds and future bookings are released and their name and "
                  "email are erased.")
                .arg(who);
    }
    }
    return {};
}

QString ManagerActions::describeSuccess(const Request &request, const QStringList &changed, int count)
{
    const QString seats = changed.join(u", "_s);
    switch (request.action) {
    case Action::UnbookSeats:
        return tr("Unbooked %n seat(s): %1. They are available again.", nullptr, count).arg(seats);
    case Action::UnbookBooking:
        return tr("Booking %1 is cancelled; %n seat(s) are available again.", nullptr, count).arg(request.reference);
    case Action::BlockSeats:
        return tr("Blocked %n seat(s): %1.", nullptr, count).arg(seats);
    case Action::UnblockSeats:
        return tr("Unblocked %n seat(s): %1.", nullptr, count).arg(seats);
    case Action::KeepHouseSeats:
        return tr("%n seat(s) kept back as house seats: %1.", nullptr, count).arg(seats);
    case Action::ReleaseHouseSeats:
        return tr("%n house seat(s) given back to online sale: %1.", nullptr, count).arg(seats);
    case Action::DeleteCustomer:
        return tr("The customer is deleted; %n seat(s) were released.", nullptr, count);
    }
    return {};
}

QString ManagerActions::describeError(Action action, const Error &error)
{
    const QString seats = error.seats.join(u", "_s);
    switch (error.code) {
    case ErrorCode::SeatsUnavailable:
        switch (action) {
        case Action::UnbookSeats:
            return tr("Nothing was changed: these seats are not booked: %1.").arg(seats);
        case Action::BlockSeats:
            return tr("Nothing was changed: these seats are held or booked and cannot be blocked: %1.").arg(seats);
        case Action::UnblockSeats:
            return tr("Nothing was changed: these seats are not blocked: %1.").arg(seats);
        default:
            return tr("Nothing was changed: these seats cannot be changed now: %1.").arg(seats);
        }
    case ErrorCode::InvalidField:
        if (!error.seats.isEmpty())
            return tr("Nothing was changed: there are no such seats in this hall: %1.").arg(seats);
        return tr("Nothing was changed: %1").arg(error.message);
    case ErrorCode::NotFound:
        if (action == Action::DeleteCustomer)
            return tr("This customer no longer exists (perhaps deleted at another counter).");
        if (action == Action::UnbookBooking)
            return tr("This booking does not exist or has no seats left to unbook.");
        return tr("This show no longer exists.");
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy because another counter is saving. Nothing was changed; please try "
                  "again in a moment.");
    case ErrorCode::StorageFull:
        return tr("The disk is full, so nothing was changed. Free some space on the disk that holds the "
                  "database, then try again.");
    case ErrorCode::Forbidden:
    case ErrorCode::AlreadyPaid:
        return tr("This is not allowed: %1").arg(error.message);
    case ErrorCode::NoHold:
    case ErrorCode::HoldExpired:
    case ErrorCode::TooManySeats:
    case ErrorCode::TooManyHeldFromAddress:
    case ErrorCode::OrphanSeat:
    case ErrorCode::DatabaseError:
        break;
    }
    return tr("The database reported a problem and nothing was changed. Details: %1").arg(error.message);
}

QStringList ManagerActions::parseSeatLabels(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    static const QRegularExpression range(u"^([A-Z]+)(\\d+)-(?:\\1)?(\\d+)$"_s);
    QStringList labels;
    for (const QString &part : text.toUpper().split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = range.match(part);
        if (match.hasMatch()) {
            int from = match.captured(2).toInt();
            int to = match.captured(3).toInt();
            if (from > to)
                std::swap(from, to);
            if (to - from < maxRangeLength) {
                for (int number = from; number <= to; ++number)
                    labels.append(match.captured(1) + QString::number(number));
                continue;
            }
        }
        labels.append(part);
    }
    labels.removeDuplicates();
    return labels;
}

std::optional<QString> ManagerActions::askReason(const QString &title, const QString &question)
{
    if (m_reasonProvider)
        return m_reasonProvider(title, question);
    bool ok = false;
    const QString reason = QInputDialog::getText(m_dialogParent, title, question + u"\n\n"_s + tr("Reason:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

void ManagerActions::refuse(const QString &message)
{
    emit refused(message);
    if (m_showMessages) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Manager mode"), message, QMessageBox::Ok,
                                    m_dialogParent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ManagerActions::report(Action action, bool ok, const QString &message)
{
    emit finished(action, ok, message);
    if (m_showMessages) {
        auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title(action), message,
                                    QMessageBox::Ok, m_dialogParent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

bool ManagerActions::perform(Request request)
{
    if (isSeatAction(request.action)) {
        request.labels.removeDuplicates();
        request.labels.removeAll(QString());
        if (request.show <= 0 || request.labels.isEmpty()) {
            refuse(tr("Choose a show and at least one seat first."));
            return false;
        }
    } else if (request.action == Action::UnbookBooking && request.reference.isEmpty()) {
        refuse(tr("Choose a booking first."));
        return false;
    } else if (request.action == Action::DeleteCustomer && request.customer.id <= 0) {
        refuse(tr("Choose a customer first."));
        return false;
    }

    const std::optional<StaffActor> manager = m_approval.approve(title(request.action), m_dialogParent);
    if (!manager) {
        refuse(tr("Nothing was changed: this needs a manager signed in or a manager's PIN for it."));
        return false;
    }

    const std::optional<QString> reason = askReason(title(request.action), describeRequest(request));
    if (!reason || reason->trimmed().isEmpty()) {
        refuse(reason ? tr("Nothing was changed: a manager action needs a reason for the audit log.")
                      : tr("Cancelled; nothing was changed."));
        return false;
    }
    // The counter may have locked itself while the reason was being typed.
    if (!m_approval.stillApproved(*manager)) {
        refuse(tr("The counter was locked meanwhile; nothing was changed. Sign in and try again."));
        return false;
    }

    const QString why = reason->trimmed();
    if (request.action == Action::DeleteCustomer) {
        m_backend.run<int>(
                this,
                [customer = request.customer.id, manager = *manager, why](CoreServices &services) {
                    return services.reservations.deleteCustomer(customer, manager, why);
                },
                [this, request](const Result<int> &result) {
                    if (!result.ok()) {
                        report(request.action, false, describeError(request.action, result.error()));
                        return;
                    }
                    report(request.action, true, describeSuccess(request, {}, result.value()));
                    emit seatsChanged(0);
                });
        return true;
    }

    m_backend.run<ChangeResult>(
            this,
            [request, manager = *manager, why](CoreServices &services) -> Result<ChangeResult> {
                ReservationService &reservations = services.reservations;
                switch (request.action) {
                case Action::UnbookSeats:
                    return reservations.unbookSeats(request.show, request.labels, manager, why);
                case Action::UnbookBooking:
                    return reservations.unbookBooking(request.reference, manager, why);
                case Action::BlockSeats:
                    return reservations.blockSeats(request.show, request.labels, manager, why);
                case Action::UnblockSeats:
                    return reservations.unblockSeats(request.show, request.labels, manager, why);
                case Action::KeepHouseSeats:
                case Action::ReleaseHouseSeats:
                    return reservations.setHouseSeats(request.show, request.labels,
                                                      request.action == Action::KeepHouseSeats, manager, why);
                case Action::DeleteCustomer:
                    break;
                }
                return Error{ErrorCode::InvalidField, u"unknown manager action"_s, {}};
            },
            [this, request](const Result<ChangeResult> &result) {
                if (!result.ok()) {
                    report(request.action, false, describeError(request.action, result.error()));
                    return;
                }
                report(request.action, true, describeSuccess(request, result->seats, int(result->seats.size())));
                emit seatsChanged(result->show);
            });
    return true;
}

} // namespace boxoffice
