#pragma once

#include <QCoreApplication>

class QSettings;

namespace boxoffice {

class CoreBackend;
class MainWindow;
class StaffSession;

/// How a counter starts with the staff accounts of its database, once the backend is ready:
/// a database with accounts gives the window `session` (the counter asks who signs in); one
/// without accounts takes over this machine's old manager PIN, if `machineSettings` keep one, as
/// its first manager account, tells how to sign in with it and forgets the old PIN. Null
/// `machineSettings` keep the PIN out of a database that must not get it (the throwaway --demo
/// one, which would otherwise take it from the real one).
class StaffAccountsStart final
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccountsStart)

public:
    /// The audit log's name for taking over the old PIN.
    static const QString actor;

    static void run(CoreBackend &backend, MainWindow &window, StaffSession &session, QSettings *machineSettings);
};

} // namespace boxoffice
