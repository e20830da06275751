import { token } from './session.js';

/** An answer other than 2xx, with the service's problem details (`code`, `detail`) when it sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code ?? null;
  }
}

/** GET on the service itself with the signed-in user's token; query values that are empty are left out. */
export async function get(path, query = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(key, String(value));
  const response = await fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${token()}` } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const yearlyTable = (year, asOf) => get(`/indicators/${year}/table`, { asOf });
export const outsourcings = (asOf) =>
  get(asOf ? `/outsourcings?asOf=${encodeURIComponent(asOf)}` : '/outsourcings').then((body) => body.items);
export const mandateHolders = () => get('/mandate-holders').then((body) => body.items);
