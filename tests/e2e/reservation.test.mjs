// A web booking is a reservation paid at the box office: the confirmation states its deadline in
// the venue's time zone and shows each ticket's QR code, which the door and the counter scan. The
// code is read back from the page's pixels with zbarimg, and what it says is what a counter (here
// the collectreservation tool, through the same core services) finds and takes the payment with;
// the booking then says it is paid.
// Run: BOXOFFICE_BIN=<boxoffice> BOXOFFICE_VENUE_SETUP=<venuesetup>
//      BOXOFFICE_COLLECT=<collectreservation> node --test reservation.test.mjs

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { App } from './lib/app.mjs';
import { ARTIFACTS, launchBrowser, openPage, seatsReached } from './lib/browser.mjs';
import { tearDownAfterTests } from './lib/teardown.mjs';

const PAY_BY_MINUTES = 45;

let app;
let browser;
const openedPages = [];

function run(tool, ...args) {
  return execFileSync(tool, ['--db', app.db, ...args], { encoding: 'utf8' }).trim();
}

function tomorrowAt(hour) {
  const day = new Date(Date.now() + 24 * 3600 * 1000);
  day.setUTCHours(hour, 0, 0, 0);
  return day;
}

before(async () => {
  for (const name of ['BOXOFFICE_BIN', 'BOXOFFICE_VENUE_SETUP', 'BOXOFFICE_COLLECT']) {
    assert.ok(process.env[name], `${name} names its executable`);
  }
  app = new App(process.env.BOXOFFICE_BIN, { demo: false });
  await app.start();
  browser = await launchBrowser();
  // What the manager's Venue settings… save does, from outside the app (see venue.test.mjs).
  execFileSync('sqlite3', [app.db, `INSERT INTO settings (key, value) VALUES ('venue.time_zone', 'Asia/Kolkata'),
    ('venue.pay_by_minutes_before_show', '${PAY_BY_MINUTES}'), ('venue.revision', '3')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`]);
});

tearDownAfterTests(openedPages, () => ({ app, browser }));

describe('a reservation paid at the box office', () => {
  test("the confirmation shows the deadline and the ticket's QR code the counter collects by", async () => {
    const venueSetup = process.env.BOXOFFICE_VENUE_SETUP;
    const hall = run(venueSetup, 'hall', 'Studio 1', '3', '6');
    const startsAt = tomorrowAt(14);
    const show = run(venueSetup, 'show', hall, 'Matinee', startsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'), '1500');

    // A visitor browsing from another time zone still reads the venue's clock.
    const opened = await openPage(browser, { timezoneId: 'America/New_York' });
    openedPages.push(opened);
    const { page, log } = opened;
    await page.goto(new URL(`/shows/${show}/`, app.url).href);
    await page.locator('#seatmap button.seat').first().waitFor();
    await page.click('#seatmap [data-seat="B3"]');
    await page.click('#hold-button');
    await seatsReached(page, ['B3'], 'mine', 5000);
    await page.fill('#customer-name', 'Ravi Menon');
    await page.fill('#customer-email', 'ravi@example.com');
    const booked = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
    await page.click('#book-button');
    const answer = await (await booked).json();
    assert.equal(answer.payment_state, 'reserved');
    const payBy = new Date(startsAt.getTime() - PAY_BY_MINUTES * 60 * 1000);
    assert.equal(answer.pay_by, payBy.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    assert.equal(answer.qr, `/api/bookings/${answer.booking}/qr.svg`);
    assert.equal(answer.tickets.length, 1);
    const [ticket] = answer.tickets;
    assert.match(ticket.code, /^[A-Z2-7]{26}$/);
    assert.equal(ticket.qr, `/api/bookings/${answer.booking}/tickets/${ticket.code}/qr.svg`);

    await page.locator('#confirmation').waitFor();
    const deadline = await page.textContent('#confirmation-deadline');
    // The page's own English formats the hour (12- or 24-hour); the digits say which zone it is in.
    const parts = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Kolkata', hour: 'numeric', minute: '2-digit' })
      .formatToParts(payBy);
    const venueTime = `${parts.find((p) => p.type === 'hour').value}:${parts.find((p) => p.type === 'minute').value}`;
    assert.match(deadline, /^Please pay at the box office by .+\. Seats not paid for by then are released\.$/);
    assert.ok(deadline.includes(venueTime), `the deadline "${deadline}" is in the venue's time (${venueTime})`);
    const qr = page.locator('#confirmation-tickets .booking-qr');
    await qr.waitFor();
    assert.equal(await qr.count(), 1, 'one QR code for the one ticket');
    assert.equal(await page.textContent('#confirmation-tickets .ticket-seat'), 'Seat B3');
    assert.equal(await page.textContent('#confirmation-tickets .ticket-code'), ticket.code);
    await page.waitForFunction(() => {
      const image = document.querySelector('#confirmation-tickets .booking-qr');
      return image.complete && image.naturalWidth > 0;
    });
    const qrPng = path.join(ARTIFACTS, 'reservation-qr.png');
    await qr.screenshot({ path: qrPng });
    await page.screenshot({ path: path.join(ARTIFACTS, 'reservation-confirmation.png'), fullPage: true });
    const scanned = execFileSync('zbarimg', ['--raw', '-q', qrPng], { encoding: 'utf8' }).trim();
    assert.equal(scanned, `BOXOFFICE-TICKET:${ticket.code}`);

    const change = run(process.env.BOXOFFICE_COLLECT, scanned, 'cash', '2000');
    assert.equal(change, '500', 'the change of 20.00 for 15.00');
    const lookup = await page.evaluate(async (ref) => (await fetch(`/api/bookings/${ref}`)).json(), answer.booking);
    assert.equal(lookup.payment_state, 'paid');
    assert.throws(() => run(process.env.BOXOFFICE_COLLECT, answer.booking.toLowerCase(), 'card'),
      /already collected/, 'a second counter is told it was collected');
    assert.deepEqual(log.errors, [], 'the console stayed clean');
  });
});
