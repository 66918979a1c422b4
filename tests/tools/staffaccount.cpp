// Creates a staff account through the core service the counter's Staff window uses
// (StaffService::addStaff), on a database it brings up to date first, so that scripts can set up
// a counter that asks who signs in before the GUI can create accounts itself. Prints the new id.
//
//   staffaccount --db PATH NAME cashier|manager SECRET
//
// Exit 0 on success, 1 when the database or the service refuses (message on stderr), 2 for bad
// arguments.

#include "clock.h"
#include "database.h"
#include "databaseconfig.h"
#include "migrations.h"
#include "staffservice.h"

#include <QCoreApplication>

#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "staffaccount: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() != 5 || args.takeFirst() != u"--db"_s)
        return fail(u"usage: staffaccount --db PATH NAME cashier|manager SECRET"_s, 2);
    auto config = DatabaseConfig::fromArgument(args.takeFirst());
    if (!config.ok())
        return fail(config.error().message, 2);
    const QString name = args.takeFirst();
    const std::optional<StaffRole> role = staffRoleFromName(args.takeFirst());
    if (!role)
        return fail(u"the role is cashier or manager"_s, 2);
    const QString secret = args.takeFirst();

    auto database = Database::open(config.value(), u"staff account"_s);
    if (!database.ok())
        return fail(database.error().message, 1);
    if (auto migrated = Migrations::migrate(*database.value()); !migrated.ok())
        return fail(migrated.error().message, 1);
    SystemClock clock;
    auto added = StaffService(*database.value(), clock).addStaff(name, *role, secret, u"staffaccount tool"_s);
    if (!added.ok())
        return fail(added.error().message, 1);
    std::printf("%lld\n", static_cast<long long>(added->id));
    return 0;
}
