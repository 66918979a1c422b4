#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QStringView>

/// Appends JSON text straight to bytes, for answers served thousands of times per second where
/// building a QJsonDocument would cost more than serving the bytes.
namespace boxoffice::jsonbytes {

void appendString(QByteArray &out, QStringView text);
/// `"key":` (keys are plain ASCII constants).
void appendKey(QByteArray &out, QLatin1StringView key);
void appendNumber(QByteArray &out, qint64 value);
/// ISO 8601 UTC with a Z, as a JSON string.
void appendTime(QByteArray &out, const QDateTime &time);
QString isoUtc(const QDateTime &time);

} // namespace boxoffice::jsonbytes
