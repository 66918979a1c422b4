// A throw-away nginx in front of box office processes, running the sample configuration
// packaging/nginx/boxoffice.conf with only its ports, server name, certificate and upstream
// servers replaced, over TLS with a self-signed certificate made for the run.

import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const SAMPLE_CONFIG = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packaging', 'nginx',
  'boxoffice.conf');

/** A port free on 127.0.0.1 right now. */
export async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Replaces `pattern` (a global RegExp) by `replacement`; it must match `count` times (any number
 * from 1 when `count` is omitted), so that a changed sample fails here instead of going untested.
 */
function replaceExactly(text, pattern, count, replacement) {
  const found = text.match(pattern)?.length ?? 0;
  if (count === undefined ? found === 0 : found !== count) {
    throw new Error(`the sample nginx config has ${found} lines matching ${pattern}, expected ${count ?? 'some'}`);
  }
  return text.replace(pattern, replacement);
}

/**
 * The sample configuration as this run needs it: listening on 127.0.0.1 only (the IPv6 listen
 * lines dropped), for `serverName`, with `certificate` and `key`, proxying to `upstreamPorts`.
 */
export function renderSample({ httpPort, httpsPort, serverName, certificate, key, upstreamPorts }) {
  let text = readFileSync(SAMPLE_CONFIG, 'utf8');
  let firstServer = true;
  text = replaceExactly(text, /^([ \t]*)server 127\.0\.0\.1:\d+;\n/gm, undefined, (line, indent) => {
    if (!firstServer) return '';
    firstServer = false;
    return upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port};\n`).join('');
  });
  text = replaceExactly(text, /^[ \t]*listen \[::\]:\d+.*\n/gm, 2, '');
  text = replaceExactly(text, /listen 80;/g, 1, `listen 127.0.0.1:${httpPort};`);
  text = replaceExactly(text, /listen 443 ssl/g, 1, `listen 127.0.0.1:${httpsPort} ssl`);
  text = replaceExactly(text, /server_name \S+;/g, 2, `server_name ${serverName};`);
  text = replaceExactly(text, /ssl_certificate\s+\S+;/g, 1, `ssl_certificate ${certificate};`);
  text = replaceExactly(text, /ssl_certificate_key\s+\S+;/g, 1, `ssl_certificate_key ${key};`);
  return text;
}

export class Nginx {
  constructor({ serverName, upstreamPorts }) {
    this.serverName = serverName;
    this.upstreamPorts = upstreamPorts;
    this.dir = mkdtempSync(path.join(tmpdir(), 'boxoffice-nginx-'));
    this.process = null;
    this.httpsPort = 0;
  }

  /** The URL a browser would use, with the server name (resolve it to 127.0.0.1). */
  get url() {
    return `https://${this.serverName}:${this.httpsPort}/`;
  }

  get origin() {
    return `https://${this.serverName}:${this.httpsPort}`;
  }

  async start() {
    const certificate = path.join(this.dir, 'site.pem');
    const key = path.join(this.dir, 'site.key');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', certificate, '-days', '2', '-subj', `/CN=${this.serverName}`,
      '-addext', `subjectAltName=DNS:${this.serverName}`], { stdio: 'ignore' });
    this.httpsPort = await freePort();
    const site = renderSample({ httpPort: await freePort(), httpsPort: this.httpsPort, serverName: this.serverName,
      certificate, key, upstreamPorts: this.upstreamPorts });
    writeFileSync(path.join(this.dir, 'boxoffice.conf'), site);
    // Workers may run as nobody (when started by root): their temporary files go where they may write.
    const temporary = path.join(this.dir, 'tmp');
    mkdirSync(temporary);
    chmodSync(temporary, 0o777);
    chmodSync(this.dir, 0o755);
    writeFileSync(path.join(this.dir, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${this.dir}/nginx.pid;
error_log ${this.dir}/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${temporary}/body;
    proxy_temp_path ${temporary}/proxy;
    fastcgi_temp_path ${temporary}/fastcgi;
    uwsgi_temp_path ${temporary}/uwsgi;
    scgi_temp_path ${temporary}/scgi;
    include ${this.dir}/boxoffice.conf;
}
`);
    this.process = spawn(NGINX, ['-p', this.dir, '-e', path.join(this.dir, 'error.log'), '-c', path.join(this.dir, 'nginx.conf')],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk) => { stderr += chunk; });
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) break;
      const answer = await this.request('GET', '/healthz').catch(() => null);
      if (answer?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const log = readFileSync(path.join(this.dir, 'error.log'), { encoding: 'utf8', flag: 'a+' });
    throw new Error(`nginx did not answer /healthz through to the box office\n${stderr}\n${log}`);
  }

  /**
   * One request through nginx on a fresh connection (so a fresh session: no cookie is sent), from
   * `localAddress` (any of 127.0.0.0/8), addressed to the server name as a browser would.
   */
  request(method, pathAndQuery, { body, headers = {}, localAddress = '127.0.0.1' } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = https.request({
        host: '127.0.0.1', port: this.httpsPort, servername: this.serverName, rejectUnauthorized: false, agent: false,
        localAddress, method, path: pathAndQuery,
        headers: { Host: `${this.serverName}:${this.httpsPort}`, Accept: 'application/json',
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => { text += chunk; });
        response.on('end', () => {
          let data = null;
          try { data = text ? JSON.parse(text) : null; } catch { data = text; }
          resolve({ status: response.statusCode, data, headers: response.headers });
        });
      });
      request.setTimeout(10000, () => request.destroy(new Error(`${method} ${pathAndQuery} through nginx timed out`)));
      request.on('error', reject);
      request.end(payload);
    });
  }

  async stop() {
    const child = this.process;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      // QUIT would wait for the open event streams; TERM closes them.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
