// The hall drawn as a grid of seat buttons, with row labels at both ends and aisles as empty columns.
//
// Where a seat sits: the seat-status answer has no grid position in API v1, so the map uses
// `grid_row`/`grid_column` when the server sends them (an additive field) and otherwise lays each
// row out by seat number, so an aisle shows only where the numbering has a gap.
//
// Keyboard: the map is one tab stop (roving tabindex). Arrow keys move between seats, skipping
// aisles; Home/End go to the ends of a row, Ctrl+Home/End to the first and last seat, Page Up/Down
// five rows. Space or Enter (native <button>) selects.

import { compareRowLabels } from './format.js';

const MIN_SEAT_PX = 14;
const MAX_SEAT_PX = 48;

function integer(value) {
  return Number.isInteger(value) ? value : null;
}

/**
 * Rows in display order and each seat's cell. Row and column positions are taken independently from
 * the optional fields when every seat has them: `grid_row`, and `grid_column` (or `col`).
 */
export function computeLayout(seats) {
  const columnOf = (s) => integer(s.grid_column) ?? integer(s.col);
  const haveRows = seats.length > 0 && seats.every((s) => integer(s.grid_row) !== null);
  const haveColumns = seats.length > 0 && seats.every((s) => columnOf(s) !== null);
  const labels = [...new Set(seats.map((s) => String(s.row)))].sort(compareRowLabels);
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const cells = new Map();
  const rowLabels = new Map();
  for (const seat of seats) {
    const row = haveRows ? seat.grid_row : labelIndex.get(String(seat.row));
    const column = haveColumns ? columnOf(seat) : Number(seat.number);
    cells.set(seat.id, { row, column: Number.isFinite(column) ? column : 0 });
    if (!rowLabels.has(row)) rowLabels.set(row, String(seat.row));
  }
  const all = [...cells.values()];
  const minRow = Math.min(...all.map((c) => c.row));
  const minColumn = Math.min(...all.map((c) => c.column));
  for (const cell of all) {
    cell.row -= minRow;
    cell.column -= minColumn;
  }
  const rows = [...rowLabels.entries()].map(([row, label]) => ({ index: row - minRow, label })).sort((a, b) => a.index - b.index);
  const columns = all.length ? Math.max(...all.map((c) => c.column)) + 1 : 0;
  return { rows, columns, cells };
}

export class SeatMap {
  #root;
  #onActivate;
  #buttons = new Map();
  #lines = [];
  #current = null;
  #columns = 0;
  #seatPx = 0;

  constructor(root, { onActivate }) {
    this.#root = root;
    this.#onActivate = onActivate;
    root.addEventListener('click', (event) => {
      const button = event.target.closest('button.seat');
      if (button && root.contains(button)) {
        this.#setCurrent(button);
        this.#onActivate(button.dataset.seat);
      }
    });
    root.addEventListener('keydown', (event) => this.#onKeyDown(event));
    root.addEventListener('focusin', (event) => {
      const button = event.target.closest('button.seat');
      if (button) this.#setCurrent(button);
    });
  }

  /** The seat that has the map's tab stop. */
  get current() {
    return this.#current;
  }

  get seatPx() {
    return this.#seatPx;
  }

  /** Draws every seat afresh; `seats` are the API's seat objects. */
  build(seats) {
    const { rows, columns, cells } = computeLayout(seats);
    this.#columns = columns;
    this.#buttons.clear();
    this.#current = null;
    const fragment = document.createDocumentFragment();
    this.#root.style.setProperty('--columns', String(columns));
    this.#root.style.setProperty('--rows', String(rows.length ? rows[rows.length - 1].index + 1 : 0));
    for (const row of rows) {
      for (const side of ['start', 'end']) {
        const label = document.createElement('span');
        label.className = `row-label row-label-${side}`;
        label.setAttribute('aria-hidden', 'true');
        label.textContent = row.label;
        label.style.gridRow = String(row.index + 1);
        label.style.gridColumn = String(side === 'start' ? 1 : columns + 2);
        fragment.append(label);
      }
    }
    const lines = new Map();
    for (const seat of seats) {
      const cell = cells.get(seat.id);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'seat';
      button.dataset.seat = seat.id;
      button.tabIndex = -1;
      button.style.gridRow = String(cell.row + 1);
      button.style.gridColumn = String(cell.column + 2);
      const number = document.createElement('span');
      number.className = 'seat-number';
      number.setAttribute('aria-hidden', 'true');
      number.textContent = String(seat.number);
      button.append(number);
      fragment.append(button);
      this.#buttons.set(seat.id, button);
      if (!lines.has(cell.row)) lines.set(cell.row, []);
      lines.get(cell.row).push({ column: cell.column, button });
    }
    this.#lines = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line.sort((a, b) => a.column - b.column));
    this.#root.replaceChildren(fragment);
    const firstOpen = seats.find((s) => s.status === 'available');
    const start = (firstOpen && this.#buttons.get(firstOpen.id)) ?? this.#lines[0]?.[0]?.button;
    if (start) this.#setCurrent(start);
  }

  /** view: {state, label, categoryClass} */
  render(id, view) {
    const button = this.#buttons.get(id);
    if (!button) return;
    if (button.dataset.state !== view.state) button.dataset.state = view.state;
    if (button.getAttribute('aria-label') !== view.label) button.setAttribute('aria-label', view.label);
    const pressed = view.state === 'selected' || view.state === 'mine' ? 'true' : 'false';
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    const unavailable = view.state === 'held' || view.state === 'booked' || view.state === 'blocked';
    if (unavailable) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
    if (view.categoryClass && !button.classList.contains(view.categoryClass)) {
      for (const name of [...button.classList]) if (name.startsWith('cat-')) button.classList.remove(name);
      button.classList.add(view.categoryClass);
    }
    button.classList.toggle('accessible-seat', Boolean(view.accessible));
  }

  /** Briefly marks seats, e.g. those a hold was refused for. */
  flash(ids, className = 'conflict', ms = 5000) {
    for (const id of ids) {
      const button = this.#buttons.get(id);
      if (!button) continue;
      button.classList.remove(className);
      void button.offsetWidth;
      button.classList.add(className);
      setTimeout(() => button.classList.remove(className), ms);
    }
  }

  setSeatSize(px) {
    this.#seatPx = Math.round(Math.min(MAX_SEAT_PX, Math.max(MIN_SEAT_PX, px)));
    this.#root.style.setProperty('--seat', `${this.#seatPx}px`);
    this.#root.classList.toggle('compact', this.#seatPx < 22);
    return this.#seatPx;
  }

  /** The seat size at which the whole width fits `width` pixels. */
  fitSize(width) {
    const labels = 2 * 1.6;
    const gap = 0.15;
    return width / (this.#columns + labels + this.#columns * gap);
  }

  focusCurrent() {
    this.#current?.focus();
  }

  #setCurrent(button) {
    if (this.#current === button) return;
    if (this.#current) this.#current.tabIndex = -1;
    this.#current = button;
    button.tabIndex = 0;
  }

  #locate(button) {
    for (let r = 0; r < this.#lines.length; r++) {
      const c = this.#lines[r].findIndex((entry) => entry.button === button);
      if (c >= 0) return { r, c };
    }
    return null;
  }

  #nearestInLine(line, column) {
    let best = line[0];
    for (const entry of line) if (Math.abs(entry.column - column) < Math.abs(best.column - column)) best = entry;
    return best;
  }

  #onKeyDown(event) {
    const button = event.target.closest('button.seat');
    if (!button || event.altKey || event.metaKey) return;
    const at = this.#locate(button);
    if (!at) return;
    const line = this.#lines[at.r];
    const column = line[at.c].column;
    const lastRow = this.#lines.length - 1;
    let target = null;
    switch (event.key) {
      case 'ArrowLeft': target = line[at.c - 1]; break;
      case 'ArrowRight': target = line[at.c + 1]; break;
      case 'ArrowUp': if (at.r > 0) target = this.#nearestInLine(this.#lines[at.r - 1], column); break;
      case 'ArrowDown': if (at.r < lastRow) target = this.#nearestInLine(this.#lines[at.r + 1], column); break;
      case 'PageUp': target = this.#nearestInLine(this.#lines[Math.max(0, at.r - 5)], column); break;
      case 'PageDown': target = this.#nearestInLine(this.#lines[Math.min(lastRow, at.r + 5)], column); break;
      case 'Home': target = event.ctrlKey ? this.#lines[0][0] : line[0]; break;
      case 'End': target = event.ctrlKey ? this.#lines[lastRow].at(-1) : line.at(-1); break;
      default: return;
    }
    event.preventDefault();
    if (target && target.button !== button) {
      this.#setCurrent(target.button);
      target.button.focus();
    }
  }
}
