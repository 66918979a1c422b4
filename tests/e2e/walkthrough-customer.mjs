// The web customer of scripts/walkthrough.sh: books two seats of a show on a running box office
// in Chromium, keeps pictures of the seat page and of the confirmation, and reads the first
// ticket's QR code on the confirmation back from its pixels with zbarimg, as the counter's scanner would.
// Prints one JSON line: {"reference", "scan", "show", "seats", "cookie"}; the cookie is the
// customer's session, the only one `GET /api/bookings/{reference}` answers.
//
//   node walkthrough-customer.mjs URL OUTPUT_FOLDER

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, openPage } from './lib/browser.mjs';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node walkthrough-customer.mjs URL OUTPUT_FOLDER');
  process.exit(2);
}

// A show far enough ahead that the walkthrough never meets its start or its pay-by deadline.
const shows = await (await fetch(new URL('/api/shows/', url))).json();
const show = shows.shows.find((s) => Date.parse(s.starts_at) > Date.now() + 3 * 3600 * 1000 && s.seats_available >= 2);
assert.ok(show, 'a show with two free seats, three hours ahead or more');

const browser = await launchBrowser();
const scratch = mkdtempSync(path.join(tmpdir(), 'boxoffice-walkthrough-'));
try {
  const { context, page, log } = await openPage(browser);
  await page.goto(new URL(`/shows/${show.id}/`, url).href);
  const free = page.locator('#seatmap button.seat[data-state="available"]');
  await free.first().waitFor();
  const seats = [await free.nth(0).getAttribute('data-seat'), await free.nth(1).getAttribute('data-seat')];
  for (const seat of seats) await page.click(`#seatmap [data-seat="${seat}"]`);
  await page.click('#hold-button');
  await page.locator(`#seatmap [data-seat="${seats[1]}"][data-state="mine"]`).waitFor({ timeout: 5000 });
  await page.fill('#customer-name', 'Lena Vogel');
  await page.fill('#customer-email', 'lena.vogel@example.org');
  await page.screenshot({ path: path.join(out, '01-web-seats.png') });

  const booked = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await page.click('#book-button');
  const answer = await (await booked).json();
  assert.equal(answer.payment_state, 'reserved', 'a web booking is a reservation until paid');
  await page.locator('#confirmation-deadline').waitFor();
  await page.waitForFunction((count) => {
    const images = [...document.querySelectorAll('#confirmation-tickets .booking-qr')];
    return images.length === count && images.every((image) => image.complete && image.naturalWidth > 0);
  }, seats.length);
  await page.locator('#confirmation').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, '02-web-confirmation.png'), fullPage: true });
  const qrPng = path.join(scratch, 'qr.png');
  await page.locator('#confirmation-tickets .booking-qr').first().screenshot({ path: qrPng });
  const scan = execFileSync('zbarimg', ['--raw', '-q', qrPng], { encoding: 'utf8' }).trim();
  assert.equal(scan, `BOXOFFICE-TICKET:${answer.tickets[0].code}`, "the QR code says the first ticket's code");
  assert.deepEqual(log.errors, [], 'the console stayed clean');
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  console.log(JSON.stringify({ reference: answer.booking, scan, show: show.id, seats, cookie }));
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
