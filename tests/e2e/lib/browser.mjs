// Headless Debian Chromium through playwright-core (no browser download).

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** `extraArgs`: further Chromium flags, e.g. --host-resolver-rules to reach a server by name. */
export async function launchBrowser(extraArgs = []) {
  mkdirSync(ARTIFACTS, { recursive: true });
  // launch() gives Chromium a fresh temporary user-data-dir of its own, removed on close.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', ...extraArgs],
  });
}

/**
 * A page in a fresh context (its own cookies, so its own box office session) that records what
 * the console and the network see, for the "no errors in the console" and "no overlap" checks.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Dublin', ...options });
  const page = await context.newPage();
  const log = { errors: [], seatStatus: [], notModified: 0, events: [], inFlight: 0, maxInFlight: 0 };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console: ${message.text()} @ ${message.location()?.url ?? ''}`);
  });
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  const isStatus = (request) => request.url().includes('/api/seat-status/');
  page.on('request', (request) => {
    if (request.url().includes('/events')) log.events.push(request.url());
    if (!isStatus(request)) return;
    log.seatStatus.push({ url: request.url(), at: Date.now() });
    log.inFlight += 1;
    log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
  });
  page.on('response', (response) => { if (isStatus(response.request()) && response.status() === 304) log.notModified += 1; });
  const done = (request) => { if (isStatus(request)) log.inFlight -= 1; };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { context, page, log };
}

/** Records, in the page, when each seat's state changes (epoch ms), to time propagation precisely. */
export async function watchSeats(page) {
  await page.evaluate(() => {
    window.__seatChanges = [];
    new MutationObserver((records) => {
      const at = Date.now();
      for (const record of records) {
        const seat = record.target.dataset?.seat;
        if (seat) window.__seatChanges.push({ seat, state: record.target.dataset.state, at });
      }
    }).observe(document.getElementById('seatmap'), { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
}

/** Waits until every seat shows `state`; returns the epoch ms of the last of those changes. */
export async function seatsReached(page, seats, state, timeoutMs) {
  const handle = await page.waitForFunction(([ids, wanted]) => {
    const buttons = ids.map((id) => document.querySelector(`#seatmap [data-seat="${id}"]`));
    if (!buttons.every((b) => b?.dataset.state === wanted)) return false;
    const times = ids.map((id) => window.__seatChanges?.findLast((c) => c.seat === id && c.state === wanted)?.at ?? Date.now());
    return Math.max(...times);
  }, [seats, state], { timeout: timeoutMs, polling: 'raf' });
  return handle.jsonValue();
}
