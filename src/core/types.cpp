#include "types.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QString seatStatusName(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Available: return u"available"_s;
    case SeatStatus::Held: return u"held"_s;
    case SeatStatus::Booked: return u"booked"_s;
    case SeatStatus::Blocked: return u"blocked"_s;
    }
    return {};
}

QString orphanRuleName(OrphanRule rule)
{
    switch (rule) {
    case OrphanRule::Allow: return u"allow"_s;
    case OrphanRule::Warn: return u"warn"_s;
    case OrphanRule::Refuse: return u"refuse"_s;
    }
    return {};
}

std::optional<OrphanRule> orphanRuleFromName(const QString &name)
{
    for (OrphanRule rule : {OrphanRule::Allow, OrphanRule::Warn, OrphanRule::Refuse}) {
        if (orphanRuleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

QString paymentStateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Reserved: return u"reserved"_s;
    case PaymentState::Paid: return u"paid"_s;
    case PaymentState::Expired: return u"expired"_s;
    case PaymentState::Refunded: return u"refunded"_s;
    }
    return {};
}

std::optional<PaymentState> paymentStateFromName(const QString &name)
{
    for (PaymentState state : {PaymentState::Reserved, PaymentState::Paid, PaymentState::Expired, PaymentState::Refunded}) {
        if (paymentStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::SeatsUnavailable: return u"seats_unavailable"_s;
    case ErrorCode::NoHold: return u"no_hold"_s;
    case ErrorCode::HoldExpired: return u"hold_expired"_s;
    case ErrorCode::TooManySeats: return u"too_many_seats"_s;
    case ErrorCode::TooManyHeldFromAddress: return u"too_many_held_from_address"_s;
    case ErrorCode::InvalidField: return u"invalid_field"_s;
    case ErrorCode::NotFound: return u"not_found"_s;
    case ErrorCode::Forbidden: return u"forbidden"_s;
    case ErrorCode::AlreadyPaid: return u"already_paid"_s;
    case ErrorCode::DatabaseBusy: return u"database_busy"_s;
    case ErrorCode::StorageFull: return u"storage_full"_s;
    case ErrorCode::DatabaseError: return u"database_error"_s;
    case ErrorCode::OrphanSeat: return u"orphan_seat"_s;
    }
    return {};
}

std::optional<qint64> Show::priceFor(const QString &category, const QString &ticketType) const
{
    for (const Price &price : prices) {
        if (price.category == category && price.ticketType == ticketType)
            return price.priceCents;
    }
    return std::nullopt;
}

SeatStatus SeatState::statusFor(Channel channel) const
{
    if (houseSeat && channel == Channel::Web && status == SeatStatus::Available)
        return SeatStatus::Blocked;
    return status;
}

} // namespace boxoffice
