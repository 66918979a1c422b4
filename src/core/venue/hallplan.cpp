#include "hallplan.h"

#include <QHash>
#include <QRandomGenerator>
#include <QUuid>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

bool samePoint(QPointF a, QPointF b)
{
    return a.x() == b.x() && a.y() == b.y();
}

} // namespace

QStringList HallPlanSeat::newGuids(qsizetype count)
{
    QStringList guids;
    guids.reserve(count);
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    for (qsizetype i = 0; i < count; ++i) {
        std::array<quint32, 4> words;
        random.fillRange(words.data(), words.size());
        QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
        // RFC 4122 version 4 (random) and its variant.
        bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
        bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
        guids.append(QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces));
    }
    return guids;
}

QString HallPlanSeat::label() const
{
    const bool digitsMeet = !rowLabel.isEmpty() && !number.isEmpty() && rowLabel.back().isDigit()
                            && number.front().isDigit();
    if (digitsMeet)
        return rowLabel + u'-' + number;
    return rowLabel + number;
}

bool operator==(const HallPlanSeat &a, const HallPlanSeat &b)
{
    return a.guid == b.guid && a.rowLabel == b.rowLabel && a.number == b.number && samePoint(a.position, b.position)
           && a.category == b.category && a.wheelchairSpace == b.wheelchairSpace && a.companionOf == b.companionOf
           && a.houseSeat == b.houseSeat;
}

bool operator==(const HallPlan &a, const HallPlan &b)
{
    const bool sameStage = a.stage.has_value() == b.stage.has_value() && (!a.stage || samePoint(*a.stage, *b.stage));
    const bool sameSize = a.size.has_value() == b.size.has_value()
                          && (!a.size || (a.size->width() == b.size->width() && a.size->height() == b.size->height()));
    return a.name == b.name && a.categories == b.categories && a.seats == b.seats && sameStage && sameSize;
}

QPointF HallPlan::stagePosition() const
{
    if (stage)
        return *stage;
    if (seats.isEmpty())
        return {};
    const QString &frontRow = seats.first().rowLabel;
    double left = seats.first().position.x();
    double right = left;
    double top = seats.first().position.y();
    double bottom = top;
    for (const HallPlanSeat &seat : seats) {
        if (seat.rowLabel != frontRow)
            continue;
        left = std::min(left, seat.position.x());
        right = std::max(right, seat.position.x());
        top = std::min(top, seat.position.y());
        bottom = std::max(bottom, seat.position.y());
    }
    return {(left + right) / 2, (top + bottom) / 2};
}

const HallCategory *HallPlan::category(const QString &key) const
{
    const auto found = std::find_if(categories.cbegin(), categories.cend(),
                                    [&](const HallCategory &category) { return category.key == key; });
    return found == categories.cend() ? nullptr : &*found;
}

QList<GridCell> HallPlan::gridCells() const
{
    QList<GridCell> cells;
    if (seats.isEmpty())
        return cells;
    double left = seats.first().position.x();
    for (const HallPlanSeat &seat : seats)
        left = std::min(left, seat.position.x());
    QHash<QString, int> rows;
    QSet<qint64> taken;
    cells.reserve(seats.size());
    for (const HallPlanSeat &seat : seats) {
        auto knownRow = rows.constFind(seat.rowLabel);
        if (knownRow == rows.cend())
            knownRow = rows.insert(seat.rowLabel, int(rows.size()));
        const int row = knownRow.value();
        // Clamped so that a plan that failed validation still cannot overflow the arithmetic.
        int column = int(std::clamp(std::round(seat.position.x() - left), 0.0, double(std::numeric_limits<int>::max() / 2)));
        while (taken.contains((qint64(row) << 32) | quint32(column)))
            ++column;
        taken.insert((qint64(row) << 32) | quint32(column));
        cells.append({row, column});
    }
    return cells;
}

} // namespace boxoffice
