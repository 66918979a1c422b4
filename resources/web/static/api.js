// The one way the pages talk to the server. Every failure, whatever its shape (the contract's
// {"error","message"}, a proxy's HTML page, a dropped connection), becomes an ApiError the caller
// can show to a person, in the page's language, so no rejection escapes to the console.

import { t } from './i18n.js';

const DEFAULT_MESSAGES = {
  0: 'The box office cannot be reached right now. Please check your connection.',
  400: 'The request was not understood.',
  403: 'This request was refused.',
  404: 'This was not found.',
  405: 'This request is not allowed.',
  409: 'That is no longer possible.',
  413: 'The request was too large.',
  415: 'The request was not understood.',
  422: 'Some details are not valid.',
  429: 'Too many requests. Please wait a moment.',
  503: 'The box office is busy. Please try again shortly.',
};

export class ApiError extends Error {
  constructor(status, code, message, body = null, retryAfterMs = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
    this.retryAfterMs = retryAfterMs;
  }

  /** Seat ids the server named in a refusal (409 seats_unavailable). */
  get seats() {
    return Array.isArray(this.body?.seats) ? this.body.seats.map(String) : [];
  }

  get transient() {
    return this.status === 0 || this.status === 429 || this.status >= 500 || this.code === 'timeout';
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value) {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function defaultMessage(status) {
  return t(DEFAULT_MESSAGES[status] ?? (status >= 500 ? DEFAULT_MESSAGES[503] : 'Something went wrong. Please try again.'));
}

/**
 * Sends one request. Resolves to {status, data, headers}; a 304 resolves with data null.
 * Options: body (sent as JSON), headers, timeoutMs, signal.
 */
export async function request(method, url, { body, headers = {}, timeoutMs = 20000, signal } = {}) {
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort();
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  const init = {
    method,
    headers: { Accept: 'application/json', ...headers },
    // The page keeps its own ETag; the HTTP cache must neither answer for the server nor hide a 304.
    cache: 'no-store',
    credentials: 'same-origin',
    signal: controller.signal,
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  try {
    let response;
    let text;
    try {
      response = await fetch(url, init);
      text = response.status === 304 ? '' : await response.text();
    } catch {
      if (signal?.aborted) throw new ApiError(0, 'aborted', t('The request was cancelled.'));
      if (timedOut) throw new ApiError(0, 'timeout', t('The box office took too long to answer.'));
      throw new ApiError(0, 'network', defaultMessage(0));
    }
    if (response.status === 304) return { status: 304, data: null, headers: response.headers };
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const code = typeof data?.error === 'string' ? data.error : `http_${response.status}`;
      // The server writes its messages in English; those the dictionary knows are shown translated.
      const message = typeof data?.message === 'string' && data.message ? t(data.message) : defaultMessage(response.status);
      throw new ApiError(response.status, code, message, data, parseRetryAfter(response.headers.get('Retry-After')));
    }
    if (data === null || typeof data !== 'object') {
      throw new ApiError(response.status, 'bad_response', t('The box office sent an answer this page does not understand.'));
    }
    return { status: response.status, data, headers: response.headers };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

export const get = (url, options) => request('GET', url, options);
export const post = (url, body, options) => request('POST', url, { ...options, body });
export const del = (url, body, options) => request('DELETE', url, { ...options, body });

/** Resolves after ms, or earlier when the signal fires; never rejects. */
export function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
