#pragma once

#include "staffaccountfields.h"
#include "staffmember.h"
#include "types.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class CoreBackend;
class StaffService;
class StaffSession;

/// Manager → Staff…: every account with its role, whether it is active and any wait after wrong
/// PINs; a manager adds accounts, renames them, changes their role, disables and enables them
/// and sets a new PIN.
///
/// Every change runs in the core worker under the signed-in manager's name; the service's
/// refusals (the last active manager, a name taken, a short PIN) are shown in the dialog, and the
/// list is read again after each change. A change to the signed-in member's own account reaches
/// their StaffSession at once.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    StaffDialog(CoreBackend &backend, StaffSession &session, QWidget *parent = nullptr);
    ~StaffDialog() override;

    /// As last read, by name.
    QList<StaffMember> members() const { return m_members; }
    /// Reads the list again, e.g. after changes at another counter.
    void reload();
    /// Selects the account's row; false when it is not listed.
    bool selectMember(qint64 id);
    /// Reading or saving through the worker.
    bool isBusy() const { return m_busy; }
    /// What the last change or reading said, empty when nothing.
    QString message() const;

    /// The small form of a new account, of the selected account's name or of its new PIN; opened
    /// without blocking, it saves when accepted.
    QDialog *openAdd();
    QDialog *openRename();
    QDialog *openResetSecret();
    /// Makes the selected cashier a manager, or the selected manager a cashier.
    void changeRole();
    /// Disables the selected active account, or enables the selected disabled one.
    void toggleDisabled();

signals:
    /// The list was read again (after opening and after each change).
    void loaded();

private:
    using Change = std::function<Result<bool>(StaffService &staff, const QString &actor)>;

    void fill();
    void updateButtons();
    std::optional<StaffMember> selected() const;
    /// Runs `change` in the worker under the signed-in manager's name, then says `done` or why not.
    void apply(Change change, const QString &done);
    /// A form of `fields` titled `title`; `save` runs once the fields pass their checks.
    QDialog *openForm(const QString &title, StaffAccountFields::Fields fields,
                      const std::function<void(StaffAccountFields &)> &prepare,
                      const std::function<void(StaffAccountFields &)> &save);
    void setBusy(bool busy);
    void showMessage(bool error, const QString &text);

    CoreBackend &m_backend;
    StaffSession &m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_roleButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_message = nullptr;
    QList<StaffMember> m_members;
    bool m_busy = false;
};

} // namespace boxoffice
