#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace boxoffice {

/// The seat page and its assets, read once from the Qt resources under `:/web/`; requests are
/// answered from memory and no request path ever reaches the file system.
class StaticAssets final
{
public:
    struct Asset
    {
        QByteArray contentType;
        QByteArray bytes;
        QByteArray etag;
    };

    /// Loads every file under `root` (a resource path such as ":/web").
    explicit StaticAssets(const QString &root = QStringLiteral(":/web"));

    /// A file by its path below the root ("index.html", "static/app.js").
    std::optional<Asset> find(QByteArrayView path) const;
    /// Safe names only: letters, digits, '.', '-', '_' and '/' between non-empty segments that
    /// do not start with a dot.
    static bool isSafePath(QByteArrayView path);
    static QByteArray contentTypeFor(QByteArrayView path);

private:
    QHash<QByteArray, Asset> m_assets;
};

} // namespace boxoffice
