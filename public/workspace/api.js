import { ApiError } from '/assets/api.js';
import { token } from '/assets/session.js';

/**
 * The log position of this tab's last write: every later read passes it as `consistentWith`, so a page
 * drawn after a write shows that write (the read models are updated just after the append).
 */
let lastWritten = null;

export const rememberWrite = (position) => {
  if (position !== null && position !== undefined) lastWritten = String(position);
};

function url(path, query) {
  const target = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== '') target.searchParams.set(key, String(value));
  if (lastWritten) target.searchParams.set('consistentWith', lastWritten);
  return target;
}

/** A read with the user's token; an answer other than 2xx throws the service's problem details. */
export async function read(path, query = {}) {
  const response = await fetch(url(path, query), { headers: { accept: 'application/json', authorization: `Bearer ${token()}` } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A write: answers `{ status, body }` whatever the status, and throws only when the service could not be reached. */
export async function write(method, path, body, idempotencyKey) {
  const response = await fetch(new URL(path, window.location.origin), {
    method,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Bearer ${token()}`,
      'idempotency-key': idempotencyKey,
    },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  if (response.ok) rememberWrite(answer?.position);
  return { status: response.status, body: answer };
}
