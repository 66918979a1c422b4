#include "acceptlanguage.h"

namespace boxoffice {

namespace {
/// The weight of one `tag;q=0.5` item; 1 without q, -1 when it cannot be read.
double weightOf(const QByteArray &parameters)
{
    double weight = 1.0;
    for (QByteArray parameter : parameters.split(';')) {
        parameter = parameter.trimmed();
        if (parameter.isEmpty())
            continue;
        if (!parameter.startsWith("q=") && !parameter.startsWith("Q="))
            return -1;
        bool ok = false;
        weight = parameter.mid(2).toDouble(&ok);
        if (!ok || weight < 0 || weight > 1)
            return -1;
    }
    return weight;
}
} // namespace

QString negotiateLanguage(QByteArrayView acceptLanguage, const QStringList &offered, const QString &fallback)
{
    QString best = fallback;
    double bestWeight = 0;
    for (const QByteArray &item : acceptLanguage.toByteArray().split(',')) {
        const qsizetype semicolon = item.indexOf(';');
        const QByteArray range = (semicolon < 0 ? item : item.left(semicolon)).trimmed().toLower();
        const double weight = semicolon < 0 ? 1.0 : weightOf(item.mid(semicolon + 1));
        // Equal weights keep the first named: the browser lists its preferences in order.
        if (weight <= bestWeight)
            continue;
        const qsizetype dash = range.indexOf('-');
        const QString primary = QString::fromLatin1(dash < 0 ? range : range.left(dash));
        if (range == "*" && !offered.isEmpty()) {
            best = offered.contains(fallback) ? fallback : offered.first();
            bestWeight = weight;
        } else if (offered.contains(primary)) {
            best = primary;
            bestWeight = weight;
        }
    }
    return best;
}

} // namespace boxoffice
