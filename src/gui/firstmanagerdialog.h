#pragma once

#include "staffmember.h"
#include "types.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace boxoffice {

class CoreBackend;
class StaffService;
class StaffAccountFields;

/// Creates the first staff account, a manager's, on a database that has none yet: the name and
/// the PIN or password twice, saved by StaffService::addStaff in the core worker (the hash takes
/// a moment). Refusals are shown in the dialog; once it is accepted, manager() is the account.
///
/// Another counter may have created the first account meanwhile: then nothing is added and the
/// dialog says to sign in instead.
class FirstManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstManagerDialog)

public:
    explicit FirstManagerDialog(CoreBackend &backend, QWidget *parent = nullptr);
    ~FirstManagerDialog() override;

    /// Says why the account is asked for, above the fields (e.g. the manager action waiting).
    void setExplanation(const QString &text);
    /// The account created; set once the dialog is accepted.
    std::optional<StaffMember> manager() const { return m_manager; }
    bool isSaving() const { return m_saving; }

    /// Starts saving instead of closing; the dialog closes when the account exists.
    void accept() override;

    /// Adds `name` as the first manager, in the worker: refused when any account exists.
    static Result<StaffMember> createFirstManager(StaffService &staff, const QString &name, const QString &secret,
                                                  const QString &actor);

signals:
    /// Saving ended without an account; `message` is what the dialog shows.
    void refused(const QString &message);

private:
    void setSaving(bool saving);
    void showMessage(const QString &text);

    CoreBackend &m_backend;
    QLabel *m_explanation = nullptr;
    StaffAccountFields *m_fields = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<StaffMember> m_manager;
    bool m_saving = false;
};

} // namespace boxoffice
