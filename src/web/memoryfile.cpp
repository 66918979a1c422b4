#include "memoryfile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

namespace boxoffice {

std::shared_ptr<const MemoryFile> MemoryFile::create(QByteArrayView bytes)
{
    const int descriptor = ::memfd_create("boxoffice-answer", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (descriptor < 0)
        return nullptr;
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(descriptor, bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(descriptor);
            return nullptr;
        }
        written += n;
    }
    // Sealed, the pages the kernel is still sending from can never change under a client.
    if (::fcntl(descriptor, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0) {
        ::close(descriptor);
        return nullptr;
    }
    return std::shared_ptr<const MemoryFile>(new MemoryFile(descriptor, bytes.size()));
}

MemoryFile::~MemoryFile()
{
    ::close(m_descriptor);
}

} // namespace boxoffice
