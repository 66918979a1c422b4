#pragma once

#include <QImage>
#include <QString>

namespace boxoffice::testing {

/// Keeps `picture` where BOXOFFICE_SCREENSHOT says (the Xvfb screenshot tests of
/// tests/gui/CMakeLists.txt); true when it was kept or nobody asked for it.
inline bool keepScreenshot(const QImage &picture)
{
    const QString path = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    return path.isEmpty() || picture.save(path);
}

} // namespace boxoffice::testing
