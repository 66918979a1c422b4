// The texts the scripts write, in the page's language. The server chose that language and
// translated the page itself with the same dictionary (static/i18n/{lang}.json, keyed by English).

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

/** The translation of an English text, or the text itself. */
export function t(english) {
  const translated = dictionary[english];
  return typeof translated === 'string' ? translated : english;
}
