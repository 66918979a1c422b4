#include "halldesignerwindow.h"
#include "halldesignercanvas.h"
#include "hallgeneratordialog.h"
#include "hallplaneditor.h"
#include "hallplanfile.h"
#include "hallplanvalidator.h"
#include "pretixplanimport.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

constexpr int keyRole = Qt::UserRole;
constexpr int seatIndexRole = Qt::UserRole + 1;

QDockWidget *dock(const QString &title, const QString &name, QWidget *content, QWidget *parent)
{
    auto *widget = new QDockWidget(title, parent);
    widget->setObjectName(name);
    widget->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    widget->setWidget(content);
    return widget;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *created = new QPushButton(text, parent);
    created->setObjectName(name);
    return created;
}

QDoubleSpinBox *coordinateSpin(const QString &name, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-10'000, 10'000);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    return spin;
}

} // namespace

HallDesignerWindow::HallDesignerWindow(QWidget *parent)
    : QMainWindow(parent), m_editor(new HallPlanEditor(this)), m_canvas(new HallDesignerCanvas(m_editor, this))
{
    setWindowTitle(tr("Hall designer"));
    m_canvas->setObjectName(u"canvas"_s);
    setCentralWidget(m_canvas);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    statusBar()->addWidget(m_messageLabel, 1);
    buildActions();
    buildCategoryPanel();
    buildSelectionPanel();
    buildProblemPanel();
    connect(m_canvas, &HallDesignerCanvas::message, this, &HallDesignerWindow::report);
    connect(m_canvas, &HallDesignerCanvas::stagePlaced, this, [this] { m_placeStageAction->setChecked(false); });
    connect(m_editor, &HallPlanEditor::planChanged, this, [this] {
        refreshCategories();
        refreshSelection();
        refreshProblems();
    });
    connect(m_editor, &HallPlanEditor::selectionChanged, this, &HallDesignerWindow::refreshSelection);
    HallPlan empty;
    empty.name = tr("New hall");
    setPlan(empty);
    resize(1280, 860);
}

HallDesignerWindow::~HallDesignerWindow() = default;

void HallDesignerWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    // Dock sizes only take once the window is laid out; the plan gets the room.
    m_docksSized = true;
    resizeDocks({findChild<QDockWidget *>(u"categoryDock"_s), findChild<QDockWidget *>(u"selectionDock"_s)},
                {230, 250}, Qt::Horizontal);
}

void HallDesignerWindow::setPlan(const HallPlan &plan)
{
    m_editor->setPlan(plan);
    m_canvas->zoomToFit();
    m_messageLabel->clear();
}

HallPlan HallDesignerWindow::plan() const
{
    return m_editor->plan();
}

void HallDesignerWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Plan"));
    toolbar->setObjectName(u"planToolBar"_s);
    const auto add = [&](const QString &text, const QString &name, auto slot, const QKeySequence &keys = {}) {
        auto *action = toolbar->addAction(text);
        action->setObjectName(name);
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("&Generate…"), u"generateAction"_s, &HallDesignerWindow::openGenerator);
    add(tr("&Import…"), u"importAction"_s, &HallDesignerWindow::chooseImportFile);
    add(tr("&Export…"), u"exportAction"_s, &HallDesignerWindow::chooseExportFile);
    add(tr("&Save"), u"saveAction"_s, &HallDesignerWindow::save, QKeySequence::Save);
    toolbar->addSeparator();

    // Fixed texts, the step's name in the tooltip: the stack's own actions would widen the toolbar
    // with every step's name.
    QUndoStack *stack = m_editor->undoStack();
    QAction *undo = add(tr("&Undo"), u"undoAction"_s, [stack] { stack->undo(); }, QKeySequence::Undo);
    QAction *redo = add(tr("&Redo"), u"redoAction"_s, [stack] { stack->redo(); }, QKeySequence(u"Ctrl+Shift+Z"_s));
    redo->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)});
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &step) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(step)); });
    connect(stack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &step) { redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(step)); });
    toolbar->addSeparator();

    add(tr("Add s&eat"), u"addSeatAction"_s, [this] { report(m_editor->addSeat()); });
    add(tr("Add &row"), u"addRowAction"_s, [this] { report(m_editor->addRow()); });
    // Delete itself is the canvas's key, so that it never takes the key from a text field.
    add(tr("&Delete"), u"deleteAction"_s, [this] { report(m_editor->deleteSelection()); });
    toolbar->addSeparator();
    m_wheelchairAction = add(tr("&Wheelchair space"), u"wheelchairAction"_s,
                             [this](bool checked) { report(m_editor->setWheelchairOfSelection(checked)); });
    m_wheelchairAction->setCheckable(true);
    add(tr("&Companion seats"), u"companionAction"_s, [this] { report(m_editor->markCompanionsOfSelection()); });
    add(tr("No c&ompanion"), u"clearCompanionAction"_s, [this] { report(m_editor->clearCompanionsOfSelection()); });
    m_houseSeatAction = add(tr("&House seat"), u"houseSeatAction"_s,
                            [this](bool checked) { report(m_editor->setHouseSeatOfSelection(checked)); },
                            QKeySequence(u"Ctrl+H"_s));
    m_houseSeatAction->setCheckable(true);
    m_houseSeatAction->setStatusTip(tr("Kept back for the counter in every new show of the hall"));
    m_placeStageAction = add(tr("Place s&tage"), u"placeStageAction"_s,
                             [this](bool checked) { m_canvas->setPlacingStage(checked); });
    m_placeStageAction->setCheckable(true);
    m_placeStageAction->setToolTip(tr("The next click on the plan puts the stage there"));
    toolbar->addSeparator();
    add(tr("Zoom &in"), u"zoomInAction"_s, [this] { m_canvas->zoomIn(); });
    add(tr("Zoom &out"), u"zoomOutAction"_s, [this] { m_canvas->zoomOut(); });
    add(tr("&Fit"), u"zoomFitAction"_s, [this] { m_canvas->zoomToFit(); });
}

void HallDesignerWindow::buildCategoryPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_categoryList = new QListWidget(panel);
    m_categoryList->setObjectName(u"categoryList"_s);
    m_categoryList->setAccessibleName(tr("Categories"));
    m_categoryNameEdit = new QLineEdit(panel);
    m_categoryNameEdit->setObjectName(u"categoryNameEdit"_s);
    m_categoryNameEdit->setPlaceholderText(tr("Category name"));
    m_categoryNameEdit->setAccessibleName(tr("Category name"));
    QPushButton *assign = button(tr("&Give to selected seats"), u"assignCategoryButton"_s, panel);
    QPushButton *addButton = button(tr("&Add"), u"addCategoryButton"_s, panel);
    QPushButton *rename = button(tr("Re&name"), u"renameCategoryButton"_s, panel);
    QPushButton *recolour = button(tr("Co&lour…"), u"recolourCategoryButton"_s, panel);
    QPushButton *remove = button(tr("Remo&ve"), u"removeCategoryButton"_s, panel);
    auto *buttons = new QGridLayout;
    buttons->addWidget(addButton, 0, 0);
    buttons->addWidget(rename, 0, 1);
    buttons->addWidget(recolour, 1, 0);
    buttons->addWidget(remove, 1, 1);
    layout->addWidget(m_categoryList, 1);
    layout->addWidget(assign);
    layout->addWidget(m_categoryNameEdit);
    layout->addLayout(buttons);
    addDockWidget(Qt::LeftDockWidgetArea, dock(tr("Categories"), u"categoryDock"_s, panel, this));

    connect(m_categoryList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_categoryNameEdit->setText(m_editor->plan().category(item->data(keyRole).toString())->name);
    });
    connect(assign, &QPushButton::clicked, this,
            [this] { report(m_editor->setCategoryOfSelection(currentCategoryKey())); });
    connect(addButton, &QPushButton::clicked, this, [this] {
        // New categories take the next colour of the seat map's colour-blind safe set.
        static const QStringList colours = {u"#e69f00"_s, u"#56b4e9"_s, u"#009e73"_s, u"#f0e442"_s,
                                            u"#0072b2"_s, u"#d55e00"_s, u"#cc79a7"_s};
        const QString colour = colours.at(m_editor->plan().categories.size() % colours.size());
        if (m_editor->addCategory(m_categoryNameEdit->text(), colour).isEmpty())
            report(tr("Type the new category's name first."));
    });
    connect(rename, &QPushButton::clicked, this,
            [this] { report(m_editor->renameCategory(currentCategoryKey(), m_categoryNameEdit->text())); });
    connect(recolour, &QPushButton::clicked, this, [this] {
        const HallCategory *category = m_editor->plan().category(currentCategoryKey());
        if (!category)
            return report(tr("Choose a category first."));
        const QColor chosen = QColorDialog::getColor(QColor::fromString(category->colour), this, category->name);
        if (chosen.isValid())
            report(m_editor->recolourCategory(category->key, chosen.name()));
    });
    connect(remove, &QPushButton::clicked, this, [this] { report(m_editor->removeCategory(currentCategoryKey())); });
}

void HallDesignerWindow::buildSelectionPanel()
{
    auto *panel = new QWidget(this);
    auto *form = new QFormLayout(panel);
    m_selectionSummary = new QLabel(panel);
    m_selectionSummary->setObjectName(u"selectionSummary"_s);
    m_selectionSummary->setWordWrap(true);
    form->addRow(m_selectionSummary);
    m_rowLabelEdit = new QLineEdit(panel);
    m_rowLabelEdit->setObjectName(u"rowLabelEdit"_s);
    m_seatNumberEdit = new QLineEdit(panel);
    m_seatNumberEdit->setObjectName(u"seatNumberEdit"_s);
    form->addRow(tr("Ro&w:"), m_rowLabelEdit);
    form->addRow(tr("N&umber:"), m_seatNumberEdit);
    m_relabelSeatButton = button(tr("Relabel &seat"), u"relabelSeatButton"_s, panel);
    m_relabelRowButton = button(tr("Relabel r&ow"), u"relabelRowButton"_s, panel);
    form->addRow(m_relabelSeatButton);
    form->addRow(m_relabelRowButton);
    m_renumberCombo = new QComboBox(panel);
    m_renumberCombo->setObjectName(u"renumberCombo"_s);
    m_renumberCombo->addItem(tr("Left to right"), int(SeatNumbering::LeftToRight));
    m_renumberCombo->addItem(tr("Right to left"), int(SeatNumbering::RightToLeft));
    m_renumberCombo->addItem(tr("Odd/even from the centre"), int(SeatNumbering::OddEvenFromCentre));
    QPushButton *renumber = button(tr("Re&number rows"), u"renumberButton"_s, panel);
    form->addRow(tr("Numbering:"), m_renumberCombo);
    form->addRow(renumber);
    m_stageXSpin = coordinateSpin(u"stageXSpin"_s, panel);
    m_stageYSpin = coordinateSpin(u"stageYSpin"_s, panel);
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stageXSpin);
    stageRow->addWidget(m_stageYSpin);
    form->addRow(tr("Stage x, y:"), stageRow);
    QPushButton *setStage = button(tr("Set s&tage"), u"setStageButton"_s, panel);
    form->addRow(setStage);
    addDockWidget(Qt::RightDockWidgetArea, dock(tr("Selection"), u"selectionDock"_s, panel, this));

    connect(m_relabelSeatButton, &QPushButton::clicked, this, [this] {
        const QList<qsizetype> selected = m_editor->selectedIndices();
        const QString guid = selected.size() == 1 ? m_editor->plan().seats.at(selected.first()).guid : QString();
        report(m_editor->relabelSeat(guid, m_rowLabelEdit->text(), m_seatNumberEdit->text()));
    });
    connect(m_relabelRowButton, &QPushButton::clicked, this,
            [this] { report(m_editor->relabelRowOfSelection(m_rowLabelEdit->text())); });
    connect(renumber, &QPushButton::clicked, this, [this] {
        report(m_editor->renumberRowsOfSelection(SeatNumbering(m_renumberCombo->currentData().toInt())));
    });
    connect(setStage, &QPushButton::clicked, this,
            [this] { m_editor->setStage(QPointF(m_stageXSpin->value(), m_stageYSpin->value())); });
}

void HallDesignerWindow::buildProblemPanel()
{
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(u"problemList"_s);
    m_problemList->setAccessibleName(tr("Problems"));
    // Below the selection panel, so that the plan keeps the window's full height.
    addDockWidget(Qt::RightDockWidgetArea, dock(tr("Problems"), u"problemDock"_s, m_problemList, this));
    connect(m_problemList, &QListWidget::itemClicked, this, &HallDesignerWindow::problemChosen);
    connect(m_problemList, &QListWidget::itemActivated, this, &HallDesignerWindow::problemChosen);
}

void HallDesignerWindow::refreshCategories()
{
    const QString current = currentCategoryKey();
    m_categoryList->clear();
    for (const HallCategory &category : m_editor->plan().categories) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor::fromString(category.colour));
        auto *item = new QListWidgetItem(QIcon(swatch), category.name, m_categoryList);
        item->setData(keyRole, category.key);
        item->setToolTip(u"%1 (%2)"_s.arg(category.key, category.colour));
        if (category.key == current)
            m_categoryList->setCurrentItem(item);
    }
}

QString HallDesignerWindow::currentCategoryKey() const
{
    const QListWidgetItem *item = m_categoryList ? m_categoryList->currentItem() : nullptr;
    return item ? item->data(keyRole).toString() : QString();
}

void HallDesignerWindow::refreshSelection()
{
    const QList<qsizetype> selected = m_editor->selectedIndices();
    const HallPlan &plan = m_editor->plan();
    bool allWheelchair = !selected.isEmpty();
    bool allHouseSeats = !selected.isEmpty();
    bool oneRow = !selected.isEmpty();
    for (const qsizetype index : selected) {
        allWheelchair = allWheelchair && plan.seats.at(index).wheelchairSpace;
        allHouseSeats = allHouseSeats && plan.seats.at(index).houseSeat;
        oneRow = oneRow && plan.seats.at(index).rowLabel == plan.seats.at(selected.first()).rowLabel;
    }
    m_wheelchairAction->setChecked(allWheelchair);
    m_houseSeatAction->setChecked(allHouseSeats);
    if (selected.isEmpty())
        m_selectionSummary->setText(tr("%n seat(s) in the hall, none selected.", nullptr, int(plan.seats.size())));
    else if (selected.size() == 1)
        m_selectionSummary->setText(tr("Seat %1 selected.").arg(plan.seats.at(selected.first()).label()));
    else
        m_selectionSummary->setText(tr("%n seat(s) selected.", nullptr, int(selected.size())));
    m_rowLabelEdit->setText(oneRow ? plan.seats.at(selected.first()).rowLabel : QString());
    m_seatNumberEdit->setText(selected.size() == 1 ? plan.seats.at(selected.first()).number : QString());
    m_relabelSeatButton->setEnabled(selected.size() == 1);
    m_seatNumberEdit->setEnabled(selected.size() == 1);
    m_relabelRowButton->setEnabled(oneRow);
    const QPointF stage = plan.stagePosition();
    m_stageXSpin->setValue(stage.x());
    m_stageYSpin->setValue(stage.y());
}

void HallDesignerWindow::refreshProblems()
{
    m_problemList->clear();
    static const QRegularExpression seatPath(u"^seats\\[(\\d+)\\]"_s);
    for (const PlanProblem &problem : validateHallPlan(m_editor->plan())) {
        auto *item = new QListWidgetItem(problem.toString(), m_problemList);
        const QRegularExpressionMatch match = seatPath.match(problem.path);
        item->setData(seatIndexRole, match.hasMatch() ? match.captured(1).toLongLong() : -1);
    }
}

void HallDesignerWindow::problemChosen(QListWidgetItem *item)
{
    const qsizetype index = item->data(seatIndexRole).toLongLong();
    if (index < 0 || index >= m_editor->plan().seats.size())
        return;
    const QString guid = m_editor->plan().seats.at(index).guid;
    m_editor->setSelection({guid});
    m_editor->setFocusSeat(guid);
}

void HallDesignerWindow::report(const QString &refusal)
{
    if (!refusal.isEmpty())
        m_messageLabel->setText(refusal);
}

void HallDesignerWindow::openGenerator()
{
    if (!m_generator) {
        m_generator = new HallGeneratorDialog(this);
        m_generator->setObjectName(u"generatorDialog"_s);
        connect(m_generator, &QDialog::accepted, this, [this] {
            HallPlanGeneratorOptions base;
            base.hallName = m_editor->plan().name;
            if (!m_editor->plan().categories.isEmpty())
                base.categories = m_editor->plan().categories;
            m_editor->generate(m_generator->options(base));
            m_canvas->zoomToFit();
            m_messageLabel->setText(tr("Generated %n seat(s).", nullptr, int(m_editor->plan().seats.size())));
        });
    }
    m_generator->open();
}

void HallDesignerWindow::save()
{
    const QList<PlanProblem> problems = validateHallPlan(m_editor->plan());
    if (!problems.isEmpty()) {
        m_messageLabel->setText(
            tr("Not saved: the plan has %n problem(s), listed below.", nullptr, int(problems.size())));
        return;
    }
    m_messageLabel->setText(tr("Saving…"));
    emit saveRequested(m_editor->plan());
}

void HallDesignerWindow::showSaveResult(bool ok, const QString &message)
{
    m_messageLabel->setText(ok ? (message.isEmpty() ? tr("Saved.") : message) : tr("Not saved: %1").arg(message));
    if (ok)
        m_editor->undoStack()->setClean();
}

bool HallDesignerWindow::exportToFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HallPlanFile::write(m_editor->plan())) < 0 || !file.commit()) {
        m_messageLabel->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messageLabel->setText(tr("Exported to %1.").arg(path));
    return true;
}

bool HallDesignerWindow::importFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageLabel->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    HallPlanImport import = HallPlanFile::read(data);
    if (!import.ok() && QJsonDocument::fromJson(data).object().contains(u"zones"_s))
        import = PretixPlanImport::read(data);
    if (!import.ok()) {
        showImportProblems(path, import);
        return false;
    }
    m_editor->replacePlan(import.plan, tr("Import %1").arg(path));
    m_canvas->zoomToFit();
    showImportProblems(path, import);
    return true;
}

void HallDesignerWindow::showImportProblems(const QString &path, const HallPlanImport &import)
{
    QStringList lines;
    for (const PlanProblem &problem : import.ok() ? import.warnings : import.errors)
        lines.append(problem.toString());
    if (import.ok()) {
        m_messageLabel->setText(lines.isEmpty() ? tr("Imported %1.").arg(path)
                                                : tr("Imported %1; not carried over: %2").arg(path, lines.join(u"; "_s)));
        return;
    }
    m_messageLabel->setText(tr("Not imported: %1").arg(lines.join(u"; "_s)));
    m_problemList->clear();
    for (const QString &line : std::as_const(lines))
        m_problemList->addItem(line);
}

void HallDesignerWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import hall"), {},
                                                      tr("Hall plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFromFile(path);
}

void HallDesignerWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export hall"), m_editor->plan().name + u".json"_s,
                                                      tr("Hall plans (*.json)"));
    if (!path.isEmpty())
        exportToFile(path);
}

} // namespace boxoffice
