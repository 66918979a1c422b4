#include "approvedactor.h"

#include "inlinemessage.h"
#include "managerapproval.h"

namespace boxoffice {

std::optional<StaffActor> actorOrExplain(const ManagerApproval &approval, const std::optional<StaffActor> &actor,
                                         QLabel *message, const QString &explanation)
{
    // A window may outlive who opened it; what it stores is audited under them only while they are here.
    if (actor && approval.stillApproved(*actor))
        return actor;
    showInlineMessage(message, true, explanation);
    return std::nullopt;
}

} // namespace boxoffice
