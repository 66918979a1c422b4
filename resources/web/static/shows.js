// The programme: upcoming shows grouped by the venue's day, each linking to its seat page.

import { ApiError, get, sleep } from './api.js';
import { t, tn } from './i18n.js';
import { dayKey, formatDay, formatTime, parseTime, useVenue } from './format.js';

const REFRESH_MS = 60000;
const container = document.getElementById('shows');

function availability(show) {
  const total = Math.max(0, Number(show.seats_total) || 0);
  const free = Math.max(0, Math.min(total, Number(show.seats_available) || 0));
  const wrapper = document.createElement('div');
  wrapper.className = 'availability';
  wrapper.dataset.level = free === 0 ? 'none' : free <= Math.max(10, total * 0.1) ? 'low' : 'plenty';
  const text = document.createElement('span');
  text.className = 'availability-text';
  text.textContent = free === 0 ? t('Sold out') : tn(total, '{free} of {count} seat available', '{free} of {count} seats available', { free });
  const bar = document.createElement('span');
  bar.className = 'availability-bar';
  bar.setAttribute('aria-hidden', 'true');
  const fill = document.createElement('span');
  fill.className = 'availability-fill';
  fill.style.width = `${total ? (100 * free) / total : 0}%`;
  bar.append(fill);
  wrapper.append(text, bar);
  return wrapper;
}

function card(show, startsAt) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'show-card';
  link.href = `/shows/${encodeURIComponent(show.id)}/`;
  link.dataset.show = String(show.id);
  const time = document.createElement('time');
  time.className = 'show-card-time';
  time.dateTime = show.starts_at;
  time.textContent = formatTime(startsAt);
  const title = document.createElement('span');
  title.className = 'show-card-title';
  title.textContent = show.title;
  const hall = document.createElement('span');
  hall.className = 'show-card-hall';
  hall.textContent = show.hall;
  link.append(time, title, hall, availability(show));
  li.append(link);
  return li;
}

function render(shows) {
  const dated = shows
    .map((show) => ({ show, startsAt: parseTime(show.starts_at) }))
    .filter((entry) => entry.startsAt)
    .sort((a, b) => a.startsAt - b.startsAt);
  if (!dated.length) {
    const empty = document.createElement('p');
    empty.className = 'list-status';
    empty.textContent = t('No upcoming shows at the moment. Please check back soon.');
    container.replaceChildren(empty);
    return;
  }
  const days = new Map();
  for (const entry of dated) {
    const key = dayKey(entry.startsAt);
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(entry);
  }
  const sections = [];
  for (const entries of days.values()) {
    const section = document.createElement('section');
    section.className = 'day';
    const heading = document.createElement('h2');
    heading.textContent = formatDay(entries[0].startsAt);
    const list = document.createElement('ul');
    list.className = 'show-cards';
    list.append(...entries.map(({ show, startsAt }) => card(show, startsAt)));
    section.append(heading, list);
    sections.push(section);
  }
  container.replaceChildren(...sections);
}

function renderError(error) {
  const box = document.createElement('div');
  box.className = 'list-error';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = t('{problem} We will keep trying.', { problem: error instanceof ApiError ? error.message : t('Something went wrong.') });
  box.append(text);
  container.replaceChildren(box);
}

async function main() {
  let loaded = false;
  let failures = 0;
  for (;;) {
    try {
      const { data } = await get('/api/shows/');
      useVenue(data);
      render(Array.isArray(data.shows) ? data.shows : []);
      loaded = true;
      failures = 0;
      container.setAttribute('aria-busy', 'false');
    } catch (error) {
      failures += 1;
      if (!loaded) renderError(error);
    }
    const delay = failures ? Math.min(30000, 1000 * 2 ** Math.min(failures, 5)) : REFRESH_MS;
    await sleep(document.hidden ? Math.max(delay, REFRESH_MS * 5) : delay);
  }
}

main();
