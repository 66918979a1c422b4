#pragma once

#include "hallplan.h"
#include "staffactor.h"
#include "venueservice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class CoreBackend;
class HallDesignerWindow;
class ManagerApproval;

/// The manager's list of halls: opens the designer on a new or a stored hall and stores what the
/// designer saves, through the worker and under the signed-in manager's name.
class HallsWindow final : public QWidget
{
    Q_OBJECT

public:
    HallsWindow(CoreBackend &backend, ManagerApproval &approval, QWidget *parent = nullptr);

    /// From now on the window's changes are made by `actor`, whom a manager approved for this
    /// opening; they end when that member signs out.
    void setActor(const StaffActor &actor);

    /// Reads the list of halls again; emits loaded() with the answer.
    void refresh();
    /// Opens the designer on an empty plan with the generator open.
    void newHall();
    /// Loads the selected hall's plan and opens the designer on it.
    void editSelectedHall();

    QTableWidget *table() const { return m_table; }
    /// The designer opened last, null before the first one.
    HallDesignerWindow *designer() const;

signals:
    void loaded();
    /// The designer is open on a plan (after newHall() or once an edited hall's plan has arrived).
    void designerOpened();
    /// A save of the designer was answered; `ok` says whether it was stored.
    void saveAnswered(bool ok);

private:
    void showHalls(const QList<HallSummary> &halls);
    void openDesigner(qint64 hall, const HallPlan &plan);
    void saveHall(const HallPlan &plan);
    void showError(const QString &message);

    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    std::optional<StaffActor> m_actor;
    QTableWidget *m_table;
    QPushButton *m_editButton;
    QLabel *m_error;
    QPointer<HallDesignerWindow> m_designer;
    /// The hall the designer edits; 0 while it holds a new hall not yet stored.
    qint64 m_designedHall = 0;
};

} // namespace boxoffice
