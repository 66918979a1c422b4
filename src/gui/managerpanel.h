#pragma once

#include "manageractions.h"
#include "types.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class ManagerPanel;
}

namespace boxoffice {

class CoreBackend;
class ManagerApproval;

/// The manager's desk: lock state, seat operations on a show by typed seat labels (block,
/// unblock, unbook, house seats) and finding and deleting a customer. The work itself is done
/// by ManagerActions, which asks for the reason and checks the session.
class ManagerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerPanel)

public:
    ManagerPanel(CoreBackend &backend, ManagerApproval &approval, ManagerActions &actions, QWidget *parent = nullptr);
    ~ManagerPanel() override;

    /// The show whose seats the buttons change (0 when none is chosen).
    qint64 showId() const;
    QStringList seatLabels() const;

public slots:
    /// Preselects a show of a day (e.g. the one on the seat map) and optionally seats.
    void setShow(qint64 show, const QDate &day, const QStringList &seats = {});
    /// Reads the chosen day's shows again.
    void loadShows();
    void findCustomers(const QString &text);
    void deleteSelectedCustomer();

signals:
    void auditLogRequested();
    /// The show list of the chosen day arrived.
    void showsLoaded();
    /// The customer search answered.
    void customersLoaded(int count);

private:
    void updateSession();
    void updateSeatHint();
    void runSeatAction(ManagerActions::Action action);

    std::unique_ptr<Ui::ManagerPanel> m_ui;
    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    ManagerActions &m_actions;
    QStandardItemModel *m_customers = nullptr;
    qint64 m_wantedShow = 0;
    QString m_lastCustomerSearch;
    int m_showsGeneration = 0;
};

} // namespace boxoffice
