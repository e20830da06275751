import { startAgainstClosedPort, startWithStoreOnly } from '../support/store-selection.js';

describe('EVENT_STORE=eventstoredb with no server answering', () => {
  it('stops the start within 10 s with a message naming EVENTSTORE_URL and no password', async () => {
    const { code, output, elapsedMs } = await startAgainstClosedPort('daeb-esdb-down-', (closedPort) => ({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_URL: `esdb://admin:secret-password@127.0.0.1:${closedPort}?tls=false`,
    }));
    expect(code).not.toBe(0);
    expect(output).toMatch(/Cannot start: EVENTSTORE_URL esdb:\/\/\*\*\*@127\.0\.0\.1:\d+\?tls=false does not answer/);
    expect(output).not.toContain('secret-password');
    expect(elapsedMs).toBeLessThan(10_000);
  }, 30_000);

  it('stops at once naming EVENTSTORE_URL when it is missing', async () => {
    const { code, output } = await startWithStoreOnly('daeb-esdb-', { EVENT_STORE: 'eventstoredb' });
    expect(code).not.toBe(0);
    expect(output).toContain('EVENTSTORE_URL is required when EVENT_STORE=eventstoredb');
  }, 30_000);
});
