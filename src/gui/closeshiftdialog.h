#pragma once

#include "shift.h"
#include "staffactor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class CoreBackend;

/// Closes the signed-in staff member's shift with a blind count: the counted cash and card totals
/// are entered first; only once they are recorded does the dialog show what was expected per
/// method and the difference, and a difference needs a note before the shift can be closed.
class CloseShiftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseShiftDialog)

public:
    CloseShiftDialog(CoreBackend &backend, const StaffActor &actor, QWidget *parent = nullptr);

    /// The shift being closed, once read; nullopt when the staff member has none open.
    std::optional<Shift> shift() const { return m_shift; }
    /// Expected vs counted, once the count is recorded.
    std::optional<ShiftCount> count() const { return m_count; }
    QString statusText() const;

public slots:
    void recordCount();
    void closeShift();

signals:
    /// The open shift was read (or found missing): the dialog takes input.
    void shiftLoaded();
    void countRecorded();
    void shiftClosed(const boxoffice::ShiftCount &count);
    void failed(const QString &message);

private:
    void load();
    void showComparison(const ShiftCount &count);
    void updateCloseButton();
    void showStatus(const QString &message, bool error);

    CoreBackend &m_backend;
    StaffActor m_actor;
    std::optional<Shift> m_shift;
    std::optional<ShiftCount> m_count;
    QLineEdit *m_cash;
    QLineEdit *m_card;
    QPushButton *m_countButton;
    QTableWidget *m_comparison;
    QPlainTextEdit *m_note;
    QPushButton *m_closeButton;
    QLabel *m_status;
};

} // namespace boxoffice
