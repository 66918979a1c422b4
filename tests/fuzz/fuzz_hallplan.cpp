// libFuzzer target: arbitrary bytes through both seat-plan importers (src/core/venue). Byte 0
// picks the reader (even: our hall file, odd: a pretix seating plan); the rest is the file.
// Whatever either accepts must be a valid plan that our own format writes and reads back
// unchanged, to the byte.

#include "hallplanfile.h"
#include "hallplanvalidator.h"
#include "pretixplanimport.h"

#include <cstdint>
#include <cstdlib>

using namespace boxoffice;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkProblems(const QList<PlanProblem> &problems)
{
    for (const PlanProblem &problem : problems)
        check(!problem.message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView file(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const HallPlanImport read = data[0] % 2 == 0 ? HallPlanFile::read(file) : PretixPlanImport::read(file);
    checkProblems(read.errors);
    checkProblems(read.warnings);
    if (!read.ok())
        return 0;
    check(validateHallPlan(read.plan).isEmpty());
    check(read.plan.gridCells().size() == read.plan.seats.size());
    const QByteArray written = HallPlanFile::write(read.plan);
    const HallPlanImport again = HallPlanFile::read(written);
    check(again.ok() && again.warnings.isEmpty());
    check(again.plan == read.plan);
    check(HallPlanFile::write(again.plan) == written);
    return 0;
}
