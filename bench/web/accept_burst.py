#!/usr/bin/env python3
"""The accept path's cost under many open connections (issue 14): starts a headless Box Office
(SQLite demo data), opens N idle connections to it from 127.0.x.y (200 per address, under the cap
of 256), asks for /healthz on the last one (answered once every earlier one was accepted) and
prints the server's CPU time (user + system, all threads) and the wall time from the first
connect to that answer. Compare builds by running them alternately in one session.
usage: bench/web/accept_burst.py [--n N] [--binary PATH]"""
import argparse
import os
import resource
import socket
import subprocess
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int, default=8000)
parser.add_argument("--binary", default=os.environ.get("BOXOFFICE_BIN", os.path.join(here, "../../build/src/app/boxoffice")))
arguments = parser.parse_args()

hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
if arguments.n + 100 > hard:
    raise SystemExit(f"--n {arguments.n} needs more open files than the hard limit {hard}")
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

with tempfile.TemporaryDirectory() as folder:
    server = subprocess.Popen([arguments.binary, "--headless", "--db", os.path.join(folder, "burst.sqlite"),
                               "--port", "0", "--demo"], stdout=subprocess.PIPE, text=True)
    port = int(server.stdout.readline().strip().rstrip("/").rsplit(":", 1)[1])
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds():
        fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    connections = []
    cpu_before, wall_before = cpu_seconds(), time.monotonic()
    for i in range(arguments.n):
        connection = socket.socket()
        connection.bind((f"127.0.{1 + i // 200}.{1 + i % 200}", 0))
        connection.connect(("127.0.0.1", port))
        connections.append(connection)
    connections[-1].sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = connections[-1].recv(4096)
        if not chunk:
            raise SystemExit("the server closed the last connection unanswered")
        head += chunk
    cpu_after, wall_after = cpu_seconds(), time.monotonic()
    print(f"connections={arguments.n} status={head.split(b' ', 2)[1].decode()} "
          f"server_cpu_s={cpu_after - cpu_before:.2f} wall_s={wall_after - wall_before:.2f}")
    for connection in connections:
        connection.close()
    server.terminate()
    server.wait()
