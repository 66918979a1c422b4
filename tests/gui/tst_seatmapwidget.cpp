#include "displaynames.h"
#include "seatmaplegend.h"
#include "seatmappalette.h"
#include "seatmapwidget.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

const QString ownOwner = u"counter-1"_s;

/// A small hall: rows A–E, eight seats a row with an aisle after seat 4 (grid column 4 is empty),
/// standard rows A–C at 12.00, premium rows D–E at 16.00; row E has only seats 3–6 (a gap each side).
ShowSnapshot smallHall(qint64 showId = 1)
{
    ShowSnapshot snapshot;
    snapshot.show.id = showId;
    snapshot.show.title = u"Harbour Lights"_s;
    snapshot.show.version = 1;
    snapshot.gridRows = 5;
    snapshot.gridColumns = 9;
    const QString rows = u"ABCDE"_s;
    for (int row = 0; row < rows.size(); ++row) {
        for (int number = 1; number <= 8; ++number) {
            if (row == 4 && (number < 3 || number > 6))
                continue;
            SeatState state;
            state.seat.rowLabel = rows.at(row);
            state.seat.number = number;
            state.seat.label = state.seat.rowLabel + QString::number(number);
            state.seat.gridRow = row;
            state.seat.gridColumn = number <= 4 ? number - 1 : number;
            state.seat.category = row >= 3 ? u"premium"_s : u"standard"_s;
            state.seat.accessible = state.seat.label == u"A1"_s;
            state.priceCents = row >= 3 ? 1600 : 1200;
            snapshot.seats.append(state);
        }
    }
    return snapshot;
}

SeatState &seat(ShowSnapshot &snapshot, const QString &label)
{
    for (SeatState &state : snapshot.seats) {
        if (state.seat.label == label)
            return state;
    }
    qFatal("no seat %s", qPrintable(label));
}

void setStatus(ShowSnapshot &snapshot, const QString &label, SeatStatus status, const QString &owner = {})
{
    SeatState &state = seat(snapshot, label);
    state.status = status;
    state.holdOwner = owner;
    if (status == SeatStatus::Held)
        state.holdExpiresAt = QDateTime(QDate(2030, 1, 1), QTime(18, 30));
}

/// The seats of the test hall in every state the map knows.
ShowSnapshot mixedHall()
{
    ShowSnapshot snapshot = smallHall();
    setStatus(snapshot, u"A3"_s, SeatStatus::Booked);
    setStatus(snapshot, u"A4"_s, SeatStatus::Blocked);
    setStatus(snapshot, u"A5"_s, SeatStatus::Held, u"web-4711"_s);
    setStatus(snapshot, u"A6"_s, SeatStatus::Held, ownOwner);
    seat(snapshot, u"A7"_s).houseSeat = true;
    return snapshot;
}

QColor pixel(const QImage &image, QPoint at)
{
    return image.pixelColor(at * image.devicePixelRatio());
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 12 && qAbs(a.green() - b.green()) <= 12 && qAbs(a.blue() - b.blue()) <= 12;
}

} // namespace

class tst_SeatMapWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void geometryFollowsTheGrid();
    void everySeatOfABigHallIsHitByArithmetic();
    void drawsSeatsWhereTheyAreHit();
    void clickTogglesSeat();
    void clickOnSeat_data();
    void clickOnSeat();
    void programmaticSelectionSkipsUnselectable();
    void keyboardMovesAndToggles();
    void keyboardCrossesAislesAndGaps();
    void enterAndDoubleClickActivate();
    void dragSelectsRectangle();
    void ctrlDragDeselects();
    void selectionKeptAcrossSnapshots();
    void takenSeatsLeaveSelection();
    void otherShowClearsSelection();
    void tooltipDescribesSeat();
    void tooltipShownOnHelpEvent();
    void zoomKeepsHitTesting();
    void zoomedMapScrollsToCursor();
    void accessibleDescriptionFollowsState();
    void legendExplainsCategoriesAndStates();

private:
    SeatMapWidget *m_map = nullptr;
};

void tst_SeatMapWidget::init()
{
    m_map = new SeatMapWidget;
    m_map->resize(600, 400);
    m_map->setSnapshot(mixedHall(), ownOwner);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
}

void tst_SeatMapWidget::cleanup()
{
    delete m_map;
    m_map = nullptr;
}

void tst_SeatMapWidget::geometryFollowsTheGrid()
{
    const QRect b2 = m_map->seatRect(u"B2"_s);
    const QRect b3 = m_map->seatRect(u"B3"_s);
    const QRect b4 = m_map->seatRect(u"B4"_s);
    const QRect b5 = m_map->seatRect(u"B5"_s);
    const QRect c3 = m_map->seatRect(u"C3"_s);
    QVERIFY(!b3.isEmpty());
    QVERIFY(m_map->rect().contains(m_map->seatRect(u"A1"_s)));
    QVERIFY(m_map->rect().contains(m_map->seatRect(u"E6"_s)));
    QCOMPARE(b3.top(), b2.top());
    QVERIFY(b3.left() > b2.right());
    QVERIFY(c3.top() > b3.bottom());
    QCOMPARE(c3.left(), b3.left());
    // The aisle: one empty cell between seats 4 and 5.
    const int pitch = b3.left() - b2.left();
    QVERIFY(qAbs((b5.left() - b4.left()) - 2 * pitch) <= 1);
    // Nothing in the aisle, the gaps of row E, or outside the hall.
    QCOMPARE(m_map->seatAt(QPoint((b4.right() + b5.left()) / 2, b4.center().y())), QString());
    QCOMPARE(m_map->seatAt(QPoint(m_map->seatRect(u"D1"_s).center().x(), m_map->seatRect(u"E3"_s).center().y())), QString());
    QCOMPARE(m_map->seatAt(QPoint(2, 2)), QString());
}

void tst_SeatMapWidget::everySeatOfABigHallIsHitByArithmetic()
{
    ShowSnapshot big;
    big.show.id = 2;
    big.gridRows = 40;
    big.gridColumns = 52;
    for (int row = 0; row < 40; ++row) {
        for (int number = 1; number <= 50; ++number) {
            SeatState state;
            state.seat.rowLabel = QString::number(row + 1);
            state.seat.number = number;
            state.seat.label = u"R%1S%2"_s.arg(row + 1).arg(number);
            state.seat.gridRow = row;
            state.seat.gridColumn = number - 1 + (number > 10) + (number > 40);
            state.seat.category = u"standard"_s;
            big.seats.append(state);
        }
    }
    m_map->resize(1000, 800);
    m_map->setSnapshot(big, ownOwner);
    int hits = 0;
    for (const SeatState &state : std::as_const(big.seats)) {
        // Anywhere on the seat, not only its centre.
        const QRect rect = m_map->seatRect(state.seat.label).adjusted(1, 1, -1, -1);
        bool hit = true;
        for (const QPoint &point : {rect.center(), rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()})
            hit = hit && m_map->seatAt(point) == state.seat.label;
        hits += hit ? 1 : 0;
    }
    QCOMPARE(hits, 2000);
}

void tst_SeatMapWidget::drawsSeatsWhereTheyAreHit()
{
    m_map->setSelectedSeats({u"B2"_s});
    const QImage image = m_map->grab().toImage();
    const auto styles = SeatMapPalette::assignStyles({u"standard"_s, u"premium"_s});
    // Just above the bottom edge: the seat's fill, clear of its number, symbol and outline.
    auto fillAt = [&](const QString &label) {
        const QRect rect = m_map->seatRect(label);
        return pixel(image, QPoint(rect.center().x(), rect.bottom() - rect.height() / 5));
    };
    QVERIFY(near(fillAt(u"B1"_s), SeatMapPalette::categoryColor(styles.value(u"standard"_s))));
    QVERIFY(near(fillAt(u"D1"_s), SeatMapPalette::categoryColor(styles.value(u"premium"_s))));
    QVERIFY(near(fillAt(u"A3"_s), QColor(0xb4, 0xba, 0xc2))); // booked: grey
    QVERIFY(fillAt(u"B2"_s).lightness() < 60);                // selected: dark
    // The aisle shows the background.
    const QRect b4 = m_map->seatRect(u"B4"_s);
    const QRect b5 = m_map->seatRect(u"B5"_s);
    QVERIFY(near(pixel(image, QPoint((b4.right() + b5.left()) / 2, b4.center().y())),
                 m_map->palette().color(QPalette::Base)));
}

void tst_SeatMapWidget::clickTogglesSeat()
{
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->seatRect(u"B3"_s).center());
    QCOMPARE(m_map->selectedSeats(), QStringList{u"B3"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{u"B3"_s});
    QCOMPARE(m_map->currentSeat(), u"B3"_s);

    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->seatRect(u"C5"_s).center());
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"B3"_s, u"C5"_s}));

    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->seatRect(u"B3"_s).center());
    QCOMPARE(m_map->selectedSeats(), QStringList{u"C5"_s});
    QCOMPARE(changed.count(), 3);
}

void tst_SeatMapWidget::clickOnSeat_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("selectable");
    QTest::addRow("available") << u"A2"_s << true;
    QTest::addRow("booked") << u"A3"_s << false;
    QTest::addRow("blocked") << u"A4"_s << false;
    QTest::addRow("held elsewhere") << u"A5"_s << false;
    QTest::addRow("held by this counter") << u"A6"_s << true;
    QTest::addRow("house seat") << u"A7"_s << true;
}

void tst_SeatMapWidget::clickOnSeat()
{
    QFETCH(QString, label);
    QFETCH(bool, selectable);
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    QCOMPARE(m_map->isSelectable(label), selectable);
    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->seatRect(label).center());
    QCOMPARE(m_map->selectedSeats(), selectable ? QStringList{label} : QStringList());
    QCOMPARE(changed.count(), selectable ? 1 : 0);
}

void tst_SeatMapWidget::programmaticSelectionSkipsUnselectable()
{
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    m_map->setSelectedSeats({u"A2"_s, u"A3"_s, u"A5"_s, u"A6"_s, u"Z99"_s});
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"A2"_s, u"A6"_s}));
    QCOMPARE(changed.count(), 1);
    m_map->setSelectedSeats({u"A6"_s, u"A2"_s});
    QCOMPARE(changed.count(), 1); // nothing changed, nothing said
    m_map->deselectSeats({u"A2"_s});
    QCOMPARE(m_map->selectedSeats(), QStringList{u"A6"_s});
    m_map->clearSelection();
    QVERIFY(m_map->selectedSeats().isEmpty());
    QCOMPARE(changed.count(), 3);
}

void tst_SeatMapWidget::keyboardMovesAndToggles()
{
    m_map->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_map));
    m_map->setFocus();
    QTRY_VERIFY(m_map->hasFocus());
    // Focus puts the cursor on the first seat that can be sold.
    QCOMPARE(m_map->currentSeat(), u"A1"_s);
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->currentSeat(), u"A2"_s);
    QTest::keyClick(m_map, Qt::Key_Down);
    QCOMPARE(m_map->currentSeat(), u"B2"_s);
    QTest::keyClick(m_map, Qt::Key_Space);
    QCOMPARE(m_map->selectedSeats(), QStringList{u"B2"_s});
    QTest::keyClick(m_map, Qt::Key_Up);
    QCOMPARE(m_map->currentSeat(), u"A2"_s);
    QTest::keyClick(m_map, Qt::Key_Up);
    QCOMPARE(m_map->currentSeat(), u"A2"_s); // the front row is the edge
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->currentSeat(), u"A3"_s);
    QTest::keyClick(m_map, Qt::Key_Space); // booked: refused
    QCOMPARE(m_map->selectedSeats(), QStringList{u"B2"_s});
    QTest::keyClick(m_map, Qt::Key_Down);
    QTest::keyClick(m_map, Qt::Key_Space);
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"B2"_s, u"B3"_s}));
    QTest::keyClick(m_map, Qt::Key_Space);
    QCOMPARE(m_map->selectedSeats(), QStringList{u"B2"_s});
    // Shift extends the selection while moving.
    QTest::keyClick(m_map, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_map, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"B2"_s, u"C3"_s, u"C4"_s}));
    QTest::keyClick(m_map, Qt::Key_End);
    QCOMPARE(m_map->currentSeat(), u"C8"_s);
    QTest::keyClick(m_map, Qt::Key_Home);
    QCOMPARE(m_map->currentSeat(), u"C1"_s);
}

void tst_SeatMapWidget::keyboardCrossesAislesAndGaps()
{
    m_map->setFocus();
    m_map->setCurrentSeat(u"B4"_s);
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->currentSeat(), u"B5"_s); // over the aisle
    m_map->setCurrentSeat(u"D1"_s);
    QTest::keyClick(m_map, Qt::Key_Down);
    QCOMPARE(m_map->currentSeat(), u"E3"_s); // row E starts at seat 3: the nearest one
    QTest::keyClick(m_map, Qt::Key_Left);
    QCOMPARE(m_map->currentSeat(), u"E3"_s);
    m_map->setCurrentSeat(u"D8"_s);
    QTest::keyClick(m_map, Qt::Key_Down);
    QCOMPARE(m_map->currentSeat(), u"E6"_s);
}

void tst_SeatMapWidget::enterAndDoubleClickActivate()
{
    QSignalSpy activated(m_map, &SeatMapWidget::seatActivated);
    m_map->setFocus();
    m_map->setCurrentSeat(u"C2"_s);
    QTest::keyClick(m_map, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"C2"_s);
    QCOMPARE(m_map->selectedSeats(), QStringList{u"C2"_s});

    m_map->setCurrentSeat(u"A3"_s); // booked: nothing to confirm
    QTest::keyClick(m_map, Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);

    // A double click selects (first click) and confirms (second), it does not toggle twice.
    const QPoint d5 = m_map->seatRect(u"D5"_s).center();
    QTest::mouseClick(m_map, Qt::LeftButton, {}, d5);
    QTest::mouseDClick(m_map, Qt::LeftButton, {}, d5);
    QTest::mouseRelease(m_map, Qt::LeftButton, {}, d5);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), u"D5"_s);
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"C2"_s, u"D5"_s}));
}

void tst_SeatMapWidget::dragSelectsRectangle()
{
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    // From inside A2 to inside B7: rows A–B, seats 2–7, across the aisle.
    const QPoint from = m_map->seatRect(u"A2"_s).topLeft() + QPoint(3, 3);
    const QPoint to = m_map->seatRect(u"B7"_s).center();
    QTest::mousePress(m_map, Qt::LeftButton, {}, from);
    QTest::mouseMove(m_map, (from + to) / 2);
    QTest::mouseMove(m_map, to);
    QCOMPARE(changed.count(), 0); // nothing until the button is released
    QTest::mouseRelease(m_map, Qt::LeftButton, {}, to);
    // A3 booked, A4 blocked, A5 held elsewhere: left out. A6 (ours) and A7 (house seat) are in.
    const QStringList expected = {u"A2"_s, u"A6"_s, u"A7"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B5"_s, u"B6"_s, u"B7"_s};
    QCOMPARE(m_map->selectedSeats(), expected);
    QCOMPARE(changed.count(), 1);
}

void tst_SeatMapWidget::ctrlDragDeselects()
{
    m_map->setSelectedSeats({u"C1"_s, u"C2"_s, u"C3"_s, u"D1"_s});
    const QPoint from = m_map->seatRect(u"C2"_s).center();
    const QPoint to = m_map->seatRect(u"D3"_s).center();
    QTest::mousePress(m_map, Qt::LeftButton, Qt::ControlModifier, from);
    QTest::mouseMove(m_map, to);
    QTest::mouseRelease(m_map, Qt::LeftButton, Qt::ControlModifier, to);
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"C1"_s, u"D1"_s}));
}

void tst_SeatMapWidget::selectionKeptAcrossSnapshots()
{
    m_map->setSelectedSeats({u"B1"_s, u"B2"_s, u"C7"_s});
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    QSignalSpy lost(m_map, &SeatMapWidget::selectionLost);

    // The counter's hold arrives for B1 and B2; someone else books an unselected seat.
    ShowSnapshot next = mixedHall();
    next.show.version = 2;
    setStatus(next, u"B1"_s, SeatStatus::Held, ownOwner);
    setStatus(next, u"B2"_s, SeatStatus::Held, ownOwner);
    setStatus(next, u"D4"_s, SeatStatus::Booked);
    m_map->setSnapshot(next, ownOwner);
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"B1"_s, u"B2"_s, u"C7"_s}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(lost.count(), 0);
}

void tst_SeatMapWidget::takenSeatsLeaveSelection()
{
    m_map->setSelectedSeats({u"B1"_s, u"B2"_s, u"C7"_s, u"D2"_s});
    m_map->setFocus();
    m_map->setCurrentSeat(u"C7"_s);
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    QSignalSpy lost(m_map, &SeatMapWidget::selectionLost);

    ShowSnapshot next = mixedHall();
    next.show.version = 3;
    setStatus(next, u"B2"_s, SeatStatus::Booked);
    setStatus(next, u"C7"_s, SeatStatus::Held, u"web-99"_s);
    m_map->setSnapshot(next, ownOwner);

    QCOMPARE(m_map->selectedSeats(), (QStringList{u"B1"_s, u"D2"_s}));
    QCOMPARE(lost.count(), 1);
    QCOMPARE(lost.at(0).at(0).toStringList(), (QStringList{u"B2"_s, u"C7"_s}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), (QStringList{u"B1"_s, u"D2"_s}));
    QCOMPARE(m_map->currentSeat(), u"C7"_s); // the cursor stays where it was
    QVERIFY(!m_map->isSelectable(u"C7"_s));

    // A taken seat cannot be clicked back into the selection.
    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->seatRect(u"B2"_s).center());
    QCOMPARE(m_map->selectedSeats(), (QStringList{u"B1"_s, u"D2"_s}));
}

void tst_SeatMapWidget::otherShowClearsSelection()
{
    m_map->setSelectedSeats({u"B1"_s});
    QSignalSpy changed(m_map, &SeatMapWidget::selectionChanged);
    QSignalSpy lost(m_map, &SeatMapWidget::selectionLost);
    m_map->setSnapshot(smallHall(42), ownOwner);
    QVERIFY(m_map->selectedSeats().isEmpty());
    QCOMPARE(m_map->showId(), qint64(42));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lost.count(), 0); // nothing was taken: the cashier changed shows
}

void tst_SeatMapWidget::tooltipDescribesSeat()
{
    const QString available = m_map->toolTipFor(u"D2"_s);
    QVERIFY2(available.contains(u"Row D, seat 2"_s), qPrintable(available));
    QVERIFY2(available.contains(categoryName(u"premium"_s)), qPrintable(available));
    QVERIFY2(available.contains(formatMoney(1600)), qPrintable(available));
    QVERIFY2(available.contains(u"Available"_s), qPrintable(available));

    const QString accessible = m_map->toolTipFor(u"A1"_s);
    QVERIFY2(accessible.contains(formatMoney(1200)), qPrintable(accessible));
    QVERIFY2(accessible.contains(u"Wheelchair"_s), qPrintable(accessible));

    QVERIFY(m_map->toolTipFor(u"A3"_s).contains(u"Booked"_s));
    QVERIFY(m_map->toolTipFor(u"A4"_s).contains(u"Blocked"_s));
    QVERIFY(m_map->toolTipFor(u"A5"_s).contains(u"Held elsewhere until 18:30"_s));
    QVERIFY(m_map->toolTipFor(u"A6"_s).contains(u"Held by this counter"_s));
    QVERIFY(m_map->toolTipFor(u"A7"_s).contains(u"House seat"_s));
    m_map->setSelectedSeats({u"D2"_s});
    QVERIFY(m_map->toolTipFor(u"D2"_s).contains(u"Selected"_s));
    QVERIFY(m_map->toolTipFor(u"Z1"_s).isEmpty());
}

void tst_SeatMapWidget::tooltipShownOnHelpEvent()
{
    const QPoint at = m_map->seatRect(u"C4"_s).center();
    QHelpEvent help(QEvent::ToolTip, at, m_map->mapToGlobal(at));
    QCoreApplication::sendEvent(m_map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Row C, seat 4"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void tst_SeatMapWidget::zoomKeepsHitTesting()
{
    QVERIFY(m_map->isZoomedToFit());
    m_map->resize(900, 700);
    const qreal fitted = m_map->cellSize();
    QWheelEvent wheel(QPointF(m_map->seatRect(u"C3"_s).center()), QPointF(m_map->mapToGlobal(m_map->seatRect(u"C3"_s).center())),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_map, &wheel);
    QVERIFY(m_map->cellSize() > fitted);
    QVERIFY(!m_map->isZoomedToFit());
    m_map->setFocus();
    QTest::keyClick(m_map, Qt::Key_Plus, Qt::ControlModifier);
    const qreal zoomed = m_map->cellSize();
    QVERIFY(zoomed > fitted * 1.4);
    // Hit testing follows the zoom: the seat is where it is drawn now.
    const QRect c3 = m_map->seatRect(u"C3"_s);
    QVERIFY(m_map->rect().contains(c3.center()));
    QTest::mouseClick(m_map, Qt::LeftButton, {}, c3.center());
    QCOMPARE(m_map->selectedSeats(), QStringList{u"C3"_s});

    QTest::keyClick(m_map, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_map->cellSize() < zoomed);
    m_map->zoomToFit();
    QVERIFY(m_map->isZoomedToFit());
    QCOMPARE(m_map->cellSize(), fitted);
}

void tst_SeatMapWidget::zoomedMapScrollsToCursor()
{
    m_map->resize(300, 220);
    for (int i = 0; i < 4; ++i)
        m_map->zoomIn();
    QVERIFY(!m_map->isZoomedToFit());
    m_map->setCurrentSeat(u"A1"_s);
    QVERIFY(m_map->rect().contains(m_map->seatRect(u"A1"_s)));
    QVERIFY(!m_map->rect().contains(m_map->seatRect(u"E6"_s)));
    m_map->setCurrentSeat(u"E6"_s);
    QVERIFY(m_map->rect().contains(m_map->seatRect(u"E6"_s)));
    QVERIFY(!m_map->rect().contains(m_map->seatRect(u"A1"_s)));

    // The plain wheel scrolls a zoomed map.
    const QPoint before = m_map->seatRect(u"E6"_s).topLeft();
    QWheelEvent wheel(QPointF(150, 110), QPointF(m_map->mapToGlobal(QPoint(150, 110))), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_map, &wheel);
    QVERIFY(m_map->seatRect(u"E6"_s).top() > before.y());
    QString visible;
    for (const QString &label : {u"E6"_s, u"D6"_s, u"C6"_s, u"B6"_s, u"A6"_s}) {
        if (m_map->rect().contains(m_map->seatRect(label)) && m_map->isSelectable(label)) {
            visible = label;
            break;
        }
    }
    QVERIFY(!visible.isEmpty());
    QTest::mouseClick(m_map, Qt::LeftButton, {}, m_map->seatRect(visible).center());
    QCOMPARE(m_map->selectedSeats(), QStringList{visible});
}

void tst_SeatMapWidget::accessibleDescriptionFollowsState()
{
    QCOMPARE(m_map->accessibleName(), u"Seat map"_s);
    m_map->setSelectedSeats({u"B1"_s, u"B2"_s});
    QVERIFY2(m_map->accessibleDescription().contains(u"Seats selected: 2"_s), qPrintable(m_map->accessibleDescription()));
    m_map->setCurrentSeat(u"A3"_s);
    QVERIFY2(m_map->accessibleDescription().contains(u"row A, seat 3"_s), qPrintable(m_map->accessibleDescription()));
    QVERIFY(m_map->accessibleDescription().contains(u"Booked"_s));
}

void tst_SeatMapWidget::legendExplainsCategoriesAndStates()
{
    SeatMapLegend legend(m_map);
    const QStringList texts = legend.entryTexts();
    QVERIFY2(texts.value(0).startsWith(categoryName(u"standard"_s)) && texts.value(0).contains(formatMoney(1200)),
             qPrintable(texts.join(u'|')));
    QVERIFY(texts.value(1).startsWith(categoryName(u"premium"_s)) && texts.value(1).contains(formatMoney(1600)));
    for (const QString &state : {u"Selected"_s, u"Held by this counter"_s, u"Held elsewhere"_s, u"Booked"_s, u"Blocked"_s,
                                 u"House seat"_s, u"Wheelchair space"_s})
        QVERIFY2(texts.contains(state), qPrintable(state));
    // A hall with another category updates the legend.
    ShowSnapshot withBox = smallHall(7);
    seat(withBox, u"E3"_s).seat.category = u"box"_s;
    seat(withBox, u"E3"_s).priceCents = 2400;
    m_map->setSnapshot(withBox, ownOwner);
    QVERIFY(legend.entryTexts().value(2).startsWith(categoryName(u"box"_s)));
    QVERIFY(legend.heightForWidth(120) > legend.heightForWidth(2000));
}

QTEST_MAIN(tst_SeatMapWidget)
#include "tst_seatmapwidget.moc"
