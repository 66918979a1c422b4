#include "hallplanfile.h"
#include "hallplantesting.h"
#include "pretixplanimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

using FileEdit = std::function<void(QJsonObject &)>;

namespace {

/// Two rows of three seats, guids g0 … g5, categories "stalls" and "box".
HallPlan smallPlan()
{
    HallPlan plan = HallPlanGenerator(smallHall()).generate();
    for (qsizetype i = 0; i < plan.seats.size(); ++i)
        plan.seats[i].guid = u"g%1"_s.arg(i);
    return plan;
}

QByteArray edited(const QByteArray &file, const FileEdit &edit)
{
    QJsonObject root = QJsonDocument::fromJson(file).object();
    edit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// Changes element `index` of the array `key` (an object) of `parent`.
void editElement(QJsonObject &parent, const QString &key, qsizetype index, const FileEdit &edit)
{
    QJsonArray array = parent.value(key).toArray();
    QJsonObject element = array.at(index).toObject();
    edit(element);
    array[index] = element;
    parent.insert(key, array);
}

FileEdit seatEdit(qsizetype index, const FileEdit &edit)
{
    return [=](QJsonObject &root) { editElement(root, u"seats"_s, index, edit); };
}

FileEdit seatField(qsizetype index, const QString &key, const QJsonValue &value)
{
    return seatEdit(index, [=](QJsonObject &seat) { seat.insert(key, value); });
}

/// A plan written by hand after pretix's seating-plan.schema.json: the stalls with a straight
/// and a curved row, a balcony whose row "1" clashes with the stalls' row "1", three categories.
const QByteArray pretixPlan = R"({
  "name": "Theatre",
  "size": {"width": 600, "height": 450},
  "categories": [
    {"name": "stalls", "color": "#36c"},
    {"name": "balcony", "color": "#AA3366"},
    {"name": "vip", "color": "gold"}
  ],
  "zones": [
    {
      "name": "Stalls", "zone_id": "stalls", "uuid": "b5f4b1f8-0000-4000-8000-000000000001",
      "position": {"x": 0, "y": 60},
      "rows": [
        {
          "row_number": "1", "row_label": "Row 1", "position": {"x": 30, "y": 0},
          "seats": [
            {"seat_guid": "s-1-1", "seat_number": "1", "position": {"x": 0, "y": 0}, "category": "vip"},
            {"seat_guid": "s-1-2", "seat_number": "2", "position": {"x": 30, "y": 0}, "category": "vip",
             "start_direction": ">"},
            {"seat_guid": "s-1-3", "seat_number": "3", "position": {"x": 60, "y": 0}, "category": "stalls"}
          ]
        },
        {
          "row_number": "2", "row_label": "Row 2", "position": {"x": 30, "y": 40},
          "seats": [
            {"seat_guid": "s-2-1", "seat_number": "1", "position": {"x": -15, "y": -8}, "category": "stalls"},
            {"seat_guid": "s-2-2", "seat_number": "2", "position": {"x": 15, "y": -2}, "category": "stalls"},
            {"seat_guid": "s-2-3", "seat_number": "3", "position": {"x": 45, "y": -2}, "category": "stalls"},
            {"seat_guid": "s-2-4", "seat_number": "4", "position": {"x": 75, "y": -8}, "category": "stalls"}
          ]
        }
      ],
      "areas": [
        {"shape": "rectangle", "position": {"x": 0, "y": -50}, "rectangle": {"width": 120, "height": 30},
         "color": "#cccccc"},
        {"shape": "text", "position": {"x": 40, "y": -40}, "text": {"text": "Stage", "position": {"x": 0, "y": 0}}}
      ]
    },
    {
      "name": "Balcony",
      "position": {"x": 0, "y": 300},
      "rows": [
        {
          "row_number": "1",
          "seats": [
            {"seat_guid": "b-1-1", "seat_number": "1", "position": {"x": 30, "y": 0}, "category": "balcony",
             "radius": 12},
            {"seat_guid": "b-1-2", "seat_number": "2", "position": {"x": 60, "y": 0}, "category": "balcony"}
          ]
        }
      ]
    }
  ]
})";

FileEdit pretixSeatEdit(qsizetype zone, qsizetype row, qsizetype seat, const FileEdit &edit)
{
    return [=](QJsonObject &root) {
        editElement(root, u"zones"_s, zone, [=](QJsonObject &zoneObject) {
            editElement(zoneObject, u"rows"_s, row,
                        [=](QJsonObject &rowObject) { editElement(rowObject, u"seats"_s, seat, edit); });
        });
    };
}

} // namespace

Q_DECLARE_METATYPE(FileEdit)

class tst_HallPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless_data()
    {
        QTest::addColumn<HallPlan>("plan");

        QTest::addRow("small") << smallPlan();
        HallPlanGeneratorOptions options;
        options.hallName = u"Großer Saal – 大厅"_s;
        options.rows = 30;
        options.seatsPerRow = 27;
        options.seatsInRow = {11, 13};
        options.numbering = SeatNumbering::OddEvenFromCentre;
        options.rowLabelling = RowLabelling::Numbers;
        options.aislesAfter = {7, 20};
        options.aisleWidth = 1.3;
        options.staggered = true;
        options.curve = 2.7;
        options.categories = {{u"parquet"_s, u"Parkett"_s, u"#123abc"_s}, {u"loge"_s, u"Loge \"A\""_s, u"#FEDCBA"_s}};
        HallPlan curved = HallPlanGenerator(options).generate();
        curved.seats[0].wheelchairSpace = true;
        curved.seats[1].companionOf = curved.seats[0].guid;
        curved.seats[2].category = u"loge"_s;
        curved.seats[3].position = {0.1 + 0.2, -1.0 / 3};
        curved.seats[4].houseSeat = true;
        curved.seats[30].houseSeat = true;
        curved.stage = QPointF(13.25, -4.125);
        curved.size = QSizeF(40.5, 1.0 / 7);
        QTest::addRow("curved, staggered, with extras") << curved;
    }

    void roundTripIsLossless()
    {
        QFETCH(HallPlan, plan);
        const QByteArray file = HallPlanFile::write(plan);
        const HallPlanImport read = HallPlanFile::read(file);
        QVERIFY2(read.ok(), qPrintable(problemTexts(read.errors).join(u'\n')));
        QVERIFY(read.warnings.isEmpty());
        QVERIFY(read.plan == plan);
        QCOMPARE(HallPlanFile::write(read.plan), file);
    }

    void fileNamesItsFormatAndVersion()
    {
        const QJsonObject root = QJsonDocument::fromJson(HallPlanFile::write(smallPlan())).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"boxoffice-hall"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"seats"_s).toArray().at(4).toObject().value(u"row"_s).toString(), u"B"_s);
    }

    void houseSeatsAreWrittenOnlyWhereSet()
    {
        HallPlan plan = smallPlan();
        plan.seats[4].houseSeat = true;
        const QJsonArray seats = QJsonDocument::fromJson(HallPlanFile::write(plan)).object().value(u"seats"_s).toArray();
        for (qsizetype i = 0; i < seats.size(); ++i)
            QCOMPARE(seats.at(i).toObject().contains(u"house_seat"_s), i == 4);
        QCOMPARE(seats.at(4).toObject().value(u"house_seat"_s), QJsonValue(true));

        // A file written before house seats reads with none.
        const HallPlanImport older = HallPlanFile::read(HallPlanFile::write(smallPlan()));
        QVERIFY(older.ok());
        QVERIFY(std::none_of(older.plan.seats.cbegin(), older.plan.seats.cend(),
                             [](const HallPlanSeat &seat) { return seat.houseSeat; }));
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("expected");

        const QByteArray valid = HallPlanFile::write(smallPlan());
        QTest::addRow("an array") << QByteArray("[1, 2]") << QStringList{u"the file must hold a JSON object"_s};
        QTest::addRow("no format or version") << QByteArray("{}") << QStringList{u"format: missing"_s, u"version: missing"_s};
        QTest::addRow("another format") << edited(valid, [](QJsonObject &root) { root.insert(u"format"_s, u"pretix"_s); })
                                        << QStringList{u"format: \"pretix\" is not a Box Office hall file (\"boxoffice-hall\")"_s};
        QTest::addRow("a later version") << edited(valid, [](QJsonObject &root) { root.insert(u"version"_s, 2); })
                                         << QStringList{u"version: version 2 is not supported (this Box Office reads version 1)"_s};
        QTest::addRow("version as text") << edited(valid, [](QJsonObject &root) { root.insert(u"version"_s, u"1"_s); })
                                         << QStringList{u"version: must be a number, not a string"_s};
        QTest::addRow("nothing but format and version")
                << edited(valid, [](QJsonObject &root) {
                       for (const QString &key : {u"name"_s, u"categories"_s, u"seats"_s})
                           root.remove(key);
                   })
                << QStringList{u"name: missing"_s, u"categories: missing"_s, u"seats: missing"_s};
        QTest::addRow("seats not an array") << edited(valid, [](QJsonObject &root) { root.insert(u"seats"_s, 5); })
                                            << QStringList{u"seats: must be an array, not a number"_s};
        QTest::addRow("a seat not an object")
                << edited(valid, [](QJsonObject &root) {
                       QJsonArray seats = root.value(u"seats"_s).toArray();
                       seats[2] = u"A3"_s;
                       root.insert(u"seats"_s, seats);
                   })
                << QStringList{u"seats[2]: must be an object, not a string"_s};
        QTest::addRow("row as a number") << edited(valid, seatField(3, u"row"_s, 2))
                                         << QStringList{u"seats[3].row: must be a string, not a number"_s};
        QTest::addRow("no guid") << edited(valid, seatEdit(1, [](QJsonObject &seat) { seat.remove(u"guid"_s); }))
                                 << QStringList{u"seats[1].guid: missing"_s};
        QTest::addRow("position without y")
                << edited(valid, seatField(0, u"position"_s, QJsonObject{{u"x"_s, 1}}))
                << QStringList{u"seats[0].position.y: missing"_s};
        QTest::addRow("position as a list") << edited(valid, seatField(0, u"position"_s, QJsonArray{1, 2}))
                                            << QStringList{u"seats[0].position: must be an object, not an array"_s};
        QTest::addRow("wheelchair as text") << edited(valid, seatField(5, u"wheelchair"_s, u"yes"_s))
                                            << QStringList{u"seats[5].wheelchair: must be a boolean, not a string"_s};
        QTest::addRow("house seat as a number") << edited(valid, seatField(1, u"house_seat"_s, 1))
                                                << QStringList{u"seats[1].house_seat: must be a boolean, not a number"_s};
        QTest::addRow("companion as null") << edited(valid, seatField(5, u"companion_of"_s, QJsonValue()))
                                           << QStringList{u"seats[5].companion_of: must be a string, not null"_s};
        QTest::addRow("unknown fields")
                << edited(valid,
                          [](QJsonObject &root) {
                              root.insert(u"colour"_s, u"#ffffff"_s);
                              seatField(1, u"price"_s, 12)(root);
                              editElement(root, u"categories"_s, 0,
                                          [](QJsonObject &category) { category.insert(u"color"_s, u"#000000"_s); });
                          })
                << QStringList{u"colour: unknown field"_s, u"categories[0].color: unknown field"_s,
                               u"seats[1].price: unknown field"_s};
        QTest::addRow("unknown category") << edited(valid, seatField(4, u"category"_s, u"vip"_s))
                                          << QStringList{u"seats[4].category: unknown category \"vip\""_s};
        QTest::addRow("same label twice") << edited(valid, seatField(5, u"number"_s, u"2"_s))
                                          << QStringList{u"seats[5].number: seat B2 is already seats[4]"_s};
        QTest::addRow("companion of no seat") << edited(valid, seatField(2, u"companion_of"_s, u"g9"_s))
                                              << QStringList{u"seats[2].companion_of: no seat has the guid \"g9\""_s};
        QTest::addRow("no seats") << edited(valid, [](QJsonObject &root) { root.insert(u"seats"_s, QJsonArray()); })
                                  << QStringList{u"seats: a hall needs at least one seat"_s};
        QTest::addRow("bad colour")
                << edited(valid,
                          [](QJsonObject &root) {
                              editElement(root, u"categories"_s, 1,
                                          [](QJsonObject &category) { category.insert(u"colour"_s, u"#abc"_s); });
                          })
                << QStringList{u"categories[1].colour: \"#abc\" is not a colour of the form #rrggbb"_s};
        QTest::addRow("type and content problems together")
                << edited(valid,
                          [](QJsonObject &root) {
                              seatField(0, u"number"_s, 1)(root);
                              seatField(3, u"category"_s, u"vip"_s)(root);
                          })
                << QStringList{u"seats[0].number: must be a string, not a number"_s,
                               u"seats[3].category: unknown category \"vip\""_s};
    }

    void readErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, expected);
        const HallPlanImport read = HallPlanFile::read(file);
        QVERIFY(!read.ok());
        QCOMPARE(problemTexts(read.errors), expected);
    }

    void notJsonSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("cut short") << HallPlanFile::write(smallPlan()).chopped(20);
        QTest::addRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }

    void notJsonSaysWhere()
    {
        QFETCH(QByteArray, file);
        for (const HallPlanImport &read : {HallPlanFile::read(file), PretixPlanImport::read(file)}) {
            QCOMPARE(read.errors.size(), 1);
            QVERIFY(read.errors.first().path.isEmpty());
            QVERIFY2(read.errors.first().message.startsWith(u"not JSON: "_s), qPrintable(read.errors.first().message));
            QVERIFY(read.errors.first().message.contains(u" at byte "_s));
        }
    }

    void manyProblemsAreCountedNotListed()
    {
        HallPlanGeneratorOptions options;
        options.hallName = u"Arena"_s;
        options.rows = 10;
        options.seatsPerRow = 15;
        QByteArray file = HallPlanFile::write(HallPlanGenerator(options).generate());
        file.replace("\"category\": \"standard\"", "\"category\": \"vip\"");
        const HallPlanImport read = HallPlanFile::read(file);
        QCOMPARE(read.errors.size(), 101);
        QCOMPARE(read.errors.first().toString(), u"seats[0].category: unknown category \"vip\""_s);
        QCOMPARE(read.errors.at(99).toString(), u"seats[99].category: unknown category \"vip\""_s);
        QCOMPARE(read.errors.last().toString(), u"50 more problems not listed"_s);
    }

    void pretixPlanBecomesOneHall()
    {
        const HallPlanImport read = PretixPlanImport::read(pretixPlan);
        QVERIFY2(read.ok(), qPrintable(problemTexts(read.errors).join(u'\n')));
        const HallPlan &plan = read.plan;
        QCOMPARE(plan.name, u"Theatre"_s);
        QCOMPARE(plan.categories,
                 (QList<HallCategory>{{u"stalls"_s, u"stalls"_s, u"#3366cc"_s},
                                      {u"balcony"_s, u"balcony"_s, u"#aa3366"_s},
                                      {u"vip"_s, u"vip"_s, u"#9bbb59"_s}}));
        QCOMPARE(plan.seats.size(), 9);
        QStringList labels;
        for (const HallPlanSeat &seat : plan.seats)
            labels.append(seat.label());
        QCOMPARE(labels, (QStringList{u"1-1"_s, u"1-2"_s, u"1-3"_s, u"2-1"_s, u"2-2"_s, u"2-3"_s, u"2-4"_s,
                                      u"Balcony 1-1"_s, u"Balcony 1-2"_s}));
        // Positions are zone + row + seat, in units of the seats' usual distance (30 px here).
        const HallPlanSeat &curvedEnd = plan.seats.at(3);
        QCOMPARE(curvedEnd.guid, u"s-2-1"_s);
        QCOMPARE(curvedEnd.rowLabel, u"2"_s);
        QCOMPARE(curvedEnd.position, QPointF((0 + 30 - 15) / 30.0, (60 + 40 - 8) / 30.0));
        QCOMPARE(plan.seats.at(4).position, QPointF((0 + 30 + 15) / 30.0, (60 + 40 - 2) / 30.0));
        QCOMPARE(plan.seats.at(8).position, QPointF(2, 10));
        QCOMPARE(plan.seats.at(0).category, u"vip"_s);
        QCOMPARE(plan.seats.at(8).category, u"balcony"_s);
        QCOMPARE(plan.size, std::optional(QSizeF(20, 15)));
        QVERIFY(!plan.stage);
        QCOMPARE(problemTexts(read.warnings),
                 (QStringList{
                         u"categories[2].color: only colours of the form #rgb or #rrggbb are kept; another was chosen"_s,
                         u"zones[0]: zones are merged into one plan; their names are not kept (and 1 more like it)"_s,
                         u"zones[0].uuid: zone uuids are not kept"_s,
                         u"zones[0].rows[0].row_label: row labels for texts are not kept; rows are named by row_number (and 1 more like it)"_s,
                         u"zones[0].rows[0].seats[1].start_direction: start directions for booking in order are not kept"_s,
                         u"zones[0].areas[0]: areas (shapes such as the stage outline) are not kept"_s,
                         u"zones[0].areas[1]: texts on the plan are not kept"_s,
                         u"zones[1].rows[0].seats[0].radius: seat sizes are not kept; all seats are drawn alike"_s,
                         u"zones[1]: row numbers of this zone are used by an earlier zone too; its rows are named \"Balcony …\""_s,
                 }));
        // What came in is a plan of our own: it saves and reads back as it is.
        QVERIFY(HallPlanFile::read(HallPlanFile::write(plan)).plan == plan);
    }

    void pretixErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("an empty object") << QByteArray("{}")
                                         << QStringList{u"name: missing"_s, u"categories: missing"_s, u"zones: missing"_s};
        QTest::addRow("zones as an object") << edited(pretixPlan, [](QJsonObject &root) { root.insert(u"zones"_s, QJsonObject()); })
                                            << QStringList{u"zones: must be an array, not an object"_s};
        QTest::addRow("no zones") << edited(pretixPlan, [](QJsonObject &root) { root.insert(u"zones"_s, QJsonArray()); })
                                  << QStringList{u"zones: a hall needs at least one seat"_s};
        QTest::addRow("a zone without a position")
                << edited(pretixPlan,
                          [](QJsonObject &root) {
                              editElement(root, u"zones"_s, 1, [](QJsonObject &zone) { zone.remove(u"position"_s); });
                          })
                << QStringList{u"zones[1].position: missing"_s};
        QTest::addRow("a row without seats")
                << edited(pretixPlan,
                          [](QJsonObject &root) {
                              editElement(root, u"zones"_s, 0, [](QJsonObject &zone) {
                                  editElement(zone, u"rows"_s, 1, [](QJsonObject &row) { row.remove(u"seats"_s); });
                              });
                          })
                << QStringList{u"zones[0].rows[1].seats: missing"_s};
        QTest::addRow("a seat without a guid")
                << edited(pretixPlan, pretixSeatEdit(0, 0, 1, [](QJsonObject &seat) { seat.remove(u"seat_guid"_s); }))
                << QStringList{u"zones[0].rows[0].seats[1].seat_guid: missing"_s};
        QTest::addRow("x as text")
                << edited(pretixPlan, pretixSeatEdit(0, 1, 2, [](QJsonObject &seat) {
                              seat.insert(u"position"_s, QJsonObject{{u"x"_s, u"45"_s}, {u"y"_s, 0}});
                          }))
                << QStringList{u"zones[0].rows[1].seats[2].position.x: must be a number, not a string"_s};
        QTest::addRow("seat number as a number")
                << edited(pretixPlan, pretixSeatEdit(1, 0, 0, [](QJsonObject &seat) { seat.insert(u"seat_number"_s, 1); }))
                << QStringList{u"zones[1].rows[0].seats[0].seat_number: must be a string, not a number"_s};
        QTest::addRow("unknown category")
                << edited(pretixPlan, pretixSeatEdit(1, 0, 1, [](QJsonObject &seat) { seat.insert(u"category"_s, u"gallery"_s); }))
                << QStringList{u"zones[1].rows[0].seats[1].category: unknown category \"gallery\""_s};
        QTest::addRow("same guid twice")
                << edited(pretixPlan, pretixSeatEdit(1, 0, 1, [](QJsonObject &seat) { seat.insert(u"seat_guid"_s, u"s-1-2"_s); }))
                << QStringList{u"zones[1].rows[0].seats[1].seat_guid: guid \"s-1-2\" is already zones[0].rows[0].seats[1]"_s};
        QTest::addRow("same seat number twice in a row")
                << edited(pretixPlan, pretixSeatEdit(0, 1, 3, [](QJsonObject &seat) { seat.insert(u"seat_number"_s, u"2"_s); }))
                << QStringList{u"zones[0].rows[1].seats[3].seat_number: seat 2-2 is already zones[0].rows[1].seats[1]"_s};
        QTest::addRow("an empty row number")
                << edited(pretixPlan,
                          [](QJsonObject &root) {
                              editElement(root, u"zones"_s, 0, [](QJsonObject &zone) {
                                  editElement(zone, u"rows"_s, 0, [](QJsonObject &row) { row.insert(u"row_number"_s, u""_s); });
                              });
                          })
                << QStringList{u"zones[0].rows[0].row_number: a seat needs a row label"_s};
        QTest::addRow("category name twice")
                << edited(pretixPlan,
                          [](QJsonObject &root) {
                              editElement(root, u"categories"_s, 2,
                                          [](QJsonObject &category) { category.insert(u"name"_s, u"stalls"_s); });
                          })
                << QStringList{u"categories[2].name: category \"stalls\" is already categories[0]"_s,
                               u"zones[0].rows[0].seats[0].category: unknown category \"vip\""_s,
                               u"zones[0].rows[0].seats[1].category: unknown category \"vip\""_s};
    }

    void pretixErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, expected);
        const HallPlanImport read = PretixPlanImport::read(file);
        QVERIFY(!read.ok());
        QCOMPARE(problemTexts(read.errors), expected);
    }

    void pretixUnknownFieldsAreWarnings()
    {
        const QByteArray file = edited(pretixPlan, [](QJsonObject &root) {
            root.insert(u"author"_s, u"me"_s);
            root.insert(u"zones"_s, QJsonArray{root.value(u"zones"_s).toArray().at(1)});
            root.insert(u"categories"_s, QJsonArray{QJsonObject{{u"name"_s, u"balcony"_s}}});
            pretixSeatEdit(0, 0, 1, [](QJsonObject &seat) { seat.insert(u"price"_s, 5); })(root);
        });
        const HallPlanImport read = PretixPlanImport::read(file);
        QVERIFY2(read.ok(), qPrintable(problemTexts(read.errors).join(u'\n')));
        QCOMPARE(read.plan.seats.size(), 2);
        QCOMPARE(read.plan.seats.first().label(), u"1-1"_s);
        QCOMPARE(read.plan.categories.first().colour, u"#4a7fb5"_s);
        QCOMPARE(problemTexts(read.warnings),
                 (QStringList{u"author: \"author\" is not part of pretix's seating plan schema; ignored"_s,
                              u"zones[0]: zones are merged into one plan; their names are not kept"_s,
                              u"zones[0].rows[0].seats[0].radius: seat sizes are not kept; all seats are drawn alike"_s,
                              u"zones[0].rows[0].seats[1].price: \"price\" is not part of pretix's seating plan schema; ignored"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_HallPlanFile)
#include "tst_hallplanfile.moc"
