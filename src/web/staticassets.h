#pragma once

#include "contentcoding.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace boxoffice {

/// The seat page and its assets, read once from the Qt resources under `:/web/`; requests are
/// answered from memory and no request path ever reaches the file system.
///
/// Every file under `static/` is also found under a name with a hash of its content
/// ("static/show.3f9a0c41d2.js"), which may be cached for good. The pages, scripts and styles
/// name each other by those names: their references are rewritten once, at loading, and a
/// script's hash covers the hashed names it imports, so a change reaches every URL that leads to it.
class StaticAssets final
{
public:
    struct Asset
    {
        QByteArray contentType;
        QByteArray bytes;
        QByteArray etag;
        /// The bytes gzip- and Brotli-compressed; empty when not worth it (small or already
        /// compressed files), and for the pages outside `static/`, which are compressed once
        /// translated and named for the venue.
        QByteArray gzip;
        QByteArray brotli;
        /// Found by its hashed name: its content never changes under that name.
        bool immutable = false;

        AvailableCodings codings() const { return {!gzip.isEmpty(), !brotli.isEmpty()}; }
        const QByteArray &bytesIn(ContentCoding coding) const;
    };

    /// Loads every file under `root` (a resource path such as ":/web"); the compiled-in resources
    /// are loaded and compressed once per process, as they cannot change.
    explicit StaticAssets(const QString &root = QStringLiteral(":/web"));

    /// A file by its path below the root ("index.html", "static/app.js") or by its hashed name.
    std::optional<Asset> find(QByteArrayView path) const;
    /// The hashed name of a file under `static/`; nullopt for other paths.
    std::optional<QByteArray> hashedPath(QByteArrayView path) const;
    /// Fills in `asset`'s compressed bytes from its bytes, where worth it.
    static void compress(Asset &asset);
    /// Safe names only: letters, digits, '.', '-', '_' and '/' between non-empty segments that
    /// do not start with a dot.
    static bool isSafePath(QByteArrayView path);
    static QByteArray contentTypeFor(QByteArrayView path);

private:
    struct Files
    {
        QHash<QByteArray, Asset> assets;
        /// Paths by hashed name, and the other way round.
        QHash<QByteArray, QByteArray> byHashedPath;
        QHash<QByteArray, QByteArray> hashedPaths;
    };

    static std::shared_ptr<const Files> load(const QString &root);

    std::shared_ptr<const Files> m_files;
};

} // namespace boxoffice
