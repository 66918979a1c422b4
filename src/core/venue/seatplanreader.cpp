#include "seatplanreader.h"

#include "hallplanfile.h"
#include "pretixplanimport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

HallPlanImport SeatPlanReader::read(QByteArrayView data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray());
    if (document.isObject() && !document.object().contains(u"format"_s))
        return PretixPlanImport::read(data);
    return HallPlanFile::read(data);
}

} // namespace boxoffice
