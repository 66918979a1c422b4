#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace boxoffice {

/// The language of `offered` (primary subtags such as "de") that an `Accept-Language` header
/// prefers most, honouring q-values ("de-CH;q=0.8" asks for "de"); `fallback` when it names
/// none of them or cannot be read.
QString negotiateLanguage(QByteArrayView acceptLanguage, const QStringList &offered, const QString &fallback);

} // namespace boxoffice
