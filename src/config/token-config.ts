import Joi from 'joi';

/** The agency's identity provider: RS256/ES256 tokens checked against the keys it publishes. */
export interface JwksConfig {
  readonly url: string;
  /** `iss` must be exactly this. */
  readonly issuer: string;
  /** `aud` must name this service: a token the provider issued for another application is refused. */
  readonly audience: string;
  /** After a fetch, an unknown `kid` waits this long before the next one: random kids cannot flood the provider. */
  readonly refetchCooldownSeconds: number;
}

/** Only for development on a laptop; outside development the service refuses to start without a real secret. */
export const DEVELOPMENT_SECRET = 'development-only-secret-not-for-production';

export interface TokenEnv {
  readonly NODE_ENV: string;
  readonly JWT_SECRET?: string;
  readonly JWT_JWKS_URL?: string;
  readonly JWT_ISSUER?: string;
  readonly JWT_AUDIENCE?: string;
  readonly JWT_JWKS_COOLDOWN_SECONDS: number;
}

const whenJwks = (then: Joi.Schema) => Joi.string().when('JWT_JWKS_URL', { is: Joi.exist(), then, otherwise: Joi.forbidden() });

/**
 * HS256 with JWT_SECRET, the identity provider's JWKS, or both. The development secret is a default
 * only in development and only when no provider is configured: with one, a well-known secret beside it
 * would be a back door.
 */
export const tokenSchema = {
  JWT_SECRET: Joi.string()
    .min(32)
    .when('JWT_JWKS_URL', {
      is: Joi.exist(),
      then: Joi.optional(),
      otherwise: Joi.when('NODE_ENV', {
        is: 'development',
        then: Joi.optional().default(DEVELOPMENT_SECRET),
        otherwise: Joi.required(),
      }),
    })
    .messages({ 'any.required': 'JWT_SECRET (at least 32 characters) or JWT_JWKS_URL is required outside development' }),
  JWT_JWKS_URL: Joi.string().uri({ scheme: ['https', 'http'] }),
  JWT_ISSUER: whenJwks(Joi.required()).messages({
    'any.required': 'JWT_ISSUER is required with JWT_JWKS_URL',
    'any.unknown': 'JWT_ISSUER applies only with JWT_JWKS_URL',
  }),
  JWT_AUDIENCE: whenJwks(Joi.required()).messages({
    'any.required': 'JWT_AUDIENCE is required with JWT_JWKS_URL',
    'any.unknown': 'JWT_AUDIENCE applies only with JWT_JWKS_URL',
  }),
  JWT_JWKS_COOLDOWN_SECONDS: Joi.number().integer().min(0).max(3600).default(30),
};

export function tokenSettings(env: TokenEnv): { jwtSecret: string | null; jwks: JwksConfig | null } {
  const url = env.JWT_JWKS_URL;
  // Keys fetched over plain HTTP could be swapped on the way: only a development or test machine may.
  if (url && env.NODE_ENV === 'production' && !url.startsWith('https:')) {
    throw new Error('Invalid configuration: JWT_JWKS_URL must be https in production');
  }
  return {
    jwtSecret: env.JWT_SECRET ?? null,
    jwks:
      url && env.JWT_ISSUER && env.JWT_AUDIENCE
        ? { url, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, refetchCooldownSeconds: env.JWT_JWKS_COOLDOWN_SECONDS }
        : null,
  };
}
