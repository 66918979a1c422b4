// Through a real nginx: the sample packaging/nginx/boxoffice.conf (TLS, least_conn upstream,
// forwarded headers, unbuffered live updates) in front of a box office started with
// --trusted-proxy 127.0.0.1. The seat page loads over https, Server-Sent Events deliver another
// customer's change, a hold and a booking go through with the browser's https Origin, per-address
// caps count each customer behind nginx, and the same forwarded headers sent straight to the box
// office from an address it does not trust are refused.
// Run: BOXOFFICE_BIN=<boxoffice> node --test nginx.test.mjs (needs nginx and openssl).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { App } from './lib/app.mjs';
import { launchBrowser, openPage, seatsReached, watchSeats } from './lib/browser.mjs';
import { Nginx } from './lib/nginx.mjs';

const SERVER_NAME = 'tickets.example';
const SEAT_CAP = 4;
const SSE_LIMIT_MS = 3000;

let app;
let nginx;
let browser;
let show;
const openedPages = [];

/** A request straight to the box office, bypassing nginx, from `localAddress`. */
function direct(method, pathAndQuery, { body, headers = {}, localAddress }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request({
      host: '127.0.0.1', port: app.port, localAddress, agent: false, method, path: pathAndQuery,
      headers: { ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, data: text ? JSON.parse(text) : null }));
    });
    request.on('error', reject);
    request.end(payload);
  });
}

/** `count` seats available now, side by side in one row. */
async function freeSeats(count) {
  const { status, data } = await nginx.request('GET', `/api/seat-status/?show=${show.id}`);
  assert.equal(status, 200);
  const rows = new Map();
  for (const seat of data.seats.filter((s) => s.status === 'available')) rows.set(seat.row, [...(rows.get(seat.row) ?? []), seat]);
  for (const seats of rows.values()) {
    seats.sort((a, b) => a.number - b.number);
    for (let i = 0; i + count <= seats.length; i++) {
      const run = seats.slice(i, i + count);
      if (run.at(-1).number - run[0].number === count - 1) return run.map((s) => s.id);
    }
  }
  throw new Error(`no ${count} free seats side by side`);
}

function holdThroughNginx(seats, { origin = nginx.origin, localAddress = '127.0.0.5', headers = {} } = {}) {
  return nginx.request('POST', '/api/holds', { body: { show: show.id, seats }, localAddress, headers: { Origin: origin, ...headers } });
}

async function seatPage() {
  const opened = await openPage(browser, { ignoreHTTPSErrors: true });
  openedPages.push(opened);
  const response = await opened.page.goto(new URL(`/shows/${show.id}/?transport=sse`, nginx.url).href);
  await opened.page.locator('#seatmap button.seat').first().waitFor();
  await opened.page.waitForFunction(() => {
    const element = document.getElementById('live-state');
    return element.dataset.state === 'live' && element.dataset.transport === 'sse';
  }, null, { timeout: 15000 });
  return { ...opened, response };
}

before(async () => {
  const binary = process.env.BOXOFFICE_BIN;
  assert.ok(binary, 'BOXOFFICE_BIN names the boxoffice executable');
  app = new App(binary, { extraArgs: ['--trusted-proxy', '127.0.0.1', '--max-seats-per-address', String(SEAT_CAP)] });
  await app.start();
  nginx = new Nginx({ serverName: SERVER_NAME, upstreamPorts: [app.port] });
  await nginx.start();
  browser = await launchBrowser([`--host-resolver-rules=MAP ${SERVER_NAME} 127.0.0.1`]);
  const { status, data } = await nginx.request('GET', '/api/shows/');
  assert.equal(status, 200);
  show = data.shows.filter((s) => s.seats_total >= 400).sort((a, b) => b.seats_available - a.seats_available)[0];
  assert.ok(show, 'a demo show in a large hall');
});

after(async () => {
  for (const { context } of openedPages.splice(0)) await context.close().catch(() => {});
  await browser?.close();
  await nginx?.stop();
  if (app) {
    const { code, signal } = await app.stopAndCleanUp();
    assert.equal(code, 0, `boxoffice exits cleanly on SIGTERM (signal ${signal})`);
  }
});

test('the seat page loads through nginx over https and goes live on Server-Sent Events', async () => {
  const { page, log, response } = await seatPage();
  assert.equal(response.status(), 200);
  assert.match(response.headers().server ?? '', /^nginx/, 'the page came through nginx');
  assert.ok(await page.locator('#seatmap button.seat').count() >= 400);
  assert.deepEqual(log.errors, [], 'the console stayed clean');
});

test('an event stream through nginx delivers another customer\'s hold at once', async (t) => {
  const { page, log } = await seatPage();
  await watchSeats(page);
  const seats = await freeSeats(2);
  const sent = Date.now();
  const held = await holdThroughNginx(seats);
  assert.equal(held.status, 200, JSON.stringify(held.data));
  const seen = await seatsReached(page, seats, 'held', 10000);
  t.diagnostic(`hold seen ${seen - sent} ms after it was sent`);
  assert.ok(seen - sent < SSE_LIMIT_MS, `the page saw the hold after ${seen - sent} ms`);
  assert.ok(log.events.length > 0, 'the page opened an event stream');
  assert.deepEqual(log.errors, [], 'the console stayed clean');
});

test('a hold and a booking from the page pass the Origin check behind TLS', async () => {
  const { page, log } = await seatPage();
  const seats = await freeSeats(2);
  for (const id of seats) await page.click(`#seatmap [data-seat="${id}"]`);
  const held = page.waitForResponse((r) => r.url().endsWith('/api/holds') && r.request().method() === 'POST');
  await page.click('#hold-button');
  const holdResponse = await held;
  assert.equal(holdResponse.status(), 200);
  assert.equal(await holdResponse.request().headerValue('origin'), nginx.origin, 'the browser sent its https Origin');
  await seatsReached(page, seats, 'mine', 5000);
  await page.fill('#customer-name', 'Asha Rao');
  await page.fill('#customer-email', 'asha@example.com');
  const booked = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await page.click('#book-button');
  const bookResponse = await booked;
  assert.equal(bookResponse.status(), 201);
  const booking = await bookResponse.json();
  await page.locator('#confirmation').waitFor();
  assert.equal((await page.textContent('#booking-reference')).trim(), booking.booking);
  await seatsReached(page, seats, 'booked', 5000);
  assert.deepEqual(log.errors, [], 'the console stayed clean');
});

test('through nginx the Origin must name the forwarded https host', async () => {
  const [seat] = await freeSeats(1);
  const crossSite = await holdThroughNginx([seat], { origin: 'https://evil.example' });
  assert.equal(crossSite.status, 403);
  assert.equal(crossSite.data.error, 'forbidden');
  const plainHttp = await holdThroughNginx([seat], { origin: `http://${SERVER_NAME}:${nginx.httpsPort}` });
  assert.equal(plainHttp.status, 403);
  const own = await holdThroughNginx([seat], { localAddress: '127.0.0.6' });
  assert.equal(own.status, 200, JSON.stringify(own.data));
});

test('forwarded headers sent straight to the box office count only from the trusted proxy', async () => {
  const seats = await freeSeats(2);
  const forwarded = {
    Origin: nginx.origin,
    'X-Forwarded-Proto': 'https',
    'X-Forwarded-Host': `${SERVER_NAME}:${nginx.httpsPort}`,
    'X-Forwarded-For': '203.0.113.7',
  };
  const untrusted = await direct('POST', '/api/holds', { body: { show: show.id, seats: [seats[0]] }, headers: forwarded, localAddress: '127.0.0.2' });
  assert.equal(untrusted.status, 403);
  assert.equal(untrusted.data.error, 'forbidden');
  const trusted = await direct('POST', '/api/holds', { body: { show: show.id, seats: [seats[1]] }, headers: forwarded, localAddress: '127.0.0.1' });
  assert.equal(trusted.status, 200, JSON.stringify(trusted.data));
});

test('the seat cap counts each customer behind nginx, whatever X-Forwarded-For they send', async () => {
  const seats = await freeSeats(SEAT_CAP + 2);
  const first = await holdThroughNginx(seats.slice(0, SEAT_CAP), { localAddress: '127.0.0.3' });
  assert.equal(first.status, 200, JSON.stringify(first.data));
  const more = await holdThroughNginx([seats[SEAT_CAP]], { localAddress: '127.0.0.3' });
  assert.equal(more.status, 429);
  const forged = await holdThroughNginx([seats[SEAT_CAP]], { localAddress: '127.0.0.3', headers: { 'X-Forwarded-For': '198.51.100.9' } });
  assert.equal(forged.status, 429, 'a forged X-Forwarded-For does not make a new customer');
  const other = await holdThroughNginx(seats.slice(SEAT_CAP), { localAddress: '127.0.0.4' });
  assert.equal(other.status, 200, JSON.stringify(other.data));
});
