// POST /api/holds with "best" (the best seats left, replacing the session's hold) and the show's
// rule on holds that leave a single seat empty (422 orphan_seat, or a warning in the answer).
#include "webfixture.h"
#include "webtestsupport.h"

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

Answer holdBest(Client &client, const QJsonObject &best, qint64 show = 1)
{
    return client.post(u"/api/holds"_s, QJsonObject{{u"show"_s, show}, {u"best"_s, best}});
}

QStringList texts(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

/// Show 2 in a hall of one row C1..C6 with no aisle, under `rule`.
void addOneRowShow(Fixture &fixture, const QString &rule)
{
    fixture.db.exec(u"INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (2, 'One Row', 1, 6)"_s);
    for (int number = 1; number <= 6; ++number) {
        fixture.db.exec(u"INSERT INTO seats (hall_id, label, row_label, number, grid_row, grid_column, category,"
                        " accessible) VALUES (2, ?, 'C', ?, 0, ?, 'standard', 0)"_s,
                        {u"C%1"_s.arg(number), number, number - 1});
    }
    fixture.db.exec(u"INSERT INTO shows (id, hall_id, title, starts_at, orphan_rule) VALUES (2, 2, 'One Row Show', ?, ?)"_s,
                    {fixture.db.clock.now().addDays(2).toMSecsSinceEpoch(), rule});
}

} // namespace

class tst_WebBest : public QObject
{
    Q_OBJECT

private slots:
    void bestHoldsSeatsSideBySide();
    void bestKeepsToItsCategory();
    void bestReplacesTheSessionsHold();
    void bestNeverGetsHouseSeats();
    void bestErrors_data();
    void bestErrors();
    void bestHoldsAreCappedPerAddress();
    void refusedStrandedSeat();
    void warnedStrandedSeat();
    void allowedStrandedSeat();
    void seatStatusNamesTheRule();
};

void tst_WebBest::bestHoldsSeatsSideBySide()
{
    Fixture fixture;
    Client client = fixture.client();
    const qint64 before = fixture.version();
    const Answer answer = holdBest(client, {{u"count"_s, 2}});
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    const QStringList chosen = texts(json.value(u"best"_s).toObject().value(u"seats"_s));
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(json.value(u"best"_s).toObject().value(u"adjacent"_s), QJsonValue(true));
    QStringList held = texts(json.value(u"seats"_s));
    QStringList sortedChosen = chosen;
    held.sort();
    sortedChosen.sort();
    QCOMPARE(held, sortedChosen);
    QCOMPARE(json.value(u"show"_s).toInteger(), 1);
    QVERIFY(json.value(u"version"_s).toInteger() > before);
    QVERIFY(!json.value(u"expires_at"_s).toString().isEmpty());
    QVERIFY(!json.contains(u"stranded_seats"_s));
    // Side by side in this hall means one row's pair left of the aisle or two of the three right of it.
    QCOMPARE(chosen.at(0).front(), chosen.at(1).front());
    for (const QString &seat : chosen)
        QCOMPARE(fixture.db.status(seat), SeatStatus::Held);
    // The session's own hold, as its seat status says.
    const QJsonObject mine = client.get(u"/api/seat-status/?show=1"_s).json().value(u"my_hold"_s).toObject();
    QCOMPARE(texts(mine.value(u"seats"_s)).size(), 2);
}

void tst_WebBest::bestKeepsToItsCategory()
{
    Fixture fixture;
    Client client = fixture.client();
    const Answer answer = holdBest(client, {{u"count"_s, 3}, {u"category"_s, u"premium"_s}});
    QCOMPARE(answer.status, 200);
    const QStringList chosen = texts(answer.json().value(u"best"_s).toObject().value(u"seats"_s));
    QCOMPARE(chosen.size(), 3);
    for (const QString &seat : chosen)
        QVERIFY2(seat.startsWith(u'B'), qPrintable(seat));
}

void tst_WebBest::bestReplacesTheSessionsHold()
{
    Fixture fixture;
    Client client = fixture.client();
    QCOMPARE(client.hold(1, {u"A1"_s, u"B5"_s}).status, 200);
    const Answer answer = holdBest(client, {{u"count"_s, 3}, {u"category"_s, u"standard"_s}});
    QCOMPARE(answer.status, 200);
    const QStringList held = texts(answer.json().value(u"seats"_s));
    QCOMPARE(held.size(), 3);
    QVERIFY(!held.contains(u"B5"_s));
    QCOMPARE(fixture.db.status(u"B5"_s), SeatStatus::Available);
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 1"_s), 3);
}

void tst_WebBest::bestNeverGetsHouseSeats()
{
    Fixture fixture;
    Client client = fixture.client();
    // Row A has five seats, but A5 is kept for the counter.
    const Answer all = holdBest(client, {{u"count"_s, 4}, {u"category"_s, u"standard"_s}});
    QCOMPARE(all.status, 200);
    QVERIFY(!texts(all.json().value(u"seats"_s)).contains(u"A5"_s));
    Client other = fixture.client();
    const Answer tooMany = holdBest(other, {{u"count"_s, 1}, {u"category"_s, u"standard"_s}});
    QCOMPARE(tooMany.status, 409);
    QCOMPARE(tooMany.errorCode(), u"seats_unavailable"_s);
}

void tst_WebBest::bestErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &best, int status, const QString &error,
                        const QString &message = {}) {
        QTest::newRow(name) << QByteArray(R"({"show": 1, "best": )" + best + "}") << status << error << message;
    };
    row("best not an object", "2", 400, u"bad_request"_s);
    row("no count", "{}", 422, u"invalid_field"_s, u"count"_s);
    row("count as text", R"({"count": "2"})", 422, u"invalid_field"_s, u"count"_s);
    row("fractional count", R"({"count": 1.5})", 422, u"invalid_field"_s, u"count"_s);
    row("count null", R"({"count": null})", 422, u"invalid_field"_s, u"count"_s);
    row("count zero", R"({"count": 0})", 422, u"invalid_field"_s, u"count"_s);
    row("negative count", R"({"count": -2})", 422, u"invalid_field"_s, u"count"_s);
    row("count over the cap", R"({"count": 11})", 422, u"too_many_seats"_s);
    row("huge count", R"({"count": 99999999999})", 422, u"too_many_seats"_s);
    row("unknown category", R"({"count": 1, "category": "balcony"})", 422, u"invalid_field"_s, u"balcony"_s);
    row("category not text", R"({"count": 1, "category": 3})", 422, u"invalid_field"_s, u"category"_s);
    row("empty category", R"({"count": 1, "category": ""})", 422, u"invalid_field"_s, u"category"_s);
    row("more wheelchairs than seats", R"({"count": 1, "wheelchair": 2})", 422, u"invalid_field"_s, u"wheelchair"_s);
    row("negative wheelchairs", R"({"count": 1, "wheelchair": -1})", 422, u"invalid_field"_s, u"wheelchair"_s);
    row("count twice", R"({"count": 1, "count": 2})", 400, u"bad_request"_s);
    // Eight seats are left for the web: A5 is the counter's, B5 is held.
    row("more than are left", R"({"count": 9})", 409, u"seats_unavailable"_s, u"8"_s);
    row("more than are left in the category", R"({"count": 5, "category": "premium"})", 409,
        u"seats_unavailable"_s, u"4"_s);
    QTest::newRow("seats and best") << QByteArray(R"({"show": 1, "seats": ["A1"], "best": {"count": 1}})") << 422
                                    << u"invalid_field"_s << u"both"_s;
    QTest::newRow("unknown show") << QByteArray(R"({"show": 99, "best": {"count": 1}})") << 404 << u"not_found"_s
                                  << QString();
}

void tst_WebBest::bestErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, message);
    Answer answer;
    expectRefusedHold(body, status, error, answer);
    if (QTest::currentTestFailed())
        return;
    const QString text = answer.json().value(u"message"_s).toString();
    QVERIFY2(text.contains(message), qPrintable(text));
}

void tst_WebBest::bestHoldsAreCappedPerAddress()
{
    WebLimits limits = generousLimits();
    limits.maxSeatsPerAddress = 3;
    Fixture fixture(limits);
    Client first = fixture.client();
    QCOMPARE(holdBest(first, {{u"count"_s, 2}}).status, 200);
    // Another session from the same address: its best seats would pass the address's cap.
    Client other = fixture.client();
    const Answer refused = holdBest(other, {{u"count"_s, 2}});
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), u"too_many_requests"_s);
    QVERIFY(!refused.header("retry-after").isEmpty());
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 1"_s), 2);
    QCOMPARE(holdBest(other, {{u"count"_s, 1}}).status, 200);
}

void tst_WebBest::refusedStrandedSeat()
{
    Fixture fixture;
    addOneRowShow(fixture, u"refuse"_s);
    Client client = fixture.client();
    const Answer refused = client.hold(2, {u"C2"_s});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), u"orphan_seat"_s);
    QVERIFY(!refused.json().value(u"message"_s).toString().isEmpty());
    QCOMPARE(texts(refused.json().value(u"seats"_s)), QStringList{u"C1"_s});
    const QStringList suggestion = texts(refused.json().value(u"suggestion"_s));
    QCOMPARE(suggestion.size(), 1);
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 2"_s), 0);
    // The suggestion itself goes through.
    const Answer taken = client.hold(2, suggestion);
    QCOMPARE(taken.status, 200);
    QVERIFY(!taken.json().contains(u"stranded_seats"_s));
    // Best seats are never refused for stranding one: they avoid it when they can.
    const Answer best = holdBest(client, {{u"count"_s, 2}}, 2);
    QCOMPARE(best.status, 200);
}

void tst_WebBest::warnedStrandedSeat()
{
    Fixture fixture;
    addOneRowShow(fixture, u"warn"_s);
    const Answer held = fixture.client().hold(2, {u"C2"_s});
    QCOMPARE(held.status, 200);
    QCOMPARE(texts(held.json().value(u"seats"_s)), QStringList{u"C2"_s});
    QCOMPARE(texts(held.json().value(u"stranded_seats"_s)), QStringList{u"C1"_s});
    const QStringList suggestion = texts(held.json().value(u"suggestion"_s));
    QCOMPARE(suggestion.size(), 1);
    QVERIFY(!suggestion.contains(u"C2"_s));
    QCOMPARE(fixture.db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 2"_s), 1);
}

void tst_WebBest::allowedStrandedSeat()
{
    Fixture fixture;
    addOneRowShow(fixture, u"allow"_s);
    const Answer held = fixture.client().hold(2, {u"C2"_s});
    QCOMPARE(held.status, 200);
    QVERIFY(!held.json().contains(u"stranded_seats"_s));
    QVERIFY(!held.json().contains(u"suggestion"_s));
}

void tst_WebBest::seatStatusNamesTheRule()
{
    Fixture fixture;
    addOneRowShow(fixture, u"refuse"_s);
    Client client = fixture.client();
    QCOMPARE(client.get(u"/api/seat-status/?show=1"_s).json().value(u"orphan_rule"_s).toString(), u"warn"_s);
    QCOMPARE(client.get(u"/api/seat-status/?show=2"_s).json().value(u"orphan_rule"_s).toString(), u"refuse"_s);
    // Deltas carry seats only.
    QVERIFY(!client.get(u"/api/seat-status/?show=1&since=%1"_s.arg(fixture.version())).json().contains(u"orphan_rule"_s));
}

QTEST_GUILESS_MAIN(tst_WebBest)
#include "tst_webbest.moc"
