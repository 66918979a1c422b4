// The seat page: one show's hall, the customer's selection and hold, booking.
//
// The server is the authority on every seat. The page only shows what the server last said, keeps
// a local selection of seats the customer wants, and reports the server's answers. Per seat it
// remembers the version it last heard about, so an older answer arriving late never undoes a newer one.
//
// Query parameters: ?transport=sse|longpoll|poll forces one live-update transport (see livefeed.js).

import { ApiError, del, get, post } from './api.js';
import { t, tn } from './i18n.js';
import { LiveFeed, TRANSPORTS } from './livefeed.js';
import { SeatMap } from './seatmap.js';
import {
  capitalise, clock, formatDateTime, listSeats, money, parseTime, compareSeatIds, useVenue,
} from './format.js';

const STATUS_WORDS = { available: 'available', held: 'held', booked: 'booked', blocked: 'blocked' };
const TRANSPORT_NAMES = { sse: 'server-sent events', longpoll: 'long polling', poll: 'polling' };
const CATEGORY_COLOURS = 6;
const ZOOM_STEP = 1.25;
// The most seats a session may hold for a show on the web (the API's 422 too_many_seats beyond)
// until the seat status names its own `max_seats`.
const DEFAULT_MAX_SEATS = 10;

const $ = (id) => document.getElementById(id);
// The server wrote the venue's name into the page's header.
const venueName = document.querySelector('.brand-name')?.textContent ?? 'Box Office';

const showId = Number(/^\/shows\/(\d+)\/?$/.exec(location.pathname)?.[1]);
const requestedTransport = new URLSearchParams(location.search).get('transport');

const state = {
  version: 0,
  pollIntervalMs: 5000,
  maxSeats: DEFAULT_MAX_SEATS,
  seats: new Map(),
  categories: new Map(),
  selection: new Set(),
  hold: { seats: new Set(), expiresAt: null, version: -1 },
  pendingHold: new Set(),
  bookingInFlight: false,
  busy: false,
  actionsBlockedUntil: 0,
  clockSkewMs: 0,
  show: null,
  expiredShown: false,
  announcedThresholds: new Set(),
  cancelled: false,
  // The ticket types the web sells for this show ({key, name, prices: {category: cents}}), and the
  // one the customer chose per seat.
  ticketTypes: [],
  chosenTypes: new Map(),
};

const seatMap = new SeatMap($('seatmap'), { onActivate: onSeatActivated });
let feed = null;
let countdownTimer = 0;
let basketInView = false;

// ---- Announcements and notices ----

function announce(text, { assertive = false } = {}) {
  const region = $(assertive ? 'announce-assertive' : 'announce-polite');
  // Clearing first makes a repeated message be read again.
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

/** `action` ({label, run}) adds a button that offers the way out the notice names. */
function notify(kind, text, { title = '', action = null } = {}) {
  const notice = $('notice');
  notice.hidden = false;
  notice.dataset.kind = kind;
  notice.replaceChildren();
  if (title) {
    const strong = document.createElement('strong');
    strong.textContent = title;
    notice.append(strong, ' ');
  }
  notice.append(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button notice-action';
    button.textContent = action.label;
    button.addEventListener('click', action.run, { once: true });
    notice.append(button);
  }
  announce(title ? `${title} ${text}` : text, { assertive: kind === 'error' });
}

function clearNotice() {
  $('notice').hidden = true;
}

// ---- Seat model ----

function categoryOf(name) {
  return state.categories.get(name) ?? { name, className: 'cat-0', min: 0, max: 0 };
}

function rebuildCategories(seats) {
  const byName = new Map();
  for (const seat of seats) {
    const entry = byName.get(seat.category) ?? { name: seat.category, min: Infinity, max: -Infinity };
    entry.min = Math.min(entry.min, seat.price_cents);
    entry.max = Math.max(entry.max, seat.price_cents);
    byName.set(seat.category, entry);
  }
  const ordered = [...byName.values()].sort((a, b) => a.min - b.min || String(a.name).localeCompare(String(b.name)));
  state.categories = new Map(ordered.map((c, i) => [c.name, { ...c, className: `cat-${i % CATEGORY_COLOURS}` }]));
}

function readTicketTypes(data) {
  if (!Array.isArray(data.ticket_types)) return;
  state.ticketTypes = data.ticket_types
    .filter((type) => typeof type?.key === 'string' && type.price_cents && typeof type.price_cents === 'object')
    .map((type) => ({ key: type.key, name: String(type.name ?? type.key), prices: type.price_cents }));
}

function ticketTypesFor(seat) {
  return state.ticketTypes.filter((type) => Number.isFinite(type.prices[seat.category]));
}

/** The customer's choice, else the type whose price the seat shows (the default type's). */
function ticketTypeOf(seat) {
  const types = ticketTypesFor(seat);
  const chosen = state.chosenTypes.get(seat.id);
  return types.find((type) => type.key === chosen)
    ?? types.find((type) => type.prices[seat.category] === seat.price_cents) ?? types[0] ?? null;
}

function priceOf(id) {
  const seat = state.seats.get(id);
  if (!seat) return 0;
  const type = ticketTypeOf(seat);
  return type ? type.prices[seat.category] : seat.price_cents;
}

function viewState(seat) {
  if (seat.status === 'held' && state.hold.seats.has(seat.id)) return 'mine';
  if (seat.status === 'available' && state.selection.has(seat.id)) return 'selected';
  return STATUS_WORDS[seat.status] ? seat.status : 'blocked';
}

function statusWord(status) {
  return t(STATUS_WORDS[status] ?? 'not available');
}

function seatName(seat) {
  return t('Row {row}, seat {number}', { row: seat.row, number: seat.number });
}

function seatLabel(seat, view) {
  const parts = [seatName(seat), seat.category, money(seat.price_cents)];
  if (view === 'mine') parts.push(t('held by you'));
  else if (view === 'selected') parts.push(t('available'), t('selected'));
  else parts.push(statusWord(seat.status));
  if (seat.accessible) parts.push(t('wheelchair space'));
  return parts.join(', ');
}

function renderSeat(id) {
  const seat = state.seats.get(id);
  if (!seat) return;
  const view = viewState(seat);
  seatMap.render(id, { state: view, label: seatLabel(seat, view), categoryClass: categoryOf(seat.category).className, accessible: seat.accessible });
}

function seatFromApi(raw, version) {
  return {
    id: String(raw.id),
    row: String(raw.row),
    number: Number(raw.number),
    status: String(raw.status),
    category: String(raw.category ?? 'standard'),
    price_cents: Number(raw.price_cents ?? 0),
    accessible: raw.accessible === true,
    grid_row: raw.grid_row,
    grid_column: raw.grid_column,
    col: raw.col,
    v: version,
  };
}

/** Replaces the whole hall (first load, or a full answer describing different seats). */
function buildHall(data) {
  const version = Number(data.version) || 0;
  const seats = data.seats.map((raw) => seatFromApi(raw, version));
  state.seats = new Map(seats.map((s) => [s.id, s]));
  state.version = version;
  for (const id of [...state.selection]) if (!state.seats.has(id)) state.selection.delete(id);
  rebuildCategories(seats);
  readTicketTypes(data);
  seatMap.build(seats);
  applyMyHold(data, version, { quiet: true });
  for (const id of state.seats.keys()) renderSeat(id);
  renderLegend();
  renderBasket();
  $('hall-heading').textContent = tn(seats.length, 'Seat map, {count} seat', 'Seat map, {count} seats');
}

function sameSeats(rawSeats) {
  if (rawSeats.length !== state.seats.size) return false;
  return rawSeats.every((raw) => {
    const seat = state.seats.get(String(raw.id));
    return seat && seat.row === String(raw.row) && seat.number === Number(raw.number);
  });
}

function applyMyHold(data, version, { quiet = false } = {}) {
  if (!('my_hold' in data) || version < state.hold.version) return [];
  const mine = data.my_hold && Array.isArray(data.my_hold.seats) ? data.my_hold.seats.map(String) : [];
  const before = state.hold.seats;
  const ended = [...before].filter((id) => !mine.includes(id));
  state.hold = { seats: new Set(mine), expiresAt: mine.length ? parseTime(data.my_hold.expires_at) : null, version };
  for (const id of mine) state.selection.delete(id);
  if (mine.length) state.expiredShown = false;
  return quiet ? [] : ended;
}

/** Applies any seat-status shaped answer (full state, delta, SSE event). */
function applySeats(data, source) {
  if (data?.cancelled === true) {
    showCancelled();
    return;
  }
  if (state.cancelled || !data || !Array.isArray(data.seats)) return;
  const version = Number(data.version);
  if (!Number.isFinite(version)) return;
  if (Number.isFinite(data.poll_interval_ms) && data.poll_interval_ms > 0) state.pollIntervalMs = data.poll_interval_ms;
  const full = data.full === true;
  if (full && Number.isInteger(data.max_seats) && data.max_seats > 0 && data.max_seats !== state.maxSeats) {
    state.maxSeats = data.max_seats;
    renderBestCounts();
  }
  if (full && (useVenue(data) || !sameSeats(data.seats))) {
    buildHall(data);
    return;
  }
  if (full) readTicketTypes(data);
  if (full && version < state.version) {
    // The server's history went backwards (restored or replaced database): start from its word.
    for (const seat of state.seats.values()) seat.v = -Infinity;
    state.hold.version = -1;
  }
  const touched = new Set();
  let unknownSeat = false;
  for (const raw of data.seats) {
    const seat = state.seats.get(String(raw.id));
    if (!seat) {
      unknownSeat = true;
      continue;
    }
    if (version < seat.v) continue;
    const fresh = seatFromApi(raw, version);
    seat.status = fresh.status;
    seat.price_cents = fresh.price_cents;
    seat.accessible = fresh.accessible;
    seat.v = version;
    touched.add(seat.id);
  }
  state.version = full ? version : Math.max(state.version, version);
  // An event on the shared stream may carry no session's hold; only our own requests speak for it.
  const endedByServer = source === 'sse-event' ? [] : applyMyHold(data, version);

  // What changed for this customer: seats in their hold or selection that are not theirs any more.
  const ended = new Set(endedByServer);
  if (!state.bookingInFlight) {
    for (const id of state.hold.seats) {
      const seat = state.seats.get(id);
      if (seat && seat.status !== 'held' && seat.v >= state.hold.version) ended.add(id);
    }
  }
  for (const id of ended) {
    state.hold.seats.delete(id);
    touched.add(id);
  }
  if (!state.hold.seats.size) state.hold.expiresAt = null;
  const lost = [];
  for (const id of state.selection) {
    const seat = state.seats.get(id);
    if (seat && seat.status !== 'available' && !state.pendingHold.has(id)) lost.push(id);
  }
  for (const id of lost) {
    state.selection.delete(id);
    touched.add(id);
  }
  for (const id of touched) renderSeat(id);
  if (touched.size || full) renderBasket();
  if (touched.size) renderLegendCounts();

  // While a booking is under way its own answer speaks for the held seats.
  if (ended.size && !state.expiredShown && !state.bookingInFlight) {
    notify('warning', tn(ended.size, 'Your hold on {seats} has ended and that seat was released.',
      'Your hold on {seats} has ended and those seats were released.', { seats: listSeats(ended) }));
  }
  if (lost.length) {
    notify('warning', tn(lost.length, '{seats} was just taken by someone else and is no longer in your selection.',
      '{seats} were just taken by someone else and are no longer in your selection.', { seats: listSeats(lost) }), { title: t('Sorry.') });
  }
  if (unknownSeat) feed?.poke();
}

// ---- Rendering: legend, basket, timer ----

function legendSwatch(className, view) {
  const swatch = document.createElement('span');
  swatch.className = `seat seat-swatch ${className}`;
  swatch.dataset.state = view;
  swatch.setAttribute('aria-hidden', 'true');
  return swatch;
}

function renderLegend() {
  const legend = $('legend');
  const items = [];
  for (const category of state.categories.values()) {
    const li = document.createElement('li');
    li.className = 'legend-category';
    const price = category.min === category.max ? money(category.min) : `${money(category.min)}–${money(category.max)}`;
    const name = document.createElement('span');
    name.textContent = capitalise(category.name);
    const amount = document.createElement('span');
    amount.className = 'legend-price';
    amount.textContent = price;
    const count = document.createElement('span');
    count.className = 'legend-count';
    count.dataset.category = category.name;
    li.append(legendSwatch(category.className, 'available'), name, amount, count);
    items.push(li);
  }
  const firstClass = state.categories.values().next().value?.className ?? 'cat-0';
  for (const [view, text] of [['selected', t('Your selection')], ['mine', t('Held by you')], ['held', t('Held')], ['booked', t('Booked')], ['blocked', t('Not for sale')]]) {
    const li = document.createElement('li');
    li.className = 'legend-status';
    const label = document.createElement('span');
    label.textContent = text;
    li.append(legendSwatch(firstClass, view), label);
    items.push(li);
  }
  if ([...state.seats.values()].some((seat) => seat.accessible)) {
    const li = document.createElement('li');
    li.className = 'legend-status';
    const label = document.createElement('span');
    label.textContent = t('Wheelchair space');
    const swatch = legendSwatch(`${firstClass} accessible-seat`, 'available');
    li.append(swatch, label);
    items.push(li);
  }
  legend.replaceChildren(...items);
  renderLegendCounts();
  renderBestCategories();
}

/** "Any area" (from the page) and the hall's categories, keeping the customer's choice. */
function renderBestCategories() {
  const select = $('best-category');
  const chosen = select.value;
  const any = select.options[0];
  const options = [...state.categories.values()].map((category) => {
    const option = document.createElement('option');
    option.value = category.name;
    option.textContent = capitalise(category.name);
    return option;
  });
  select.replaceChildren(any, ...options);
  select.value = state.categories.has(chosen) ? chosen : '';
}

/** Free seats by category. */
function freeSeatCounts() {
  const free = new Map();
  for (const seat of state.seats.values()) if (seat.status === 'available') free.set(seat.category, (free.get(seat.category) ?? 0) + 1);
  return free;
}

/** Free seats in `category`, or in the whole hall without one. */
function freeSeatsIn(category) {
  const free = freeSeatCounts();
  return category ? free.get(category) ?? 0 : [...free.values()].reduce((sum, count) => sum + count, 0);
}

function renderLegendCounts() {
  const free = freeSeatCounts();
  for (const element of $('legend').querySelectorAll('.legend-count')) {
    element.textContent = t('{count} free', { count: free.get(element.dataset.category) ?? 0 });
  }
}

function basketItem(id, action, actionLabel, actionDescription) {
  const seat = state.seats.get(id);
  const li = document.createElement('li');
  li.className = 'basket-item';
  li.dataset.seat = id;
  const swatch = legendSwatch(categoryOf(seat?.category).className, 'available');
  const text = document.createElement('span');
  text.className = 'basket-seat';
  text.textContent = seat ? seatName(seat) : id;
  const detail = document.createElement('span');
  detail.className = 'basket-detail';
  detail.textContent = seat ? `${capitalise(seat.category)} · ${money(priceOf(id))}` : '';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'link-button';
  remove.textContent = actionLabel;
  remove.setAttribute('aria-label', t(actionDescription, { row: seat?.row ?? '', number: seat?.number ?? id }));
  remove.addEventListener('click', () => action(id));
  li.append(swatch, text, detail, remove);
  const types = seat ? ticketTypesFor(seat) : [];
  if (types.length > 1) li.append(ticketTypeSelect(seat, types, detail));
  return li;
}

function ticketTypeSelect(seat, types, detail) {
  const select = document.createElement('select');
  select.className = 'ticket-type';
  select.setAttribute('aria-label', t('Ticket type for row {row} seat {number}', seat));
  for (const type of types) {
    const option = document.createElement('option');
    option.value = type.key;
    option.textContent = `${type.name} · ${money(type.prices[seat.category])}`;
    select.append(option);
  }
  select.value = ticketTypeOf(seat)?.key ?? types[0].key;
  select.addEventListener('change', () => {
    state.chosenTypes.set(seat.id, select.value);
    detail.textContent = `${capitalise(seat.category)} · ${money(priceOf(seat.id))}`;
    renderBasket();
  });
  return select;
}

function focusIsLost(active = document.activeElement) {
  return !active || active === document.body || !active.isConnected || active.disabled || Boolean(active.closest('[hidden]'));
}

function renderBasket() {
  // A control that disappears or is disabled must not drop keyboard focus to the top of the page.
  const focusInBasket = $('basket').contains(document.activeElement);
  renderBasketContent();
  if (focusInBasket && focusIsLost()) $('basket-heading').focus();
}

function renderBasketContent() {
  const held = [...state.hold.seats].sort(compareSeatIds);
  const selected = [...state.selection].sort(compareSeatIds);
  $('held-group').hidden = held.length === 0;
  $('selected-group').hidden = selected.length === 0;
  // Rebuilt only when they change, so a focused button survives other customers' updates.
  if ($('held-list').dataset.seats !== held.join()) {
    $('held-list').dataset.seats = held.join();
    $('held-list').replaceChildren(...held.map((id) => basketItem(id, (seat) => releaseSeats([seat]), t('Release'), 'Release row {row} seat {number}')));
  }
  if ($('selected-list').dataset.seats !== selected.join()) {
    $('selected-list').dataset.seats = selected.join();
    $('selected-list').replaceChildren(...selected.map((id) => basketItem(id, deselect, t('Remove'), 'Remove row {row} seat {number}')));
  }
  $('basket-empty').hidden = held.length + selected.length > 0;

  const total = [...held, ...selected].reduce((sum, id) => sum + priceOf(id), 0);
  $('basket-total').hidden = held.length + selected.length === 0;
  $('basket-total-amount').textContent = money(total);

  const blocked = Date.now() < state.actionsBlockedUntil;
  const holdButton = $('hold-button');
  holdButton.disabled = selected.length === 0 || state.busy || blocked;
  holdButton.textContent = selected.length === 0
    ? t('Hold seats')
    : held.length ? tn(selected.length, 'Add {count} seat', 'Add {count} seats')
      : tn(selected.length, 'Hold {count} seat', 'Hold {count} seats');
  $('best-button').disabled = state.busy || blocked;
  $('clear-button').hidden = selected.length === 0;
  $('release-button').hidden = held.length === 0;
  $('release-button').disabled = state.busy;

  $('basket-jump-text').textContent = held.length + selected.length
    ? `${tn(held.length + selected.length, '{count} seat', '{count} seats')} · ${money(total)}`
    : '';
  $('basket-jump').hidden = held.length + selected.length === 0 || basketInView;

  const heldTotal = held.reduce((sum, id) => sum + priceOf(id), 0);
  const bookingOpen = held.length > 0 && !state.expiredShown;
  $('booking-form').hidden = !bookingOpen;
  $('book-button').disabled = state.busy || blocked;
  $('book-button').textContent = tn(held.length, 'Book {count} seat · {total}', 'Book {count} seats · {total}', { total: money(heldTotal) });
  renderTimer();
}

function serverNow() {
  return Date.now() + state.clockSkewMs;
}

function renderTimer() {
  const expiresAt = state.hold.expiresAt;
  const timer = $('hold-timer');
  clearTimeout(countdownTimer);
  if (!expiresAt || state.hold.seats.size === 0) {
    timer.hidden = true;
    state.announcedThresholds.clear();
    return;
  }
  timer.hidden = false;
  const seconds = (expiresAt.getTime() - serverNow()) / 1000;
  $('countdown').textContent = clock(seconds);
  timer.classList.toggle('urgent', seconds <= 60);
  for (const threshold of [120, 60]) {
    if (seconds <= threshold && seconds > threshold - 5 && !state.announcedThresholds.has(threshold)) {
      state.announcedThresholds.add(threshold);
      announce(threshold === 60 ? t('Your seats are held for one more minute.') : t('Your seats are held for two more minutes.'));
    }
  }
  if (seconds <= 0) {
    if (!state.expiredShown) {
      state.expiredShown = true;
      $('hold-timer-label').textContent = t('Hold expired');
      $('booking-form').hidden = true;
      notify('error', t('Your hold has expired and the seats are being released. Choose seats again to book.'), { title: t('Time is up.') });
      // The server releases expired holds within a second; ask it rather than assume.
      setTimeout(() => feed?.poke(), 1500);
    }
    return;
  }
  $('hold-timer-label').textContent = t('Held for you for');
  countdownTimer = setTimeout(renderTimer, 1000 - (serverNow() % 1000) + 20);
}

// ---- Customer actions ----

function blockActions(error) {
  const ms = error.retryAfterMs ?? 5000;
  state.actionsBlockedUntil = Date.now() + ms;
  setTimeout(renderBasket, ms + 50);
  return Math.ceil(ms / 1000);
}

function updateClockSkew(headers) {
  const date = Date.parse(headers?.get('Date') ?? '');
  if (Number.isNaN(date)) return;
  const skew = date - Date.now();
  // Date has whole seconds; only a clock that is clearly off is worth correcting.
  state.clockSkewMs = Math.abs(skew) > 2000 ? skew : 0;
}

/** `unconfirmed` says what a lost connection leaves unknown ("Your hold was not confirmed."). */
function describeError(error, unconfirmed) {
  if (!(error instanceof ApiError)) return t('Something went wrong. Please try again.');
  if (error.status === 429) {
    const seconds = blockActions(error);
    return tn(seconds, '{problem} Please try again in {count} second.', '{problem} Please try again in {count} seconds.',
      { problem: error.message });
  }
  if (error.status === 0) return `${error.message} ${unconfirmed}`;
  return error.message;
}

function onSeatActivated(id) {
  const seat = state.seats.get(id);
  if (!seat) return;
  const view = viewState(seat);
  if (view === 'selected') {
    deselect(id);
  } else if (view === 'available') {
    state.selection.add(id);
    renderSeat(id);
    renderBasket();
    announce(`${t('Row {row}, seat {number} selected.', seat)} ${tn(state.selection.size, '{count} seat selected.', '{count} seats selected.')}`);
  } else if (view === 'mine') {
    releaseSeats([id]);
  } else {
    announce(t('Row {row}, seat {number} is {status}.', { ...seat, status: statusWord(seat.status) }));
  }
}

function deselect(id) {
  if (!state.selection.delete(id)) return;
  const seat = state.seats.get(id);
  renderSeat(id);
  renderBasket();
  announce(t('Row {row}, seat {number} removed from your selection.', seat ?? { row: '', number: id }));
}

function clearSelection() {
  const ids = [...state.selection];
  state.selection.clear();
  ids.forEach(renderSeat);
  renderBasket();
  announce(t('Selection cleared.'));
}

async function withBusy(work) {
  if (state.busy) return;
  state.busy = true;
  renderBasket();
  try {
    await work();
  } finally {
    state.busy = false;
    renderBasket();
    feed?.poke();
  }
}

/** Where keyboard focus goes when the control that had it went away: `next()` or the basket. */
function focusAfterBasketChange(next) {
  if (focusIsLost() || document.activeElement === $('basket-heading')) (next() ?? $('basket-heading')).focus();
}

/**
 * Takes a hold answer: the seats it names are the session's whole hold now, seats held before and
 * not named any more were let go (a best-seats request replaces the hold).
 */
function takeHold(data, requested) {
  const version = Number(data.version);
  const mine = Array.isArray(data.seats) ? data.seats.map(String) : requested;
  const before = [...state.hold.seats];
  for (const id of mine) {
    const seat = state.seats.get(id);
    if (seat && !(version < seat.v)) {
      seat.status = 'held';
      seat.v = version;
    }
  }
  const letGo = before.filter((id) => !mine.includes(id));
  for (const id of letGo) {
    const seat = state.seats.get(id);
    if (seat && !(version < seat.v)) {
      seat.status = 'available';
      seat.v = version;
    }
  }
  state.hold = { seats: new Set(mine), expiresAt: parseTime(data.expires_at), version: Number.isFinite(version) ? version : state.hold.version };
  state.expiredShown = false;
  requested.forEach((id) => state.selection.delete(id));
  [...mine, ...requested, ...letGo].forEach(renderSeat);
  renderLegendCounts();
}

/** "Please book within 10 minutes." while the hold lasts long enough to say so. */
function bookWithin() {
  const seconds = state.hold.expiresAt ? Math.round((state.hold.expiresAt.getTime() - serverNow()) / 1000) : 0;
  const left = seconds >= 90 ? tn(Math.round(seconds / 60), '{count} minute', '{count} minutes')
    : seconds > 0 ? tn(seconds, '{count} second', '{count} seconds') : '';
  return left ? ` ${t('Please book within {time}.', { time: left })}` : '';
}

/** The warning of a hold the show lets through although it leaves a single seat empty. */
function strandedNote(data) {
  const stranded = Array.isArray(data.stranded_seats) ? data.stranded_seats.map(String) : [];
  if (!stranded.length) return '';
  const suggestion = Array.isArray(data.suggestion) ? data.suggestion.map(String) : [];
  const note = tn(stranded.length, 'This leaves {seats} empty on its own.', 'This leaves {seats} empty on their own.',
    { seats: listSeats(stranded) });
  return suggestion.length ? ` ${note} ${t('{seats} would not; release seats to change.', { seats: listSeats(suggestion) })}` : ` ${note}`;
}

/** A refusal because the choice would leave a single seat empty, with the venue's suggestion to take. */
function offerSuggestion(error, ids) {
  const stranded = error.seats;
  const suggestion = Array.isArray(error.body?.suggestion) ? error.body.suggestion.map(String) : [];
  const why = tn(stranded.length, 'This choice would leave {seats} empty on its own, which this show does not allow.',
    'This choice would leave {seats} empty on their own, which this show does not allow.', { seats: listSeats(stranded) });
  seatMap.flash(stranded);
  if (!suggestion.length) {
    notify('error', `${why} ${t('Please choose seats next to each other or next to taken seats.')}`, { title: t('Not held.') });
    return;
  }
  notify('error', `${why} ${t('{seats} would leave no seat alone.', { seats: listSeats(suggestion) })}`, {
    title: t('Not held.'),
    action: {
      label: t('Hold {seats} instead', { seats: listSeats(suggestion) }),
      run: () => {
        ids.forEach((id) => state.selection.delete(id));
        suggestion.forEach((id) => state.selection.add(id));
        [...ids, ...suggestion].forEach(renderSeat);
        holdSelection();
      },
    },
  });
}

async function holdSelection() {
  const ids = [...state.selection];
  if (!ids.length) return;
  await withBusy(async () => {
    state.pendingHold = new Set(ids);
    try {
      const { data, headers } = await post('/api/holds', { show: showId, seats: ids });
      updateClockSkew(headers);
      takeHold(data, ids);
      const held = tn(ids.length, '{count} seat held for you: {seats}.', '{count} seats held for you: {seats}.', { seats: listSeats(ids) });
      const stranded = strandedNote(data);
      notify(stranded ? 'warning' : 'success', `${held}${bookWithin()}${stranded}`, { title: t('Held.') });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'seats_unavailable') {
        const taken = error.seats.length ? error.seats : ids;
        taken.forEach((id) => state.selection.delete(id));
        taken.forEach(renderSeat);
        seatMap.flash(taken);
        const kept = ids.filter((id) => !taken.includes(id));
        const refused = tn(taken.length, '{seats} is no longer available, so nothing was held.',
          '{seats} are no longer available, so nothing was held.', { seats: listSeats(taken) });
        const next = kept.length
          ? tn(kept.length, '{seats} is still selected; hold again or choose other seats.',
            '{seats} are still selected; hold again or choose other seats.', { seats: listSeats(kept) })
          : t('Please choose other seats.');
        notify('error', `${refused} ${next}`, { title: t('Not held.') });
      } else if (error instanceof ApiError && error.code === 'orphan_seat') {
        offerSuggestion(error, ids);
      } else {
        notify('error', describeError(error, t('Your hold was not confirmed.')), { title: t('Not held.') });
      }
    } finally {
      state.pendingHold = new Set();
    }
  });
  focusAfterBasketChange(() => (!$('booking-form').hidden ? $('customer-name') : null));
}

/** "Row F, seats 7–8, together", "Row F, seat 7", or the seats and that they are apart. */
function describeChoice(ids, adjacent) {
  const seats = ids.map((id) => state.seats.get(id)).filter(Boolean);
  if (seats.length === 1) return seatName(seats[0]);
  const numbers = seats.map((seat) => seat.number).sort((a, b) => a - b);
  if (adjacent && seats.length && seats.every((seat) => seat.row === seats[0].row)) {
    return t('Row {row}, seats {first}–{last}, together', { row: seats[0].row, first: numbers[0], last: numbers[numbers.length - 1] });
  }
  return t('{seats}, not side by side', { seats: listSeats(ids) });
}

/** "Find me N seats": 1 up to the most a session may hold, keeping the customer's choice (2 at first). */
function renderBestCounts() {
  const count = $('best-count');
  const chosen = Math.min(Number(count.value) || 2, state.maxSeats);
  count.replaceChildren(...Array.from({ length: state.maxSeats }, (_, i) => new Option(String(i + 1), String(i + 1), false, i + 1 === chosen)));
  count.value = String(chosen);
  renderBestButton();
}

function bestCount() {
  return Number($('best-count').value) || 1;
}

function renderBestButton() {
  $('best-button').textContent = tn(bestCount(), 'Find me {count} seat', 'Find me {count} seats');
}

async function findBestSeats(event) {
  event.preventDefault();
  const count = bestCount();
  const category = $('best-category').value;
  await withBusy(async () => {
    try {
      const { data, headers } = await post('/api/holds', { show: showId, best: { count, ...(category ? { category } : {}) } });
      updateClockSkew(headers);
      const chosen = Array.isArray(data.best?.seats) ? data.best.seats.map(String) : [];
      const dropped = [...state.selection];
      state.selection.clear();
      takeHold(data, chosen);
      dropped.forEach(renderSeat);
      notify('success', `${describeChoice(chosen, data.best?.adjacent === true)}.${bookWithin()}`, { title: t('Held for you.') });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'seats_unavailable') {
        const free = freeSeatsIn(category);
        notify('error', free
          ? tn(free, 'Only {count} seat is free there; please ask for fewer.', 'Only {count} seats are free there; please ask for fewer.')
          : t('No seats are free there.'), { title: t('Not found.') });
      } else {
        notify('error', describeError(error, t('Your hold was not confirmed.')), { title: t('Not found.') });
      }
    }
  });
  focusAfterBasketChange(() => (!$('booking-form').hidden ? $('customer-name') : null));
}

async function releaseSeats(ids) {
  await withBusy(async () => {
    try {
      const { data } = await del(`/api/holds?show=${showId}`, ids ? { seats: ids } : undefined);
      const version = Number(data.version);
      const released = Array.isArray(data.seats) && data.seats.length ? data.seats.map(String) : ids ?? [...state.hold.seats];
      for (const id of released) {
        const seat = state.seats.get(id);
        if (seat && state.hold.seats.has(id) && !(version < seat.v)) {
          seat.status = 'available';
          seat.v = version;
        }
        state.hold.seats.delete(id);
      }
      if (ids === undefined) state.hold.seats.clear();
      if (Number.isFinite(version)) state.hold.version = Math.max(state.hold.version, version);
      if (!state.hold.seats.size) state.hold.expiresAt = null;
      released.forEach(renderSeat);
      renderLegendCounts();
      notify('info', t('Released {seats}.', { seats: listSeats(released) }));
    } catch (error) {
      notify('error', describeError(error, t('Your release was not confirmed.')), { title: t('Not released.') });
    }
  });
  focusAfterBasketChange(() => seatMap.current);
}

/** `{ticket_types: {seat: key}}` for the held seats, when the show names its ticket types. */
function chosenTicketTypes(ids) {
  const types = {};
  for (const id of ids) {
    const seat = state.seats.get(id);
    const type = seat ? ticketTypeOf(seat) : null;
    if (type) types[id] = type.key;
  }
  return Object.keys(types).length ? { ticket_types: types } : {};
}

async function book(event) {
  event.preventDefault();
  const name = $('customer-name').value.trim();
  const email = $('customer-email').value.trim();
  $('form-error').hidden = true;
  await withBusy(async () => {
    state.bookingInFlight = true;
    const heldBefore = [...state.hold.seats];
    try {
      const { data } = await post('/api/bookings', { show: showId, name, email, ...chosenTicketTypes(heldBefore) });
      const seats = Array.isArray(data.seats) ? data.seats.map(String) : heldBefore;
      // The answer has no version: count the booking newer than all we have seen, so that a poll
      // answered just before it cannot bring the hold back.
      const bookedVersion = state.version + 0.5;
      for (const id of seats) {
        const seat = state.seats.get(id);
        if (!seat) continue;
        seat.status = 'booked';
        seat.v = Math.max(seat.v, bookedVersion);
      }
      state.hold = { seats: new Set(), expiresAt: null, version: Math.max(state.hold.version, bookedVersion) };
      [...seats, ...heldBefore].forEach(renderSeat);
      renderLegendCounts();
      showConfirmation(data, seats, name);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'no_hold' || error.code === 'hold_expired')) {
        state.hold.seats.clear();
        state.hold.expiresAt = null;
        heldBefore.forEach(renderSeat);
        notify('error', error.message, { title: error.code === 'hold_expired' ? t('Your hold has expired.') : t('No seats held.') });
      } else if (error instanceof ApiError && error.code === 'invalid_field') {
        const formError = $('form-error');
        formError.textContent = error.message;
        formError.hidden = false;
        announce(error.message, { assertive: true });
      } else {
        notify('error', describeError(error, t('Your booking was not confirmed.')), { title: t('Not booked.') });
      }
    } finally {
      state.bookingInFlight = false;
    }
  });
}

/** A reservation's deadline, in the venue's time zone. */
function showPaymentDeadline(data) {
  const payBy = data.payment_state === 'reserved' ? parseTime(data.pay_by) : null;
  const deadline = $('confirmation-deadline');
  deadline.textContent = payBy
    ? t('Please pay at the box office by {deadline}. Seats not paid for by then are released.',
      { deadline: formatDateTime(payBy) })
    : '';
  deadline.hidden = !payBy;
}

/** One QR code per ticket (seat), carrying the ticket's own code: the door scans it, and so can the counter. */
function showTicketCodes(data) {
  const list = $('confirmation-tickets');
  const tickets = (Array.isArray(data.tickets) ? data.tickets : []).filter((ticket) =>
    typeof ticket.code === 'string' && typeof ticket.qr === 'string' && ticket.qr.startsWith('/api/bookings/'));
  list.replaceChildren(...tickets.map((ticket) => {
    const item = document.createElement('li');
    item.className = 'ticket-qr';
    item.dataset.seat = String(ticket.seat ?? '');
    const image = document.createElement('img');
    image.className = 'booking-qr';
    image.width = 176;
    image.height = 176;
    image.src = ticket.qr;
    image.alt = t('QR code of the ticket for seat {seat}', { seat: String(ticket.seat ?? '') });
    const seat = document.createElement('p');
    seat.className = 'ticket-seat';
    seat.textContent = t('Seat {seat}', { seat: String(ticket.seat ?? '') });
    const code = document.createElement('p');
    code.className = 'ticket-code';
    code.textContent = ticket.code;
    item.append(image, seat, code);
    return item;
  }));
  list.hidden = tickets.length === 0;
  $('confirmation-tickets-help').hidden = tickets.length === 0;
}

function showConfirmation(data, seats, name) {
  clearNotice();
  $('booking-reference').textContent = String(data.booking ?? '');
  $('confirmation-show').textContent = state.show ? `${state.show.title}, ${formatDateTime(parseTime(state.show.starts_at) ?? new Date())}` : t('Show {id}', { id: showId });
  $('confirmation-seats').textContent = listSeats(seats);
  $('confirmation-total').textContent = money(data.total_cents ?? 0);
  $('confirmation-name').textContent = name;
  showPaymentDeadline(data);
  showTicketCodes(data);
  $('confirmation').hidden = false;
  $('booking-form').reset();
  $('confirmation-heading').focus();
  const reference = String(data.booking ?? '').split('').join(' ');
  announce(`${t('Booking confirmed. Your reference is {reference}.', { reference })} ${tn(seats.length,
    '{count} seat, total {total}.', '{count} seats, total {total}.', { total: money(data.total_cents ?? 0) })}`);
}

// ---- Zoom ----

function zoom(factor) {
  const scroller = $('hall-scroller');
  const centre = (scroller.scrollLeft + scroller.clientWidth / 2) / Math.max(1, scroller.scrollWidth);
  seatMap.setSeatSize(seatMap.seatPx * factor);
  scroller.scrollLeft = centre * scroller.scrollWidth - scroller.clientWidth / 2;
}

function fitToWidth() {
  const scroller = $('hall-scroller');
  const width = scroller.clientWidth - 24;
  seatMap.setSeatSize(seatMap.fitSize(width));
}

function initialZoom() {
  const scroller = $('hall-scroller');
  const fit = seatMap.fitSize(scroller.clientWidth - 24);
  // Fit the whole hall while seats stay easy to hit (bigger for fingers than for a mouse);
  // otherwise keep them at that size and let the map scroll, starting from the middle.
  const smallest = window.matchMedia('(pointer: coarse)').matches ? 24 : 16;
  seatMap.setSeatSize(fit >= smallest ? Math.min(fit, 34) : smallest);
  scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
}

// ---- Live status ----

function onFeedStatus({ transport, state: feedState }) {
  const element = $('live-state');
  element.dataset.transport = transport ?? '';
  element.dataset.state = feedState;
  const seconds = Math.max(1, Math.round(state.pollIntervalMs / 1000));
  const text = feedState === 'reconnecting' ? t('Reconnecting…')
    : feedState === 'connecting' ? t('Connecting…')
      : transport === 'poll' ? tn(seconds, 'Updated every {count} second', 'Updated every {count} seconds') : t('Live');
  $('live-state-text').textContent = text;
  element.title = transport ? t('Updates: {transport}', { transport: t(TRANSPORT_NAMES[transport] ?? transport) }) : '';
}

function showPageError(title, text) {
  $('page-error-title').textContent = title;
  $('page-error-text').textContent = text;
  $('page-error').hidden = false;
  $('show-layout').hidden = true;
  $('live-state').dataset.state = 'offline';
  $('live-state-text').textContent = t('Offline');
  announce(`${title}. ${text}`, { assertive: true });
}

/** A cancelled show offers nothing to choose, and nothing about it changes any more: no polling. */
function showCancelled() {
  if (state.cancelled) return;
  state.cancelled = true;
  feed?.stop();
  clearTimeout(countdownTimer);
  state.selection.clear();
  state.hold = { seats: new Set(), expiresAt: null, version: state.hold.version };
  $('show-layout').hidden = true;
  $('basket-jump').hidden = true;
  $('cancelled').hidden = false;
  $('live-state').dataset.state = 'offline';
  $('live-state-text').textContent = t('Cancelled');
}

// ---- Start ----

async function loadInitialState() {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await get(`/api/seat-status/?show=${showId}`);
      return data;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) throw error;
      const wait = error.retryAfterMs ?? Math.min(30000, 1000 * 2 ** Math.min(attempt - 1, 5));
      onFeedStatus({ transport: null, state: 'reconnecting' });
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function loadShowDetails() {
  try {
    const { data } = await get('/api/shows/');
    return Array.isArray(data.shows) ? data.shows.find((s) => Number(s.id) === showId) ?? null : null;
  } catch {
    return null;
  }
}

function renderShowDetails(show) {
  state.show = show;
  if (!show) {
    $('show-title').textContent = t('Show {id}', { id: showId });
    return;
  }
  $('show-title').textContent = show.title;
  const startsAt = parseTime(show.starts_at);
  const meta = $('show-meta');
  meta.replaceChildren();
  const hall = document.createElement('span');
  hall.textContent = show.hall;
  const time = document.createElement('time');
  time.dateTime = show.starts_at;
  time.textContent = startsAt ? formatDateTime(startsAt) : '';
  meta.append(hall, ' · ', time);
  document.title = `${show.title} · ${t('Choose your seats')} · ${venueName}`;
}

function watchBasketVisibility() {
  if (typeof IntersectionObserver !== 'function') return;
  new IntersectionObserver((entries) => {
    basketInView = entries.some((entry) => entry.isIntersecting);
    renderBasket();
  }, { rootMargin: '0px 0px -90px 0px' }).observe($('basket'));
}

function wireControls() {
  renderBestCounts();
  $('best-count').addEventListener('change', renderBestButton);
  $('best-form').addEventListener('submit', findBestSeats);
  $('hold-button').addEventListener('click', holdSelection);
  $('clear-button').addEventListener('click', clearSelection);
  $('release-button').addEventListener('click', () => releaseSeats(undefined));
  $('booking-form').addEventListener('submit', book);
  $('book-more').addEventListener('click', () => {
    $('confirmation').hidden = true;
    seatMap.focusCurrent();
  });
  $('zoom-in').addEventListener('click', () => zoom(ZOOM_STEP));
  $('zoom-out').addEventListener('click', () => zoom(1 / ZOOM_STEP));
  $('zoom-fit').addEventListener('click', fitToWidth);
}

async function main() {
  wireControls();
  watchBasketVisibility();
  if (!Number.isInteger(showId) || showId <= 0) {
    showPageError(t('This show was not found'), t('The address does not name a show.'));
    return;
  }
  let initial;
  try {
    initial = await loadInitialState();
  } catch (error) {
    showPageError(t('This show was not found'), error.message);
    return;
  }
  useVenue(initial);
  $('show-layout').removeAttribute('aria-busy');
  if (initial.cancelled === true) {
    renderShowDetails(initial);
    showCancelled();
    return;
  }
  buildHall(initial);
  initialZoom();
  // The full seat status may name the show itself (an addition to API v1); else ask the programme.
  renderShowDetails(typeof initial.title === 'string' ? initial : await loadShowDetails());
  feed = new LiveFeed({
    showId,
    transport: TRANSPORTS.includes(requestedTransport) ? requestedTransport : 'auto',
    getVersion: () => state.version,
    getPollInterval: () => state.pollIntervalMs,
    onSeats: applySeats,
    onStatus: onFeedStatus,
    onFatal: (error) => showPageError(t('This show is no longer available'), error.message),
  });
  feed.start();
}

main();
