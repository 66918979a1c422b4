// Starts the real box office (headless) on a free port with a fresh database, filled with the demo
// unless told not to.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

const LISTENING = /^Listening on (http:\/\/\S+\/)$/;

export class App {
  /** `extraArgs` go on the command line after the usual options. */
  constructor(binary, { pollIntervalMs = 1000, holdSeconds = 600, demo = true, extraArgs = [] } = {}) {
    this.binary = binary;
    this.extraArgs = extraArgs;
    this.pollIntervalMs = pollIntervalMs;
    this.holdSeconds = holdSeconds;
    this.demo = demo;
    this.dir = mkdtempSync(path.join(tmpdir(), 'boxoffice-e2e-'));
    this.db = path.join(this.dir, 'boxoffice.sqlite');
    this.process = null;
    this.url = null;
    this.stderr = '';
  }

  /** Starts the app; `port` 0 picks a free one (use the old port to restart "the same" server). */
  async start(port = 0) {
    const args = ['--headless', '--db', this.db, '--port', String(port), ...(this.demo ? ['--demo'] : []),
      '--hold-seconds', String(this.holdSeconds), '--poll-interval-ms', String(this.pollIntervalMs), ...this.extraArgs];
    const child = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-20000); });
    child.stdout.setEncoding('utf8');
    this.url = await new Promise((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => fail(new Error('no "Listening on" line within 30 s')), 30000);
      const fail = (error) => {
        clearTimeout(timer);
        reject(new Error(`${error.message}\nstdout: ${buffer}\nstderr: ${this.stderr}`));
      };
      child.on('error', fail);
      child.on('exit', (code, signal) => fail(new Error(`boxoffice exited early (code ${code}, signal ${signal})`)));
      child.stdout.on('data', (chunk) => {
        buffer += chunk;
        const newline = buffer.indexOf('\n');
        if (newline < 0) return;
        const match = LISTENING.exec(buffer.slice(0, newline).trim());
        if (!match) return fail(new Error(`unexpected first line ${JSON.stringify(buffer.slice(0, newline))}`));
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]);
      });
    });
    // Keep draining stdout so that the app never blocks on a full pipe.
    child.stdout.resume();
    return this.url;
  }

  get port() {
    return Number(new URL(this.url).port);
  }

  /** SIGTERM and wait; resolves to {code, signal}. */
  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return { code: child?.exitCode, signal: child?.signalCode };
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    const [code, signal] = await exited;
    clearTimeout(timer);
    return { code, signal };
  }

  cleanUp() {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Stops the app and removes its database; resolves to how it exited, {code, signal}. */
  async stopAndCleanUp() {
    const exit = await this.stop();
    this.cleanUp();
    return exit;
  }

  /** A JSON request as another customer would make it (no browser), keeping that customer's cookie. */
  async api(method, pathAndQuery, body, session = {}) {
    const headers = { Accept: 'application/json' };
    if (session.cookie) headers.Cookie = session.cookie;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(new URL(pathAndQuery, this.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const cookie = response.headers.get('set-cookie');
    if (cookie) session.cookie = cookie.split(';')[0];
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    return { status: response.status, data, headers: response.headers };
  }
}
