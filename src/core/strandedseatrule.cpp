#include "strandedseatrule.h"

#include <QLineF>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace boxoffice {

namespace {

QPointF centreOf(const SeatRows &rows, const QList<int> &seats)
{
    QPointF sum;
    for (int seat : seats)
        sum += rows.seats().at(seat).position;
    return seats.isEmpty() ? sum : sum / double(seats.size());
}

/// The seats of `block` that are stranded when `empty(place)` says which places are empty.
template<typename Empty>
QList<int> strandedIn(const QList<int> &block, Empty empty)
{
    QList<int> stranded;
    if (block.size() < 2)
        return stranded;
    for (int place = 0; place < block.size(); ++place) {
        if (empty(place) && (place == 0 || !empty(place - 1)) && (place == block.size() - 1 || !empty(place + 1)))
            stranded.append(block.at(place));
    }
    return stranded;
}

} // namespace

StrandedSeatRule::StrandedSeatRule(const SeatRows &rows, const QList<bool> &empty) : m_rows(rows), m_empty(empty) {}

QList<int> StrandedSeatRule::strandedBy(const QList<int> &selection) const
{
    QMap<int, QList<bool>> taken;
    for (int seat : selection) {
        auto block = taken.find(m_rows.blockOf(seat));
        if (block == taken.end())
            block = taken.insert(m_rows.blockOf(seat), QList<bool>(m_rows.blocks().at(m_rows.blockOf(seat)).size()));
        (*block)[m_rows.placeInBlock(seat)] = true;
    }
    QList<int> stranded;
    for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
        const QList<int> &block = m_rows.blocks().at(it.key());
        const QList<int> before = strandedIn(block, [&](int place) { return m_empty.at(block.at(place)); });
        const QList<int> after = strandedIn(
                block, [&](int place) { return m_empty.at(block.at(place)) && !it.value().at(place); });
        for (int seat : after) {
            if (!before.contains(seat))
                stranded.append(seat);
        }
    }
    return stranded;
}

bool StrandedSeatRule::windowStrands(int block, int first, int count) const
{
    const QList<int> &seats = m_rows.blocks().at(block);
    const auto empty = [&](int place) { return place >= 0 && place < seats.size() && m_empty.at(seats.at(place)); };
    const int last = first + count - 1;
    return (empty(first - 1) && !empty(first - 2)) || (empty(last + 1) && !empty(last + 2));
}

bool StrandedSeatRule::windowFits(int block, int first, int count, const QList<bool> &choosable) const
{
    const QList<int> &seats = m_rows.blocks().at(block);
    if (first < 0 || first + count > seats.size())
        return false;
    for (int place = first; place < first + count; ++place) {
        if (!choosable.at(seats.at(place)))
            return false;
    }
    return true;
}

QList<int> StrandedSeatRule::nearestWindow(int block, const QList<int> &chosen, const QList<bool> &choosable) const
{
    const QList<int> &seats = m_rows.blocks().at(block);
    const int count = int(chosen.size());
    const QPointF wanted = centreOf(m_rows, chosen);
    QList<int> nearest;
    double nearestDistance = 0;
    for (int first = 0; first + count <= seats.size(); ++first) {
        if (!windowFits(block, first, count, choosable) || windowStrands(block, first, count))
            continue;
        const QList<int> window = seats.mid(first, count);
        const double distance = QLineF(centreOf(m_rows, window), wanted).length();
        if (nearest.isEmpty() || distance < nearestDistance || (distance == nearestDistance && closer(window, nearest))) {
            nearest = window;
            nearestDistance = distance;
        }
    }
    return nearest;
}

std::optional<QList<int>> StrandedSeatRule::betterSelection(const QList<int> &selection,
                                                           const QList<bool> &choosable) const
{
    const QList<int> stranded = strandedBy(selection);
    if (stranded.isEmpty())
        return std::nullopt;
    QMap<int, QList<int>> byBlock;
    for (int seat : selection)
        byBlock[m_rows.blockOf(seat)].append(seat);
    bool improved = false;
    for (int seat : stranded) {
        const int block = m_rows.blockOf(seat);
        auto own = byBlock.find(block);
        if (own == byBlock.end() || strandedBy(*own).isEmpty())
            continue;
        QList<int> window = nearestWindow(block, *own, choosable);
        if (window.isEmpty())
            continue;
        *own = window;
        improved = true;
    }
    if (!improved)
        return std::nullopt;
    QList<int> better;
    for (const QList<int> &seats : std::as_const(byBlock))
        better.append(seats);
    return better;
}

bool StrandedSeatRule::closer(const QList<int> &a, const QList<int> &b) const
{
    const QPointF centreA = centreOf(m_rows, a);
    const QPointF centreB = centreOf(m_rows, b);
    return std::tuple(m_rows.distanceToFocus(centreA), centreA.y(), centreA.x(), a.value(0))
            < std::tuple(m_rows.distanceToFocus(centreB), centreB.y(), centreB.x(), b.value(0));
}

} // namespace boxoffice
