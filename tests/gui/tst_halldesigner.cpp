#include "halldesignercanvas.h"
#include "halldesignerwindow.h"
#include "hallgeneratordialog.h"
#include "hallplaneditor.h"
#include "hallplanfile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

QList<QString> labelsOf(const HallPlan &plan)
{
    QList<QString> labels;
    for (const HallPlanSeat &seat : plan.seats)
        labels.append(seat.label());
    return labels;
}

} // namespace

class tst_HallDesigner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void generatesThroughTheDialog();
    void generatorRefusesAislesOutsideTheRow();
    void clickAndModifierClickSelect();
    void rubberBandSelects();
    void setsCategoryOfTheSelection();
    void categoriesAreAddedRenamedAndRemovedOnlyWhenUnused();
    void dragMovesTheSelectionInOneUndoStep();
    void keysMoveFocusAndSeats();
    void deleteKeyDeletesAndUndoRestoresOrder();
    void addsSeatsAndRows();
    void relabelsSeatsAndRows();
    void renumbersARow();
    void wheelchairSpacesAndCompanions();
    void houseSeatsAreMarkedDrawnAndUndone();
    void setsTheStage();
    void undoAndRedoRestoreEveryState();
    void undoShortcutsWork();
    void duplicateLabelsAreListedAndSelectable();
    void savesOnlyAValidPlan();
    void exportsAndImports();
    void refusesABrokenImport();
    void importsAPretixPlan();
    void screenshot();

private:
    HallPlanEditor *editor() const { return m_window->editor(); }
    HallDesignerCanvas *canvas() const { return m_window->canvas(); }
    const HallPlan &plan() const { return editor()->plan(); }
    /// Rows A… of `seats` seats, numbered left to right, fitted into the canvas.
    void generate(int rows, int seats);
    QString guidOf(const QString &label) const;
    QPoint centreOf(const QString &label) const { return canvas()->seatCentre(guidOf(label)); }
    QSet<QString> selectedLabels() const;
    void click(const QString &label, Qt::KeyboardModifiers modifiers = {});
    QAction *action(const QString &name) const;
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QStringList problems() const;

    std::unique_ptr<HallDesignerWindow> m_window;
};

void tst_HallDesigner::init()
{
    m_window = std::make_unique<HallDesignerWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_HallDesigner::cleanup()
{
    m_window.reset();
}

void tst_HallDesigner::generate(int rows, int seats)
{
    HallPlanGeneratorOptions options;
    options.hallName = u"Studio"_s;
    options.rows = rows;
    options.seatsPerRow = seats;
    editor()->generate(options);
    canvas()->zoomToFit();
}

QString tst_HallDesigner::guidOf(const QString &label) const
{
    for (const HallPlanSeat &seat : plan().seats) {
        if (seat.label() == label)
            return seat.guid;
    }
    return {};
}

QSet<QString> tst_HallDesigner::selectedLabels() const
{
    QSet<QString> labels;
    for (const qsizetype index : editor()->selectedIndices())
        labels.insert(plan().seats.at(index).label());
    return labels;
}

void tst_HallDesigner::click(const QString &label, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(canvas(), Qt::LeftButton, modifiers, centreOf(label));
}

QAction *tst_HallDesigner::action(const QString &name) const
{
    return child<QAction>(name);
}

QStringList tst_HallDesigner::problems() const
{
    QStringList texts;
    const auto *list = child<QListWidget>(u"problemList"_s);
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

void tst_HallDesigner::generatesThroughTheDialog()
{
    const HallPlan before = plan();
    action(u"generateAction"_s)->trigger();
    auto *dialog = m_window->findChild<HallGeneratorDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *rows = dialog->findChild<QSpinBox *>(u"rowsSpin"_s);
    rows->selectAll();
    QTest::keyClicks(rows, u"12"_s);
    auto *seats = dialog->findChild<QSpinBox *>(u"seatsPerRowSpin"_s);
    seats->selectAll();
    QTest::keyClicks(seats, u"9"_s);
    auto *numbering = dialog->findChild<QComboBox *>(u"numberingCombo"_s);
    numbering->setCurrentIndex(numbering->findData(int(SeatNumbering::OddEvenFromCentre)));
    auto *skipped = dialog->findChild<QLineEdit *>(u"skippedLettersEdit"_s);
    QCOMPARE(skipped->text(), u"IO"_s);
    QTest::keyClicks(skipped, u"J"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"aislesEdit"_s), u"4"_s);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"staggeredCheck"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(plan().seats.size(), 12 * 9);
    QCOMPARE(plan().name, u"New hall"_s);
    QStringList rowLabels;
    for (const HallPlanSeat &seat : plan().seats) {
        if (!rowLabels.contains(seat.rowLabel))
            rowLabels.append(seat.rowLabel);
    }
    QCOMPARE(rowLabels, (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s, u"H"_s, u"K"_s, u"L"_s,
                                     u"M"_s, u"N"_s}));
    QStringList frontRow;
    for (int i = 0; i < 9; ++i)
        frontRow.append(plan().seats.at(i).number);
    QCOMPARE(frontRow.join(u' '), u"9 7 5 3 1 2 4 6 8"_s);
    // The aisle after the fourth seat, and row B shifted by half a seat.
    QCOMPARE(plan().seats.at(4).position.x() - plan().seats.at(3).position.x(), 2.0);
    QCOMPARE(plan().seats.at(9).position.x() - plan().seats.at(0).position.x(), 0.5);
    QVERIFY(problems().isEmpty());

    const HallPlan generated = plan();
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
    editor()->undoStack()->redo();
    QVERIFY(plan() == generated);
}

void tst_HallDesigner::generatorRefusesAislesOutsideTheRow()
{
    action(u"generateAction"_s)->trigger();
    auto *dialog = m_window->findChild<HallGeneratorDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"aislesEdit"_s), u"4, 40"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"between 1 and 19"_s));
    QVERIFY(plan().seats.isEmpty());
    dialog->reject();
}

void tst_HallDesigner::clickAndModifierClickSelect()
{
    generate(5, 8);
    click(u"B3"_s);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"B3"_s}));
    QCOMPARE(editor()->focusSeat(), guidOf(u"B3"_s));
    click(u"C5"_s, Qt::ControlModifier);
    click(u"A1"_s, Qt::ShiftModifier);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"B3"_s, u"C5"_s, u"A1"_s}));
    click(u"B3"_s, Qt::ControlModifier);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"C5"_s, u"A1"_s}));
    // A plain click on a seat of a larger selection keeps only that seat.
    click(u"C5"_s);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"C5"_s}));
    click(u"D8"_s);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"D8"_s}));
    // A click between seats selects nothing.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, (centreOf(u"D1"_s) + centreOf(u"E2"_s)) / 2);
    QVERIFY(editor()->selection().isEmpty());
}

void tst_HallDesigner::rubberBandSelects()
{
    generate(5, 8);
    const QPoint from = canvas()->toWidget(QPointF(-0.6, -0.6)).toPoint();
    const QPoint to = canvas()->toWidget(QPointF(3.4, 1.3)).toPoint();
    QTest::mousePress(canvas(), Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas(), (from + to) / 2);
    QTest::mouseMove(canvas(), to);
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, to);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s}));

    // With Ctrl the band adds to the selection.
    const QPoint farFrom = canvas()->toWidget(QPointF(7.6, 4.6)).toPoint();
    const QPoint farTo = canvas()->toWidget(QPointF(5.6, 2.6)).toPoint();
    QTest::mousePress(canvas(), Qt::LeftButton, Qt::ControlModifier, farFrom);
    QTest::mouseMove(canvas(), farTo);
    QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::ControlModifier, farTo);
    QCOMPARE(selectedLabels().size(), 12);
    QVERIFY(selectedLabels().contains(u"E8"_s) && selectedLabels().contains(u"D7"_s));
}

void tst_HallDesigner::setsCategoryOfTheSelection()
{
    generate(3, 4);
    const HallPlan before = plan();
    QTest::keyClicks(child<QLineEdit>(u"categoryNameEdit"_s), u"Box seats"_s);
    QTest::mouseClick(child<QPushButton>(u"addCategoryButton"_s), Qt::LeftButton);
    QCOMPARE(plan().categories.size(), 2);
    QCOMPARE(plan().categories.at(1).key, u"box-seats"_s);
    const HallPlan withCategory = plan();

    click(u"B1"_s);
    click(u"B2"_s, Qt::ControlModifier);
    auto *list = child<QListWidget>(u"categoryList"_s);
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(u"assignCategoryButton"_s), Qt::LeftButton);
    QCOMPARE(plan().seats.at(4).category, u"box-seats"_s);
    QCOMPARE(plan().seats.at(5).category, u"box-seats"_s);
    QCOMPARE(plan().seats.at(6).category, u"standard"_s);
    const HallPlan assigned = plan();

    editor()->undoStack()->undo();
    QVERIFY(plan() == withCategory);
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
    editor()->undoStack()->redo();
    editor()->undoStack()->redo();
    QVERIFY(plan() == assigned);
}

void tst_HallDesigner::categoriesAreAddedRenamedAndRemovedOnlyWhenUnused()
{
    generate(2, 3);
    const QString key = editor()->addCategory(u"Balcony"_s, u"#123456"_s);
    QCOMPARE(key, u"balcony"_s);
    QCOMPARE(editor()->addCategory(u"Balcony"_s, u"#123456"_s), u"balcony-2"_s);
    QVERIFY(editor()->renameCategory(key, u"Upper balcony"_s).isEmpty());
    QVERIFY(editor()->recolourCategory(key, u"#ABCDEF"_s).isEmpty());
    QCOMPARE(*plan().category(key), (HallCategory{key, u"Upper balcony"_s, u"#abcdef"_s}));
    QVERIFY(!editor()->recolourCategory(key, u"blue"_s).isEmpty());
    QCOMPARE(child<QListWidget>(u"categoryList"_s)->count(), 3);

    auto *list = child<QListWidget>(u"categoryList"_s);
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(u"removeCategoryButton"_s), Qt::LeftButton);
    QCOMPARE(plan().categories.size(), 3);
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"still use the category Standard"_s));

    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(u"removeCategoryButton"_s), Qt::LeftButton);
    QCOMPARE(plan().categories.size(), 2);
    QVERIFY(!plan().category(key));
    editor()->undoStack()->undo();
    QCOMPARE(plan().category(key)->name, u"Upper balcony"_s);
}

void tst_HallDesigner::dragMovesTheSelectionInOneUndoStep()
{
    generate(4, 6);
    const HallPlan before = plan();
    click(u"B2"_s);
    click(u"B3"_s, Qt::ControlModifier);
    const int steps = editor()->undoStack()->count();
    const QPoint start = centreOf(u"B3"_s);
    const double scale = canvas()->scale();
    QTest::mousePress(canvas(), Qt::LeftButton, {}, start);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(canvas(), start + QPoint(int(i * scale / 4), int(i * scale / 8)));
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, start + QPoint(int(8 * scale / 4), int(8 * scale / 8)));
    QCOMPARE(editor()->undoStack()->count(), steps + 1);
    QCOMPARE(plan().seats.at(7).position, before.seats.at(7).position + QPointF(2.0, 1.0));
    QCOMPARE(plan().seats.at(8).position, before.seats.at(8).position + QPointF(2.0, 1.0));
    QCOMPARE(plan().seats.at(9).position, before.seats.at(9).position);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"B2"_s, u"B3"_s}));
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
}

void tst_HallDesigner::keysMoveFocusAndSeats()
{
    generate(3, 5);
    const HallPlan before = plan();
    click(u"B2"_s);
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_Right);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"B3"_s}));
    QTest::keyClick(canvas(), Qt::Key_Down);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"C3"_s}));
    QTest::keyClick(canvas(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(editor()->focusSeat(), guidOf(u"C2"_s));
    QCOMPARE(selectedLabels(), (QSet<QString>{u"C3"_s}));
    QTest::keyClick(canvas(), Qt::Key_Space);
    QCOMPARE(selectedLabels(), (QSet<QString>{u"C2"_s, u"C3"_s}));

    QTest::keyClick(canvas(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(canvas(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(plan().seats.at(11).position, before.seats.at(11).position + QPointF(0.5, -0.5));
    QCOMPARE(plan().seats.at(12).position, before.seats.at(12).position + QPointF(0.5, -0.5));
    editor()->undoStack()->undo();
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);

    QTest::keyClick(canvas(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(editor()->selection().size(), 15);
    QTest::keyClick(canvas(), Qt::Key_Escape);
    QVERIFY(editor()->selection().isEmpty());

    const double fitted = canvas()->scale();
    QTest::keyClick(canvas(), Qt::Key_Plus);
    QVERIFY(canvas()->scale() > fitted);
    QTest::keyClick(canvas(), Qt::Key_Minus);
    QTest::keyClick(canvas(), Qt::Key_Minus);
    QVERIFY(canvas()->scale() < fitted);
    QTest::keyClick(canvas(), Qt::Key_0);
    QCOMPARE(canvas()->scale(), fitted);
    QWheelEvent wheel(QPointF(100, 100), canvas()->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas(), &wheel);
    QVERIFY(canvas()->scale() > fitted);
}

void tst_HallDesigner::deleteKeyDeletesAndUndoRestoresOrder()
{
    generate(3, 4);
    const HallPlan before = plan();
    click(u"A1"_s);
    click(u"B3"_s, Qt::ControlModifier);
    click(u"C4"_s, Qt::ControlModifier);
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_Delete);
    QCOMPARE(plan().seats.size(), 9);
    QVERIFY(!labelsOf(plan()).contains(u"B3"_s));
    QVERIFY(editor()->selection().isEmpty());
    const HallPlan deleted = plan();
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
    editor()->undoStack()->redo();
    QVERIFY(plan() == deleted);
}

void tst_HallDesigner::addsSeatsAndRows()
{
    generate(2, 3);
    const HallPlan before = plan();
    click(u"A3"_s);
    action(u"addSeatAction"_s)->trigger();
    QCOMPARE(plan().seats.size(), 7);
    const HallPlanSeat added = plan().seats.last();
    QCOMPARE(added.label(), u"A4"_s);
    QCOMPARE(added.position, before.seats.at(2).position + QPointF(1, 0));
    QCOMPARE(selectedLabels(), (QSet<QString>{u"A4"_s}));
    const HallPlan withSeat = plan();

    action(u"addRowAction"_s)->trigger();
    QCOMPARE(plan().seats.size(), 10);
    QCOMPARE(labelsOf(plan()).mid(7), (QList<QString>{u"C1"_s, u"C2"_s, u"C3"_s}));
    QCOMPARE(plan().seats.at(7).position, before.seats.at(3).position + QPointF(0, 1));
    QVERIFY(problems().isEmpty());

    editor()->undoStack()->undo();
    QVERIFY(plan() == withSeat);
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
}

void tst_HallDesigner::relabelsSeatsAndRows()
{
    generate(2, 3);
    const HallPlan before = plan();
    click(u"B2"_s);
    auto *row = child<QLineEdit>(u"rowLabelEdit"_s);
    auto *number = child<QLineEdit>(u"seatNumberEdit"_s);
    QCOMPARE(row->text(), u"B"_s);
    QCOMPARE(number->text(), u"2"_s);
    number->clear();
    QTest::keyClicks(number, u"2a"_s);
    QTest::mouseClick(child<QPushButton>(u"relabelSeatButton"_s), Qt::LeftButton);
    QCOMPARE(plan().seats.at(4).label(), u"B2a"_s);
    const HallPlan relabelled = plan();

    click(u"B1"_s);
    click(u"B3"_s, Qt::ControlModifier);
    QVERIFY(!child<QPushButton>(u"relabelSeatButton"_s)->isEnabled());
    row->clear();
    QTest::keyClicks(row, u"Z"_s);
    QTest::mouseClick(child<QPushButton>(u"relabelRowButton"_s), Qt::LeftButton);
    QCOMPARE(labelsOf(plan()).mid(3), (QList<QString>{u"Z1"_s, u"Z2a"_s, u"Z3"_s}));
    QCOMPARE(labelsOf(plan()).mid(0, 3), (QList<QString>{u"A1"_s, u"A2"_s, u"A3"_s}));

    editor()->undoStack()->undo();
    QVERIFY(plan() == relabelled);
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
}

void tst_HallDesigner::renumbersARow()
{
    generate(2, 5);
    const HallPlan before = plan();
    click(u"A2"_s);
    auto *combo = child<QComboBox>(u"renumberCombo"_s);
    combo->setCurrentIndex(combo->findData(int(SeatNumbering::RightToLeft)));
    QTest::mouseClick(child<QPushButton>(u"renumberButton"_s), Qt::LeftButton);
    QCOMPARE(labelsOf(plan()), (QList<QString>{u"A5"_s, u"A4"_s, u"A3"_s, u"A2"_s, u"A1"_s, u"B1"_s, u"B2"_s,
                                               u"B3"_s, u"B4"_s, u"B5"_s}));
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
}

void tst_HallDesigner::wheelchairSpacesAndCompanions()
{
    generate(2, 4);
    const HallPlan before = plan();
    click(u"A1"_s);
    action(u"wheelchairAction"_s)->trigger();
    QVERIFY(plan().seats.at(0).wheelchairSpace);
    QVERIFY(action(u"wheelchairAction"_s)->isChecked());
    const HallPlan marked = plan();

    click(u"A2"_s, Qt::ControlModifier);
    action(u"companionAction"_s)->trigger();
    QCOMPARE(plan().seats.at(1).companionOf, plan().seats.at(0).guid);
    QVERIFY(plan().seats.at(0).companionOf.isEmpty());
    const HallPlan companion = plan();

    // Two seats without a space: refused and said so.
    click(u"B1"_s);
    click(u"B2"_s, Qt::ControlModifier);
    action(u"companionAction"_s)->trigger();
    QVERIFY(plan() == companion);
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"wheelchair space"_s));

    // Unmarking the space frees its companion, in the same step.
    click(u"A1"_s);
    action(u"wheelchairAction"_s)->trigger();
    QVERIFY(!plan().seats.at(0).wheelchairSpace);
    QVERIFY(plan().seats.at(1).companionOf.isEmpty());
    QVERIFY(problems().isEmpty());

    editor()->undoStack()->undo();
    QVERIFY(plan() == companion);
    editor()->undoStack()->undo();
    QVERIFY(plan() == marked);
    editor()->undoStack()->undo();
    QVERIFY(plan() == before);
}

void tst_HallDesigner::houseSeatsAreMarkedDrawnAndUndone()
{
    generate(2, 4);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const HallPlan before = plan();
    const QImage unmarked = canvas()->grab().toImage();
    click(u"A2"_s);
    click(u"A3"_s, Qt::ControlModifier);
    QVERIFY(!action(u"houseSeatAction"_s)->isChecked());
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_H, Qt::ControlModifier);
    QList<bool> houseSeats;
    for (const HallPlanSeat &seat : plan().seats)
        houseSeats.append(seat.houseSeat);
    QCOMPARE(houseSeats, (QList<bool>{false, true, true, false, false, false, false, false}));
    QVERIFY(action(u"houseSeatAction"_s)->isChecked());
    const HallPlan marked = plan();

    // Drawn with their mark, and only they.
    editor()->setSelection({});
    QVERIFY(!action(u"houseSeatAction"_s)->isChecked());
    const QImage drawn = canvas()->grab().toImage();
    const auto around = [this](const QImage &image, const QString &label) {
        const QPoint centre = centreOf(label) * image.devicePixelRatio();
        const int half = int(canvas()->scale() * image.devicePixelRatio() / 2);
        return image.copy(QRect(centre - QPoint(half, half), centre + QPoint(half, half)));
    };
    QVERIFY(around(drawn, u"A2"_s) != around(unmarked, u"A2"_s));
    QVERIFY(around(drawn, u"A3"_s) != around(unmarked, u"A3"_s));
    QCOMPARE(around(drawn, u"A1"_s), around(unmarked, u"A1"_s));

    // A row added behind copies the seats, not their being kept back.
    click(u"B2"_s);
    action(u"houseSeatAction"_s)->trigger();
    QVERIFY(plan().seats.at(5).houseSeat);
    action(u"addRowAction"_s)->trigger();
    QCOMPARE(plan().seats.size(), 12);
    QVERIFY(!plan().seats.at(9).houseSeat);

    QUndoStack *stack = editor()->undoStack();
    stack->undo();
    stack->undo();
    QVERIFY(plan() == marked);
    click(u"A2"_s);
    QTest::keyClick(canvas(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(!plan().seats.at(1).houseSeat);
    QVERIFY(plan().seats.at(2).houseSeat);
    stack->undo();
    stack->undo();
    QVERIFY(plan() == before);
    stack->redo();
    QVERIFY(plan() == marked);
}

void tst_HallDesigner::setsTheStage()
{
    generate(3, 3);
    QVERIFY(!plan().stage);
    QCOMPARE(child<QDoubleSpinBox>(u"stageXSpin"_s)->value(), 1.0);
    action(u"placeStageAction"_s)->trigger();
    const QPoint at = canvas()->toWidget(QPointF(1.0, -3.0)).toPoint();
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at);
    QVERIFY(plan().stage);
    QCOMPARE(*plan().stage, canvas()->toPlan(at));
    QVERIFY(!action(u"placeStageAction"_s)->isChecked());

    auto *y = child<QDoubleSpinBox>(u"stageYSpin"_s);
    y->setValue(-5.5);
    child<QDoubleSpinBox>(u"stageXSpin"_s)->setValue(1.0);
    QTest::mouseClick(child<QPushButton>(u"setStageButton"_s), Qt::LeftButton);
    QCOMPARE(*plan().stage, QPointF(1.0, -5.5));
    editor()->undoStack()->undo();
    editor()->undoStack()->undo();
    QVERIFY(!plan().stage);
}

void tst_HallDesigner::undoAndRedoRestoreEveryState()
{
    generate(4, 5);
    QList<HallPlan> states{plan()};
    QList<qsizetype> unchangedSteps;
    const auto step = [&](const std::function<void()> &edit) {
        edit();
        if (plan() == states.last())
            unchangedSteps.append(states.size());
        states.append(plan());
    };
    step([&] { click(u"A1"_s); action(u"wheelchairAction"_s)->trigger(); });
    step([&] { click(u"A3"_s); action(u"houseSeatAction"_s)->trigger(); });
    step([&] { editor()->addCategory(u"Premium"_s, u"#cc79a7"_s); });
    step([&] { editor()->selectAll(); editor()->setCategoryOfSelection(u"premium"_s); });
    step([&] { click(u"C3"_s); canvas()->setFocus(); QTest::keyClick(canvas(), Qt::Key_Delete); });
    step([&] { click(u"D5"_s); action(u"addSeatAction"_s)->trigger(); });
    step([&] { action(u"addRowAction"_s)->trigger(); });
    step([&] { click(u"B2"_s); QTest::keyClick(canvas(), Qt::Key_Down, Qt::ShiftModifier); });
    step([&] { editor()->relabelSeat(guidOf(u"A2"_s), u"A"_s, u"20"_s); });
    step([&] { editor()->setStage(QPointF(2, -4)); });
    step([&] { click(u"A1"_s); click(u"B1"_s, Qt::ControlModifier); action(u"companionAction"_s)->trigger(); });
    step([&] { click(u"B1"_s); click(u"B2"_s, Qt::ControlModifier); action(u"deleteAction"_s)->trigger(); });
    QCOMPARE(unchangedSteps, QList<qsizetype>{});

    QUndoStack *stack = editor()->undoStack();
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        stack->undo();
        QVERIFY2(plan() == states.at(i), qPrintable(u"after undoing to state %1"_s.arg(i)));
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        stack->redo();
        QVERIFY2(plan() == states.at(i), qPrintable(u"after redoing to state %1"_s.arg(i)));
    }
}

void tst_HallDesigner::undoShortcutsWork()
{
    generate(2, 2);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const HallPlan before = plan();
    click(u"A1"_s);
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_Delete);
    const HallPlan deleted = plan();
    QTest::keyClick(canvas(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(plan() == before);
    QTest::keyClick(canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(plan() == deleted);
}

void tst_HallDesigner::duplicateLabelsAreListedAndSelectable()
{
    generate(2, 3);
    QVERIFY(problems().isEmpty());
    QVERIFY(editor()->relabelSeat(guidOf(u"B3"_s), u"B"_s, u"1"_s).isEmpty());
    QCOMPARE(problems(), (QStringList{u"seats[5].number: seat B1 is already seats[3]"_s}));
    auto *list = child<QListWidget>(u"problemList"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(editor()->selectedIndices(), (QList<qsizetype>{5}));
    QCOMPARE(editor()->focusSeat(), plan().seats.at(5).guid);
    editor()->undoStack()->undo();
    QVERIFY(problems().isEmpty());
}

void tst_HallDesigner::savesOnlyAValidPlan()
{
    QSignalSpy saves(m_window.get(), &HallDesignerWindow::saveRequested);
    action(u"saveAction"_s)->trigger();
    QCOMPARE(saves.size(), 0);
    QVERIFY(problems().contains(u"seats: a hall needs at least one seat"_s));
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().startsWith(u"Not saved"_s));

    generate(2, 3);
    editor()->relabelSeat(guidOf(u"A2"_s), u"A"_s, u"1"_s);
    m_window->save();
    QCOMPARE(saves.size(), 0);
    editor()->undoStack()->undo();
    m_window->save();
    QCOMPARE(saves.size(), 1);
    QVERIFY(saves.at(0).at(0).value<HallPlan>() == plan());
    QCOMPARE(m_window->plan(), plan());

    QVERIFY(!editor()->undoStack()->isClean());
    m_window->showSaveResult(false, u"seat A1 is booked for Hamlet on 12 Dec"_s);
    QCOMPARE(child<QLabel>(u"messageLabel"_s)->text(), u"Not saved: seat A1 is booked for Hamlet on 12 Dec"_s);
    QVERIFY(!editor()->undoStack()->isClean());
    m_window->showSaveResult(true, u"Hall saved."_s);
    QCOMPARE(child<QLabel>(u"messageLabel"_s)->text(), u"Hall saved."_s);
    QVERIFY(editor()->undoStack()->isClean());
}

void tst_HallDesigner::exportsAndImports()
{
    generate(3, 4);
    editor()->addCategory(u"Premium"_s, u"#cc79a7"_s);
    click(u"B2"_s);
    action(u"wheelchairAction"_s)->trigger();
    const HallPlan exported = plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hall.json"_s);
    QVERIFY(m_window->exportToFile(path));

    HallPlan other;
    other.name = u"Other"_s;
    m_window->setPlan(other);
    QVERIFY(editor()->undoStack()->count() == 0);
    QVERIFY(m_window->importFromFile(path));
    QVERIFY(plan() == exported);
    editor()->undoStack()->undo();
    QVERIFY(plan() == other);
}

void tst_HallDesigner::refusesABrokenImport()
{
    generate(2, 2);
    const HallPlan before = plan();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray data = HallPlanFile::write(before);
    data.replace("\"standard\"", "\"vip\"");
    data.replace("\"key\": \"vip\"", "\"key\": \"standard\"");
    file.write(data);
    file.close();
    QVERIFY(!m_window->importFromFile(path));
    QVERIFY(plan() == before);
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().startsWith(u"Not imported"_s));
    QVERIFY(problems().join(u'\n').contains(u"unknown category"_s));
    QVERIFY(!m_window->importFromFile(dir.filePath(u"missing.json"_s)));
}

void tst_HallDesigner::importsAPretixPlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pretix.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "Studio", "size": {"width": 200, "height": 100},
        "categories": [{"name": "stalls", "color": "#3366cc"}],
        "zones": [{"name": "Main", "position": {"x": 0, "y": 0}, "rows": [
            {"row_number": "1", "position": {"x": 0, "y": 0}, "seats": [
                {"seat_guid": "g-1", "seat_number": "1", "position": {"x": 0, "y": 0}, "category": "stalls"},
                {"seat_guid": "g-2", "seat_number": "2", "position": {"x": 30, "y": 0}, "category": "stalls"}]}]}]})");
    file.close();
    QVERIFY(m_window->importFromFile(path));
    QCOMPARE(plan().seats.size(), 2);
    QCOMPARE(plan().seats.at(1).guid, u"g-2"_s);
    QCOMPARE(plan().categories.size(), 1);
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().startsWith(u"Imported"_s));
}

void tst_HallDesigner::screenshot()
{
    // A 20 × 25 hall with an aisle, curved rows, three categories, wheelchair spaces with their
    // companions and a few selected seats; BOXOFFICE_SCREENSHOT names where to keep the picture.
    HallPlanGeneratorOptions options;
    options.hallName = u"Grand Hall"_s;
    options.rows = 20;
    options.seatsPerRow = 25;
    options.aislesAfter = {6, 19};
    options.curve = 1.5;
    options.categories = {{u"standard"_s, u"Standard"_s, u"#56b4e9"_s},
                          {u"premium"_s, u"Premium"_s, u"#e69f00"_s},
                          {u"box"_s, u"Box"_s, u"#009e73"_s}};
    editor()->generate(options);
    QSet<QString> premium, box;
    for (const HallPlanSeat &seat : plan().seats) {
        if (QStringList{u"H"_s, u"K"_s, u"L"_s, u"M"_s}.contains(seat.rowLabel))
            premium.insert(seat.guid);
        else if (seat.rowLabel.size() == 1 && seat.rowLabel >= u"U"_s)
            box.insert(seat.guid);
    }
    editor()->setSelection(premium);
    editor()->setCategoryOfSelection(u"premium"_s);
    editor()->setSelection(box);
    editor()->setCategoryOfSelection(u"box"_s);
    editor()->setSelection({guidOf(u"A1"_s), guidOf(u"A25"_s)});
    editor()->setWheelchairOfSelection(true);
    editor()->setSelection({guidOf(u"A1"_s), guidOf(u"A2"_s)});
    editor()->markCompanionsOfSelection();
    editor()->setStage(QPointF(12.5, -3.0));
    editor()->setSelection({guidOf(u"F11"_s), guidOf(u"F12"_s), guidOf(u"F13"_s)});
    canvas()->zoomToFit();
    QVERIFY(problems().isEmpty());
    QCOMPARE(plan().seats.size(), 500);
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    const QString path = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(image.save(path));
}

QTEST_MAIN(tst_HallDesigner)
#include "tst_halldesigner.moc"
