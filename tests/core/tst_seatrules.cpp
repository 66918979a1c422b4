#include "bestseatfinder.h"
#include "seatrows.h"
#include "strandedseatrule.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

/// The seed of the randomized tests: BOXOFFICE_SEATING_SEED when set, a fixed one otherwise.
quint32 seatingSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("BOXOFFICE_SEATING_SEED").toUInt(&ok);
    return ok ? seed : 20261213u;
}

/// A random hall: rows of seats one width apart, some rows split by aisles or gaps (two widths
/// or more), some seats wheelchair spaces whose right-hand neighbour is their companion.
QList<SeatPlace> randomHall(QRandomGenerator &random, int maxRows, int maxSeatsPerRow)
{
    QList<SeatPlace> seats;
    const int rows = 1 + int(random.bounded(maxRows));
    for (int row = 0; row < rows; ++row) {
        const QString rowLabel = QString(QChar(u'A' + row));
        const int count = 1 + int(random.bounded(maxSeatsPerRow));
        double x = random.bounded(3);
        for (int number = 1; number <= count; ++number) {
            SeatPlace seat;
            seat.id = seats.size() + 1;
            seat.label = rowLabel + QString::number(number);
            seat.rowLabel = rowLabel;
            seat.position = QPointF(x, row * 1.2);
            seat.category = row % 3 == 2 ? u"box"_s : u"stalls"_s;
            seat.guid = u"g%1"_s.arg(seat.id);
            seat.wheelchairSpace = random.bounded(12) == 0;
            if (number > 1 && seats.last().wheelchairSpace && !seat.wheelchairSpace)
                seat.companionOf = seats.last().guid;
            seats.append(seat);
            x += random.bounded(6) == 0 ? 2.0 + random.bounded(3) : 1.0;
        }
    }
    return seats;
}

QList<bool> randomMask(QRandomGenerator &random, qsizetype size, int percentTrue)
{
    QList<bool> mask(size);
    for (qsizetype i = 0; i < size; ++i)
        mask[i] = int(random.bounded(100)) < percentTrue;
    return mask;
}

/// The reference: neighbours from every pair of seats (same row, at most 1.5 widths apart), with
/// nothing of SeatRows' sorting and blocks.
class BruteForce
{
public:
    explicit BruteForce(const QList<SeatPlace> &seats) : m_seats(seats), m_neighbours(seats.size())
    {
        for (int a = 0; a < seats.size(); ++a) {
            for (int b = 0; b < seats.size(); ++b) {
                const QPointF offset = seats.at(a).position - seats.at(b).position;
                if (a != b && seats.at(a).rowLabel == seats.at(b).rowLabel
                    && std::hypot(offset.x(), offset.y()) <= SeatRows::neighbourDistance)
                    m_neighbours[a].append(b);
            }
        }
    }

    QSet<int> stranded(const QList<bool> &empty) const
    {
        QSet<int> found;
        for (int seat = 0; seat < m_seats.size(); ++seat) {
            const QList<int> &near = m_neighbours.at(seat);
            if (empty.at(seat) && !near.isEmpty()
                && std::none_of(near.cbegin(), near.cend(), [&](int other) { return empty.at(other); }))
                found.insert(seat);
        }
        return found;
    }

    QSet<int> strandedBy(const QList<bool> &empty, const QList<int> &selection) const
    {
        QList<bool> after = empty;
        for (int seat : selection)
            after[seat] = false;
        return stranded(after) - stranded(empty);
    }

    /// Every set of `count` choosable seats that stand in a chain of neighbours, in one row.
    QList<QList<int>> chains(int count, const QList<bool> &choosable) const
    {
        QList<QList<int>> found;
        for (int start = 0; start < m_seats.size(); ++start) {
            if (!choosable.at(start))
                continue;
            // A chain grows to the right only, so that each is found once from its leftmost seat.
            QList<int> chain{start};
            while (chain.size() < count) {
                int next = -1;
                for (int other : m_neighbours.at(chain.last())) {
                    if (m_seats.at(other).position.x() > m_seats.at(chain.last()).position.x())
                        next = other;
                }
                if (next < 0 || !choosable.at(next))
                    break;
                chain.append(next);
            }
            if (chain.size() == count)
                found.append(chain);
        }
        return found;
    }

    /// Whether `chain` and `seats` share a row segment (seats reachable through neighbours).
    bool sameSegment(int a, int b) const
    {
        QSet<int> seen{a};
        QList<int> todo{a};
        while (!todo.isEmpty()) {
            const int seat = todo.takeLast();
            if (seat == b)
                return true;
            for (int other : m_neighbours.at(seat)) {
                if (!seen.contains(other)) {
                    seen.insert(other);
                    todo.append(other);
                }
            }
        }
        return false;
    }

    /// The rule's definition: the selection strands a seat in a segment where as many choosable
    /// seats side by side would strand none.
    bool orphaning(const QList<bool> &empty, const QList<int> &selection, const QList<bool> &choosable) const
    {
        const QSet<int> stranded = strandedBy(empty, selection);
        for (int lonely : stranded) {
            QList<int> own;
            for (int seat : selection) {
                if (sameSegment(seat, lonely))
                    own.append(seat);
            }
            if (own.isEmpty())
                continue;
            if (!strandedBy(empty, own).contains(lonely))
                continue;
            for (const QList<int> &chain : chains(int(own.size()), choosable)) {
                if (sameSegment(chain.first(), own.first()) && strandedBy(empty, chain).isEmpty())
                    return true;
            }
        }
        return false;
    }

private:
    const QList<SeatPlace> &m_seats;
    QList<QList<int>> m_neighbours;
};

QPointF centreOf(const QList<SeatPlace> &seats, const QList<int> &chosen)
{
    QPointF sum;
    for (int seat : chosen)
        sum += seats.at(seat).position;
    return sum / double(chosen.size());
}

} // namespace

class tst_SeatRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("seed %u (set BOXOFFICE_SEATING_SEED to repeat another)", seatingSeed());
    }

    void rowsSplitAtAislesAndFollowCurves()
    {
        QList<SeatPlace> seats;
        const QList<std::tuple<QString, double, double>> places = {
                {u"A3"_s, 4, 0}, {u"A1"_s, 0, 0}, {u"A2"_s, 1, 0}, {u"A4"_s, 5, 0},
                // A curved row: its neighbours are a seat's width apart along the curve.
                {u"B1"_s, 0, 2.6}, {u"B2"_s, 0.9, 2.2}, {u"B3"_s, 1.9, 2.0}, {u"B4"_s, 2.9, 2.2}};
        for (const auto &[label, x, y] : places)
            seats.append({seats.size() + 1, label, label.left(1), QPointF(x, y), u"stalls"_s, false, {}, {}});
        const SeatRows rows(seats, std::nullopt);
        QStringList blocks;
        for (const QList<int> &block : rows.blocks()) {
            QStringList labels;
            for (int seat : block)
                labels.append(rows.seats().at(seat).label);
            blocks.append(labels.join(u' '));
        }
        QCOMPARE(blocks, (QStringList{u"A1 A2"_s, u"A3 A4"_s, u"B1 B2 B3 B4"_s}));
        // The first seat's row is the front row; its centre is the focal point when no stage is set.
        QCOMPARE(rows.focalPoint(), QPointF(2.5, 0));
        QCOMPARE(SeatRows(seats, QPointF(1, -3)).focalPoint(), QPointF(1, -3));
    }

    void aBigHallIsSortedNotComparedPairwise()
    {
        QList<SeatPlace> seats;
        for (int row = 0; row < 100; ++row) {
            for (int number = 0; number < 100; ++number)
                seats.append({seats.size() + 1, u"R%1-%2"_s.arg(row).arg(number), u"R%1"_s.arg(row),
                              QPointF(number + (number >= 50 ? 2 : 0), row), u"stalls"_s, false, {}, {}});
        }
        QElapsedTimer timer;
        timer.start();
        const SeatRows rows(seats, std::nullopt);
        // 10,000 seats pairwise would be 10^8 distances; sorted rows take milliseconds.
        QVERIFY2(timer.elapsed() < 500, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(rows.blocks().size(), 200);
        QCOMPARE(rows.blocks().constFirst().size(), 50);
    }

    void strandedSeatsAgreeWithTheBruteForceReference()
    {
        QRandomGenerator random(seatingSeed());
        for (int round = 0; round < 300; ++round) {
            const QList<SeatPlace> seats = randomHall(random, 4, 9);
            const SeatRows rows(seats, std::nullopt);
            const BruteForce reference(seats);
            const QList<bool> empty = randomMask(random, seats.size(), 70);
            QList<int> selection;
            for (int seat = 0; seat < seats.size(); ++seat) {
                if (empty.at(seat) && random.bounded(4) == 0)
                    selection.append(seat);
            }
            const StrandedSeatRule rule(rows, empty);
            const QList<int> found = rule.strandedBy(selection);
            QCOMPARE(QSet<int>(found.cbegin(), found.cend()), reference.strandedBy(empty, selection));
            const bool orphaning = rule.betterSelection(selection, empty).has_value();
            QVERIFY2(orphaning == reference.orphaning(empty, selection, empty),
                     qPrintable(u"round %1, selection of %2 seats"_s.arg(round).arg(selection.size())));
        }
    }

    void aSuggestionStrandsNoSeatInTheBlocksItChanges()
    {
        QRandomGenerator random(seatingSeed() + 1);
        int suggested = 0;
        for (int round = 0; round < 300; ++round) {
            const QList<SeatPlace> seats = randomHall(random, 3, 10);
            const SeatRows rows(seats, std::nullopt);
            const QList<bool> empty = randomMask(random, seats.size(), 80);
            const int seat = int(random.bounded(int(seats.size())));
            if (!empty.at(seat))
                continue;
            const QList<int> selection{seat};
            const StrandedSeatRule rule(rows, empty);
            const auto better = rule.betterSelection(selection, empty);
            if (!better)
                continue;
            ++suggested;
            QCOMPARE(better->size(), selection.size());
            QVERIFY(rule.strandedBy(*better).isEmpty());
            QVERIFY(empty.at(better->constFirst()));
        }
        QVERIFY(suggested > 10);
    }

    void theLadderPicksTheClosestGroupThatStrandsNoSeatWheneverOneExists()
    {
        QRandomGenerator random(seatingSeed() + 2);
        int together = 0;
        int scattered = 0;
        for (int round = 0; round < 400; ++round) {
            const QList<SeatPlace> seats = randomHall(random, 5, 12);
            const SeatRows rows(seats, std::nullopt);
            const BruteForce reference(seats);
            const QList<bool> empty = randomMask(random, seats.size(), 30 + int(random.bounded(70)));
            QList<bool> choosable = empty;
            for (int seat = 0; seat < seats.size(); ++seat)
                choosable[seat] = choosable.at(seat) && !seats.at(seat).wheelchairSpace;
            BestAvailableRequest request;
            request.count = 1 + int(random.bounded(5));

            const auto best = BestSeatFinder(rows, empty, choosable).find(request);
            const int choosableCount = int(std::count(choosable.cbegin(), choosable.cend(), true));
            QCOMPARE(best.has_value(), choosableCount >= request.count);
            if (!best)
                continue;
            QCOMPARE(best->seats.size(), request.count);
            QCOMPARE(QSet<int>(best->seats.cbegin(), best->seats.cend()).size(), request.count);
            for (int seat : best->seats)
                QVERIFY(choosable.at(seat));
            // Same state, same answer.
            QCOMPARE(BestSeatFinder(rows, empty, choosable).find(request)->seats, best->seats);

            const QList<QList<int>> chains = reference.chains(request.count, choosable);
            QList<QList<int>> clean;
            for (const QList<int> &chain : chains) {
                if (reference.strandedBy(empty, chain).isEmpty())
                    clean.append(chain);
            }
            QCOMPARE(best->adjacent, !chains.isEmpty());
            if (!clean.isEmpty()) {
                ++together;
                QCOMPARE(best->step, BestStep::TogetherNoStranded);
                QVERIFY(reference.strandedBy(empty, best->seats).isEmpty());
                const double distance = rows.distanceToFocus(centreOf(seats, best->seats));
                for (const QList<int> &chain : std::as_const(clean))
                    QVERIFY(rows.distanceToFocus(centreOf(seats, chain)) >= distance - 1e-9);
            } else if (!chains.isEmpty()) {
                QCOMPARE(best->step, BestStep::TogetherStranding);
            } else {
                ++scattered;
                QCOMPARE(best->step, BestStep::Scattered);
            }
        }
        QVERIFY(together > 50);
        QVERIFY(scattered > 5);
    }

    void wheelchairSpacesComeWithTheirCompanions()
    {
        QRandomGenerator random(seatingSeed() + 3);
        int found = 0;
        for (int round = 0; round < 300; ++round) {
            const QList<SeatPlace> seats = randomHall(random, 5, 12);
            const SeatRows rows(seats, std::nullopt);
            const QList<bool> empty = randomMask(random, seats.size(), 80);
            BestAvailableRequest request;
            request.wheelchairSpaces = 1 + int(random.bounded(2));
            request.withCompanions = true;
            request.count = request.wheelchairSpaces * 2 + int(random.bounded(3));
            const auto best = BestSeatFinder(rows, empty, empty).find(request);
            if (!best)
                continue;
            ++found;
            QCOMPARE(best->seats.size(), request.count);
            int spaces = 0;
            for (int seat : best->seats) {
                QVERIFY(empty.at(seat));
                if (!seats.at(seat).wheelchairSpace)
                    continue;
                ++spaces;
                QVERIFY(best->seats.contains(rows.companionOf(seat)));
            }
            QCOMPARE(spaces, request.wheelchairSpaces);
        }
        QVERIFY(found > 20);
    }
};

QTEST_GUILESS_MAIN(tst_SeatRules)
#include "tst_seatrules.moc"
