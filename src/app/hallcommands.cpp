#include "hallcommands.h"

#include "changefeed.h"
#include "database.h"
#include "hallplanfile.h"
#include "seatplanreader.h"
#include "venueservice.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// Actor of the audit log for changes made from the command line.
const StaffActor commandLineActor{0, u"command line"_s, 0, {}};

CommandOutcome failed(const QString &message, int exitCode)
{
    return CommandOutcome{{}, exitCode, u"boxoffice: %1\n"_s.arg(message)};
}

QString lines(const QList<PlanProblem> &problems, const QString &prefix = {})
{
    QString text;
    for (const PlanProblem &problem : problems)
        text += prefix + problem.toString() + u'\n';
    return text;
}

CommandOutcome importHall(VenueService &venue, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return failed(u"Cannot read %1: %2"_s.arg(fileName, file.errorString()), 2);
    const HallPlanImport imported = SeatPlanReader::read(file.readAll());
    const QString warnings = lines(imported.warnings, u"warning: "_s);
    if (!imported.ok())
        return CommandOutcome{{}, 2, u"boxoffice: %1 is not a seat plan that can be imported:\n"_s.arg(fileName)
                                             + lines(imported.errors) + warnings};
    auto hall = venue.createHall(imported.plan, commandLineActor);
    if (!hall.ok()) {
        const bool refused = hall.error().code == ErrorCode::InvalidField;
        return CommandOutcome{{}, refused ? 2 : 1, warnings + u"boxoffice: %1\n"_s.arg(hall.error().message)};
    }
    return CommandOutcome{u"%1\n"_s.arg(hall.value()), 0, warnings};
}

CommandOutcome exportHall(const VenueService &venue, qint64 hall)
{
    auto plan = venue.hallPlan(hall);
    if (!plan.ok())
        return failed(plan.error().message, plan.error().code == ErrorCode::NotFound ? 2 : 1);
    return CommandOutcome{QString::fromUtf8(HallPlanFile::write(plan.value())), 0};
}

} // namespace

bool asksForHallCommand(const AppOptions &options)
{
    return !options.importHallFile.isEmpty() || options.exportHallId != 0;
}

CommandOutcome runHallCommand(const AppOptions &options, const Clock &clock)
{
    auto database = Database::open(options.database, u"hall command"_s);
    if (!database.ok())
        return failed(database.error().message, 1);
    ChangeFeed feed;
    VenueService venue(*database.value(), feed, clock);
    if (!options.importHallFile.isEmpty())
        return importHall(venue, options.importHallFile);
    return exportHall(venue, options.exportHallId);
}

} // namespace boxoffice
