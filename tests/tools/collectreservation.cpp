// Takes a reservation's payment from outside the running app, through the same core service the
// counter uses (ReservationService::collectReservation), so that tests can check what the web
// says of it afterwards. Prints the change to hand back, in cents.
//
//   collectreservation --db PATH SCANNED_OR_TYPED_REFERENCE METHOD [TENDERED_CENTS]
//
// Exit 0 on success, 1 when the database or the service refuses (message on stderr), 2 for bad
// arguments.

#include "changefeed.h"
#include "clock.h"
#include "coreconnection.h"
#include "databaseconfig.h"

#include <QCoreApplication>

#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "collectreservation: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 4 || args.size() > 5 || args.takeFirst() != u"--db"_s)
        return fail(u"usage: collectreservation --db PATH REFERENCE METHOD [TENDERED_CENTS]"_s, 2);
    auto config = DatabaseConfig::fromArgument(args.takeFirst());
    if (!config.ok())
        return fail(config.error().message, 2);
    const QString reference = args.takeFirst();
    const QString method = args.takeFirst();
    bool tenderedOk = true;
    const qint64 tendered = args.isEmpty() ? 0 : args.takeFirst().toLongLong(&tenderedOk);
    if (!tenderedOk)
        return fail(u"TENDERED_CENTS is a whole number of cents"_s, 2);

    ChangeFeed feed;
    SystemClock clock;
    auto core = CoreConnection::open(config.value(), u"collect reservation"_s, feed, clock);
    if (!core.ok())
        return fail(core.error().message, 1);
    auto collected = core.value()->reservations().collectReservation(reference, method, tendered,
                                                                     StaffActor{0, u"collect tool"_s, 0, {}});
    if (!collected.ok())
        return fail(collected.error().message, 1);
    std::printf("%lld\n", static_cast<long long>(collected->changeCents));
    return 0;
}
