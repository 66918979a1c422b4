#!/usr/bin/env python3
"""spread_clients.py ADDRESSES SCRIPT [ARGS...] -- runs a Python client script (one that connects
with asyncio.open_connection, like push_fanout.py) with its connections spread round-robin over
the source addresses 127.0.0.1 .. 127.0.0.ADDRESSES, as many customers would come from many
addresses. The server caps what one address may hold open (see docs/api.md); all of
127.0.0.0/8 reaches a server listening on 127.0.0.1.
"""
import asyncio, itertools, runpy, sys

addresses = int(sys.argv[1])
script = sys.argv[2]
sys.argv = sys.argv[2:]
turns = itertools.count()
open_connection = asyncio.open_connection


def spread_open_connection(host=None, port=None, **options):
    options.setdefault("local_addr", (f"127.0.0.{1 + next(turns) % addresses}", 0))
    return open_connection(host, port, **options)


asyncio.open_connection = spread_open_connection
runpy.run_path(script, run_name="__main__")
