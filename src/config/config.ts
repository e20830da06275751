import Joi from 'joi';
import { isAbsolute, relative, resolve } from 'node:path';
import { DEVELOPMENT_AUDIT_KEY } from '../shared/event-store/tamper-evidence/chain-mac.js';
import { type StoreEnv, storeSchema, type StoreSelection, storeSettings } from './store-config.js';
import { type JwksConfig, tokenSchema, tokenSettings, type TokenEnv } from './token-config.js';

export { DEVELOPMENT_SECRET } from './token-config.js';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** HS256, for development and small installations; null when only the identity provider signs tokens. */
  readonly jwtSecret: string | null;
  /** The agency's identity provider (RS256/ES256 against its JWKS), or null. */
  readonly jwks: JwksConfig | null;
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly demoData: boolean;
  readonly logLevel: string;
  /** Years after the end of a participant's training year before the retention sweep erases the person. */
  readonly personalDataRetentionYears: number;
  /** The longest lifetime (exp - iat) of a bearer token the service accepts. */
  readonly tokenMaxHours: number;
  /** Fastify's trustProxy: false, true, or the proxies' addresses; only then does X-Forwarded-For count. */
  readonly trustProxy: boolean | string[];
  /** Wraps every person's key (optional): without it a stolen data folder alone reveals nothing. */
  readonly personalDataKey?: string;
  /** Keys the event chain and signs its anchors; never stored under DATA_DIR. */
  readonly auditKey: string;
  /** Where the signed anchors are appended: beside DATA_DIR, never inside it. */
  readonly anchorDir: string;
  /** Requests a minute per token, or per address without a valid one; 0 turns the limit off (benchmarks, bulk loads). */
  readonly rateLimitPerMinute: number;
  /** EVENT_STORE / READ_STORE and their servers; absent (tests, scripts) means both embedded. */
  readonly stores?: StoreSelection;
  /** Where notices of new calls are mailed through (smtp://host:port or smtps://user:pass@host); without it the outbox waits. */
  readonly smtpUrl?: string;
  /** The From of notices. */
  readonly mailFrom?: string;
  /** The first pause before a notice is sent again; it doubles per attempt. */
  readonly smtpRetryBaseMs?: number;
  /** Events the start-up verification checks between two turns of the event loop. */
  readonly integritySliceEvents?: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The environment as validated: names as the operator writes them, values converted and defaulted. */
interface Env extends TokenEnv, StoreEnv {
  readonly PORT: number;
  readonly HOST: string;
  readonly DATA_DIR: string;
  readonly NODE_ENV: AppConfig['nodeEnv'];
  readonly DEMO_DATA: boolean;
  readonly LOG_LEVEL: string;
  readonly PERSONAL_DATA_RETENTION_YEARS: number;
  readonly TOKEN_MAX_HOURS: number;
  readonly TRUST_PROXY: boolean | string;
  readonly AUDIT_KEY: string;
  readonly PERSONAL_DATA_KEY?: string;
  readonly ANCHOR_DIR?: string;
  readonly RATE_LIMIT_PER_MINUTE: number;
  readonly SMTP_URL?: string;
  readonly MAIL_FROM: string;
  readonly SMTP_RETRY_BASE_MS: number;
  readonly INTEGRITY_SLICE_EVENTS: number;
}

const schema = Joi.object<Env>({
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  HOST: Joi.string().default('0.0.0.0'),
  DATA_DIR: Joi.string().default('./data'),
  NODE_ENV: Joi.string().valid('development', 'test', 'production').default('development'),
  ...tokenSchema,
  ...storeSchema,
  DEMO_DATA: Joi.boolean().truthy('1', 'yes').falsy('0', 'no').default(true),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  PERSONAL_DATA_RETENTION_YEARS: Joi.number().integer().min(1).max(100).default(7),
  TOKEN_MAX_HOURS: Joi.number()
    .positive()
    .max(24 * 31)
    .default(12),
  TRUST_PROXY: Joi.alternatives(
    Joi.boolean().truthy('1', 'yes').falsy('0', 'no'),
    Joi.string().pattern(/^[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*$/, 'comma-separated addresses or CIDR ranges'),
  )
    .default(false)
    .messages({ 'alternatives.match': 'TRUST_PROXY must be true, false or comma-separated proxy addresses (CIDR allowed)' }),
  AUDIT_KEY: Joi.string()
    .custom((value: string, helpers) => (Buffer.byteLength(value, 'utf8') >= 32 ? value : helpers.error('auditKey.short')))
    .when('NODE_ENV', {
      is: 'development',
      then: Joi.optional().default(DEVELOPMENT_AUDIT_KEY),
      otherwise: Joi.required(),
    })
    .messages({
      'any.required': 'AUDIT_KEY is required outside development (at least 32 bytes, kept outside DATA_DIR)',
      'auditKey.short': 'AUDIT_KEY must be at least 32 bytes',
    }),
  ANCHOR_DIR: Joi.string(),
  PERSONAL_DATA_KEY: Joi.string().min(32).messages({ 'string.min': 'PERSONAL_DATA_KEY must be at least 32 characters' }),
  RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(0).default(3000),
  SMTP_URL: Joi.string()
    .uri({ scheme: ['smtp', 'smtps'] })
    .messages({ 'string.uriCustomScheme': 'SMTP_URL must be an smtp:// or smtps:// URL' }),
  MAIL_FROM: Joi.string().email({ tlds: false }).default('regie@daeb.local'),
  SMTP_RETRY_BASE_MS: Joi.number().integer().min(1).default(30_000),
  INTEGRITY_SLICE_EVENTS: Joi.number().integer().min(1).max(1_000_000).default(1_000),
}).unknown(true);

/** Beside DATA_DIR, not inside it: `./data` anchors in `./data-anchors`. */
export const defaultAnchorDir = (dataDir: string) => `${resolve(dataDir)}-anchors`;

/** Validated at start-up: a bad or missing value stops the service with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = schema.validate(env, { abortEarly: false, convert: true });
  if (result.error) {
    throw new Error(`Invalid configuration: ${result.error.details.map((d) => d.message).join('; ')}`);
  }
  const value = result.value;
  const { dataDir, anchorDir, auditKey } = auditSettings(value);
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir,
    ...tokenSettings(value),
    nodeEnv: value.NODE_ENV,
    demoData: value.DEMO_DATA,
    logLevel: value.LOG_LEVEL,
    personalDataRetentionYears: value.PERSONAL_DATA_RETENTION_YEARS,
    tokenMaxHours: value.TOKEN_MAX_HOURS,
    trustProxy: typeof value.TRUST_PROXY === 'string' ? value.TRUST_PROXY.split(',').map((address) => address.trim()) : value.TRUST_PROXY,
    auditKey,
    anchorDir,
    ...(value.PERSONAL_DATA_KEY ? { personalDataKey: value.PERSONAL_DATA_KEY } : {}),
    rateLimitPerMinute: value.RATE_LIMIT_PER_MINUTE,
    ...storeSettings(value),
    ...(value.SMTP_URL ? { smtpUrl: value.SMTP_URL } : {}),
    mailFrom: value.MAIL_FROM,
    smtpRetryBaseMs: value.SMTP_RETRY_BASE_MS,
    integritySliceEvents: value.INTEGRITY_SLICE_EVENTS,
  };
}

type AuditEnv = Pick<Env, 'NODE_ENV' | 'DATA_DIR' | 'ANCHOR_DIR' | 'AUDIT_KEY' | 'JWT_SECRET'>;

/** The rules that span variables: anchors outside the data they vouch for, a key of its own. */
function auditSettings(env: AuditEnv): { dataDir: string; anchorDir: string; auditKey: string } {
  const dataDir = resolve(env.DATA_DIR);
  const anchorDir = env.ANCHOR_DIR ? resolve(env.ANCHOR_DIR) : defaultAnchorDir(dataDir);
  const fromData = relative(dataDir, anchorDir);
  if (fromData === '' || (!fromData.startsWith('..') && !isAbsolute(fromData))) {
    // Anchors in the same folder as the log can be cut together with it: they would prove nothing.
    throw new Error('Invalid configuration: ANCHOR_DIR must not be DATA_DIR or inside it (another volume in production)');
  }
  if (env.NODE_ENV !== 'development' && env.AUDIT_KEY === env.JWT_SECRET) {
    throw new Error(
      'Invalid configuration: AUDIT_KEY must differ from JWT_SECRET (whoever signs tokens must not be able to forge the log)',
    );
  }
  return { dataDir, anchorDir, auditKey: env.AUDIT_KEY };
}
