import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config.js';

interface Service {
  readonly image?: string;
  readonly build?: unknown;
  readonly profiles?: readonly string[];
  readonly environment?: Record<string, string>;
  readonly depends_on?: Record<string, { condition: string }>;
  readonly healthcheck?: { test: readonly string[] };
  readonly volumes?: readonly string[];
  readonly command?: readonly string[];
}

// No compose engine runs here (stack notes): the file is parsed as YAML, merge keys resolved as compose does.
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const instances = ['service', 'service-a', 'service-b'];

describe('docker-compose.yml', () => {
  it('has the service, its two scaled instances, the proxy, EventStoreDB, MongoDB and the contract tests', () => {
    expect(Object.keys(services).sort()).toEqual(['contract-tests', 'eventstore', 'mongodb', 'proxy', 'service', 'service-a', 'service-b']);
  });

  it('gives every long-running container a healthcheck', () => {
    for (const name of [...instances, 'proxy', 'eventstore', 'mongodb']) expect(services[name].healthcheck?.test.length).toBeGreaterThan(1);
    expect(services.mongodb.healthcheck?.test.join(' ')).toContain('rs.initiate');
    expect(services.mongodb.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(services.eventstore.environment).toMatchObject({ EVENTSTORE_INSECURE: 'true', EVENTSTORE_CLUSTER_SIZE: '1' });
  });

  it('keeps the scaled instances and the proxy in the scale profile, the contract tests in the test profile', () => {
    for (const name of ['service-a', 'service-b', 'proxy']) expect(services[name].profiles).toEqual(['scale']);
    expect(services['contract-tests'].profiles).toEqual(['test']);
    for (const name of ['service', 'eventstore', 'mongodb']) expect(services[name].profiles).toBeUndefined();
  });

  it('starts every dependant only once what it needs is healthy', () => {
    for (const name of [...instances, 'contract-tests']) {
      expect(services[name].depends_on).toEqual({
        eventstore: { condition: 'service_healthy' },
        mongodb: { condition: 'service_healthy' },
      });
    }
    expect(services.proxy.depends_on).toEqual({
      'service-a': { condition: 'service_healthy' },
      'service-b': { condition: 'service_healthy' },
    });
  });

  it('keeps every store on a named volume', () => {
    const named = (service: string) => (services[service].volumes ?? []).map((v) => v.split(':')[0]);
    for (const name of [...instances, 'eventstore', 'mongodb']) {
      for (const volume of named(name)) expect(Object.keys(compose.volumes)).toContain(volume);
      expect(named(name).length).toBeGreaterThan(0);
    }
  });

  it("configures the instances with values the service's own configuration accepts", () => {
    for (const name of instances) {
      const env = {
        ...services[name].environment,
        JWT_SECRET: 'x'.repeat(32),
        AUDIT_KEY: 'y'.repeat(32),
        PERSONAL_DATA_KEY: 'z'.repeat(32),
      };
      expect(loadConfig(env).stores).toEqual({
        eventStore: { kind: 'eventstoredb', url: 'esdb://eventstore:2113?tls=false' },
        readStore: { kind: 'mongodb', url: 'mongodb://mongodb:27017/daeb?replicaSet=rs0' },
      });
    }
    expect(services['contract-tests'].environment).toMatchObject({ EVENTSTORE_URL: expect.any(String), MONGODB_URL: expect.any(String) });
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const images = dockerfile.split('\n').filter((line) => /^FROM [a-z]+:/.test(line));

  it('builds on a maintained Node.js LTS line and runs non-root with production dependencies only and a healthcheck', () => {
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/^FROM node:(22|24)-/);
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(dockerfile).toMatch(/\nUSER node\n/);
    expect(dockerfile).toMatch(/\nHEALTHCHECK /);
    expect(readFileSync('.dockerignore', 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', '.env']));
  });
});
