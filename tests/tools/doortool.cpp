// The door from outside the running app, through the core services the counter's check-in view
// uses, so that the browser tests can pair a phone and scan real tickets.
//
//   doortool --db PATH pair SHOW [NAME]   one-time pairing token of a new device for SHOW
//   doortool --db PATH codes REFERENCE    the booking's ticket codes, "SEAT CODE" a line
//   doortool --db PATH qr CODE            the SVG QR code a printed ticket carries for CODE
//
// The pairing is made by the first active manager, or by a manager account "Door tool" that it
// adds to a venue without one. Exit 0 on success, 1 when the database or a service refuses
// (message on stderr), 2 for bad arguments.

#include "changefeed.h"
#include "clock.h"
#include "coreconnection.h"
#include "databaseconfig.h"
#include "qrmatrix.h"
#include "scannerdeviceservice.h"
#include "ticketcode.h"

#include <QCoreApplication>

#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "doortool: %s\n", qPrintable(message));
    return code;
}

Result<StaffActor> manager(StaffService &staff)
{
    auto members = staff.staff();
    if (!members.ok())
        return members.error();
    for (const StaffMember &member : members.value()) {
        if (member.isManager() && !member.disabled())
            return StaffActor{member.id, member.name, 0, {}};
    }
    auto added = staff.addStaff(u"Door tool"_s, StaffRole::Manager, u"door-tool-secret"_s, u"door tool"_s);
    if (!added.ok())
        return added.error();
    return StaffActor{added->id, added->name, 0, {}};
}

int pair(CoreConnection &core, const Clock &clock, const QStringList &args)
{
    bool showOk = false;
    ScannerScope scope;
    scope.shows = {args.value(0).toLongLong(&showOk)};
    if (args.isEmpty() || args.size() > 2 || !showOk)
        return fail(u"pair needs SHOW [NAME]"_s, 2);
    auto actor = manager(core.staff());
    if (!actor.ok())
        return fail(actor.error().message, 1);
    ScannerDeviceService devices(core.database(), clock);
    auto pairing = devices.createPairing(args.value(1, u"Door"_s), scope, actor.value());
    if (!pairing.ok())
        return fail(pairing.error().message, 1);
    std::printf("%s\n", qPrintable(pairing->token));
    return 0;
}

int codes(CoreConnection &core, const QStringList &args)
{
    if (args.size() != 1)
        return fail(u"codes needs REFERENCE"_s, 2);
    auto booking = core.catalog().booking(args.first());
    if (!booking.ok())
        return fail(booking.error().message, 1);
    for (const BookedSeat &seat : booking->seats)
        std::printf("%s %s\n", qPrintable(seat.label), qPrintable(seat.ticketCode));
    return 0;
}

int qr(const QStringList &args)
{
    if (args.size() != 1)
        return fail(u"qr needs CODE"_s, 2);
    auto matrix = QrMatrix::encode(TicketCode::qrText(args.first()));
    if (!matrix.ok())
        return fail(matrix.error().message, 1);
    std::fwrite(matrix->toSvg().constData(), 1, size_t(matrix->toSvg().size()), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 3 || args.takeFirst() != u"--db"_s)
        return fail(u"usage: doortool --db PATH pair|codes|qr …"_s, 2);
    auto config = DatabaseConfig::fromArgument(args.takeFirst());
    if (!config.ok())
        return fail(config.error().message, 2);
    const QString command = args.takeFirst();
    if (command == u"qr"_s)
        return qr(args);

    ChangeFeed feed;
    SystemClock clock;
    auto core = CoreConnection::open(config.value(), u"door tool"_s, feed, clock);
    if (!core.ok())
        return fail(core.error().message, 1);
    if (command == u"pair"_s)
        return pair(*core.value(), clock, args);
    if (command == u"codes"_s)
        return codes(*core.value(), args);
    return fail(u"unknown command %1"_s.arg(command), 2);
}
