import { DEVELOPMENT_SECRET, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', demoData: true, jwtSecret: DEVELOPMENT_SECRET });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('requires the secret outside development and names it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('names a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/"PORT" must be a number/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/"DEMO_DATA" must be a boolean/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/"NODE_ENV" must be one of/);
  });

  it('reads DEMO_DATA=false as starting empty', () => {
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('keeps personal data 7 years, tokens 12 hours, and trusts no proxy unless told', () => {
    expect(loadConfig({})).toMatchObject({ personalDataRetentionYears: 7, tokenMaxHours: 12, trustProxy: false });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ PERSONAL_DATA_RETENTION_YEARS: '0' })).toThrow(/PERSONAL_DATA_RETENTION_YEARS/);
    expect(() => loadConfig({ TOKEN_MAX_HOURS: 'long' })).toThrow(/TOKEN_MAX_HOURS/);
  });

  it('limits each caller to 3 000 requests a minute unless told, 0 turning the limit off', () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(3000);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '2.5' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('verifies the log at start 1 000 events per turn of the event loop unless told, at least 1', () => {
    expect(loadConfig({}).integritySliceEvents).toBe(1000);
    expect(loadConfig({ INTEGRITY_SLICE_EVENTS: '50' }).integritySliceEvents).toBe(50);
    expect(() => loadConfig({ INTEGRITY_SLICE_EVENTS: '0' })).toThrow(/INTEGRITY_SLICE_EVENTS/);
  });
});

describe('the audit key and the anchor folder', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32) };

  it('requires AUDIT_KEY outside development, of at least 32 bytes, and not the token secret', () => {
    expect(() => loadConfig(production)).toThrow(/AUDIT_KEY is required outside development/);
    expect(() => loadConfig({ ...production, AUDIT_KEY: 'k'.repeat(31) })).toThrow(/AUDIT_KEY must be at least 32 bytes/);
    expect(() => loadConfig({ ...production, AUDIT_KEY: 'p'.repeat(32) })).toThrow(/AUDIT_KEY must differ from JWT_SECRET/);
    expect(loadConfig({ ...production, AUDIT_KEY: 'é'.repeat(16) }).auditKey).toBe('é'.repeat(16));
  });

  it('anchors beside DATA_DIR by default, and never inside it', () => {
    expect(loadConfig({ DATA_DIR: '/srv/daeb/data' }).anchorDir).toBe('/srv/daeb/data-anchors');
    expect(loadConfig({ DATA_DIR: '/srv/daeb/data', ANCHOR_DIR: '/mnt/worm/daeb' }).anchorDir).toBe('/mnt/worm/daeb');
    expect(() => loadConfig({ DATA_DIR: '/srv/daeb/data', ANCHOR_DIR: '/srv/daeb/data/anchors' })).toThrow(
      /ANCHOR_DIR must not be DATA_DIR or inside it/,
    );
    expect(() => loadConfig({ DATA_DIR: '/srv/daeb/data', ANCHOR_DIR: '/srv/daeb/data' })).toThrow(/ANCHOR_DIR/);
  });
});

describe('the token settings', () => {
  const provider = {
    JWT_JWKS_URL: 'https://idp.agency.test/realms/daeb/protocol/openid-connect/certs',
    JWT_ISSUER: 'https://idp.agency.test/realms/daeb',
    JWT_AUDIENCE: 'daeb-outsourcing',
  };
  const production = { NODE_ENV: 'production', AUDIT_KEY: 'a'.repeat(32) };

  it('takes the identity provider instead of a secret, with its issuer and audience, and no development secret beside it', () => {
    expect(loadConfig({ ...production, ...provider })).toMatchObject({
      jwtSecret: null,
      jwks: { url: provider.JWT_JWKS_URL, issuer: provider.JWT_ISSUER, audience: provider.JWT_AUDIENCE, refetchCooldownSeconds: 30 },
    });
    expect(loadConfig(provider).jwtSecret).toBeNull();
    expect(loadConfig({ ...production, ...provider, JWT_SECRET: 's'.repeat(32) }).jwtSecret).toBe('s'.repeat(32));
    expect(loadConfig({}).jwks).toBeNull();
  });

  it('names what is missing or wrong', () => {
    expect(() => loadConfig(production)).toThrow(/JWT_SECRET \(at least 32 characters\) or JWT_JWKS_URL is required/);
    expect(() => loadConfig({ ...provider, JWT_ISSUER: undefined })).toThrow(/JWT_ISSUER is required with JWT_JWKS_URL/);
    expect(() => loadConfig({ ...provider, JWT_AUDIENCE: undefined })).toThrow(/JWT_AUDIENCE is required with JWT_JWKS_URL/);
    expect(() => loadConfig({ JWT_AUDIENCE: 'daeb' })).toThrow(/JWT_AUDIENCE applies only with JWT_JWKS_URL/);
    expect(() => loadConfig({ ...production, ...provider, JWT_JWKS_URL: 'http://idp.agency.test/certs' })).toThrow(/https in production/);
    expect(() => loadConfig({ ...provider, JWT_JWKS_URL: 'ftp://idp.agency.test/certs' })).toThrow(/JWT_JWKS_URL/);
    expect(() => loadConfig({ ...provider, JWT_JWKS_COOLDOWN_SECONDS: '-1' })).toThrow(/JWT_JWKS_COOLDOWN_SECONDS/);
  });
});

describe('store selection', () => {
  it('keeps both stores embedded unless told', () => {
    expect(loadConfig({}).stores).toEqual({ eventStore: { kind: 'sqlite' }, readStore: { kind: 'sqlite' } });
  });

  it('selects the servers with their URLs', () => {
    const config = loadConfig({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_URL: 'esdb://eventstore:2113?tls=false',
      READ_STORE: 'mongodb',
      MONGODB_URL: 'mongodb://mongodb:27017/daeb?replicaSet=rs0',
    });
    expect(config.stores).toEqual({
      eventStore: { kind: 'eventstoredb', url: 'esdb://eventstore:2113?tls=false' },
      readStore: { kind: 'mongodb', url: 'mongodb://mongodb:27017/daeb?replicaSet=rs0' },
    });
  });

  it('names the variable a selected server lacks', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_URL is required when EVENT_STORE=eventstoredb/);
    expect(() => loadConfig({ READ_STORE: 'mongodb' })).toThrow(/MONGODB_URL is required when READ_STORE=mongodb/);
  });

  it('refuses a URL for a store that is not selected, a URL of the wrong kind, and an unknown store', () => {
    expect(() => loadConfig({ EVENTSTORE_URL: 'esdb://eventstore:2113' })).toThrow(
      /EVENTSTORE_URL is only read when EVENT_STORE=eventstoredb/,
    );
    expect(() => loadConfig({ MONGODB_URL: 'mongodb://m:27017' })).toThrow(/MONGODB_URL is only read when READ_STORE=mongodb/);
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'mongodb://m:27017' })).toThrow(
      /EVENTSTORE_URL must be a connection string like esdb:/,
    );
    expect(() => loadConfig({ EVENT_STORE: 'postgres' })).toThrow(/"EVENT_STORE" must be one of \[sqlite, eventstoredb\]/);
    expect(() => loadConfig({ READ_STORE: 'redis' })).toThrow(/"READ_STORE" must be one of \[sqlite, mongodb\]/);
  });
});
