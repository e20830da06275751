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
});
