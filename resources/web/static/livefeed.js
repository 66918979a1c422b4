// Keeps the seat page in step with the server.
//
// Transports, tried in this order unless one is forced with the page's query parameter
// `?transport=sse|longpoll|poll` (used by the end-to-end tests, handy when diagnosing a proxy):
//   sse      – EventSource on /api/shows/{id}/events; each "seats" event is a delta.
//   longpoll – GET /api/seat-status/?show=&since=V&wait=25, answered when something changes.
//   poll     – GET /api/seat-status/?show= every poll_interval_ms with If-None-Match (304 when unchanged).
// A transport that does not work here is given up for the next one after one failed attempt, and the
// tab remembers that for a while (sessionStorage), so it is not retried on every page: the page never
// logs or throws, and the browser's own line about the failed request appears at most once.
// The feed never has two of its own requests in flight, waits longer in a hidden tab, backs off
// (with jitter) while the server is unreachable and catches up with a delta or full state when it
// is back, e.g. after a restart.

import { ApiError, get, sleep } from './api.js';

const LONG_POLL_WAIT_S = 25;
const HIDDEN_MIN_DELAY_MS = 30000;
const SSE_OPEN_TIMEOUT_MS = 10000;
const MAX_BACKOFF_MS = 30000;
const SHORT_STREAM_MS = 5000;
const REMEMBER_BROKEN_MS = 10 * 60 * 1000;
const BROKEN_KEY = 'boxoffice.broken-transport.';

function rememberBroken(transport) {
  try {
    sessionStorage.setItem(BROKEN_KEY + transport, String(Date.now()));
  } catch {
    // Storage may be disabled; then the next page simply tries again.
  }
}

function knownBroken(transport) {
  try {
    const at = Number(sessionStorage.getItem(BROKEN_KEY + transport));
    return Number.isFinite(at) && at > 0 && Date.now() - at < REMEMBER_BROKEN_MS;
  } catch {
    return false;
  }
}

export const TRANSPORTS = ['sse', 'longpoll', 'poll'];

export class LiveFeed {
  #options;
  #auto;
  #mode = null;
  #generation = 0;
  #wake = null;
  #eventSource = null;
  #sseWorked = false;
  #sseRetries = 0;
  #catchUpRunning = false;
  #catchUpAgain = false;
  #etag = null;
  #failures = 0;
  #notBefore = 0;
  #stopped = false;

  /**
   * options: showId, transport ('auto' or one of TRANSPORTS), getVersion(), getPollInterval(),
   * onSeats(data, source) for every answer with seats (source: 'sse-event' for a stream event, else
   * the transport whose own request returned it), onStatus({transport, state}) with state
   * 'connecting' | 'live' | 'reconnecting', onFatal(ApiError) when the show is gone.
   */
  constructor(options) {
    this.#options = options;
    this.#auto = !TRANSPORTS.includes(options.transport);
  }

  get transport() {
    return this.#mode;
  }

  start() {
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) this.poke();
    });
    window.addEventListener('pagehide', () => this.#closeEventSource());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.#switchTo(this.#mode);
    });
    let first = this.#options.transport;
    if (this.#auto) {
      const usable = TRANSPORTS.filter((t) => !knownBroken(t) && (t !== 'sse' || typeof EventSource === 'function'));
      first = usable[0] ?? 'poll';
    }
    this.#switchTo(first);
  }

  /** Ends all requests for good, e.g. once the show is cancelled: nothing about it changes any more. */
  stop() {
    this.#stopped = true;
    this.#generation += 1;
    this.#closeEventSource();
    this.#wake?.abort();
  }

  /** Cuts short a wait between requests (never a request in flight), e.g. after the customer acted. */
  poke() {
    if (this.#stopped) return;
    // A 429's Retry-After is a promise to the server; nothing cuts it short.
    if (performance.now() < this.#notBefore) return;
    this.#wake?.abort();
    if (this.#mode === 'sse') this.#catchUp(this.#generation);
  }

  #switchTo(mode) {
    if (this.#stopped) return;
    this.#generation += 1;
    this.#closeEventSource();
    this.#wake?.abort();
    this.#mode = mode;
    this.#failures = 0;
    this.#status('connecting');
    const generation = this.#generation;
    if (mode === 'sse') this.#startEventSource(generation);
    else if (mode === 'longpoll') this.#runLongPoll(generation);
    else this.#runPoll(generation);
  }

  #fallBack(from) {
    rememberBroken(from);
    const next = TRANSPORTS[TRANSPORTS.indexOf(from) + 1] ?? 'poll';
    this.#switchTo(next);
  }

  #active(generation) {
    return generation === this.#generation;
  }

  #status(state) {
    this.#options.onStatus({ transport: this.#mode, state });
  }

  #url(extra = '') {
    return `/api/seat-status/?show=${encodeURIComponent(this.#options.showId)}${extra}`;
  }

  #pollInterval() {
    const interval = Number(this.#options.getPollInterval());
    return Number.isFinite(interval) && interval >= 250 ? interval : 5000;
  }

  #hiddenDelay() {
    return Math.max(HIDDEN_MIN_DELAY_MS, this.#pollInterval() * 6);
  }

  #backoff() {
    const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.#failures - 1, 5));
    return base * (0.75 + Math.random() * 0.5);
  }

  async #pause(ms) {
    this.#wake = new AbortController();
    await sleep(ms, this.#wake.signal);
  }

  async #pauseForRetryAfter(error) {
    const ms = error.retryAfterMs ?? this.#pollInterval();
    this.#notBefore = performance.now() + ms;
    this.#status('reconnecting');
    await this.#pause(ms);
  }

  // ---- Server-Sent Events ----

  #closeEventSource() {
    this.#eventSource?.close();
    this.#eventSource = null;
  }

  #startEventSource(generation) {
    const source = new EventSource(`/api/shows/${encodeURIComponent(this.#options.showId)}/events`);
    this.#eventSource = source;
    let open = false;
    let openedAt = 0;
    let failuresBeforeOpen = 0;
    let shortLived = 0;
    const openTimer = setTimeout(() => {
      if (!open && this.#active(generation)) this.#eventSourceFailed(generation);
    }, SSE_OPEN_TIMEOUT_MS);

    source.addEventListener('open', () => {
      if (!this.#active(generation)) return;
      clearTimeout(openTimer);
      open = true;
      openedAt = performance.now();
      failuresBeforeOpen = 0;
      this.#sseWorked = true;
      this.#sseRetries = 0;
      this.#failures = 0;
      this.#status('live');
      // Changes between our last state and the stream's start are not in the stream.
      this.#catchUp(generation);
    });
    source.addEventListener('seats', (event) => {
      if (!this.#active(generation)) return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data && typeof data === 'object') this.#options.onSeats(data, 'sse-event');
    });
    source.addEventListener('error', () => {
      if (!this.#active(generation)) return;
      if (source.readyState === EventSource.CLOSED) {
        clearTimeout(openTimer);
        this.#eventSourceFailed(generation);
        return;
      }
      // The browser reconnects by itself (sending Last-Event-ID); a stream that never opens is no use.
      if (!open && ++failuresBeforeOpen >= 2 && this.#auto && !this.#sseWorked) {
        clearTimeout(openTimer);
        this.#fallBack('sse');
        return;
      }
      // A stream cut again and again right after it opens (a proxy that does not pass streams) is no use either.
      if (open) shortLived = performance.now() - openedAt < SHORT_STREAM_MS ? shortLived + 1 : 0;
      if (shortLived >= 3 && this.#auto) {
        clearTimeout(openTimer);
        this.#fallBack('sse');
        return;
      }
      open = false;
      this.#status('reconnecting');
    });
  }

  /** The stream was refused (an HTTP error or not an event stream) or never opened. */
  async #eventSourceFailed(generation) {
    this.#closeEventSource();
    if (this.#auto && (!this.#sseWorked || this.#sseRetries >= 3)) {
      this.#fallBack('sse');
      return;
    }
    this.#sseRetries += 1;
    this.#failures += 1;
    this.#status('reconnecting');
    await this.#pause(this.#backoff());
    if (this.#active(generation)) this.#startEventSource(generation);
  }

  /** One delta request after the stream (re)opens; a second call while it runs just asks for another. */
  async #catchUp(generation) {
    if (this.#catchUpRunning) {
      this.#catchUpAgain = true;
      return;
    }
    this.#catchUpRunning = true;
    try {
      do {
        this.#catchUpAgain = false;
        try {
          const { data } = await get(this.#url(`&since=${this.#options.getVersion()}`));
          if (this.#active(generation)) this.#options.onSeats(data, 'sse');
        } catch (error) {
          if (this.#fatal(error)) return;
        }
      } while (this.#catchUpAgain && this.#active(generation));
    } finally {
      this.#catchUpRunning = false;
    }
  }

  #fatal(error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      this.#generation += 1;
      this.#closeEventSource();
      this.#options.onFatal(error);
      return true;
    }
    return false;
  }

  // ---- Long polling ----

  async #runLongPoll(generation) {
    let quickEmpty = 0;
    let longPollFailures = 0;
    let probe = false;
    while (this.#active(generation)) {
      if (document.hidden) {
        await this.#pause(this.#hiddenDelay());
        if (!this.#active(generation)) return;
      }
      const since = this.#options.getVersion();
      const started = performance.now();
      if (this.#failures === 0) this.#status('live');
      try {
        // After a failed long poll, a plain request tells "server away" from "long polling broken here".
        const { data } = probe
          ? await get(this.#url(`&since=${since}`))
          : await get(this.#url(`&since=${since}&wait=${LONG_POLL_WAIT_S}`), { timeoutMs: (LONG_POLL_WAIT_S + 15) * 1000 });
        if (!this.#active(generation)) return;
        this.#failures = 0;
        this.#status('live');
        const changed = data.full === true || (Array.isArray(data.seats) && data.seats.length > 0) || data.version !== since;
        this.#options.onSeats(data, 'longpoll');
        if (probe) {
          probe = false;
          if (longPollFailures >= 2 && this.#auto) {
            this.#fallBack('longpoll');
            return;
          }
          continue;
        }
        longPollFailures = 0;
        if (!changed && performance.now() - started < 1000) {
          // Answered at once with nothing new: something between us and the server does not park requests.
          if (++quickEmpty >= 3 && this.#auto) {
            this.#fallBack('longpoll');
            return;
          }
          await this.#pause(this.#pollInterval());
        } else {
          quickEmpty = 0;
        }
      } catch (error) {
        if (!this.#active(generation) || this.#fatal(error)) return;
        if (error.status === 429) {
          await this.#pauseForRetryAfter(error);
          continue;
        }
        if (!probe) {
          longPollFailures += 1;
          probe = true;
        }
        this.#failures += 1;
        this.#status('reconnecting');
        await this.#pause(this.#backoff());
      }
    }
  }

  // ---- Plain polling ----

  async #runPoll(generation) {
    while (this.#active(generation)) {
      const started = performance.now();
      let delay = this.#pollInterval();
      try {
        const headers = this.#etag ? { 'If-None-Match': this.#etag } : {};
        const response = await get(this.#url(), { headers });
        if (!this.#active(generation)) return;
        this.#failures = 0;
        this.#status('live');
        if (response.status !== 304) {
          this.#etag = response.headers.get('ETag');
          this.#options.onSeats({ ...response.data, full: true }, 'poll');
        }
        // One request per interval, measured start to start, so a change shows within the interval.
        delay = Math.max(0, this.#pollInterval() - (performance.now() - started));
      } catch (error) {
        if (!this.#active(generation) || this.#fatal(error)) return;
        if (error.status === 429) {
          await this.#pauseForRetryAfter(error);
          continue;
        } else {
          this.#failures += 1;
          this.#etag = null;
          this.#status('reconnecting');
          delay = this.#backoff();
        }
      }
      await this.#pause(document.hidden ? Math.max(delay, this.#hiddenDelay()) : delay);
    }
  }
}
