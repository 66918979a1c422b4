#include "staticassets.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

namespace boxoffice {

StaticAssets::StaticAssets(const QString &root)
{
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            continue;
        const QByteArray path = file.mid(root.size() + 1).toUtf8();
        Asset asset;
        asset.bytes = input.readAll();
        asset.contentType = contentTypeFor(path);
        asset.etag = '"' + QCryptographicHash::hash(asset.bytes, QCryptographicHash::Sha256).toHex().left(20) + '"';
        m_assets.insert(path, asset);
    }
}

std::optional<StaticAssets::Asset> StaticAssets::find(QByteArrayView path) const
{
    if (!isSafePath(path))
        return std::nullopt;
    const auto it = m_assets.constFind(path.toByteArray());
    if (it == m_assets.cend())
        return std::nullopt;
    return it.value();
}

bool StaticAssets::isSafePath(QByteArrayView path)
{
    if (path.isEmpty() || path.size() > 200)
        return false;
    bool segmentStart = true;
    for (char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (c == '/') {
            if (segmentStart)
                return false;
            segmentStart = true;
        } else if (c == '.') {
            if (segmentStart)
                return false;
            segmentStart = false;
        } else if (plain) {
            segmentStart = false;
        } else {
            return false;
        }
    }
    return !segmentStart;
}

QByteArray StaticAssets::contentTypeFor(QByteArrayView path)
{
    static const QList<std::pair<QByteArrayView, QByteArray>> types = {
        {".html", "text/html; charset=utf-8"},
        {".js", "application/javascript; charset=utf-8"},
        {".mjs", "application/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".woff", "font/woff"},
        {".json", "application/json"},
        {".webmanifest", "application/manifest+json"},
        {".txt", "text/plain; charset=utf-8"},
        {".jpg", "image/jpeg"},
        {".webp", "image/webp"},
    };
    for (const auto &[suffix, type] : types) {
        if (path.endsWith(suffix))
            return type;
    }
    return "application/octet-stream";
}

} // namespace boxoffice
