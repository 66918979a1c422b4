// Best available seats and the stranded-seat rule on the seat page (issue 13): "Find me 2 seats"
// holds two seats side by side that another customer sees go; a show that refuses stranded seats
// explains the refusal of a click and holds its suggestion in one more.
// Run: BOXOFFICE_BIN=<boxoffice> node --test best.test.mjs

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { App } from './lib/app.mjs';
import { ARTIFACTS, launchBrowser, openPage, seatsReached, watchSeats } from './lib/browser.mjs';
import { tearDownAfterTests } from './lib/teardown.mjs';

const POLL_INTERVAL_MS = 1000;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let app;
let browser;
let shows;
const openedPages = [];

async function seatPage(show, options = {}) {
  const opened = await openPage(browser, options);
  openedPages.push(opened);
  await opened.page.goto(new URL(`/shows/${show.id}/`, app.url).href);
  await opened.page.locator('#seatmap button.seat').first().waitFor();
  await opened.page.waitForFunction(() => document.getElementById('live-state').dataset.state === 'live', null, { timeout: 15000 });
  return opened;
}

async function seatStatus(show) {
  const { status, data } = await app.api('GET', `/api/seat-status/?show=${show.id}`);
  assert.equal(status, 200);
  return data;
}

/** Side by side: one row, neighbouring grid columns. */
function sideBySide(seats) {
  const columns = seats.map((s) => s.grid_column).sort((a, b) => a - b);
  return seats.every((s) => s.row === seats[0].row) && columns.every((c, i) => i === 0 || c === columns[i - 1] + 1);
}

/** A row whose first three seats are free, side by side, with nothing to their left. */
function freeRowStart(data) {
  const rows = new Map();
  for (const seat of data.seats) rows.set(seat.row, [...(rows.get(seat.row) ?? []), seat]);
  for (const seats of rows.values()) {
    const ordered = seats.sort((a, b) => a.grid_column - b.grid_column);
    const start = ordered.slice(0, 3);
    if (start.length === 3 && start.every((s) => s.status === 'available' && !s.accessible) && sideBySide(start)) return start;
  }
  throw new Error('no row starts with three free seats');
}

before(async () => {
  assert.ok(process.env.BOXOFFICE_BIN, 'BOXOFFICE_BIN names the boxoffice executable');
  app = new App(process.env.BOXOFFICE_BIN, { pollIntervalMs: POLL_INTERVAL_MS });
  await app.start();
  browser = await launchBrowser();
  const { data } = await app.api('GET', '/api/shows/');
  // The demo's 20 x 25 halls, emptiest first: one show per test.
  shows = data.shows.filter((s) => s.seats_total >= 400 && s.seats_total <= 1000).sort((a, b) => b.seats_available - a.seats_available);
  assert.ok(shows.length >= 2, 'two demo shows in a hall of 20 x 25 seats');
});

tearDownAfterTests(openedPages, () => ({ app, browser }));

describe('best available', () => {
  test('"Find me 2 seats" holds two seats side by side, and the other customer sees them go', async () => {
    const show = shows[0];
    const a = await seatPage(show);
    const b = await seatPage(show);
    await watchSeats(b.page);
    const categories = await a.page.$$eval('#best-category option', (options) => options.map((o) => o.value));
    const data = await seatStatus(show);
    assert.deepEqual(categories.sort(), ['', ...new Set(data.seats.map((s) => s.category))].sort(), 'any area and the hall\'s categories');
    assert.equal(await a.page.inputValue('#best-count'), '2');
    assert.equal((await a.page.textContent('#best-button')).trim(), 'Find me 2 seats');

    const answered = a.page.waitForResponse((r) => r.url().endsWith('/api/holds') && r.request().method() === 'POST');
    await a.page.click('#best-button');
    const response = await answered;
    assert.equal(response.status(), 200);
    const answer = await response.json();
    const chosen = answer.best.seats;
    assert.equal(chosen.length, 2);
    assert.equal(answer.best.adjacent, true);
    assert.deepEqual([...answer.seats].sort(), [...chosen].sort(), 'the hold is the seats found');
    const seats = chosen.map((id) => data.seats.find((s) => s.id === id));
    assert.ok(sideBySide(seats), `${chosen.join(', ')} are side by side`);

    await seatsReached(a.page, chosen, 'mine', 5000);
    await seatsReached(b.page, chosen, 'held', 5000);
    const numbers = seats.map((s) => s.number).sort((x, y) => x - y);
    const notice = await a.page.textContent('#notice');
    assert.ok(notice.includes(`Row ${seats[0].row}, seats ${numbers[0]}–${numbers[1]}, together`), notice);
    assert.equal(await a.page.locator('#held-list .basket-item').count(), 2);
    await a.page.screenshot({ path: path.join(ARTIFACTS, 'best-desktop.png'), fullPage: true });

    // Asking again replaces the hold rather than adding to it; the customer may then change seat by seat.
    await a.page.selectOption('#best-count', '3');
    const again = a.page.waitForResponse((r) => r.url().endsWith('/api/holds') && r.request().method() === 'POST');
    await a.page.click('#best-button');
    const second = await (await again).json();
    assert.equal(second.seats.length, 3);
    await seatsReached(b.page, second.seats, 'held', 5000);
    const letGo = chosen.filter((id) => !second.seats.includes(id));
    if (letGo.length) await seatsReached(b.page, letGo, 'available', 5000);
    await a.page.click(`#seatmap [data-seat="${second.seats[0]}"]`);
    await seatsReached(b.page, [second.seats[0]], 'available', 5000);
    assert.deepEqual(a.log.errors, []);
    assert.deepEqual(b.log.errors, []);

    const phone = await seatPage(show, PHONE);
    await phone.page.locator('#best-form').scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: path.join(ARTIFACTS, 'best-phone.png') });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow} px)`);
  });
});

describe('stranded seats', () => {
  test('a show that refuses them explains the refusal and holds the suggestion in one click', async () => {
    const show = shows[1];
    // What the show dialog's rule "Refuse" saves, from outside the app.
    execFileSync('sqlite3', [app.db, `UPDATE shows SET orphan_rule = 'refuse' WHERE id = ${Number(show.id)}`]);
    const [first, second] = freeRowStart(await seatStatus(show));
    const { page, log } = await seatPage(show);

    await page.click(`#seatmap [data-seat="${second.id}"]`);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/holds') && r.request().method() === 'POST');
    await page.click('#hold-button');
    const response = await refused;
    assert.equal(response.status(), 422);
    const body = await response.json();
    assert.equal(body.error, 'orphan_seat');
    assert.deepEqual(body.seats, [first.id]);
    assert.equal(body.suggestion.length, 1);
    const notice = page.locator('#notice');
    await notice.getByText(`would leave ${first.id} empty on its own`).waitFor();
    assert.equal(await page.locator('#seatmap [data-state="mine"]').count(), 0, 'nothing held');
    await page.screenshot({ path: path.join(ARTIFACTS, 'best-orphan.png'), fullPage: true });

    const take = notice.getByRole('button', { name: `Hold ${body.suggestion[0]} instead` });
    const held = page.waitForResponse((r) => r.url().endsWith('/api/holds') && r.request().method() === 'POST');
    await take.click();
    assert.equal((await held).status(), 200);
    await seatsReached(page, body.suggestion, 'mine', 5000);
    assert.equal(await page.getAttribute(`#seatmap [data-seat="${second.id}"]`, 'data-state'), 'available');
    const unexpected = log.errors.filter((e) => !(e.includes('status of 422') && e.endsWith('/api/holds')));
    assert.deepEqual(unexpected, [], 'no console errors but the refusal provoked');
  });
});
