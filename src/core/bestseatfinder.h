#pragma once

#include "seatrows.h"
#include "strandedseatrule.h"
#include "types.h"

#include <QList>

#include <optional>

namespace boxoffice {

/// The seats best-available picks and the rung of the ladder they were found on.
struct BestSeats
{
    /// Seat indices of the SeatRows, best first.
    QList<int> seats;
    BestStep step = BestStep::TogetherNoStranded;
    /// All side by side in one block.
    bool adjacent = false;
};

/// The ladder of docs/seating.md on one state of a hall: `count` seats side by side in one block
/// stranding no seat, closest to the focal point; else side by side stranding one; else the
/// closest seats across rows, grown from the best one so that they stay together. Deterministic.
class BestSeatFinder final
{
public:
    /// `empty` as StrandedSeatRule takes it; `choosable` the seats the request may get (empty,
    /// of its category, and no house seat unless it may have them). Both must outlive the finder.
    BestSeatFinder(const SeatRows &rows, const QList<bool> &empty, const QList<bool> &choosable);

    /// Unset when fewer seats than asked for (or not the wheelchair spaces asked for) remain.
    std::optional<BestSeats> find(const BestAvailableRequest &request) const;

private:
    /// Whether a window holds exactly the wheelchair spaces asked for (with their companions).
    bool windowSuits(const QList<int> &window, const BestAvailableRequest &request) const;
    std::optional<BestSeats> together(const BestAvailableRequest &request) const;
    std::optional<BestSeats> scattered(const BestAvailableRequest &request) const;
    /// Best first: by distance to the focal point, then seat index.
    QList<int> bestFirst(QList<int> seats) const;
    bool isAdjacent(const QList<int> &seats) const;

    const SeatRows &m_rows;
    const QList<bool> &m_choosable;
    StrandedSeatRule m_rule;
};

} // namespace boxoffice
