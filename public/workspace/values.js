import { tx } from './texts.js';

/** `1.234,56` or `1234.56` or `1234` euro as integer cents; null when it is not an amount. */
export function euroToCents(text) {
  const clean = String(text).trim().replace(/\s|€/g, '');
  // Flemish first: a dot groups thousands (`80.000` is eighty thousand), a comma starts the cents.
  const flemish = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(clean);
  if (!flemish && !/^\d+([.,]\d{1,2})?$/.test(clean)) return null;
  const normal = flemish ? clean.replace(/\./g, '').replace(',', '.') : clean.replace(',', '.');
  return Math.round(Number(normal) * 100);
}

export const valueOf = (form, name) => form.elements.namedItem(name)?.value?.trim() ?? '';

/** Leaves out what the user left empty, so that the API applies its own default (today, for most dates). */
export const compact = (body) => Object.fromEntries(Object.entries(body).filter(([, v]) => v !== '' && v !== undefined && v !== null));

/** The amount typed in a money field as cents, or a field error the form shows beside it. */
export function centsFrom(form, name, path, text = valueOf(form, name)) {
  const cents = euroToCents(text);
  if (cents === null) throw { errors: [{ path, message: tx('invalidAmount') }] };
  return cents;
}

export function integerFrom(form, name, path, text = valueOf(form, name)) {
  if (!/^\d+$/.test(text)) throw { errors: [{ path, message: tx('invalidNumber') }] };
  return Number(text);
}
