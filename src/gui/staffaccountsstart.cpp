#include "staffaccountsstart.h"

#include "corebackend.h"
#include "legacymanagerpinsettings.h"
#include "mainwindow.h"
#include "staffsession.h"

#include <QSettings>
#include <QStatusBar>

#include <optional>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
struct Accounts
{
    bool exist = false;
    /// The first manager, made from the old PIN just now.
    std::optional<StaffMember> adopted;
    /// Why the old PIN could not be taken over.
    std::optional<Error> refusal;
};
} // namespace

const QString StaffAccountsStart::actor = u"upgrade"_s;

void StaffAccountsStart::run(CoreBackend &backend, MainWindow &window, StaffSession &session,
                             QSettings *machineSettings)
{
    std::optional<LegacyManagerPin> pin;
    QString name;
    if (machineSettings) {
        const LegacyManagerPinSettings legacy(*machineSettings);
        pin = legacy.pin();
        name = legacy.managerName();
    }
    backend.run<Accounts>(
            &window,
            [pin, name](CoreServices &services) -> Result<Accounts> {
                auto staff = services.staff.staff();
                if (!staff.ok())
                    return staff.error();
                if (!staff->isEmpty() || !pin)
                    return Accounts{!staff->isEmpty(), std::nullopt, std::nullopt};
                auto adopted = services.staff.adoptLegacyManagerPin(*pin, name, actor);
                if (!adopted.ok())
                    return Accounts{adopted.error().code == ErrorCode::Forbidden, std::nullopt, adopted.error()};
                return Accounts{true, adopted.value(), std::nullopt};
            },
            [&window, &session, machineSettings](const Result<Accounts> &accounts) {
                if (!accounts.ok() || !accounts->exist) {
                    if (accounts.ok() && accounts->refusal)
                        window.statusBar()->showMessage(
                                tr("The manager PIN kept on this computer could not be taken over: %1")
                                        .arg(accounts->refusal->message));
                    return;
                }
                if (accounts->adopted)
                    LegacyManagerPinSettings(*machineSettings).remove();
                window.setStaffSession(&session);
                StaffSignInDialog *dialog = window.signInDialog();
                if (!accounts->adopted || !dialog)
                    return;
                const QString howTo = tr("Staff now sign in at the counter. The manager PIN of this computer is "
                                         "the PIN of the manager account \"%1\": sign in with it, then add the "
                                         "cashiers in Manager → Staff….")
                                              .arg(accounts->adopted->name);
                dialog->setName(accounts->adopted->name);
                dialog->setExplanation(howTo);
                window.statusBar()->showMessage(howTo);
            });
}

} // namespace boxoffice
