#!/usr/bin/env python3
"""abuse.py -- the web endpoint's abuse cases from issue 9, bounded and on loopback only.
Standard library only. Started by abuse_streams.sh, abuse_holds.sh and abuse_fds.sh, which start
the server.

  streams  N event streams that never read, while W sessions hold and release seats as fast as
           the rate limits allow for S seconds; the server's RSS before, during and after.
  holds    one address starts a new session (no cookie) for every hold of 10 seats, until the
           show is full, S seconds pass or 10 holds in a row are refused; then a customer from
           another address tries to hold one seat.
  fds      N idle connections against a server limited to few file descriptors (the caller
           lowers it with prlimit); the server's CPU over a window and whether a new request is
           answered, while full and after some connections close.

Clients spread over --addresses source addresses (127.0.0.1, 127.0.0.2, ...: all of 127.0.0.0/8
reaches a server on 127.0.0.1), as many customers would; 1 is one client, as the tester was.
"""
import argparse, http.client, json, os, resource, socket, threading, time
from urllib.parse import urlsplit


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def open_fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def source(i, addresses):
    return f"127.0.0.{1 + i % addresses}"


# Writers and probes come from an address of their own, so that the caps on the abusing
# addresses do not refuse them.
BYSTANDER = ("127.0.1.1", 0)


def connect(host, port, i, addresses, blocking=True):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((source(i, addresses), 0))
    if blocking:
        s.settimeout(5)
        s.connect((host, port))
    else:
        s.setblocking(False)
        s.connect_ex((host, port))
    return s


def status_of(s, timeout=2.0):
    """Reads the status code of the answer waiting on s (only its first line)."""
    s.settimeout(timeout)
    try:
        head = s.recv(16)
    except OSError:
        return "no answer"
    if not head:
        return "closed"
    parts = head.split()
    return parts[1].decode() if len(parts) > 1 else "garbage"


def request(host, port, path="/healthz", timeout=5.0):
    """A new customer's request, from an address of its own."""
    started = time.monotonic()
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(BYSTANDER)
        s.settimeout(timeout)
        s.connect((host, port))
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        status = status_of(s, timeout)
        s.close()
    except socket.timeout:
        status = "connect timed out"
    except OSError as error:
        status = f"error {error.strerror}"
    return status, (time.monotonic() - started) * 1000


def count(values):
    result = {}
    for v in values:
        result[v] = result.get(v, 0) + 1
    return result


def writer(host, port, seat, stop, changes, errors, rate):
    """One session: hold one seat, release it, again, at most `rate` requests a second."""
    connection = http.client.HTTPConnection(host, port, timeout=5, source_address=BYSTANDER)
    cookie = None
    interval = 1.0 / rate
    hold = json.dumps({"show": 1, "seats": [seat]})
    next_at = time.monotonic()
    while not stop.is_set():
        for method, path, body in (("POST", "/api/holds", hold), ("DELETE", "/api/holds?show=1", None)):
            headers = {"Content-Type": "application/json"} if body else {}
            if cookie:
                headers["Cookie"] = cookie
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                cookie = cookie or (response.getheader("Set-Cookie") or "").split(";")[0] or None
                if response.status == 200:
                    changes[0] += 1
                else:
                    errors[response.status] = errors.get(response.status, 0) + 1
            except (OSError, http.client.HTTPException):
                errors["connection"] = errors.get("connection", 0) + 1
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=5, source_address=BYSTANDER)
            next_at += interval
            delay = next_at - time.monotonic()
            if delay > 0:
                stop.wait(delay)
            else:
                next_at = time.monotonic()


def streams(args, host, port):
    pid = args.pid
    rss_start = rss_mb(pid)
    sockets = []
    for i in range(args.streams):
        try:
            s = connect(host, port, i, args.addresses)
            s.sendall(f"GET /api/shows/1/events HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            sockets.append(s)
        except OSError:
            pass
    time.sleep(1)
    rss_open = rss_mb(pid)

    connection = http.client.HTTPConnection(host, port, timeout=5, source_address=BYSTANDER)
    connection.request("GET", "/api/seat-status/?show=1")
    seats = [s["id"] for s in json.loads(connection.getresponse().read())["seats"] if s["status"] == "available"]
    connection.close()

    stop = threading.Event()
    changes = [0]
    errors = {}
    threads = [threading.Thread(target=writer, args=(host, port, seats[w], stop, changes, errors, args.rate))
               for w in range(args.writers)]
    for t in threads:
        t.start()
    rss_peak = rss_open
    started = time.monotonic()
    while time.monotonic() - started < args.seconds:
        time.sleep(1)
        rss_peak = max(rss_peak, rss_mb(pid))
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    rss_end = rss_mb(pid)

    answers = count(status_of(s) for s in sockets)
    health, health_ms = request(host, port)
    for s in sockets:
        s.close()
    time.sleep(5)
    rss_after = rss_mb(pid)
    print(f"streams: {len(sockets)} opened from {args.addresses} address(es), answered {answers}")
    print(f"changes: {changes[0]} in {elapsed:.0f} s ({changes[0] / elapsed:.0f}/s) by {args.writers} sessions; "
          f"refused {errors}")
    print(f"server RSS MB: start {rss_start:.0f}, streams open {rss_open:.0f}, peak {rss_peak:.0f}, "
          f"end of changes {rss_end:.0f}, 5 s after the streams closed {rss_after:.0f}")
    print(f"/healthz during: {health} in {health_ms:.0f} ms")


def fds(args, host, port):
    pid = args.pid
    resource.setrlimit(resource.RLIMIT_NOFILE, (args.connections + 256, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
    idle = []
    for i in range(args.connections):
        try:
            idle.append(connect(host, port, i, args.addresses, blocking=False))
        except OSError:
            pass
        if i % 50 == 49:
            time.sleep(0.02)
    time.sleep(2)
    server_fds = open_fds(pid)
    cpu0, t0 = cpu_seconds(pid), time.monotonic()
    time.sleep(args.window)
    cpu_percent = 100 * (cpu_seconds(pid) - cpu0) / (time.monotonic() - t0)
    full_status, full_ms = request(host, port)
    closed = idle[:args.close]
    for s in closed:
        s.close()
    time.sleep(1)
    after_status, after_ms = request(host, port)
    fates = []
    for s in idle[args.close:]:
        try:
            head = s.recv(12, socket.MSG_PEEK | socket.MSG_DONTWAIT)
            fates.append(head.decode(errors="replace") if head else "closed")
        except BlockingIOError:
            fates.append("open")
        except OSError:
            fates.append("reset")
        s.close()
    print(f"connections: {len(idle)} opened from {args.addresses} address(es); server holds {server_fds} fds")
    print(f"server CPU over {args.window:.0f} s: {cpu_percent:.0f} %")
    print(f"new request while full: {full_status} in {full_ms:.0f} ms")
    print(f"new request after closing {args.close}: {after_status} in {after_ms:.0f} ms")
    print(f"the other idle connections at the end: {count(fates)}")


def post_hold(host, port, show, seats, source_address):
    """A hold by a new session (no cookie); its status and the Retry-After it got."""
    connection = http.client.HTTPConnection(host, port, timeout=5, source_address=source_address)
    body = json.dumps({"show": show, "seats": seats})
    connection.request("POST", "/api/holds", body, {"Content-Type": "application/json"})
    answer = connection.getresponse()
    answer.read()
    connection.close()
    return answer.status, answer.getheader("Retry-After")


def holds(args, host, port):
    connection = http.client.HTTPConnection(host, port, timeout=5, source_address=BYSTANDER)
    connection.request("GET", "/api/shows/")
    shows = json.loads(connection.getresponse().read())["shows"]
    show = max(shows, key=lambda s: s["seats_available"])
    connection.request("GET", f"/api/seat-status/?show={show['id']}")
    free = [seat["id"] for seat in json.loads(connection.getresponse().read())["seats"]
            if seat["status"] == "available"]
    connection.close()
    held, statuses, refused_in_a_row, retry_after = 0, [], 0, None
    started = time.monotonic()
    while free and refused_in_a_row < 10 and time.monotonic() - started < args.seconds:
        batch, free = free[:10], free[10:]
        status, retry = post_hold(host, port, show["id"], batch, (source(0, args.addresses), 0))
        statuses.append(status)
        if status == 200:
            held += len(batch)
            refused_in_a_row = 0
        else:
            refused_in_a_row += 1
            retry_after = retry_after or retry
    elapsed = time.monotonic() - started
    customer = post_hold(host, port, show["id"], free[:1], BYSTANDER)[0] if free else "no seat left"
    print(f"show {show['id']} ({show['seats_total']} seats, {show['seats_available']} free at start)")
    print(f"one address, a new session each time: {held} seats held in {elapsed:.2f} s; "
          f"answers {count(statuses)}; Retry-After {retry_after}")
    print(f"a customer from another address then holds one seat: {customer}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["streams", "holds", "fds"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--addresses", type=int, default=1)
    parser.add_argument("--streams", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=24)
    parser.add_argument("--rate", type=float, default=18, help="requests a second per writing session")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=1100)
    parser.add_argument("--window", type=float, default=10)
    parser.add_argument("--close", type=int, default=100)
    args = parser.parse_args()
    u = urlsplit(args.url)
    {"streams": streams, "holds": holds, "fds": fds}[args.mode](args, u.hostname, u.port)


if __name__ == "__main__":
    main()
