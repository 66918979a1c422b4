// Every text the pages' scripts hand to t() or tn(), and every text of the scanner page, has a
// German and a Hindi translation that names the same values, and the dictionaries know the same
// texts. Needs no browser or app.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'web');
const STATIC = path.join(WEB, 'static');
const SCRIPTS = [
  ...readdirSync(STATIC).filter((name) => name.endsWith('.js')),
  ...readdirSync(path.join(STATIC, 'scan')).filter((name) => name.endsWith('.js')).map((name) => path.join('scan', name)),
];
const LANGUAGES = ['de', 'hi'];
const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;

/** The English texts the scripts translate: literal first arguments of t(), both forms of tn(). */
function scriptTexts() {
  const texts = new Set();
  for (const file of SCRIPTS) {
    const source = readFileSync(path.join(STATIC, file), 'utf8');
    for (const [, text] of source.matchAll(new RegExp(String.raw`\bt\(\s*${STRING}`, 'g'))) texts.add(text);
    for (const [, one, many] of source.matchAll(new RegExp(String.raw`\btn\([^,]+,\s*${STRING},\s*${STRING}`, 'g'))) {
      texts.add(one);
      texts.add(many);
    }
    // Texts kept in tables and translated where they are used.
    for (const [, table] of source.matchAll(/const [A-Z_]+ = \{([^}]*)\};/g)) {
      for (const [, text] of table.matchAll(new RegExp(String.raw`:\s*${STRING}`, 'g'))) texts.add(text);
    }
    for (const [, text] of source.matchAll(new RegExp(String.raw`basketItem\([^;]*?,\s*${STRING}\)`, 'g'))) texts.add(text);
  }
  return texts;
}

const placeholders = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const dictionaries = Object.fromEntries(LANGUAGES.map((lang) => [lang,
  JSON.parse(readFileSync(path.join(STATIC, 'i18n', `${lang}.json`), 'utf8'))]));

test('every text the scripts build is translated into German and Hindi', () => {
  const texts = scriptTexts();
  assert.ok(texts.size > 80, `found the scripts' texts (${texts.size})`);
  for (const lang of LANGUAGES) {
    const missing = [...texts].filter((text) => typeof dictionaries[lang][text] !== 'string');
    assert.deepEqual(missing, [], `${lang}.json lacks these texts`);
  }
});

test('every text of the scanner page is translated into German and Hindi', () => {
  const page = readFileSync(path.join(WEB, 'scan.html'), 'utf8');
  // Text nodes with a word in them; the brand is the venue's name, never translated.
  const texts = [...page.matchAll(/>([^<>]*\p{L}[^<>]*)</gu)].map(([, text]) => text.trim())
    .filter((text) => text !== 'Box Office');
  assert.ok(texts.length > 15, `found the scanner page's texts (${texts.length})`);
  for (const lang of LANGUAGES) {
    const missing = texts.filter((text) => typeof dictionaries[lang][text] !== 'string');
    assert.deepEqual(missing, [], `${lang}.json lacks these texts of scan.html`);
  }
  // The server replaces only whole text nodes: padded ones would stay English.
  assert.deepEqual(texts.filter((text) => page.includes(`> ${text}<`)), [], 'texts without padding');
});

test('translations name the values of their English text', () => {
  for (const lang of LANGUAGES) {
    for (const [english, translated] of Object.entries(dictionaries[lang])) {
      const wanted = placeholders(english);
      const named = placeholders(translated);
      assert.deepEqual([...named].filter((name) => !wanted.has(name)), [], `${lang}: ${translated} names unknown values`);
      // A language may leave out a count its words already say ("jede Sekunde"), nothing else.
      const left = [...wanted].filter((name) => !named.has(name) && name !== 'count');
      assert.deepEqual(left, [], `${lang}: ${translated} drops values of ${english}`);
    }
  }
});

test('German and Hindi know the same texts', () => {
  assert.deepEqual(Object.keys(dictionaries.hi).sort(), Object.keys(dictionaries.de).sort());
});
