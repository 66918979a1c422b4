#include "bestseatfinder.h"

#include <algorithm>
#include <limits>

namespace boxoffice {

BestSeatFinder::BestSeatFinder(const SeatRows &rows, const QList<bool> &empty, const QList<bool> &choosable)
    : m_rows(rows), m_choosable(choosable), m_rule(rows, empty)
{
}

std::optional<BestSeats> BestSeatFinder::find(const BestAvailableRequest &request) const
{
    if (request.count <= 0)
        return std::nullopt;
    if (auto found = together(request))
        return found;
    return scattered(request);
}

bool BestSeatFinder::windowSuits(const QList<int> &window, const BestAvailableRequest &request) const
{
    int spaces = 0;
    for (int seat : window) {
        if (!m_rows.seats().at(seat).wheelchairSpace)
            continue;
        ++spaces;
        if (request.withCompanions && !window.contains(m_rows.companionOf(seat)))
            return false;
    }
    return spaces == request.wheelchairSpaces;
}

std::optional<BestSeats> BestSeatFinder::together(const BestAvailableRequest &request) const
{
    QList<int> bestClean;
    QList<int> bestStranding;
    for (int block = 0; block < m_rows.blocks().size(); ++block) {
        const QList<int> &seats = m_rows.blocks().at(block);
        for (int first = 0; first + request.count <= seats.size(); ++first) {
            if (!m_rule.windowFits(block, first, request.count, m_choosable))
                continue;
            const QList<int> window = seats.mid(first, request.count);
            if (!windowSuits(window, request))
                continue;
            QList<int> &best = m_rule.windowStrands(block, first, request.count) ? bestStranding : bestClean;
            if (best.isEmpty() || m_rule.closer(window, best))
                best = window;
        }
    }
    if (!bestClean.isEmpty())
        return BestSeats{bestFirst(bestClean), BestStep::TogetherNoStranded, true};
    if (!bestStranding.isEmpty())
        return BestSeats{bestFirst(bestStranding), BestStep::TogetherStranding, true};
    return std::nullopt;
}

std::optional<BestSeats> BestSeatFinder::scattered(const BestAvailableRequest &request) const
{
    const int seatCount = int(m_rows.size());
    QList<int> byDistance;
    for (int seat = 0; seat < seatCount; ++seat) {
        if (m_choosable.at(seat))
            byDistance.append(seat);
    }
    byDistance = bestFirst(byDistance);

    QList<bool> chosen(seatCount, false);
    QList<int> picked;
    auto pick = [&](int seat) {
        chosen[seat] = true;
        picked.append(seat);
    };
    for (int space : std::as_const(byDistance)) {
        if (picked.size() >= request.wheelchairSpaces * (request.withCompanions ? 2 : 1))
            break;
        if (!m_rows.seats().at(space).wheelchairSpace)
            continue;
        const int companion = m_rows.companionOf(space);
        if (request.withCompanions && (companion < 0 || !m_choosable.at(companion) || chosen.at(companion)))
            continue;
        pick(space);
        if (request.withCompanions)
            pick(companion);
    }
    if (picked.size() < request.wheelchairSpaces * (request.withCompanions ? 2 : 1))
        return std::nullopt;

    // Grown one seat at a time: the seat nearest to any seat picked so far, so that the group
    // fills its own row and the rows next to it before it spreads.
    constexpr double far = std::numeric_limits<double>::max();
    QList<double> nearest(seatCount, far);
    auto approach = [&](int from) {
        const QPointF at = m_rows.seats().at(from).position;
        for (int seat : std::as_const(byDistance)) {
            const QPointF offset = m_rows.seats().at(seat).position - at;
            nearest[seat] = std::min(nearest.at(seat), offset.x() * offset.x() + offset.y() * offset.y());
        }
    };
    for (int seat : std::as_const(picked))
        approach(seat);
    while (picked.size() < request.count) {
        int next = -1;
        for (int seat : std::as_const(byDistance)) {
            if (chosen.at(seat) || m_rows.seats().at(seat).wheelchairSpace)
                continue;
            // byDistance is best first, so a tie keeps the seat nearer the focal point.
            if (next < 0 || nearest.at(seat) < nearest.at(next))
                next = seat;
        }
        if (next < 0)
            return std::nullopt;
        pick(next);
        approach(next);
    }
    return BestSeats{bestFirst(picked), BestStep::Scattered, isAdjacent(picked)};
}

QList<int> BestSeatFinder::bestFirst(QList<int> seats) const
{
    std::sort(seats.begin(), seats.end(), [this](int a, int b) {
        return std::pair(m_rows.distanceToFocus(a), a) < std::pair(m_rows.distanceToFocus(b), b);
    });
    return seats;
}

bool BestSeatFinder::isAdjacent(const QList<int> &seats) const
{
    if (seats.isEmpty())
        return false;
    const int block = m_rows.blockOf(seats.first());
    int low = m_rows.placeInBlock(seats.first());
    int high = low;
    for (int seat : seats) {
        if (m_rows.blockOf(seat) != block)
            return false;
        low = std::min(low, m_rows.placeInBlock(seat));
        high = std::max(high, m_rows.placeInBlock(seat));
    }
    return high - low + 1 == seats.size();
}

} // namespace boxoffice
