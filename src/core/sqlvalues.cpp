#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace boxoffice
