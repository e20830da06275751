import { invalid } from './domain-error.js';

/**
 * A Belgian enterprise number (KBO/BCE): ten digits, written `0123.456.749`; valid when the last two
 * digits equal 97 minus the first eight modulo 97. Accepts `0123456749`, `0123.456.749`, `BE0123456749`
 * and nine-digit legacy numbers (a leading 0 is implied).
 */
export type EnterpriseNumber = string & { readonly __brand: 'EnterpriseNumber' };

export function parseEnterpriseNumber(raw: string, field = 'enterpriseNumber'): EnterpriseNumber {
  // Spaces and dots are how people write it; a line separator or another control is not a spelling.
  const digits = raw
    .trim()
    .toUpperCase()
    .replace(/^BE/, '')
    .replace(/[ .\u00A0]/g, '');
  const padded = /^\d{9}$/.test(digits) ? `0${digits}` : digits;
  if (!/^[01]\d{9}$/.test(padded)) {
    throw invalid('ENTERPRISE_NUMBER_FORMAT', `${field} must be ten digits like 0123.456.749`, field);
  }
  // 0000.000.097 passes the modulo-97 check but numbers no enterprise: a placeholder, never a holder.
  if (/^[01]0{7}$/.test(padded.slice(0, 8))) {
    throw invalid('ENTERPRISE_NUMBER_EMPTY', `${field} has a body of all zeros: no enterprise has that number`, field);
  }
  const check = 97 - (Number(padded.slice(0, 8)) % 97);
  if (check !== Number(padded.slice(8))) {
    throw invalid('ENTERPRISE_NUMBER_CHECKSUM', `${field} fails the modulo-97 check`, field);
  }
  return `${padded.slice(0, 4)}.${padded.slice(4, 7)}.${padded.slice(7)}` as EnterpriseNumber;
}

export function isEnterpriseNumber(raw: string): boolean {
  try {
    parseEnterpriseNumber(raw);
    return true;
  } catch {
    return false;
  }
}
