#include "showerrortext.h"

#include "manageractions.h"

#include <QCoreApplication>

namespace boxoffice {

QString showErrorText(const Error &error)
{
    if (error.code == ErrorCode::NotFound)
        return QCoreApplication::translate("ShowErrors",
                                           "Nothing was changed: the show or hall no longer exists (perhaps "
                                           "removed at another counter). %1")
                .arg(error.message);
    // Every other refusal reads as it does for the manager's seat actions; a show's names no seats.
    return ManagerActions::describeError(ManagerActions::Action::KeepHouseSeats, error);
}

} // namespace boxoffice
