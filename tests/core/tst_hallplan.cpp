#include "hallplantesting.h"
#include "hallplanvalidator.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

using PlanEdit = std::function<void(HallPlan &)>;
Q_DECLARE_METATYPE(PlanEdit)

namespace {

/// One coordinate (&QPointF::x or &QPointF::y) of every seat of a row, in the plan's order.
QList<double> coordinatesOfRow(const HallPlan &plan, const QString &row, qreal (QPointF::*coordinate)() const)
{
    QList<double> coordinates;
    for (const HallPlanSeat &seat : plan.seats) {
        if (seat.rowLabel == row)
            coordinates.append((seat.position.*coordinate)());
    }
    return coordinates;
}

QList<double> xOfRow(const HallPlan &plan, const QString &row)
{
    return coordinatesOfRow(plan, row, &QPointF::x);
}

QList<double> yOfRow(const HallPlan &plan, const QString &row)
{
    return coordinatesOfRow(plan, row, &QPointF::y);
}

} // namespace

class tst_HallPlan : public QObject
{
    Q_OBJECT

private slots:
    void rowLabels_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<RowLabelling>("labelling");
        QTest::addColumn<QString>("skipped");
        QTest::addColumn<QStringList>("expectedTail");

        QTest::addRow("letters") << 3 << RowLabelling::Letters << QString() << QStringList{u"A"_s, u"B"_s, u"C"_s};
        QTest::addRow("I and O skipped") << 10 << RowLabelling::Letters << u"IO"_s
                                         << QStringList{u"H"_s, u"J"_s, u"K"_s};
        QTest::addRow("past Z without skipping") << 28 << RowLabelling::Letters << QString()
                                                 << QStringList{u"Z"_s, u"AA"_s, u"AB"_s};
        QTest::addRow("past Z skipping I and O") << 27 << RowLabelling::Letters << u"IO"_s
                                                 << QStringList{u"Z"_s, u"AA"_s, u"AB"_s, u"AC"_s};
        QTest::addRow("skipping in the second letter too") << 33 << RowLabelling::Letters << u"io"_s
                                                           << QStringList{u"AH"_s, u"AJ"_s};
        QTest::addRow("three letters after ZZ") << 24 + 24 * 24 + 1 << RowLabelling::Letters << u"IO"_s
                                                << QStringList{u"ZZ"_s, u"AAA"_s};
        QTest::addRow("numbers") << 11 << RowLabelling::Numbers << u"IO"_s << QStringList{u"10"_s, u"11"_s};
        QTest::addRow("none") << 0 << RowLabelling::Letters << QString() << QStringList{};
    }

    void rowLabels()
    {
        QFETCH(int, count);
        QFETCH(RowLabelling, labelling);
        QFETCH(QString, skipped);
        QFETCH(QStringList, expectedTail);

        const QStringList labels = HallPlanGenerator::rowLabels(count, labelling, skipped);
        QCOMPARE(labels.size(), count);
        QCOMPARE(labels.mid(count - expectedTail.size()), expectedTail);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), count);
        for (const QString &label : labels) {
            for (QChar letter : skipped)
                QVERIFY2(!label.contains(letter, Qt::CaseInsensitive), qPrintable(label));
        }
    }

    void seatNumbers_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<SeatNumbering>("numbering");
        QTest::addColumn<QList<int>>("expected");

        QTest::addRow("left to right") << 4 << SeatNumbering::LeftToRight << QList<int>{1, 2, 3, 4};
        QTest::addRow("right to left") << 4 << SeatNumbering::RightToLeft << QList<int>{4, 3, 2, 1};
        QTest::addRow("odd/even, odd count") << 9 << SeatNumbering::OddEvenFromCentre
                                             << QList<int>{9, 7, 5, 3, 1, 2, 4, 6, 8};
        QTest::addRow("odd/even, even count") << 10 << SeatNumbering::OddEvenFromCentre
                                              << QList<int>{9, 7, 5, 3, 1, 2, 4, 6, 8, 10};
        QTest::addRow("odd/even, one seat") << 1 << SeatNumbering::OddEvenFromCentre << QList<int>{1};
        QTest::addRow("no seats") << 0 << SeatNumbering::RightToLeft << QList<int>{};
    }

    void seatNumbers()
    {
        QFETCH(int, seats);
        QFETCH(SeatNumbering, numbering);
        QFETCH(QList<int>, expected);
        QCOMPARE(HallPlanGenerator::seatNumbers(seats, numbering), expected);
    }

    void generatesRowsOfTheirOwnLength()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.rows = 3;
        options.seatsPerRow = 5;
        options.seatsInRow = {0, 7};
        options.numbering = SeatNumbering::RightToLeft;
        const HallPlan plan = HallPlanGenerator(options).generate();

        QCOMPARE(plan.name, u"Studio"_s);
        QCOMPARE(plan.categories, options.categories);
        QCOMPARE(plan.seats.size(), 5 + 7 + 5);
        QCOMPARE(xOfRow(plan, u"A"_s).size(), 5);
        QCOMPARE(xOfRow(plan, u"B"_s).size(), 7);
        QCOMPARE(xOfRow(plan, u"C"_s).size(), 5);
        QCOMPARE(plan.seats.first().label(), u"A5"_s);
        QCOMPARE(plan.seats.at(5).label(), u"B7"_s);
        QSet<QString> guids;
        for (const HallPlanSeat &seat : plan.seats) {
            QCOMPARE(seat.category, u"stalls"_s);
            guids.insert(seat.guid);
        }
        QCOMPARE(guids.size(), plan.seats.size());
        // The shorter rows are centred on the longer one.
        QCOMPARE(xOfRow(plan, u"A"_s), (QList<double>{1, 2, 3, 4, 5}));
        QCOMPARE(yOfRow(plan, u"C"_s), (QList<double>{2, 2, 2, 2, 2}));
        QVERIFY(validateHallPlan(plan).isEmpty());
    }

    void aislesOpenGapsThatLineUp()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.seatsPerRow = 6;
        options.seatsInRow = {0, 4};
        options.aislesAfter = {2, 4};
        options.aisleWidth = 1.5;
        const HallPlan plan = HallPlanGenerator(options).generate();

        QCOMPARE(xOfRow(plan, u"A"_s), (QList<double>{0, 1, 3.5, 4.5, 7, 8}));
        // Row B's four seats use the first four places, shifted to the middle of row A.
        QCOMPARE(xOfRow(plan, u"B"_s), (QList<double>{1.75, 2.75, 5.25, 6.25}));
    }

    void staggeredRowsShiftEveryOtherRowByHalfASeat()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.rows = 3;
        options.staggered = true;
        const HallPlan plan = HallPlanGenerator(options).generate();

        QCOMPARE(xOfRow(plan, u"A"_s), (QList<double>{0, 1, 2}));
        QCOMPARE(xOfRow(plan, u"B"_s), (QList<double>{0.5, 1.5, 2.5}));
        QCOMPARE(xOfRow(plan, u"C"_s), (QList<double>{0, 1, 2}));
    }

    void curvedRowsBringTheirEndsTowardsTheStage()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.seatsPerRow = 5;
        options.curve = 0.75;
        const HallPlan plan = HallPlanGenerator(options).generate();

        QCOMPARE(yOfRow(plan, u"A"_s), (QList<double>{-0.75, -0.1875, 0, -0.1875, -0.75}));
        QCOMPARE(yOfRow(plan, u"B"_s), (QList<double>{0.25, 0.8125, 1, 0.8125, 0.25}));
    }

    void gridCellsFollowRowsAndRoundedColumns()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.seatsPerRow = 4;
        options.aislesAfter = {2};
        options.staggered = true;
        const HallPlan plan = HallPlanGenerator(options).generate();

        const QList<GridCell> expected{{0, 0}, {0, 1}, {0, 3}, {0, 4}, {1, 1}, {1, 2}, {1, 4}, {1, 5}};
        QCOMPARE(plan.gridCells(), expected);
    }

    void seatsOfARowInOneCellMoveToTheNextColumn()
    {
        HallPlan plan = HallPlanGenerator(smallHall()).generate();
        plan.seats[1].position = {0.2, 0};
        plan.seats[2].position = {-0.1, 0};
        const QList<GridCell> cells = plan.gridCells();
        QCOMPARE(cells.mid(0, 3), (QList<GridCell>{{0, 0}, {0, 1}, {0, 2}}));
    }

    void newGuidsAreDistinctVersion4Uuids()
    {
        const QStringList guids = HallPlanSeat::newGuids(1000);
        QCOMPARE(guids.size(), 1000);
        QCOMPARE(QSet<QString>(guids.cbegin(), guids.cend()).size(), 1000);
        for (const QString &guid : guids) {
            const QUuid uuid = QUuid::fromString(guid);
            QVERIFY2(!uuid.isNull(), qPrintable(guid));
            QCOMPARE(uuid.version(), QUuid::Random);
            QCOMPARE(uuid.variant(), QUuid::DCE);
        }
    }

    void labelsKeepDigitsOfRowAndNumberApart_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("label");
        QTest::addRow("letter row") << u"C"_s << u"7"_s << u"C7"_s;
        QTest::addRow("number row") << u"12"_s << u"7"_s << u"12-7"_s;
        QTest::addRow("number row, two digits") << u"1"_s << u"27"_s << u"1-27"_s;
        QTest::addRow("letter seat") << u"Box 1"_s << u"A"_s << u"Box 1A"_s;
    }

    void labelsKeepDigitsOfRowAndNumberApart()
    {
        QFETCH(QString, row);
        QFETCH(QString, number);
        QFETCH(QString, label);
        HallPlanSeat seat;
        seat.rowLabel = row;
        seat.number = number;
        QCOMPARE(seat.label(), label);
    }

    void stageDefaultsToTheCentreOfTheFrontRow()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.seatsPerRow = 5;
        options.curve = 1;
        HallPlan plan = HallPlanGenerator(options).generate();
        QCOMPARE(plan.stagePosition(), QPointF(2, -0.5));
        plan.stage = QPointF(2, -4);
        QCOMPARE(plan.stagePosition(), QPointF(2, -4));
    }

    void validation_data()
    {
        QTest::addColumn<PlanEdit>("edit");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("valid") << PlanEdit([](HallPlan &) {}) << QStringList();
        QTest::addRow("wheelchair space and companion")
                << PlanEdit([](HallPlan &plan) {
                       plan.seats[0].wheelchairSpace = true;
                       plan.seats[1].companionOf = plan.seats[0].guid;
                   })
                << QStringList();
        QTest::addRow("no seats") << PlanEdit([](HallPlan &plan) { plan.seats.clear(); })
                                  << QStringList{u"seats: a hall needs at least one seat"_s};
        QTest::addRow("no name") << PlanEdit([](HallPlan &plan) { plan.name = u" "_s; })
                                 << QStringList{u"name: a hall needs a name"_s};
        QTest::addRow("unknown category") << PlanEdit([](HallPlan &plan) { plan.seats[4].category = u"vip"_s; })
                                          << QStringList{u"seats[4].category: unknown category \"vip\""_s};
        QTest::addRow("no category") << PlanEdit([](HallPlan &plan) { plan.seats[2].category.clear(); })
                                     << QStringList{u"seats[2].category: a seat needs a category"_s};
        QTest::addRow("same label twice") << PlanEdit([](HallPlan &plan) { plan.seats[5].number = u"1"_s; })
                                          << QStringList{u"seats[5].number: seat B1 is already seats[3]"_s};
        QTest::addRow("no row or number") << PlanEdit([](HallPlan &plan) {
            plan.seats[1].rowLabel.clear();
            plan.seats[1].number.clear();
        }) << QStringList{u"seats[1].row: a seat needs a row label"_s, u"seats[1].number: a seat needs a number"_s};
        QTest::addRow("same guid twice") << PlanEdit([](HallPlan &plan) { plan.seats[3].guid = plan.seats[0].guid; })
                                         << QStringList{u"seats[3].guid: guid \"%1\" is already seats[0]"_s};
        QTest::addRow("no guid") << PlanEdit([](HallPlan &plan) { plan.seats[3].guid.clear(); })
                                 << QStringList{u"seats[3].guid: a seat needs a guid"_s};
        QTest::addRow("companion of no seat") << PlanEdit([](HallPlan &plan) { plan.seats[1].companionOf = u"nobody"_s; })
                                              << QStringList{u"seats[1].companion_of: no seat has the guid \"nobody\""_s};
        QTest::addRow("companion of a plain seat")
                << PlanEdit([](HallPlan &plan) { plan.seats[1].companionOf = plan.seats[0].guid; })
                << QStringList{u"seats[1].companion_of: seats[0] (A1) is not a wheelchair space"_s};
        QTest::addRow("wheelchair space as companion") << PlanEdit([](HallPlan &plan) {
            plan.seats[0].wheelchairSpace = true;
            plan.seats[1].wheelchairSpace = true;
            plan.seats[1].companionOf = plan.seats[0].guid;
        }) << QStringList{u"seats[1].companion_of: a wheelchair space cannot be a companion seat"_s};
        QTest::addRow("category key twice") << PlanEdit([](HallPlan &plan) { plan.categories[1].key = u"stalls"_s; })
                                            << QStringList{u"categories[1].key: category \"stalls\" is already categories[0]"_s};
        QTest::addRow("category without key or name") << PlanEdit([](HallPlan &plan) {
            plan.categories[1].key.clear();
            plan.categories[1].name.clear();
        }) << QStringList{u"categories[1].key: a category needs a key"_s, u"categories[1].name: a category needs a name"_s};
        QTest::addRow("colour by name") << PlanEdit([](HallPlan &plan) { plan.categories[0].colour = u"red"_s; })
                                        << QStringList{u"categories[0].colour: \"red\" is not a colour of the form #rrggbb"_s};
        QTest::addRow("seat far away") << PlanEdit([](HallPlan &plan) { plan.seats[2].position = {0, -2e6}; })
                                       << QStringList{u"seats[2].position: x and y must lie within ±1000000"_s};
        QTest::addRow("seat at infinity")
                << PlanEdit([](HallPlan &plan) { plan.seats[2].position = {std::numeric_limits<double>::infinity(), 0}; })
                << QStringList{u"seats[2].position: x and y must lie within ±1000000"_s};
        QTest::addRow("stage far away") << PlanEdit([](HallPlan &plan) { plan.stage = QPointF(3e6, 0); })
                                        << QStringList{u"stage: x and y must lie within ±1000000"_s};
        QTest::addRow("empty size") << PlanEdit([](HallPlan &plan) { plan.size = QSizeF(10, 0); })
                                    << QStringList{u"size: width and height must be positive and at most 1000000"_s};
    }

    void validation()
    {
        QFETCH(PlanEdit, edit);
        QFETCH(QStringList, expected);

        HallPlan plan = HallPlanGenerator(smallHall()).generate();
        const QString firstGuid = plan.seats.first().guid;
        edit(plan);
        for (QString &problem : expected) {
            if (problem.contains(u"%1"))
                problem = problem.arg(firstGuid);
        }
        QCOMPARE(problemTexts(validateHallPlan(plan)), expected);
    }

    void aLargeArenaIsGeneratedInLinearTime()
    {
        HallPlanGeneratorOptions options = smallHall();
        options.rows = 50;
        options.seatsPerRow = 100;
        options.aislesAfter = {25, 50, 75};
        options.curve = 3;
        QElapsedTimer timer;
        timer.start();
        const HallPlan plan = HallPlanGenerator(options).generate();
        const QList<PlanProblem> problems = validateHallPlan(plan);
        const QList<GridCell> cells = plan.gridCells();
        qInfo("5,000 seats generated, validated and put on the grid in %lld ms", qint64(timer.elapsed()));
        QCOMPARE(plan.seats.size(), 5000);
        QVERIFY(problems.isEmpty());
        QCOMPARE(cells.size(), 5000);
    }
};

QTEST_GUILESS_MAIN(tst_HallPlan)
#include "tst_hallplan.moc"
