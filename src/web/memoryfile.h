#pragma once

#include <QByteArray>

#include <memory>

namespace boxoffice {

/// Bytes also kept in a sealed in-memory file (memfd), so that they can be sent with sendfile():
/// the kernel then takes a large answer that many clients ask for from the file's pages, as
/// nginx does with a static file, instead of copying it out of this process for every request.
class MemoryFile final
{
    Q_DISABLE_COPY_MOVE(MemoryFile)

public:
    /// Null when the system cannot make one; the bytes are then written as usual.
    static std::shared_ptr<const MemoryFile> create(QByteArrayView bytes);
    ~MemoryFile();

    int descriptor() const { return m_descriptor; }
    qint64 size() const { return m_size; }

private:
    MemoryFile(int descriptor, qint64 size) : m_descriptor(descriptor), m_size(size) {}

    int m_descriptor;
    qint64 m_size;
};

} // namespace boxoffice
