#pragma once

#include "types.h"

#include <QRandomGenerator>

#include <utility>

using namespace Qt::StringLiterals;

namespace boxoffice::bench {

/// A show like the demo data's: aisles, standard/premium/box rows, accessible places at the
/// front, two house seats in row E, and a plausible mix of states from a fixed seed.
inline ShowSnapshot demoShow(int rows, int seatsPerRow, const QList<int> &aislesAfter, const QString &ownOwner,
                             quint32 seed = 7)
{
    ShowSnapshot snapshot;
    snapshot.show.id = 1;
    snapshot.show.title = u"The Glass Orchard"_s;
    snapshot.show.hallName = u"Grand Hall"_s;
    snapshot.show.version = 1;
    snapshot.gridRows = rows;
    snapshot.gridColumns = seatsPerRow + int(aislesAfter.size());
    QRandomGenerator random(seed);
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(600);
    qint64 id = 0;
    for (int row = 0; row < rows; ++row) {
        QString rowLabel;
        for (int n = row; n >= 0; n = n / 26 - 1)
            rowLabel.prepend(QChar(u'A' + n % 26));
        int column = 0;
        for (int number = 1; number <= seatsPerRow; ++number) {
            SeatState state;
            state.seat.id = ++id;
            state.seat.rowLabel = rowLabel;
            state.seat.number = number;
            state.seat.label = rowLabel + QString::number(number);
            state.seat.gridRow = row;
            state.seat.gridColumn = column;
            const bool box = rows > 30 && row >= rows - 4;
            const bool premium = !box && row >= rows * 2 / 5 && row < rows * 4 / 5;
            state.seat.category = box ? u"box"_s : premium ? u"premium"_s : u"standard"_s;
            state.priceCents = box ? 2600 : premium ? 1800 : 1400;
            state.seat.accessible = row == 0 && (number <= 2 || number > seatsPerRow - 2);
            state.houseSeat = rowLabel == u"E"_s && (number == 12 || number == 13);
            const quint32 roll = random.bounded(100u);
            // Centre seats sell first, as they do.
            const int centre = qAbs(2 * number - seatsPerRow);
            const quint32 bookedShare = 42 - quint32(centre * 30 / seatsPerRow);
            if (roll < bookedShare) {
                state.status = SeatStatus::Booked;
            } else if (roll < bookedShare + 5) {
                state.status = SeatStatus::Held;
                state.holdOwner = u"web-session"_s;
                state.holdExpiresAt = expiry;
            }
            if (row == rows - 1 && number > seatsPerRow - 4)
                state.status = SeatStatus::Blocked;
            if (state.houseSeat)
                state.status = SeatStatus::Available;
            snapshot.seats.append(state);
            ++column;
            if (aislesAfter.contains(number))
                ++column;
        }
    }
    // This counter already holds two seats.
    for (SeatState &state : snapshot.seats) {
        if (state.seat.label == u"H3"_s || state.seat.label == u"H4"_s) {
            state.status = SeatStatus::Held;
            state.holdOwner = ownOwner;
            state.holdExpiresAt = expiry;
        }
    }
    return snapshot;
}

} // namespace boxoffice::bench
