// A venue's own show on the web: the app starts on an empty database (no demo), a second process
// sets up a hall and a show through the core services the counter uses, and the web, still
// running, lists the show and sells it in German; a show cancelled the same way says so.
// Run: BOXOFFICE_BIN=<boxoffice> BOXOFFICE_VENUE_SETUP=<venuesetup> node --test venue.test.mjs

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { App } from './lib/app.mjs';
import { ARTIFACTS, launchBrowser, openPage, seatsReached } from './lib/browser.mjs';
import { tearDownAfterTests } from './lib/teardown.mjs';

const POLL_INTERVAL_MS = 1000;
const GERMAN = { locale: 'de-DE', timezoneId: 'Europe/Berlin' };
const VENUE_NAME = 'Kino <Am Markt> & Co';

let app;
let browser;
const openedPages = [];

/** Runs the set-up tool against the app's database; its printed id, if any. */
function setUp(...args) {
  const tool = process.env.BOXOFFICE_VENUE_SETUP;
  return Number(execFileSync(tool, ['--db', app.db, ...args], { encoding: 'utf8' }).trim());
}

function tomorrowAt(hour) {
  const day = new Date(Date.now() + 24 * 3600 * 1000);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function germanPage(url) {
  const opened = await openPage(browser, GERMAN);
  openedPages.push(opened);
  await opened.page.goto(url);
  return opened;
}

/** Sets up a hall of rows × seats and a show in it tomorrow, and opens its seat page in German. */
async function newShowPage({ hall, rows, seats, title, hour, prices }) {
  const hallId = setUp('hall', hall, String(rows), String(seats));
  const show = setUp('show', String(hallId), title, tomorrowAt(hour), prices);
  const opened = await germanPage(new URL(`/shows/${show}/`, app.url).href);
  await opened.page.locator('#seatmap button.seat').first().waitFor();
  return { ...opened, show };
}

/** Waits (at most 10 s) until `check` of the app's answer to `pathAndQuery` holds. */
async function until(pathAndQuery, check, headers = {}) {
  const deadline = Date.now() + 10000;
  for (;;) {
    const response = await fetch(new URL(pathAndQuery, app.url), { headers });
    const text = await response.text();
    if (check(text, response)) return text;
    assert.ok(Date.now() < deadline, `no answer to ${pathAndQuery} as expected within 10 s; last: ${text.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function countSeatRequests(log) {
  return log.seatStatus.length + log.events.length;
}

before(async () => {
  assert.ok(process.env.BOXOFFICE_BIN, 'BOXOFFICE_BIN names the boxoffice executable');
  assert.ok(process.env.BOXOFFICE_VENUE_SETUP, 'BOXOFFICE_VENUE_SETUP names the venuesetup tool');
  app = new App(process.env.BOXOFFICE_BIN, { pollIntervalMs: POLL_INTERVAL_MS, demo: false });
  await app.start();
  browser = await launchBrowser();
  // What the manager's Venue settings… save does, from outside the app (see seatpage.test.mjs).
  execFileSync('sqlite3', [app.db, `INSERT INTO settings (key, value) VALUES ('venue.web_languages', 'en,de,hi'),
    ('venue.name', '${VENUE_NAME}'), ('venue.time_zone', 'Europe/Berlin'), ('venue.revision', '5')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`]);
  await until('/', (text) => text.includes('<html lang="de">'), { 'Accept-Language': 'de' });
});

tearDownAfterTests(openedPages, () => ({ app, browser }));

describe('a venue without demo data', () => {
  test('a show set up by another process is listed without a restart and sells in German', async () => {
    const { data: before } = await app.api('GET', '/api/shows/');
    assert.deepEqual(before.shows, [], 'an empty database lists no shows');
    const { page, log } = await germanPage(app.url);
    await page.getByText('Im Moment keine kommenden Vorstellungen').waitFor();
    assert.equal(await page.textContent('.brand-name'), VENUE_NAME, 'the venue\'s name, as text');
    assert.equal(await page.title(), `Programm · ${VENUE_NAME}`);

    const hall = setUp('hall', 'Studio 2', '4', '8');
    const show = setUp('show', String(hall), 'Premiere', tomorrowAt(18), '1200');
    await until('/api/shows/', (text) => JSON.parse(text).shows.some((s) => s.id === show));
    await page.reload();
    const card = page.locator(`.show-card[data-show="${show}"]`);
    await card.waitFor();
    assert.match(await card.textContent(), /Premiere.*Studio 2.*32 von 32 Plätzen frei/);
    await card.click();

    await page.locator('#seatmap button.seat').first().waitFor();
    assert.equal(new URL(page.url()).pathname, `/shows/${show}/`);
    assert.equal(await page.textContent('#show-title'), 'Premiere');
    assert.equal(await page.title(), `Premiere · Plätze wählen · ${VENUE_NAME}`);
    assert.equal(await page.textContent('#hall-heading'), 'Saalplan, 32 Plätze');
    assert.equal(await page.getAttribute('#seatmap [data-seat="A2"]', 'aria-label'), 'Reihe A, Platz 2, standard, 12,00\u00a0€, frei');
    assert.equal((await page.locator('.legend-price').first().textContent()).trim(), '12,00\u00a0€');

    await page.click('#seatmap [data-seat="A2"]');
    await page.click('#seatmap [data-seat="A3"]');
    assert.equal(await page.textContent('#hold-button'), '2 Plätze halten');
    await page.click('#hold-button');
    await seatsReached(page, ['A2', 'A3'], 'mine', 5000);
    assert.match(await page.textContent('#notice'), /^Gehalten\. 2 Plätze für Sie gehalten: A2 und A3\./);
    assert.equal(await page.getAttribute('#held-list [data-seat="A2"] button', 'aria-label'), 'Reihe A Platz 2 freigeben');
    assert.equal(await page.textContent('#book-button'), '2 Plätze buchen · 24,00\u00a0€');
    await page.fill('#customer-name', 'Jana Weber');
    await page.fill('#customer-email', 'jana@example.com');
    await page.click('#book-button');
    await page.locator('#confirmation').waitFor();
    const reference = (await page.textContent('#booking-reference')).trim();
    assert.ok(reference.length > 0);
    assert.equal(await page.textContent('#confirmation-total'), '24,00\u00a0€');
    await page.waitForFunction(() => /^Buchung bestätigt\./.test(document.getElementById('announce-polite').textContent));
    await page.screenshot({ path: path.join(ARTIFACTS, 'venue-show-german.png') });

    const { data: seats } = await app.api('GET', `/api/seat-status/?show=${show}`);
    assert.deepEqual(seats.seats.filter((s) => s.status === 'booked').map((s) => s.id).sort(), ['A2', 'A3']);
    assert.deepEqual(log.errors, [], 'the console stayed clean');
  });

  test('a seat with more than one ticket type offers a choice; the total and the booking follow it', async () => {
    const { page, log } = await newShowPage({ hall: 'Saal 5', rows: 2, seats: 6, title: 'Familienfilm', hour: 15,
      prices: 'adult=1200,child=700' });
    await page.click('#seatmap [data-seat="A1"]');
    await page.click('#seatmap [data-seat="A2"]');
    await page.click('#hold-button');
    await seatsReached(page, ['A1', 'A2'], 'mine', 5000);
    const select = page.locator('#held-list [data-seat="A2"] select.ticket-type');
    assert.equal(await select.getAttribute('aria-label'), 'Kartenart für Reihe A Platz 2');
    assert.deepEqual(await select.locator('option').allTextContents(), ['Adult · 12,00\u00a0€', 'Child · 7,00\u00a0€']);
    assert.equal(await select.inputValue(), 'adult', 'the default type first');
    await select.selectOption('child');
    assert.equal(await page.textContent('#basket-total-amount'), '19,00\u00a0€');
    assert.equal(await page.textContent('#book-button'), '2 Plätze buchen · 19,00\u00a0€');
    await page.screenshot({ path: path.join(ARTIFACTS, 'seatpage-ticket-types.png') });
    await page.fill('#customer-name', 'Jana Weber');
    await page.fill('#customer-email', 'jana@example.com');
    await page.click('#book-button');
    await page.locator('#confirmation').waitFor();
    assert.equal(await page.textContent('#confirmation-total'), '19,00\u00a0€');
    const reference = (await page.textContent('#booking-reference')).trim();
    const booking = await page.evaluate(async (ref) => (await fetch(`/api/bookings/${ref}`)).json(), reference);
    assert.deepEqual(booking.tickets.map(({ seat, ticket_type, price_cents }) => ({ seat, ticket_type, price_cents })),
      [{ seat: 'A1', ticket_type: 'adult', price_cents: 1200 }, { seat: 'A2', ticket_type: 'child', price_cents: 700 }]);
    for (const ticket of booking.tickets) {
      assert.match(ticket.code, /^[A-Z2-7]{26}$/);
      assert.equal(ticket.qr, `/api/bookings/${reference}/tickets/${ticket.code}/qr.svg`);
    }
    assert.deepEqual(log.errors, [], 'the console stayed clean');
  });

  test('a show cancelled at the counter says so on its open seat page, which stops asking', async () => {
    const { page, log, show } = await newShowPage({ hall: 'Saal 3', rows: 3, seats: 6, title: 'Matinee', hour: 10,
      prices: '900' });
    await page.click('#seatmap [data-seat="B1"]');

    setUp('cancel', String(show), 'The orchestra is ill');
    const banner = page.locator('#cancelled');
    await banner.waitFor({ timeout: 10000 });
    assert.equal(await banner.getAttribute('role'), 'alert');
    assert.equal((await banner.locator('h2').textContent()).trim(), 'Diese Vorstellung wurde abgesagt');
    assert.ok(await page.locator('#show-layout').isHidden(), 'no seats to choose');
    assert.ok(await page.locator('#basket-jump').isHidden());
    assert.equal(await page.textContent('#live-state-text'), 'Abgesagt');
    const asked = countSeatRequests(log);
    await page.waitForTimeout(3 * POLL_INTERVAL_MS);
    assert.equal(countSeatRequests(log), asked, 'no more seat-status requests once cancelled');
    assert.deepEqual(log.errors, [], 'the console stayed clean');
  });

  test('the seat page of a cancelled show opens on the banner and never polls', async () => {
    const hall = setUp('hall', 'Saal 4', '2', '5');
    const show = setUp('show', String(hall), 'Abendkonzert', tomorrowAt(19), '1500');
    setUp('cancel', String(show), 'Double-booked hall');
    await until(`/api/seat-status/?show=${show}`, (text) => JSON.parse(text).cancelled === true);
    const { page, log } = await germanPage(new URL(`/shows/${show}/`, app.url).href);
    await page.locator('#cancelled').waitFor();
    assert.equal(await page.textContent('#show-title'), 'Abendkonzert');
    assert.ok(await page.locator('#show-layout').isHidden());
    await page.screenshot({ path: path.join(ARTIFACTS, 'seatpage-cancelled-german.png') });
    await page.waitForTimeout(2 * POLL_INTERVAL_MS);
    assert.equal(log.seatStatus.length, 1, 'only the first look at the seats');
    assert.deepEqual(log.events, [], 'no event stream');
    assert.deepEqual(log.errors, [], 'the console stayed clean');
  });
});
