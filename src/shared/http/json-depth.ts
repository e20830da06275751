import { RequestValidationError } from './problem.js';

/** No request of this service nests deeper than a handful of levels (an import row's `personal` is 3). */
export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of a JSON text, counted in one pass over its characters: nothing recursive runs
 * before the limit is known, so a body nested 5 000 levels deep cannot overflow a stack later (hashing
 * it for an Idempotency-Key, validating it).
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, (depth += 1));
    else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

export function assertJsonDepth(text: string): void {
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw new RequestValidationError([{ path: 'body', message: `the body nests deeper than ${MAX_JSON_DEPTH} levels` }], 'BODY_TOO_DEEP');
}
