import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { type AppConfig, defaultAnchorDir } from '../../src/config/config.js';
import type { Role } from '../../src/shared/auth/principal.js';
import type { EventSchemas } from '../../src/shared/domain/event-schema.js';
import { ManualClock } from '../../src/shared/time/clock.js';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters-long';
export const TEST_AUDIT_KEY = 'test-audit-key-that-is-at-least-32-bytes-long';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly http: TestAgent;
  /** The app listens on a loopback port (for browsers and fetch), e.g. http://127.0.0.1:40123. */
  readonly baseUrl: string;
  readonly clock: ManualClock;
  readonly dataDir: string;
  /** Beside dataDir, as in the default configuration; a restart on the same dataDir finds the same anchors. */
  readonly anchorDir: string;
  /** `Authorization` header value for a role. */
  auth(role: Role, options?: { sub?: string; org?: string }): string;
  close(): Promise<void>;
}

/** The real application on a fresh embedded store in a temporary folder, over real HTTP. */
export async function startTestApp(
  options: {
    now?: string;
    dataDir?: string;
    demoData?: boolean;
    eventSchemas?: EventSchemas;
    rateLimitPerMinute?: number;
    config?: Partial<AppConfig>;
  } = {},
): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'daeb-http-'));
  const anchorDir = defaultAnchorDir(dataDir);
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    jwtSecret: TEST_SECRET,
    jwks: null,
    nodeEnv: 'test',
    demoData: options.demoData ?? false,
    logLevel: 'silent',
    personalDataRetentionYears: 7,
    tokenMaxHours: 12,
    trustProxy: false,
    auditKey: TEST_AUDIT_KEY,
    anchorDir,
    // Off, as for bulk loads: only the rate-limit spec turns it on.
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    ...options.config,
  };
  const clock = new ManualClock(new Date(options.now ?? '2016-06-15T10:00:00Z'));
  const app = await createApp({ config, clock, ...(options.eventSchemas ? { eventSchemas: options.eventSchemas } : {}) });
  const jwt = new JwtService({ secret: TEST_SECRET, signOptions: { expiresIn: '1h' } });
  // One real listening socket for the whole test: supertest's listen-per-request races on a shared server.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    http: request(baseUrl),
    baseUrl,
    clock,
    dataDir,
    anchorDir,
    auth: (role, { sub = `${role}-user`, org } = {}) => `Bearer ${jwt.sign({ sub, role, ...(org ? { org } : {}) })}`,
    close: () => app.close(),
  };
}

/**
 * The types of the events recorded after `position`, leaving out the anchors the log takes of itself
 * (every 1 000 events and at shutdown): what "appends nothing" means to a spec.
 */
export async function recordedSince(t: TestApp, position: number | null): Promise<string[]> {
  const after = position === null ? '' : `&after=${position}`;
  const page = await t.http.get(`/audit/events?limit=1000${after}`).set('authorization', t.auth('inspector')).expect(200);
  return (page.body as { items: { type: string }[] }).items.map((e) => e.type).filter((type) => type !== 'LogAnchored');
}
