// Formatting shared by the pages. Money is always euros from integer cents; times are shown in the
// customer's own time zone and locale.

const euros = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });

export function money(cents) {
  return euros.format(Number(cents) / 100);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit',
});

export function parseTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const formatDay = (date) => dayFormat.format(date);
export const formatTime = (date) => timeFormat.format(date);
export const formatDateTime = (date) => dateTimeFormat.format(date);

/** A local calendar day key, so shows group by the customer's day, not by UTC. */
export function dayKey(date) {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "C7, C8 and D1" */
export function listSeats(ids) {
  const sorted = [...ids].sort(compareSeatIds);
  if (sorted.length <= 1) return sorted.join('');
  return `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
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
