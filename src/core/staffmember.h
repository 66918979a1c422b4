#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace boxoffice {

/// What a staff member may do: managers also run manager mode and look after the accounts.
enum class StaffRole { Cashier, Manager };

/// "cashier" or "manager", as the database stores it.
QString staffRoleName(StaffRole role);
std::optional<StaffRole> staffRoleFromName(const QString &name);

/// A staff account as everybody may see it: never its secret or its hash.
struct StaffMember
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Cashier;
    QDateTime createdAt;
    /// Invalid while the account is active.
    QDateTime disabledAt;
    /// Wrong secrets in a row since the last sign-in (or reset), counted by every counter.
    int failedAttempts = 0;
    /// No sign-in is tried before this time; invalid when there is no wait.
    QDateTime lockedUntil;

    bool disabled() const { return disabledAt.isValid(); }
    bool isManager() const { return role == StaffRole::Manager; }
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::StaffMember)
