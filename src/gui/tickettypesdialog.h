#pragma once

#include "staffactor.h"
#include "types.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;

/// The venue's ticket types (manager mode only): their names, which the web may sell, their order
/// at the till; new ones added, old ones retired (kept for the prices and bookings that name them).
/// Reads and saves through the backend's worker thread; a save is announced on the change feed.
class TicketTypesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, SoldOnlineColumn };

    /// `manager` is named in the audit log as the one who saved.
    TicketTypesDialog(CoreBackend &backend, StaffActor manager, QWidget *parent = nullptr);

    /// The types as the table has them, in its order, then the ones retired.
    QList<TicketType> fromTable() const;
    /// Saves what the table says; accepts the dialog once saved, else shows why not.
    void save();
    void addType();
    void moveSelected(int by);
    /// Asks first: a retired type is sold no more.
    void retireSelected();

signals:
    void loaded();
    void saved();

private:
    void showTypes(const QList<TicketType> &types);
    void appendRow(const TicketType &type);
    void showError(const QString &message);
    void updateButtons();
    void setBusy(bool busy);

    CoreBackend &m_backend;
    StaffActor m_manager;
    QTableWidget *m_table;
    QList<TicketType> m_retired;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_retire;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace boxoffice
