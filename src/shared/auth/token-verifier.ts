import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { JwksConfig } from '../../config/token-config.js';
import { HttpProblem } from '../http/problem.js';

const PROVIDER_ALGORITHMS = ['RS256', 'ES256'];

/** The provider's keys could not be fetched: the caller's token may be fine, the service cannot tell. */
class KeysUnavailable extends Error {}

/**
 * Checks a bearer token's signature and standard claims (exp, nbf; iss and aud for the provider).
 * The header's `alg` picks the key, and each key is held to its own algorithms: an HS256 token is
 * never checked against a public key, nor an RS256 one against the secret.
 */
@Injectable()
export class TokenVerifier {
  private readonly secret: Uint8Array | null;
  private readonly provider: { config: JwksConfig; keys: JWTVerifyGetKey } | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
    this.provider = config.jwks ? { config: config.jwks, keys: providerKeys(config.jwks) } : null;
  }

  async verify(token: string): Promise<JWTPayload> {
    const alg = algorithmOf(token);
    try {
      if (alg === 'HS256' && this.secret) {
        return (await jwtVerify(token, this.secret, { algorithms: ['HS256'] })).payload;
      }
      if (PROVIDER_ALGORITHMS.includes(alg) && this.provider) {
        const { config, keys } = this.provider;
        const options = { algorithms: PROVIDER_ALGORITHMS, issuer: config.issuer, audience: config.audience };
        return (await jwtVerify(token, keys, options)).payload;
      }
    } catch (error) {
      if (error instanceof KeysUnavailable)
        throw new HttpProblem(503, 'TOKEN_KEYS_UNAVAILABLE', `the identity provider's keys could not be fetched: ${error.message}`);
      throw new HttpProblem(401, 'TOKEN_INVALID', `the bearer token is not valid: ${reason(error)}`);
    }
    throw new HttpProblem(
      401,
      'TOKEN_ALGORITHM_REFUSED',
      `tokens signed with ${alg} are not accepted here; accepted: ${this.accepted().join(', ')}`,
    );
  }

  private accepted(): string[] {
    return [...(this.secret ? ['HS256'] : []), ...(this.provider ? PROVIDER_ALGORITHMS : [])];
  }
}

/**
 * The provider's key set, cached for ten minutes; a `kid` not in the cache fetches it again (the
 * provider rotated its keys), at most once per cooldown. A fetch that fails is not a bad token.
 */
function providerKeys(config: JwksConfig): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(config.url), { cooldownDuration: config.refetchCooldownSeconds * 1000, cacheMaxAge: 600_000 });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeysUnavailable((error as Error).message);
    }
  };
}

function algorithmOf(token: string): string {
  try {
    return String(decodeProtectedHeader(token).alg);
  } catch {
    throw new HttpProblem(401, 'TOKEN_INVALID', 'the bearer token is not a signed JWT');
  }
}

function reason(error: unknown): string {
  if (error instanceof errors.JWKSNoMatchingKey) return "its key (kid) is not among the identity provider's keys";
  if (error instanceof errors.JWTClaimValidationFailed) return `${error.claim}: ${error.message}`;
  return (error as Error).message;
}
