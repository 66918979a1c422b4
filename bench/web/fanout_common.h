// What the fan-out client and the fan-out baseline server share: the benchmarks' clock and
// percentiles, the descriptor limit, files, and reading a seat version out of an answer.
#pragma once

#include "benchsupport.h"

#include <sys/resource.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace fanout {

using boxoffice::bench::nowMs;
using boxoffice::bench::percentile;

/// Ten thousand sockets need more descriptors than a shell's soft limit of 1,024 allows.
inline void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

inline rlim_t fileLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

inline std::optional<std::string> readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline bool writeFile(const std::string &path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    return bool(out);
}

/// The digits after `key` (and any `:`, `"` or blanks), as in `"version": 43` or `id: 43`.
inline std::optional<long long> numberAfter(std::string_view text, std::string_view key)
{
    const size_t at = text.find(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    size_t digit = at + key.size();
    while (digit < text.size() && std::string_view(": \t\"").find(text[digit]) != std::string_view::npos)
        ++digit;
    if (digit >= text.size() || !std::isdigit(static_cast<unsigned char>(text[digit])))
        return std::nullopt;
    long long value = 0;
    while (digit < text.size() && std::isdigit(static_cast<unsigned char>(text[digit])))
        value = value * 10 + (text[digit++] - '0');
    return value;
}

/// The seat version a seat-status answer or a hold's answer carries.
inline std::optional<long long> jsonVersion(std::string_view body)
{
    return numberAfter(body, "\"version\"");
}

} // namespace fanout
