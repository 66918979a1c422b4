#pragma once

#include "hallplan.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace boxoffice {

class HallDesignerCanvas;
class HallGeneratorDialog;
class HallPlanEditor;
struct HallPlanImport;

/// The manager's hall designer: generate a hall, then edit it on a canvas (seats, rows, categories,
/// wheelchair spaces and companions, the stage), every edit undoable, problems listed as they
/// arise. It knows no database: Save hands a valid plan out through saveRequested(), and whoever
/// stores it answers with showSaveResult().
class HallDesignerWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit HallDesignerWindow(QWidget *parent = nullptr);
    ~HallDesignerWindow() override;

    /// Starts editing `plan` afresh (no undo history).
    void setPlan(const HallPlan &plan);
    HallPlan plan() const;

    HallPlanEditor *editor() const { return m_editor; }
    HallDesignerCanvas *canvas() const { return m_canvas; }

public slots:
    /// Emits saveRequested() when the plan validates, else says why not.
    void save();
    /// What became of a save: `message` is shown either way (the refusal names seats and shows).
    void showSaveResult(bool ok, const QString &message);
    /// Opens the generator; accepting it replaces the plan (one undo step).
    void openGenerator();
    /// Our own hall file (docs/hall-format.md), or a pretix seating plan; false with the reasons shown.
    bool importFromFile(const QString &path);
    bool exportToFile(const QString &path);

signals:
    void saveRequested(const HallPlan &plan);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void buildCategoryPanel();
    void buildSelectionPanel();
    void buildProblemPanel();
    void refreshCategories();
    void refreshSelection();
    void refreshProblems();
    void problemChosen(QListWidgetItem *item);
    QString currentCategoryKey() const;
    void report(const QString &refusal);
    void chooseImportFile();
    void chooseExportFile();
    void showImportProblems(const QString &path, const HallPlanImport &import);

    HallPlanEditor *m_editor;
    HallDesignerCanvas *m_canvas;
    HallGeneratorDialog *m_generator = nullptr;

    QAction *m_wheelchairAction = nullptr;
    QAction *m_houseSeatAction = nullptr;
    QAction *m_placeStageAction = nullptr;

    QListWidget *m_categoryList = nullptr;
    QLineEdit *m_categoryNameEdit = nullptr;

    QLabel *m_selectionSummary = nullptr;
    QLineEdit *m_rowLabelEdit = nullptr;
    QLineEdit *m_seatNumberEdit = nullptr;
    QPushButton *m_relabelSeatButton = nullptr;
    QPushButton *m_relabelRowButton = nullptr;
    QComboBox *m_renumberCombo = nullptr;
    QDoubleSpinBox *m_stageXSpin = nullptr;
    QDoubleSpinBox *m_stageYSpin = nullptr;

    QListWidget *m_problemList = nullptr;
    QLabel *m_messageLabel = nullptr;
    bool m_docksSized = false;
};

} // namespace boxoffice
