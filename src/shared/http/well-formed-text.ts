import { RequestValidationError } from './problem.js';

/** A UTF-16 surrogate without its partner: JSON's `\ud800` lets one in, UTF-8 (SQLite, files) cannot hold it. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The path of the first key or string value holding a lone surrogate, or null. Recursion is safe: the
 * body's depth was checked before it was parsed.
 */
export function lonelySurrogateAt(value: unknown, path: readonly string[] = []): string[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [...path] : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return [...path, '(key)'];
    const found = lonelySurrogateAt(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Text that could not be stored as it was sent is refused, naming where it is; the value is never repeated. */
export function assertWellFormedText(body: unknown): void {
  const at = lonelySurrogateAt(body);
  if (!at) return;
  const path = at.join('.') || 'body';
  throw new RequestValidationError([{ path, message: `${path} is not well-formed Unicode text (a lone surrogate)` }]);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A spreadsheet saved in another encoding (Windows-1252) is not UTF-8: decoded leniently, every accent
 * would become U+FFFD in a name for good. Refused instead, naming the body. The BOM stays for the import.
 */
export function csvText(body: Buffer): string {
  try {
    return UTF8.decode(body);
  } catch {
    throw new RequestValidationError([{ path: 'body', message: 'the CSV is not UTF-8 text: save it as "CSV UTF-8"' }]);
  }
}
