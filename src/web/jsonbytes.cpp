#include "jsonbytes.h"

namespace boxoffice::jsonbytes {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, QLatin1StringView key)
{
    out += '"';
    out.append(key.data(), key.size());
    out += "\":";
}

void appendNumber(QByteArray &out, qint64 value)
{
    out += QByteArray::number(value);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void appendTime(QByteArray &out, const QDateTime &time)
{
    appendString(out, isoUtc(time));
}

} // namespace boxoffice::jsonbytes
