#pragma once

#include <QLatin1StringView>

/// Every JSON key of the web API (../shared/design/api.md) in one place, so that the contract
/// is spelled once.
namespace boxoffice::jsonkey {

using namespace Qt::StringLiterals;

inline constexpr auto error = "error"_L1;
inline constexpr auto message = "message"_L1;
inline constexpr auto seats = "seats"_L1;
inline constexpr auto show = "show"_L1;
inline constexpr auto shows = "shows"_L1;
inline constexpr auto version = "version"_L1;
inline constexpr auto pollIntervalMs = "poll_interval_ms"_L1;
inline constexpr auto full = "full"_L1;
inline constexpr auto myHold = "my_hold"_L1;
inline constexpr auto expiresAt = "expires_at"_L1;
inline constexpr auto id = "id"_L1;
inline constexpr auto row = "row"_L1;
inline constexpr auto number = "number"_L1;
inline constexpr auto status = "status"_L1;
inline constexpr auto category = "category"_L1;
inline constexpr auto priceCents = "price_cents"_L1;
inline constexpr auto gridRow = "grid_row"_L1;
inline constexpr auto gridColumn = "grid_column"_L1;
inline constexpr auto gridRows = "grid_rows"_L1;
inline constexpr auto gridColumns = "grid_columns"_L1;
inline constexpr auto currency = "currency"_L1;
inline constexpr auto code = "code"_L1;
inline constexpr auto minorUnits = "minor_units"_L1;
inline constexpr auto timeZone = "time_zone"_L1;
inline constexpr auto accessible = "accessible"_L1;
inline constexpr auto title = "title"_L1;
inline constexpr auto hall = "hall"_L1;
inline constexpr auto startsAt = "starts_at"_L1;
inline constexpr auto seatsTotal = "seats_total"_L1;
inline constexpr auto seatsAvailable = "seats_available"_L1;
inline constexpr auto name = "name"_L1;
inline constexpr auto email = "email"_L1;
inline constexpr auto booking = "booking"_L1;
inline constexpr auto totalCents = "total_cents"_L1;
inline constexpr auto createdAt = "created_at"_L1;
inline constexpr auto cancelled = "cancelled"_L1;
inline constexpr auto prices = "prices"_L1;
inline constexpr auto ticketType = "ticket_type"_L1;
inline constexpr auto ticketTypes = "ticket_types"_L1;
inline constexpr auto key = "key"_L1;
inline constexpr auto seat = "seat"_L1;
inline constexpr auto tickets = "tickets"_L1;
inline constexpr auto paymentState = "payment_state"_L1;
inline constexpr auto payBy = "pay_by"_L1;
inline constexpr auto qr = "qr"_L1;
inline constexpr auto direction = "direction"_L1;
inline constexpr auto nonce = "nonce"_L1;
inline constexpr auto result = "result"_L1;
inline constexpr auto device = "device"_L1;
inline constexpr auto checkedInAt = "checked_in_at"_L1;
inline constexpr auto checkedInBy = "checked_in_by"_L1;
inline constexpr auto opensAt = "opens_at"_L1;
inline constexpr auto exitsAllowed = "exits_allowed"_L1;
inline constexpr auto repeated = "repeated"_L1;
inline constexpr auto scope = "scope"_L1;
inline constexpr auto day = "day"_L1;
inline constexpr auto best = "best"_L1;
inline constexpr auto count = "count"_L1;
inline constexpr auto wheelchair = "wheelchair"_L1;
inline constexpr auto adjacent = "adjacent"_L1;
inline constexpr auto suggestion = "suggestion"_L1;
inline constexpr auto strandedSeats = "stranded_seats"_L1;
inline constexpr auto orphanRule = "orphan_rule"_L1;
inline constexpr auto maxSeats = "max_seats"_L1;

} // namespace boxoffice::jsonkey
