import { lang } from '/assets/i18n.js';
import { EN } from './texts-en.js';
import { NL } from './texts-nl.js';

/** Labels of the workspace; Dutch by default, English on request. Names of calls and holders come from the API. */
const TEXTS = { nl: NL, en: EN };

/** `tx('lot', { n: 2 })`; a dotted key reads a nested label (`products.tender`). */
export function tx(key, vars = {}) {
  const text = key.split('.').reduce((node, part) => node?.[part], TEXTS[lang()]) ?? key;
  return String(text).replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

export const has = (key) => key.split('.').reduce((node, part) => node?.[part], TEXTS[lang()]) !== undefined;

export function translateShell(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = tx(element.dataset.i18n);
  document.title = tx('title');
}
