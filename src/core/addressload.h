#pragma once

namespace boxoffice {

/// What one client address holds of a web process's scarce things, counted against the caps
/// per address (WebLimits).
struct AddressLoad
{
    enum class Kind { Streams, LongPolls, Connections };

    int streams = 0;
    int longPolls = 0;
    int connections = 0;

    int of(Kind kind) const
    {
        switch (kind) {
        case Kind::Streams: return streams;
        case Kind::LongPolls: return longPolls;
        case Kind::Connections: return connections;
        }
        return 0;
    }

    void set(Kind kind, int count)
    {
        switch (kind) {
        case Kind::Streams: streams = count; break;
        case Kind::LongPolls: longPolls = count; break;
        case Kind::Connections: connections = count; break;
        }
    }

    bool isZero() const { return streams == 0 && longPolls == 0 && connections == 0; }

    friend bool operator==(const AddressLoad &, const AddressLoad &) = default;
};

} // namespace boxoffice
