#include "bookingreference.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const QString scanPrefix = u"BOXOFFICE:"_s;
} // namespace

QString BookingReference::generate()
{
    quint64 bits = QRandomGenerator::system()->generate64();
    QString reference = u"BO-"_s;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            reference += u'-';
        reference += QLatin1Char(alphabet[bits & 31]);
        bits >>= 5;
    }
    return reference;
}

bool BookingReference::isWellFormed(const QString &reference)
{
    static const QRegularExpression pattern(u"^BO-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"_s);
    return pattern.match(reference).hasMatch();
}

QString BookingReference::scanCode(const QString &reference)
{
    return scanPrefix + reference;
}

QString BookingReference::fromScanOrTyped(const QString &text)
{
    QString reference = text.trimmed().toUpper();
    if (reference.startsWith(scanPrefix))
        reference = reference.mid(scanPrefix.size()).trimmed();
    return isWellFormed(reference) ? reference : QString();
}

} // namespace boxoffice
