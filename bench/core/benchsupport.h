#pragma once

#include <algorithm>
#include <ctime>
#include <vector>

namespace boxoffice::bench {

/// This thread's CPU time: beside wall time it tells the work's share from waiting.
inline double cpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace boxoffice::bench
