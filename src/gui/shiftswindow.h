#pragma once

#include "shift.h"
#include "staffactor.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class CoreBackend;

/// The shifts of a venue day for managers: who worked where, float, expected and counted sums,
/// the note; a closed shift can be reopened with a reason.
class ShiftsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftsWindow)

public:
    /// Asks why a shift is reopened; empty when cancelled.
    using ReasonProvider = std::function<QString(const Shift &shift)>;

    ShiftsWindow(CoreBackend &backend, const StaffActor &manager, QWidget *parent = nullptr);

    QDate day() const;
    const QList<Shift> &shifts() const { return m_shifts; }
    QString statusText() const;
    void setReasonProvider(ReasonProvider provider);

public slots:
    void showDay(const QDate &day);
    void refresh();
    /// Reopens the selected shift, asking for the reason.
    void reopenSelected();

signals:
    void shiftsLoaded();
    void shiftReopened(const boxoffice::Shift &shift);
    void failed(const QString &message);

private:
    void fillTable();
    void showStatus(const QString &message, bool error);

    CoreBackend &m_backend;
    StaffActor m_manager;
    ReasonProvider m_reasonProvider;
    QList<Shift> m_shifts;
    QDateEdit *m_day;
    QTableWidget *m_table;
    QPushButton *m_reopenButton;
    QLabel *m_status;
};

} // namespace boxoffice
