#include "showlookup.h"

#include "apierror.h"
#include "httprequest.h"
#include "seatstatuscache.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

qint64 existingShow(SeatStatusCache &cache, QByteArrayView id)
{
    const std::optional<qint64> show = parseId(id);
    if (!show)
        throw ApiError::notFound(u"There is no such show."_s);
    auto current = cache.current(*show);
    if (!current.ok())
        throw ApiError::fromCore(current.error());
    return *show;
}

} // namespace boxoffice
