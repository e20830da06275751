import { generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

export const ISSUER = 'https://idp.agency.test/realms/daeb';
export const AUDIENCE = 'daeb-outsourcing';

export interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256' | 'ES256';
  readonly privateKey: KeyObject;
  readonly jwk: JsonWebKey;
}

export function signingKey(kid: string, alg: SigningKey['alg']): SigningKey {
  const { privateKey, publicKey } =
    alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid, alg, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' } };
}

/** A token as the agency's identity provider issues it: iss, aud, sub, iat, exp, and the role and org claims. */
export function providerToken(key: SigningKey, claims: object = {}, options: { kid?: string; noTimestamp?: boolean } = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: ISSUER, aud: AUDIENCE, sub: 'ann@agency', role: 'adviser', iat: now, exp: now + 3600 };
  return jwt.sign({ ...payload, ...claims }, key.privateKey, {
    algorithm: key.alg,
    keyid: options.kid ?? key.kid,
    noTimestamp: options.noTimestamp ?? false,
  });
}

/** The provider's key set on a loopback port, as a test publishes, rotates or breaks it. */
export interface LoopbackJwks {
  readonly url: string;
  /** How many times the service fetched the set. */
  readonly fetches: number;
  publish(keys: readonly SigningKey[]): void;
  /** From now on the endpoint answers 500 (the provider is down). */
  fail(): void;
  close(): Promise<void>;
}

export async function serveJwks(keys: readonly SigningKey[]): Promise<LoopbackJwks> {
  let published = keys;
  let failing = false;
  let fetches = 0;
  const server = createServer((_request, response) => {
    fetches += 1;
    if (failing) {
      response.writeHead(500).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/realms/daeb/protocol/openid-connect/certs`,
    get fetches() {
      return fetches;
    },
    publish: (next) => {
      published = next;
    },
    fail: () => {
      failing = true;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The service's fetch keeps its connection alive; close would wait for it.
        server.closeAllConnections();
      }),
  };
}
