#pragma once

#include <QString>
#include <QVariant>

namespace boxoffice {

/// A reference to another row as a column value: NULL for none (an id of 0).
QVariant idOrNull(qint64 id);
/// The text, or an empty one for a null QString, which would bind as NULL on PostgreSQL where the
/// columns want text.
QString notNull(const QString &text);

} // namespace boxoffice
