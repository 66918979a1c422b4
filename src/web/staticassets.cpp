#include "staticassets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

constexpr QByteArrayView hashedDirectory = "static/";
/// Each round settles the hashes one import deeper; only an import cycle would need them all.
constexpr int maxHashRounds = 16;

/// "static/show.js" with `hash` before its last suffix: "static/show.{hash}.js".
QByteArray withHash(const QByteArray &path, const QByteArray &hash)
{
    const qsizetype slash = path.lastIndexOf('/');
    const qsizetype dot = path.lastIndexOf('.');
    if (dot <= slash + 1)
        return path + '.' + hash;
    return path.left(dot) + '.' + hash + path.mid(dot);
}

QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool namesOtherFiles(const QByteArray &contentType)
{
    return contentType.startsWith("text/html") || contentType.startsWith("text/css")
            || contentType.startsWith("application/javascript");
}

bool compressible(const QByteArray &contentType)
{
    return contentType.startsWith("text/") || contentType.startsWith("application/javascript")
            || contentType.startsWith("application/json") || contentType.startsWith("application/manifest+json")
            || contentType == "image/svg+xml" || contentType == "image/x-icon";
}

/// `text` with each quoted reference to a file of `hashedPaths` ("/static/api.js", "./api.js",
/// "../format.js") naming its hashed file instead; `path` is where `text` lives, for relative ones.
QByteArray withHashedReferences(const QByteArray &text, const QByteArray &path,
                                const QHash<QByteArray, QByteArray> &hashedPaths)
{
    static const QRegularExpression reference(uR"((["'])((?:/static/|\.\.?/)[^"'\s]+)\1)"_s);
    const QString source = QString::fromUtf8(text);
    const qsizetype slash = path.lastIndexOf('/');
    const QString directory = slash < 0 ? QString() : QString::fromUtf8(path.left(slash));
    QString out;
    qsizetype copied = 0;
    for (auto it = reference.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString target = match.captured(2);
        const QString resolved = target.startsWith(u'/') ? target.mid(1)
                : directory.isEmpty()                    ? QDir::cleanPath(target)
                                                         : QDir::cleanPath(directory + u'/' + target);
        const auto hashed = hashedPaths.constFind(resolved.toUtf8());
        if (hashed == hashedPaths.cend())
            continue;
        out += QStringView(source).sliced(copied, match.capturedStart(2) - copied);
        out += QStringView(target).left(target.lastIndexOf(u'/') + 1);
        out += QString::fromUtf8(hashed->mid(hashed->lastIndexOf('/') + 1));
        copied = match.capturedEnd(2);
    }
    if (copied == 0)
        return text;
    out += QStringView(source).sliced(copied);
    return out.toUtf8();
}

} // namespace

const QByteArray &StaticAssets::Asset::bytesIn(ContentCoding coding) const
{
    switch (coding) {
    case ContentCoding::Gzip: return gzip;
    case ContentCoding::Brotli: return brotli;
    case ContentCoding::Identity: break;
    }
    return bytes;
}

StaticAssets::StaticAssets(const QString &root)
{
    if (!root.startsWith(u':')) {
        m_files = load(root);
        return;
    }
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Files>> loaded;
    const QMutexLocker locker(&mutex);
    std::shared_ptr<const Files> &files = loaded[root];
    if (!files)
        files = load(root);
    m_files = files;
}

std::shared_ptr<const StaticAssets::Files> StaticAssets::load(const QString &root)
{
    QHash<QByteArray, QByteArray> originals;
    auto files = std::make_shared<Files>();
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            continue;
        const QByteArray path = file.mid(root.size() + 1).toUtf8();
        originals.insert(path, input.readAll());
        files->assets[path].contentType = contentTypeFor(path);
    }

    const auto rewritten = [&](const QByteArray &path, const QHash<QByteArray, QByteArray> &hashedPaths) {
        const QByteArray &original = originals.value(path);
        return namesOtherFiles(files->assets.value(path).contentType)
                ? withHashedReferences(original, path, hashedPaths)
                : original;
    };
    // A static file as rewritten with the hashed names it was hashed with, and that hash: once
    // the names settle, the last round's bytes are the files' bytes.
    struct Rewrite
    {
        QByteArray bytes;
        QByteArray hash;
    };
    QHash<QByteArray, Rewrite> settled;
    for (int round = 0; round < maxHashRounds; ++round) {
        QHash<QByteArray, QByteArray> hashedPaths;
        QHash<QByteArray, Rewrite> rewrites;
        for (auto asset = originals.cbegin(); asset != originals.cend(); ++asset) {
            if (!asset.key().startsWith(hashedDirectory))
                continue;
            Rewrite rewrite{rewritten(asset.key(), files->hashedPaths), {}};
            rewrite.hash = contentHash(rewrite.bytes);
            hashedPaths.insert(asset.key(), withHash(asset.key(), rewrite.hash.left(10)));
            rewrites.insert(asset.key(), rewrite);
        }
        if (hashedPaths == files->hashedPaths) {
            settled = rewrites;
            break;
        }
        files->hashedPaths = hashedPaths;
    }
    for (auto hashed = files->hashedPaths.cbegin(); hashed != files->hashedPaths.cend(); ++hashed)
        files->byHashedPath.insert(hashed.value(), hashed.key());

    for (auto asset = files->assets.begin(); asset != files->assets.end(); ++asset) {
        Rewrite rewrite = settled.value(asset.key());
        if (rewrite.hash.isEmpty()) {
            rewrite.bytes = rewritten(asset.key(), files->hashedPaths);
            rewrite.hash = contentHash(rewrite.bytes);
        }
        asset->bytes = rewrite.bytes;
        asset->etag = '"' + rewrite.hash.left(20) + '"';
        // A page is compressed once translated and named for the venue (PagesController).
        if (asset.key().startsWith(hashedDirectory))
            compress(asset.value());
    }
    return files;
}

void StaticAssets::compress(Asset &asset)
{
    asset.gzip.clear();
    asset.brotli.clear();
    if (asset.bytes.size() < minCompressBytes || !compressible(asset.contentType))
        return;
    asset.gzip = gzipCompress(asset.bytes, CompressionEffort::Once);
    if (asset.gzip.size() >= asset.bytes.size())
        asset.gzip.clear();
    asset.brotli = brotliCompress(asset.bytes, CompressionEffort::Once);
    if (asset.brotli.size() >= asset.bytes.size())
        asset.brotli.clear();
}

std::optional<StaticAssets::Asset> StaticAssets::find(QByteArrayView path) const
{
    if (!isSafePath(path))
        return std::nullopt;
    const QByteArray key = path.toByteArray();
    if (const auto it = m_files->assets.constFind(key); it != m_files->assets.cend())
        return it.value();
    const auto hashed = m_files->byHashedPath.constFind(key);
    if (hashed == m_files->byHashedPath.cend())
        return std::nullopt;
    Asset asset = m_files->assets.value(hashed.value());
    asset.immutable = true;
    return asset;
}

std::optional<QByteArray> StaticAssets::hashedPath(QByteArrayView path) const
{
    const auto it = m_files->hashedPaths.constFind(path.toByteArray());
    if (it == m_files->hashedPaths.cend())
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
