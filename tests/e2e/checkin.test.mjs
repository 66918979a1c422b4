// The door (issue 12) as door staff see it: a phone-sized Chromium pairs itself from the pairing
// address the counter shows, checks a ticket in by its typed code, is told the second time that it
// is already in, sends an unpaid reservation to the box office, and reads a real ticket's QR code
// from a photo through the page's own decoder (jsQR: headless Chromium has neither a camera nor
// BarcodeDetector). Tickets are booked on the web and paid as the counter would (collectreservation);
// the PDF tickets the counter saves (ticketpdf) carry QR codes that check in at the door.
// Run: BOXOFFICE_BIN=<boxoffice> BOXOFFICE_VENUE_SETUP=<venuesetup> BOXOFFICE_COLLECT=<collectreservation>
//      BOXOFFICE_DOOR=<doortool> BOXOFFICE_TICKET_PDF=<ticketpdf> node --test checkin.test.mjs

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from './lib/app.mjs';
import { ARTIFACTS, launchBrowser, openPage } from './lib/browser.mjs';
import { tearDownAfterTests } from './lib/teardown.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let app;
let browser;
let show;
const codes = {};
const references = {};
const openedPages = [];

function run(tool, ...args) {
  return execFileSync(process.env[tool], ['--db', app.db, ...args], { encoding: 'utf8' });
}

/** Books `seats` on the web as a customer would; pays them at the counter unless `unpaid`. */
async function bookTickets(seats, { unpaid = false } = {}) {
  const customer = {};
  const held = await app.api('POST', '/api/holds', { show, seats }, customer);
  assert.equal(held.status, 200, JSON.stringify(held.data));
  const booked = await app.api('POST', '/api/bookings', { show, name: 'Asha Rao', email: 'asha@example.com' }, customer);
  assert.equal(booked.status, 201, JSON.stringify(booked.data));
  if (!unpaid) run('BOXOFFICE_COLLECT', booked.data.booking, 'card');
  for (const line of run('BOXOFFICE_DOOR', 'codes', booked.data.booking).trim().split('\n')) {
    const [seat, code] = line.split(' ');
    codes[seat] = code;
    references[seat] = booked.data.booking;
  }
}

async function scannerPage() {
  const opened = await openPage(browser, PHONE);
  openedPages.push(opened);
  const token = run('BOXOFFICE_DOOR', 'pair', String(show), 'Front door').trim();
  await opened.page.goto(new URL(`/scan/pair?token=${encodeURIComponent(token)}`, app.url).href);
  // The pairing page opens the scanner by itself.
  await opened.page.waitForURL(/\/scan\/$/);
  await opened.page.locator('body[data-ready="true"]').waitFor();
  return opened;
}

async function typeCode(page, code) {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/checkin') && r.request().method() === 'POST');
  await page.fill('#code', code);
  await page.press('#code', 'Enter');
  return (await answered).json();
}

async function resultShown(page, result) {
  await page.locator(`#result[data-result="${result}"]`).waitFor({ timeout: 5000 });
  return (await page.textContent('#result-heading')).trim();
}

before(async () => {
  for (const name of ['BOXOFFICE_BIN', 'BOXOFFICE_VENUE_SETUP', 'BOXOFFICE_COLLECT', 'BOXOFFICE_DOOR', 'BOXOFFICE_TICKET_PDF']) {
    assert.ok(process.env[name], `${name} names its executable`);
  }
  app = new App(process.env.BOXOFFICE_BIN, { demo: false });
  await app.start();
  browser = await launchBrowser();
  // A show starting in half an hour: its door is open (an hour before, the venue's default).
  const hall = run('BOXOFFICE_VENUE_SETUP', 'hall', 'Studio 1', '3', '6').trim();
  const startsAt = new Date(Date.now() + 30 * 60 * 1000);
  startsAt.setUTCSeconds(0, 0);
  // The scanner checks "any of today's shows": after 23:30 half an hour on is tomorrow.
  const lastMinuteToday = new Date();
  lastMinuteToday.setHours(23, 59, 0, 0);
  if (startsAt > lastMinuteToday) startsAt.setTime(lastMinuteToday.getTime());
  show = Number(run('BOXOFFICE_VENUE_SETUP', 'show', hall, 'Late Night Jazz', startsAt.toISOString().replace(/\.\d{3}Z$/, 'Z'), '1500').trim());
  await bookTickets(['A1', 'A2']);
  await bookTickets(['A3'], { unpaid: true });
  await bookTickets(['B1', 'B2']);
});

tearDownAfterTests(openedPages, () => ({ app, browser }));

describe('the scanner page', () => {
  test('without a paired device it says to pair from the counter', async () => {
    const opened = await openPage(browser, PHONE);
    openedPages.push(opened);
    const response = await opened.page.goto(new URL('/scan/', app.url).href);
    assert.equal(response.status(), 401);
    assert.match(await opened.page.textContent('h1'), /not paired/);
    const api = await app.api('POST', '/api/checkin', { code: codes.A1, show: 'today', direction: 'entry', nonce: 'x1' });
    assert.equal(api.status, 401);
    assert.equal(api.data.error, 'unauthorized');
  });

  test('pairs, checks a typed code in, then says it is already in, and sends the unpaid to the counter', async () => {
    const { page, log } = await scannerPage();
    assert.equal(await page.inputValue('#show'), 'today');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'code', 'the code field has the focus');

    const first = await typeCode(page, codes.A1.toLowerCase());
    assert.equal(first.result, 'ok');
    assert.equal(first.seat, 'A1');
    assert.equal(await resultShown(page, 'ok'), 'Come in');
    assert.match(await page.textContent('#result-detail'), /Seat A1/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'code', 'ready for the next ticket');
    await page.screenshot({ path: path.join(ARTIFACTS, 'scan-ok.png') });

    const second = await typeCode(page, codes.A1);
    assert.equal(second.result, 'already_checked_in');
    assert.equal(second.checked_in_by, 'Front door');
    assert.equal(await resultShown(page, 'already_checked_in'), 'Already checked in');
    assert.match(await page.textContent('#result-detail'), /by Front door/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'scan-already-checked-in.png') });

    const unpaid = await typeCode(page, codes.A3);
    assert.equal(unpaid.result, 'unpaid');
    assert.equal(await resultShown(page, 'unpaid'), 'Not paid: send to the box office');
    await page.screenshot({ path: path.join(ARTIFACTS, 'scan-unpaid.png') });

    const unknown = await typeCode(page, 'NOT-A-TICKET');
    assert.equal(unknown.result, 'unknown');
    assert.equal(await resultShown(page, 'unknown'), 'Unknown ticket');
    // Words, not colour alone, and read out to a screen reader.
    assert.equal(await page.getAttribute('#announce', 'aria-live'), 'assertive');
    await page.waitForFunction(() => document.getElementById('announce').textContent.includes('Unknown ticket'));
    assert.deepEqual(log.errors.filter((e) => !e.includes('Failed to load resource')), []);
  });

  test("a photo of a real ticket's QR code is decoded by the page and checks the ticket in", async () => {
    const { page, log } = await scannerPage();
    assert.equal(await page.getAttribute('#camera-state', 'data-decoder'), 'jsqr');

    // The ticket's QR code as the app draws it, photographed: rendered to PNG pixels.
    const svg = run('BOXOFFICE_DOOR', 'qr', codes.A2);
    const camera = await browser.newPage({ viewport: { width: 360, height: 360 } });
    await camera.setContent(`<body style="margin:0;background:#fff"><img id="qr" width="300" height="300"
      style="margin:30px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    const photo = await camera.screenshot({ type: 'png' });
    await camera.close();

    const answered = page.waitForResponse((r) => r.url().endsWith('/api/checkin') && r.request().method() === 'POST');
    await page.setInputFiles('#photo', { name: 'ticket.png', mimeType: 'image/png', buffer: photo });
    const answer = await (await answered).json();
    const decoded = await page.getAttribute('#camera-state', 'data-decoded');
    assert.ok(decoded.endsWith(codes.A2), `the page decoded "${decoded}", the ticket's code is ${codes.A2}`);
    assert.equal(answer.result, 'ok');
    assert.equal(answer.seat, 'A2');
    assert.equal(await resultShown(page, 'ok'), 'Come in');
    assert.deepEqual(log.errors.filter((e) => !e.includes('Failed to load resource')), []);
  });

  test("the PDF ticket's QR code decodes to its ticket's code, which checks in once", async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'boxoffice-ticket-'));
    try {
      // The tickets as the counter saves them, one page per seat; the second page is B2's.
      const pdf = path.join(scratch, 'tickets.pdf');
      run('BOXOFFICE_TICKET_PDF', references.B2, pdf);
      const prefix = path.join(scratch, 'ticket');
      execFileSync('pdftoppm', ['-r', '200', '-png', '-f', '2', '-l', '2', '-singlefile', pdf, prefix]);
      const scanned = execFileSync('zbarimg', ['--raw', '-q', `${prefix}.png`], { encoding: 'utf8' }).trim();
      assert.equal(scanned, `BOXOFFICE-TICKET:${codes.B2}`, "the ticket's own code, not the booking reference");

      // What a keyboard-wedge scanner types at the door: the QR code's whole text.
      const { page, log } = await scannerPage();
      const first = await typeCode(page, scanned);
      assert.equal(first.result, 'ok');
      assert.equal(first.seat, 'B2');
      assert.equal(await resultShown(page, 'ok'), 'Come in');
      const second = await typeCode(page, scanned);
      assert.equal(second.result, 'already_checked_in');
      assert.equal(await resultShown(page, 'already_checked_in'), 'Already checked in');
      assert.deepEqual(log.errors.filter((e) => !e.includes('Failed to load resource')), []);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
