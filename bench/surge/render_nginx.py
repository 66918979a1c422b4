"""Renders packaging/nginx/boxoffice.conf for the surge benchmark: plain HTTP on one loopback port
(reuseport, so both nginx workers take connections), without the redirect server and TLS, with the
given web processes as the upstream servers. Everything else stays as the sample has it.
usage: render_nginx.py SAMPLE PORT HOST:PORT... > boxoffice.conf"""
import re
import sys

sample, port, servers = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(sample, encoding="utf-8").read()
rendered = re.sub(r"\nserver \{[^{}]*return 301[^{}]*\}\n", "\n", text)
rendered = re.sub(r"^\s*listen\s+\[::\][^;]*;\n", "", rendered, flags=re.M)
rendered = re.sub(r"^(\s*)listen\s+443[^;]*;", rf"\1listen 127.0.0.1:{port} reuseport;", rendered, flags=re.M)
rendered = re.sub(r"^\s*ssl_[a-z_]+\s[^;]*;\n", "", rendered, flags=re.M)
upstream = re.compile(r"^(\s*)server\s+[^\s{;]+[^{;]*;\n", flags=re.M)
first = upstream.search(rendered)
if not first or "reuseport" not in rendered:
    sys.exit(f"{sample}: no upstream server or HTTPS listen line to render")
indent = first.group(1)
ours = "".join(f"{indent}server {server};\n" for server in servers)
rendered = upstream.sub("", rendered)
rendered = rendered[: first.start()] + ours + rendered[first.start():]
sys.stdout.write(rendered)
