#include "requestbodies.h"

#include "apierror.h"
#include "jsonkeys.h"

#include <jansson.h>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace boxoffice::requestbody {

namespace {

constexpr qsizetype maxLabelLength = 16;
constexpr qsizetype maxNameLength = 100;
constexpr qsizetype maxEmailLength = 254;
constexpr qsizetype maxLocalPartLength = 64;
constexpr qsizetype maxCodeLength = 200;
constexpr qsizetype maxNonceLength = 100;
constexpr qsizetype maxCategoryLength = 100;
// The largest integer every JSON reader (JavaScript's Number.MAX_SAFE_INTEGER) keeps exact.
constexpr json_int_t maxJsonInteger = (json_int_t(1) << 53) - 1;

struct JsonRelease
{
    void operator()(json_t *value) const { json_decref(value); }
};
using JsonDocument = std::unique_ptr<json_t, JsonRelease>;

/// Jansson, unlike QJsonDocument, refuses duplicate keys and keeps an integer's digits apart from
/// a real's (`1`, not `1.0` or `1e0`), refusing integers beyond 64 bits instead of rounding.
JsonDocument parseObject(const QByteArray &body)
{
    json_error_t error{};
    JsonDocument document(json_loadb(body.constData(), size_t(body.size()), JSON_REJECT_DUPLICATES, &error));
    if (!document) {
        if (json_error_code(&error) == json_error_duplicate_key)
            throw ApiError::badRequest(u"The body names the same key twice (%1)."_s.arg(QString::fromUtf8(error.text)));
        throw ApiError::badRequest(u"The body is not valid JSON: %1."_s.arg(QString::fromUtf8(error.text)));
    }
    if (!json_is_object(document.get()))
        throw ApiError::badRequest(u"The body must be a JSON object."_s);
    return document;
}

const json_t *member(const JsonDocument &object, QLatin1StringView key)
{
    return json_object_get(object.get(), key.data());
}

QString textOf(const json_t *value)
{
    return QString::fromUtf8(json_string_value(value), qsizetype(json_string_length(value)));
}

qint64 showId(const json_t *value)
{
    if (!value)
        throw ApiError::badRequest(u"\"show\" is missing."_s);
    if (!json_is_integer(value))
        throw ApiError::badRequest(u"\"show\" must be a positive integer written without a fraction or exponent."_s);
    if (json_integer_value(value) < 1)
        throw ApiError::badRequest(u"\"show\" must be a positive integer."_s);
    if (json_integer_value(value) > maxJsonInteger)
        throw ApiError::badRequest(u"\"show\" is larger than any show id (at most 2^53 - 1)."_s);
    return qint64(json_integer_value(value));
}

QString text(const JsonDocument &object, QLatin1StringView key)
{
    const json_t *value = member(object, key);
    if (!value)
        throw ApiError::badRequest(u"\"%1\" is missing."_s.arg(key));
    if (!json_is_string(value))
        throw ApiError::badRequest(u"\"%1\" must be a string."_s.arg(key));
    return textOf(value);
}

QStringList seatLabels(const json_t *value, int maxSeats)
{
    if (!json_is_array(value))
        throw ApiError::badRequest(u"\"seats\" must be an array of seat ids."_s);
    QStringList labels;
    labels.reserve(qMin<qsizetype>(qsizetype(json_array_size(value)), maxSeats + 1));
    for (size_t i = 0; i < json_array_size(value); ++i) {
        const json_t *item = json_array_get(value, i);
        if (!json_is_string(item))
            throw ApiError::badRequest(u"\"seats\" must be an array of seat ids."_s);
        const QString label = textOf(item);
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

/// `{"A1": "child", …}`: seat ids to ticket type keys.
QHash<QString, QString> ticketTypes(const json_t *value)
{
    QHash<QString, QString> types;
    if (!value)
        return types;
    if (!json_is_object(value))
        throw ApiError::badRequest(u"\"ticket_types\" must be an object naming a ticket type for each seat id."_s);
    const char *seat = nullptr;
    const json_t *type = nullptr;
    json_object_foreach(const_cast<json_t *>(value), seat, type)
    {
        const QString label = QString::fromUtf8(seat);
        if (!json_is_string(type))
            throw ApiError::badRequest(u"\"ticket_types\" must name each seat's ticket type as a string."_s);
        if (!isSeatLabel(label))
            throw ApiError::invalidField(u"\"%1\" in \"ticket_types\" is not a seat id."_s.arg(label.left(maxLabelLength)));
        types.insert(label, textOf(type));
    }
    return types;
}

/// A whole number of `best` from `lowest` up, else 422 (the body's shape is right, its value is not).
int bestCount(const json_t *value, QLatin1StringView key, int lowest)
{
    if (!json_is_integer(value) || json_integer_value(value) < lowest)
        throw ApiError::invalidField(u"\"best.%1\" must be a whole number of at least %2."_s.arg(key).arg(lowest));
    return int(qMin<json_int_t>(json_integer_value(value), std::numeric_limits<int>::max()));
}

BestAvailableRequest bestRequest(const json_t *value, int maxSeats)
{
    if (!json_is_object(value))
        throw ApiError::badRequest(u"\"best\" must be an object such as {\"count\": 2}."_s);
    BestAvailableRequest best;
    const json_t *count = json_object_get(value, jsonkey::count.data());
    if (!count)
        throw ApiError::invalidField(u"\"best.count\" is missing: say how many seats to find."_s);
    best.count = bestCount(count, jsonkey::count, 1);
    if (best.count > maxSeats)
        throw ApiError::tooManySeats(u"At most %1 seats can be held at once for a show."_s.arg(maxSeats));
    if (const json_t *category = json_object_get(value, jsonkey::category.data())) {
        if (!json_is_string(category) || json_string_length(category) == 0 ||
            json_string_length(category) > size_t(maxCategoryLength))
            throw ApiError::invalidField(u"\"best.category\" must name one of the hall's seat categories."_s);
        best.category = textOf(category);
    }
    if (const json_t *wheelchair = json_object_get(value, jsonkey::wheelchair.data())) {
        best.wheelchairSpaces = bestCount(wheelchair, jsonkey::wheelchair, 0);
        if (best.wheelchairSpaces > best.count)
            throw ApiError::invalidField(u"\"best.wheelchair\" cannot be more than \"best.count\"."_s);
    }
    return best;
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
    const JsonDocument object = parseObject(body);
    HoldBody hold;
    hold.show = showId(member(object, jsonkey::show));
    const json_t *seats = member(object, jsonkey::seats);
    const json_t *best = member(object, jsonkey::best);
    if (seats && best)
        throw ApiError::invalidField(u"Give either \"seats\" or \"best\", not both."_s);
    if (best) {
        hold.best = bestRequest(best, maxSeats);
        return hold;
    }
    if (!seats)
        throw ApiError::badRequest(u"\"seats\" is missing."_s);
    hold.seats = seatLabels(seats, maxSeats);
    return hold;
}

ReleaseBody parseRelease(const QByteArray &body, int maxSeats)
{
    ReleaseBody release;
    if (body.trimmed().isEmpty())
        return release;
    const JsonDocument object = parseObject(body);
    if (const json_t *show = member(object, jsonkey::show))
        release.show = showId(show);
    if (const json_t *seats = member(object, jsonkey::seats))
        release.seats = seatLabels(seats, maxSeats);
    return release;
}

BookingBody parseBooking(const QByteArray &body)
{
    const JsonDocument object = parseObject(body);
    BookingBody booking;
    booking.show = showId(member(object, jsonkey::show));
    booking.name = text(object, jsonkey::name);
    booking.email = text(object, jsonkey::email);
    if (!isName(booking.name))
        throw ApiError::invalidField(u"Please give a name of 1 to 100 characters."_s);
    booking.email = booking.email.trimmed();
    if (!isEmail(booking.email))
        throw ApiError::invalidField(u"Please give a valid email address."_s);
    booking.name = booking.name.trimmed();
    booking.ticketTypes = ticketTypes(member(object, jsonkey::ticketTypes));
    return booking;
}

CheckinBody parseCheckin(const QByteArray &body)
{
    const JsonDocument object = parseObject(body);
    CheckinBody checkin;
    checkin.code = text(object, jsonkey::code).trimmed();
    if (checkin.code.isEmpty() || checkin.code.size() > maxCodeLength)
        throw ApiError::invalidField(u"\"code\" must be a ticket code of 1 to %1 characters."_s.arg(maxCodeLength));
    if (const json_t *show = member(object, jsonkey::show)) {
        if (json_is_string(show) && textOf(show) != u"today"_s)
            throw ApiError::invalidField(u"\"show\" must be a show id or \"today\"."_s);
        if (!json_is_string(show))
            checkin.show = showId(show);
    }
    if (const json_t *direction = member(object, jsonkey::direction)) {
        const QString name = json_is_string(direction) ? textOf(direction) : QString();
        if (name != u"entry"_s && name != u"exit"_s)
            throw ApiError::invalidField(u"\"direction\" must be \"entry\" or \"exit\"."_s);
        checkin.exit = name == u"exit"_s;
    }
    checkin.nonce = text(object, jsonkey::nonce);
    const bool printable = std::all_of(checkin.nonce.cbegin(), checkin.nonce.cend(),
                                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (checkin.nonce.isEmpty() || checkin.nonce.size() > maxNonceLength || !printable)
        throw ApiError::invalidField(u"\"nonce\" must be 1 to %1 printable ASCII characters, new for each scan."_s
                                             .arg(maxNonceLength));
    return checkin;
}

} // namespace boxoffice::requestbody
