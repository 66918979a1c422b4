#include "staffmember.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QString staffRoleName(StaffRole role)
{
    return role == StaffRole::Manager ? u"manager"_s : u"cashier"_s;
}

std::optional<StaffRole> staffRoleFromName(const QString &name)
{
    if (name == u"manager"_s)
        return StaffRole::Manager;
    if (name == u"cashier"_s)
        return StaffRole::Cashier;
    return std::nullopt;
}

} // namespace boxoffice
