// What every benchmark's figures are made of: clocks, medians and percentiles.
#pragma once

#include <algorithm>
#include <cmath>
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

/// A steady clock, for intervals within one process.
inline double nowMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// The value below which `fraction` of `values` lie; NaN (printed "nan") when there are none.
inline double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace boxoffice::bench
