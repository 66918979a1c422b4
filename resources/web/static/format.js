// Formatting shared by the pages. Money comes in integer minor units of the venue's currency, and
// times are shown in the venue's time zone (both named by the API's answers), in the page's language.

import { language } from './i18n.js';

const venue = { currency: 'EUR', minorUnits: 2, timeZone: undefined };
let formats = null;

function buildFormats() {
  const zone = { timeZone: venue.timeZone };
  return {
    money: new Intl.NumberFormat(language, {
      style: 'currency', currency: venue.currency,
      minimumFractionDigits: venue.minorUnits, maximumFractionDigits: venue.minorUnits,
    }),
    day: new Intl.DateTimeFormat(language, { ...zone, weekday: 'long', day: 'numeric', month: 'long' }),
    time: new Intl.DateTimeFormat(language, { ...zone, hour: 'numeric', minute: '2-digit' }),
    dateTime: new Intl.DateTimeFormat(language, {
      ...zone, weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit',
    }),
    dayKey: new Intl.DateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  };
}

/**
 * Takes the venue's currency and time zone from an answer that names them (API additions).
 * Returns whether they changed, i.e. whether amounts and times on show need writing again.
 */
export function useVenue(data) {
  const code = data?.currency?.code;
  const minorUnits = Number(data?.currency?.minor_units);
  const zone = typeof data?.time_zone === 'string' ? data.time_zone : venue.timeZone;
  const next = {
    currency: typeof code === 'string' ? code : venue.currency,
    minorUnits: Number.isInteger(minorUnits) && minorUnits >= 0 && minorUnits <= 4 ? minorUnits : venue.minorUnits,
    timeZone: zone,
  };
  if (formats && next.currency === venue.currency && next.minorUnits === venue.minorUnits && next.timeZone === venue.timeZone) return false;
  const previous = { ...venue };
  Object.assign(venue, next);
  try {
    formats = buildFormats();
  } catch {
    // A currency or zone this browser does not know: keep what worked.
    Object.assign(venue, previous);
    formats = buildFormats();
  }
  return true;
}

function current() {
  if (!formats) formats = buildFormats();
  return formats;
}

export function money(minorUnits) {
  return current().money.format(Number(minorUnits) / 10 ** venue.minorUnits);
}

export function parseTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const formatDay = (date) => current().day.format(date);
export const formatTime = (date) => current().time.format(date);
export const formatDateTime = (date) => current().dateTime.format(date);

/** The calendar day in the venue's time zone, so shows group by the venue's day, not by UTC. */
export function dayKey(date) {
  return current().dayKey.format(date);
}

// British English lists without the serial comma, as the page always has.
const seatList = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { style: 'long', type: 'conjunction' });

/** "C7, C8 and D1", in the page's language. */
export function listSeats(ids) {
  return seatList.format([...ids].sort(compareSeatIds));
}

const collator = new Intl.Collator('en', { numeric: true });

/** Row labels sort A..Z, then AA, AB..; seat ids like "C7" sort by row, then number. */
export function compareRowLabels(a, b) {
  return a.length - b.length || collator.compare(a, b);
}

export function compareSeatIds(a, b) {
  const [, rowA = a, numA = '0'] = /^(\D*)(\d*)$/.exec(a) ?? [];
  const [, rowB = b, numB = '0'] = /^(\D*)(\d*)$/.exec(b) ?? [];
  return compareRowLabels(rowA, rowB) || Number(numA) - Number(numB) || collator.compare(a, b);
}

export function capitalise(text) {
  const s = String(text);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "9:05" for a countdown of 545 seconds. */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
