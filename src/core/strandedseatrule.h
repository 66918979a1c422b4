#pragma once

#include "seatrows.h"

#include <QList>

#include <optional>

namespace boxoffice {

/// The stranded-seat rule of docs/seating.md on one state of a hall: a seat is stranded when it is
/// empty and alone between taken seats (or a taken seat and its block's end) in a block of two
/// seats or more. A selection strands the seats that are stranded once it is taken and were not
/// before. Only the blocks of the selection are looked at, so a hold costs a few rows, not a hall.
class StrandedSeatRule final
{
public:
    /// `empty` says, per seat of `rows`, whether it is empty now (the owner's own held seats
    /// count as empty, as the hold replaces them). Both must outlive the rule.
    StrandedSeatRule(const SeatRows &rows, const QList<bool> &empty);

    /// The seats taking `selection` (empty seats) would strand, in block order.
    QList<int> strandedBy(const QList<int> &selection) const;
    /// Whether taking `count` seats of block `block` from place `first` on (all empty) strands one.
    bool windowStrands(int block, int first, int count) const;
    /// Whether `count` seats of a block from place `first` on are all `choosable`.
    bool windowFits(int block, int first, int count, const QList<bool> &choosable) const;
    /// The window of as many choosable seats as `chosen` in `block` that strands none and lies
    /// nearest to `chosen` (a customer's alternative should stay where they chose), the closer
    /// to the focal point on a tie; empty when there is none.
    QList<int> nearestWindow(int block, const QList<int> &chosen, const QList<bool> &choosable) const;
    /// A selection of the same size that strands fewer seats: in every block where `selection`
    /// strands a seat, as many seats side by side (of `choosable`, which should include the
    /// selection's own) that strand none, nearest to the seats chosen there. Unset when
    /// `selection` strands nothing or no such block has such seats.
    std::optional<QList<int>> betterSelection(const QList<int> &selection, const QList<bool> &choosable) const;

    /// Orders windows (and seats) by their centre's distance to the focal point, then front to
    /// back, then left to right, then by seat index: the same state always gives the same answer.
    bool closer(const QList<int> &a, const QList<int> &b) const;

private:
    const SeatRows &m_rows;
    const QList<bool> &m_empty;
};

} // namespace boxoffice
