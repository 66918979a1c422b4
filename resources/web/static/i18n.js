// The texts the scripts write, in the page's language. The server chose that language and
// translated the page itself with the same dictionary (static/i18n/{lang}.json, keyed by English).
// Texts with values name them in braces ("Row {row}, seat {number}"), so that a translation can
// put them where its grammar wants them.

export const language = document.documentElement.lang || 'en';

async function loadDictionary() {
  if (language === 'en') return {};
  try {
    const response = await fetch(`/static/i18n/${encodeURIComponent(language)}.json`);
    return response.ok ? await response.json() : {};
  } catch {
    // English is better than no page.
    return {};
  }
}

const dictionary = await loadDictionary();
const pluralRules = new Intl.PluralRules(language);

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The translation of an English text, or the text itself, with `{name}` filled from `values`. */
export function t(english, values = {}) {
  const translated = dictionary[english];
  return fill(typeof translated === 'string' ? translated : english, values);
}

/**
 * `one` or `many` by the page language's plural rule for `count`, translated, with `{count}` and
 * the other values filled in: tn(3, '{count} seat', '{count} seats') is "3 Plätze" in German.
 */
export function tn(count, one, many, values = {}) {
  return t(pluralRules.select(count) === 'one' ? one : many, { ...values, count });
}
