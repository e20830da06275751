/**
 * The bearer token lives in sessionStorage: it survives a reload but not the tab, and no cookie carries
 * it, so the API cannot be called on the user's behalf from another site.
 */
const KEY = 'daeb.token';

export const token = () => sessionStorage.getItem(KEY);
export const signIn = (value) => sessionStorage.setItem(KEY, value.trim().replace(/^Bearer\s+/i, ''));
export const signOut = () => sessionStorage.removeItem(KEY);

/**
 * The token's claims, for display only (who is signed in): the service verifies the signature on every
 * request, the page never relies on these.
 */
export function claims(value = token()) {
  try {
    const payload = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
    return JSON.parse(json);
  } catch {
    return null;
  }
}
