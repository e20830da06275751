import Joi from 'joi';
import { resolve } from 'node:path';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly demoData: boolean;
  readonly logLevel: string;
  /** Years after the end of a participant's training year before the retention sweep erases the person. */
  readonly personalDataRetentionYears: number;
  /** The longest lifetime (exp - iat) of a bearer token the service accepts. */
  readonly tokenMaxHours: number;
  /** Fastify's trustProxy: false, true, or the proxies' addresses; only then does X-Forwarded-For count. */
  readonly trustProxy: boolean | string[];
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Only for development on a laptop; outside development the service refuses to start without a real secret. */
export const DEVELOPMENT_SECRET = 'development-only-secret-not-for-production';

/** The environment as validated: names as the operator writes them, values converted and defaulted. */
interface Env {
  readonly PORT: number;
  readonly HOST: string;
  readonly DATA_DIR: string;
  readonly NODE_ENV: AppConfig['nodeEnv'];
  readonly JWT_SECRET: string;
  readonly DEMO_DATA: boolean;
  readonly LOG_LEVEL: string;
  readonly PERSONAL_DATA_RETENTION_YEARS: number;
  readonly TOKEN_MAX_HOURS: number;
  readonly TRUST_PROXY: boolean | string;
}

const schema = Joi.object<Env>({
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  HOST: Joi.string().default('0.0.0.0'),
  DATA_DIR: Joi.string().default('./data'),
  NODE_ENV: Joi.string().valid('development', 'test', 'production').default('development'),
  JWT_SECRET: Joi.string()
    .min(32)
    .when('NODE_ENV', {
      is: 'development',
      then: Joi.optional().default(DEVELOPMENT_SECRET),
      otherwise: Joi.required(),
    })
    .messages({ 'any.required': 'JWT_SECRET is required outside development (at least 32 characters)' }),
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
}).unknown(true);

/** Validated at start-up: a bad or missing value stops the service with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = schema.validate(env, { abortEarly: false, convert: true });
  if (result.error) {
    throw new Error(`Invalid configuration: ${result.error.details.map((d) => d.message).join('; ')}`);
  }
  const value = result.value;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: resolve(value.DATA_DIR),
    jwtSecret: value.JWT_SECRET,
    nodeEnv: value.NODE_ENV,
    demoData: value.DEMO_DATA,
    logLevel: value.LOG_LEVEL,
    personalDataRetentionYears: value.PERSONAL_DATA_RETENTION_YEARS,
    tokenMaxHours: value.TOKEN_MAX_HOURS,
    trustProxy: typeof value.TRUST_PROXY === 'string' ? value.TRUST_PROXY.split(',').map((address) => address.trim()) : value.TRUST_PROXY,
  };
}
