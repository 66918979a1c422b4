#include "ticketcode.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

constexpr char32_t base32Alphabet[] = U"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int randomBytes = 16;
const QString qrPrefix = u"BOXOFFICE-TICKET:"_s;

bool isBase32(QChar character)
{
    return (character >= u'A' && character <= u'Z') || (character >= u'2' && character <= u'7');
}

} // namespace

QString TicketCode::generate()
{
    std::array<quint32, randomBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QString code;
    code.reserve(length);
    quint32 buffer = 0;
    int bitsInBuffer = 0;
    for (quint32 word : words) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer = (buffer << 8) | ((word >> shift) & 0xff);
            bitsInBuffer += 8;
            while (bitsInBuffer >= 5) {
                bitsInBuffer -= 5;
                code.append(QChar(base32Alphabet[(buffer >> bitsInBuffer) & 0x1f]));
            }
        }
    }
    if (bitsInBuffer > 0)
        code.append(QChar(base32Alphabet[(buffer << (5 - bitsInBuffer)) & 0x1f]));
    return code;
}

QString TicketCode::normalized(const QString &scanned)
{
    QString text = scanned.trimmed().toUpper();
    if (text.startsWith(qrPrefix))
        text = text.mid(qrPrefix.size());
    QString code;
    for (QChar character : std::as_const(text)) {
        if (character == u' ' || character == u'-')
            continue;
        if (!isBase32(character))
            return {};
        code.append(character);
    }
    return code.size() == length ? code : QString();
}

QString TicketCode::qrText(const QString &code)
{
    return qrPrefix + code;
}

} // namespace boxoffice
