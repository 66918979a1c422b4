// The door scanner: a paired phone checks tickets in with POST /api/checkin.
//
// Codes come from the camera (the browser's BarcodeDetector where it has one, else jsQR from
// /static/vendor/jsqr/ on canvas frames), from a photo (for browsers that give no live camera to a
// page on plain http, as on a venue's own network), from the code typed in, or from a handheld
// scanner that types it and presses Enter. Each check carries a nonce, and a check whose answer was
// lost is sent again with the same nonce, so the server checks the ticket in once and answers the
// same both times.

import { ApiError, get, post, sleep } from '../api.js';
import { formatDateTime, parseTime, useVenue } from '../format.js';
import { t } from '../i18n.js';

const $ = (id) => document.getElementById(id);
const MAX_FRAME_EDGE = 1280;
const SAME_CODE_PAUSE_MS = 3000;
const RETRIES = 3;

/** What each result says, in the page's language, its symbol (never colour alone) and its sound. */
const resultViews = {
  ok: { symbol: '✓', heading: t('Come in'), sound: 'good' },
  already_checked_in: { symbol: '!', heading: t('Already checked in'), sound: 'warn' },
  unpaid: { symbol: '!', heading: t('Not paid: send to the box office'), sound: 'warn' },
  not_open_yet: { symbol: '◷', heading: t('Check-in is not open yet'), sound: 'warn' },
  not_inside: { symbol: '!', heading: t('Not checked in: cannot leave'), sound: 'warn' },
  exit_not_allowed: { symbol: '!', heading: t('No exits for this show'), sound: 'warn' },
  wrong_show: { symbol: '✗', heading: t('Wrong show'), sound: 'bad' },
  cancelled: { symbol: '✗', heading: t('Ticket cancelled'), sound: 'bad' },
  unknown: { symbol: '✗', heading: t('Unknown ticket'), sound: 'bad' },
  failed: { symbol: '✗', heading: t('Not checked'), sound: 'bad' },
};

/** The server's refusals by status, in the page's language; its own (English) words for others. */
const refusals = {
  401: t('This phone is not paired as a scanner. Ask a manager at the counter to pair it.'),
  403: t('This scanner was revoked or may scan no more shows; ask a manager to pair it again.'),
  429: t('Too many unknown codes from this phone: wait a minute, then scan again.'),
};

const state = {
  shows: [],
  busy: false,
  lastCode: '',
  lastCodeAt: 0,
  stream: null,
  detector: null,
  audio: null,
};

// ---- Results, words and sounds ----

function showTitle(show) {
  if (!show) return '';
  const at = parseTime(show.starts_at);
  return at ? `${show.title}, ${formatDateTime(at)}` : show.title;
}

function detailOf(answer, direction) {
  const parts = [];
  if (answer.seat) parts.push(t('Seat {seat}', { seat: answer.seat }));
  switch (answer.result) {
    case 'ok':
      if (direction === 'exit') parts.unshift(t('Exit recorded'));
      if (answer.show) parts.push(showTitle(answer.show));
      break;
    case 'already_checked_in': {
      const at = parseTime(answer.checked_in_at);
      if (at) parts.push(t('checked in {time}', { time: formatDateTime(at) }));
      if (answer.checked_in_by) parts.push(t('by {name}', { name: answer.checked_in_by }));
      break;
    }
    case 'not_open_yet': {
      const at = parseTime(answer.opens_at);
      if (at) parts.push(t('opens {time}', { time: formatDateTime(at) }));
      break;
    }
    case 'wrong_show':
      if (answer.show) parts.push(t('ticket is for {show}', { show: showTitle(answer.show) }));
      break;
    case 'unpaid':
      if (answer.booking) parts.push(t('booking {reference}', { reference: answer.booking }));
      break;
    case 'unknown':
      parts.push(t('No ticket has this code. Check the code, or send the customer to the box office.'));
      break;
    default:
      break;
  }
  if (answer.message && parts.length === 0) parts.push(answer.message);
  return parts.join(' · ');
}

function beep(kind) {
  if (!$('sound').checked) return;
  const AudioContextClass = window.AudioContext || window.webkitAudioContext;
  if (!AudioContextClass) return;
  state.audio ??= new AudioContextClass();
  const audio = state.audio;
  if (audio.state === 'suspended') audio.resume().catch(() => {});
  // Two rising notes: in; two level mid notes: look again; one long low note: stop.
  const notes = { good: [[880, 0, 0.09], [1320, 0.11, 0.12]], warn: [[660, 0, 0.12], [660, 0.18, 0.12]], bad: [[196, 0, 0.45]] }[kind];
  for (const [frequency, start, length] of notes) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = kind === 'bad' ? 'square' : 'sine';
    oscillator.frequency.value = frequency;
    const at = audio.currentTime + start;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + length + 0.02);
  }
}

function showResult(result, heading, detail, sound) {
  const box = $('result');
  box.dataset.result = result;
  $('result-symbol').textContent = resultViews[result]?.symbol ?? '…';
  $('result-heading').textContent = heading;
  $('result-detail').textContent = detail;
  const announcer = $('announce');
  // Cleared first, so that the same result twice is read out twice.
  announcer.textContent = '';
  requestAnimationFrame(() => { announcer.textContent = detail ? `${heading}. ${detail}` : heading; });
  if (sound) beep(sound);
}

function showAnswer(answer, direction) {
  const view = resultViews[answer.result] ?? resultViews.unknown;
  const heading = answer.result === 'ok' && direction === 'exit' ? t('Goodbye') : view.heading;
  showResult(answer.result in resultViews ? answer.result : 'unknown', heading, detailOf(answer, direction), view.sound);
}

function showFailure(error) {
  const message = refusals[error.status] ?? error.message;
  if (error.status === 401 || error.status === 403) {
    $('scan-error-text').textContent = message;
    $('scan-error').hidden = false;
  }
  showResult('failed', t('Not checked'), message, 'bad');
}

// ---- Checking a code ----

function newNonce() {
  // crypto.randomUUID() needs a secure context; a venue's network is often plain http.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function chosenDirection() {
  return $('direction').hidden ? 'entry' : document.querySelector('input[name="direction"]:checked').value;
}

async function check(rawCode) {
  const code = rawCode.trim();
  if (!code || state.busy) return;
  // A camera sees the same ticket in many frames: one check per ticket in front of it.
  const now = Date.now();
  if (code === state.lastCode && now - state.lastCodeAt < SAME_CODE_PAUSE_MS && $('code').value === '') return;
  state.lastCode = code;
  state.lastCodeAt = now;
  state.busy = true;
  const direction = chosenDirection();
  const body = { code, show: $('show').value, direction, nonce: newNonce() };
  showResult('checking', t('Checking…'), code, null);
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { data } = await post('/api/checkin', body, { timeoutMs: 8000 });
        showAnswer(data, direction);
        break;
      } catch (error) {
        // Only an answer that never came is asked again; the nonce makes the retry safe.
        const lost = error instanceof ApiError && error.status === 0;
        if (!lost || attempt >= RETRIES) throw error;
        await sleep(400 * attempt);
      }
    }
  } catch (error) {
    showFailure(error instanceof ApiError ? error : new ApiError(0, 'failed', String(error)));
  } finally {
    state.busy = false;
    $('code').value = '';
    $('code').focus();
  }
}

// ---- Decoding images ----

/** The QR code's text in an image, video frame or canvas, or null. Uses BarcodeDetector if any. */
export async function decodeImage(source, width, height) {
  if (state.detector) {
    const codes = await state.detector.detect(source).catch(() => []);
    if (codes.length) return codes[0].rawValue;
  }
  if (typeof window.jsQR !== 'function') return null;
  const scale = Math.min(1, MAX_FRAME_EDGE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  // A white ground: a transparent image (an SVG) would read as black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return window.jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

async function setUpDetector() {
  if (!('BarcodeDetector' in window)) return 'jsqr';
  try {
    const formats = await window.BarcodeDetector.getSupportedFormats();
    if (!formats.includes('qr_code')) return 'jsqr';
    state.detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    return 'barcodedetector';
  } catch {
    return 'jsqr';
  }
}

function readAsDataUrl(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function onPhoto() {
  const file = $('photo').files?.[0];
  $('photo').value = '';
  if (!file) return;
  try {
    // A data: URL, which the page's policy lets an image load (blob: it does not).
    const image = new Image();
    image.src = await readAsDataUrl(file);
    await image.decode();
    const text = await decodeImage(image, image.naturalWidth || 1024, image.naturalHeight || 1024);
    $('camera-state').dataset.decoded = text ?? '';
    if (text) {
      await check(text);
    } else {
      showResult('failed', t('No code found'), t('Hold the ticket flat and fill the photo with its QR code.'), 'bad');
    }
  } catch {
    showResult('failed', t('No code found'), t('This photo could not be read.'), 'bad');
  }
}

// ---- The live camera ----

async function scanFrames() {
  const video = $('video');
  while (state.stream) {
    if (video.readyState >= 2 && !state.busy) {
      const text = await decodeImage(video, video.videoWidth, video.videoHeight);
      if (text) await check(text);
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await sleep(120);
  }
}

function stopCamera() {
  state.stream?.getTracks().forEach((track) => track.stop());
  state.stream = null;
  $('video').hidden = true;
  $('camera-toggle').textContent = t('Start camera');
  $('camera-toggle').setAttribute('aria-pressed', 'false');
}

async function toggleCamera() {
  if (state.stream) {
    stopCamera();
    return;
  }
  if (!navigator.mediaDevices?.getUserMedia) {
    $('camera-state').textContent = t('This browser gives no live camera to this page (it needs https). Take a photo of the ticket instead.');
    return;
  }
  try {
    state.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch {
    $('camera-state').textContent = t('The camera could not be opened. Allow it in the browser, or take a photo of the ticket.');
    return;
  }
  const video = $('video');
  video.srcObject = state.stream;
  video.hidden = false;
  await video.play().catch(() => {});
  $('camera-toggle').textContent = t('Stop camera');
  $('camera-toggle').setAttribute('aria-pressed', 'true');
  scanFrames();
}

// ---- Shows and directions ----

function updateDirection() {
  const chosen = $('show').value;
  const exits = chosen === 'today' ? state.shows.some((s) => s.exits_allowed) : state.shows.find((s) => String(s.id) === chosen)?.exits_allowed;
  $('direction').hidden = !exits;
  localStorage.setItem('boxoffice.scan.show', chosen);
}

async function loadScope() {
  try {
    const { data } = await get('/api/checkin', { timeoutMs: 10000 });
    useVenue(data);
    state.shows = Array.isArray(data.shows) ? data.shows : [];
    $('scan-device').textContent = data.device?.name ? t('Scanner: {name}', { name: data.device.name }) : '';
    const select = $('show');
    for (const show of state.shows) {
      const option = document.createElement('option');
      option.value = String(show.id);
      option.textContent = showTitle(show);
      select.append(option);
    }
    const remembered = localStorage.getItem('boxoffice.scan.show');
    if (remembered && [...select.options].some((o) => o.value === remembered)) select.value = remembered;
    updateDirection();
  } catch (error) {
    showFailure(error instanceof ApiError ? error : new ApiError(0, 'failed', String(error)));
  }
}

async function start() {
  $('scan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    check($('code').value);
  });
  $('camera-toggle').addEventListener('click', toggleCamera);
  $('photo').addEventListener('change', onPhoto);
  $('show').addEventListener('change', updateDirection);
  $('camera-state').dataset.decoder = await setUpDetector();
  $('code').focus();
  await loadScope();
  document.body.dataset.ready = 'true';
}

start();
