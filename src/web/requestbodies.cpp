#include "requestbodies.h"

#include "apierror.h"
#include "jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice::requestbody {

namespace {

constexpr qsizetype maxLabelLength = 16;
constexpr qsizetype maxNameLength = 100;
constexpr qsizetype maxEmailLength = 254;
constexpr qsizetype maxLocalPartLength = 64;
// Integers above 2^53 lose precision as JSON numbers.
constexpr double maxJsonInteger = 9007199254740992.0;

QJsonObject parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(u"The body is not valid JSON: %1."_s.arg(error.errorString()));
    if (!document.isObject())
        throw ApiError::badRequest(u"The body must be a JSON object."_s);
    return document.object();
}

qint64 showId(const QJsonValue &value)
{
    if (value.isUndefined())
        throw ApiError::badRequest(u"\"show\" is missing."_s);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > maxJsonInteger || number != double(qint64(number)))
        throw ApiError::badRequest(u"\"show\" must be a positive integer."_s);
    return qint64(number);
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw ApiError::badRequest(u"\"%1\" is missing."_s.arg(key));
    if (!value.isString())
        throw ApiError::badRequest(u"\"%1\" must be a string."_s.arg(key));
    return value.toString();
}

QStringList seatLabels(const QJsonValue &value, int maxSeats)
{
    if (!value.isArray())
        throw ApiError::badRequest(u"\"seats\" must be an array of seat ids."_s);
    const QJsonArray array = value.toArray();
    QStringList labels;
    labels.reserve(qMin<qsizetype>(array.size(), maxSeats + 1));
    for (const QJsonValue &item : array) {
        if (!item.isString())
            throw ApiError::badRequest(u"\"seats\" must be an array of seat ids."_s);
        const QString label = item.toString();
        if (!isSeatLabel(label))
            throw ApiError::invalidField(u"\"%1\" is not a seat id."_s.arg(label.left(maxLabelLength)));
        if (!labels.contains(label))
            labels.append(label);
        if (labels.size() > maxSeats)
            throw ApiError::tooManySeats(u"At most %1 seats can be held at once for a show."_s.arg(maxSeats));
    }
    if (labels.isEmpty())
        throw ApiError::invalidField(u"Choose at least one seat."_s);
    return labels;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isDomain(QStringView domain)
{
    const auto labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            if (!(isAsciiAlnum(c) || c == u'-' || (c.unicode() >= 0x80 && c.isLetterOrNumber())))
                return false;
        }
    }
    return labels.last().size() >= 2;
}

} // namespace

bool isSeatLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > maxLabelLength || !isAsciiAlnum(label.front()))
        return false;
    return std::all_of(label.cbegin(), label.cend(), [](QChar c) { return isAsciiAlnum(c) || c == u'-' || c == u'_'; });
}

bool isName(const QString &name)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return false;
    qsizetype characters = 0;
    for (char32_t c : QStringView(trimmedName).toUcs4()) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029)
            return false;
        ++characters;
    }
    return characters <= maxNameLength;
}

bool isEmail(const QString &email)
{
    if (email.size() > maxEmailLength)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at > maxLocalPartLength || email.indexOf(u'@', at + 1) >= 0)
        return false;
    for (QChar c : QStringView(email).first(at)) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'"' || c == u'(' || c == u')' || c == u',' ||
            c == u':' || c == u';' || c == u'<' || c == u'>' || c == u'[' || c == u']' || c == u'\\')
            return false;
    }
    return isDomain(QStringView(email).sliced(at + 1));
}

HoldBody parseHold(const QByteArray &body, int maxSeats)
{
    const QJsonObject object = parseObject(body);
    HoldBody hold;
    hold.show = showId(object.value(jsonkey::show));
    if (!object.contains(jsonkey::seats))
        throw ApiError::badRequest(u"\"seats\" is missing."_s);
    hold.seats = seatLabels(object.value(jsonkey::seats), maxSeats);
    return hold;
}

ReleaseBody parseRelease(const QByteArray &body, int maxSeats)
{
    ReleaseBody release;
    if (body.trimmed().isEmpty())
        return release;
    const QJsonObject object = parseObject(body);
    if (object.contains(jsonkey::show))
        release.show = showId(object.value(jsonkey::show));
    if (object.contains(jsonkey::seats))
        release.seats = seatLabels(object.value(jsonkey::seats), maxSeats);
    return release;
}

BookingBody parseBooking(const QByteArray &body)
{
    const QJsonObject object = parseObject(body);
    BookingBody booking;
    booking.show = showId(object.value(jsonkey::show));
    booking.name = text(object, jsonkey::name);
    booking.email = text(object, jsonkey::email);
    if (!isName(booking.name))
        throw ApiError::invalidField(u"Please give a name of 1 to 100 characters."_s);
    booking.email = booking.email.trimmed();
    if (!isEmail(booking.email))
        throw ApiError::invalidField(u"Please give a valid email address."_s);
    booking.name = booking.name.trimmed();
    return booking;
}

} // namespace boxoffice::requestbody
