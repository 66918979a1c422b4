#pragma once

#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <optional>
#include <vector>

namespace boxoffice {

/// The deadlines of a hub's connections, soonest first. A pass that answers thousands of long
/// polls withdraws as many deadlines and sets as many new ones: here that costs no allocation and
/// no tree rebalancing. A deadline is withdrawn by its holder forgetting its ticket; the entry
/// stays until it comes due and is then skipped (see takeDue), so the queue holds at most what
/// was set within the longest wait.
class DeadlineQueue
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Entry
    {
        TimePoint due;
        int descriptor = -1;
        /// Set by add(); the connection's holder keeps it, and an entry whose ticket its holder
        /// no longer has was withdrawn.
        quint64 ticket = 0;
    };

    /// Sets a deadline for `descriptor`; returns its ticket (never 0).
    quint64 add(TimePoint due, int descriptor)
    {
        m_heap.push_back(Entry{due, descriptor, ++m_lastTicket});
        std::push_heap(m_heap.begin(), m_heap.end(), later);
        return m_lastTicket;
    }

    bool empty() const { return m_heap.empty(); }
    /// The soonest deadline, withdrawn or not; the queue must not be empty.
    TimePoint soonest() const { return m_heap.front().due; }

    /// Takes the soonest entry if it is due by `now`.
    std::optional<Entry> takeDue(TimePoint now)
    {
        if (m_heap.empty() || m_heap.front().due > now)
            return std::nullopt;
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        const Entry entry = m_heap.back();
        m_heap.pop_back();
        return entry;
    }

private:
    static bool later(const Entry &a, const Entry &b) { return a.due > b.due; }

    std::vector<Entry> m_heap;
    quint64 m_lastTicket = 0;
};

} // namespace boxoffice
