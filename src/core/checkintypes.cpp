#include "checkintypes.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QString checkinDirectionName(CheckinDirection direction)
{
    return direction == CheckinDirection::Exit ? u"exit"_s : u"entry"_s;
}

std::optional<CheckinDirection> checkinDirectionFromName(const QString &name)
{
    if (name == u"entry")
        return CheckinDirection::Entry;
    if (name == u"exit")
        return CheckinDirection::Exit;
    return std::nullopt;
}

QString checkinOutcomeName(CheckinOutcome outcome)
{
    switch (outcome) {
    case CheckinOutcome::Ok:
        return u"ok"_s;
    case CheckinOutcome::AlreadyCheckedIn:
        return u"already_checked_in"_s;
    case CheckinOutcome::Unpaid:
        return u"unpaid"_s;
    case CheckinOutcome::WrongShow:
        return u"wrong_show"_s;
    case CheckinOutcome::NotOpenYet:
        return u"not_open_yet"_s;
    case CheckinOutcome::Cancelled:
        return u"cancelled"_s;
    case CheckinOutcome::Unknown:
        return u"unknown"_s;
    case CheckinOutcome::ExitNotAllowed:
        return u"exit_not_allowed"_s;
    case CheckinOutcome::NotInside:
        return u"not_inside"_s;
    case CheckinOutcome::RateLimited:
        return u"rate_limited"_s;
    }
    return u"unknown"_s;
}

std::optional<CheckinOutcome> checkinOutcomeFromName(const QString &name)
{
    for (CheckinOutcome outcome :
         {CheckinOutcome::Ok, CheckinOutcome::AlreadyCheckedIn, CheckinOutcome::Unpaid, CheckinOutcome::WrongShow,
          CheckinOutcome::NotOpenYet, CheckinOutcome::Cancelled, CheckinOutcome::Unknown,
          CheckinOutcome::ExitNotAllowed, CheckinOutcome::NotInside, CheckinOutcome::RateLimited}) {
        if (checkinOutcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

} // namespace boxoffice
