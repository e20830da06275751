import { startAgainstClosedPort, startWithStoreOnly } from '../support/store-selection.js';

describe('READ_STORE=mongodb with no server answering', () => {
  it('stops the start within 10 s with a message naming MONGODB_URL and no password', async () => {
    const { code, output, elapsedMs } = await startAgainstClosedPort('daeb-mongo-down-', (closedPort) => ({
      READ_STORE: 'mongodb',
      MONGODB_URL: `mongodb://admin:secret-password@127.0.0.1:${closedPort}/daeb?replicaSet=rs0&directConnection=true`,
    }));
    expect(code).not.toBe(0);
    expect(output).toMatch(/Cannot start: MONGODB_URL mongodb:\/\/\*\*\*@127\.0\.0\.1:\d+\/daeb\S* does not answer/);
    expect(output).not.toContain('secret-password');
    expect(elapsedMs).toBeLessThan(10_000);
  }, 30_000);

  it('stops at once naming MONGODB_URL when it is missing', async () => {
    const { code, output } = await startWithStoreOnly('daeb-mongo-', { READ_STORE: 'mongodb' });
    expect(code).not.toBe(0);
    expect(output).toContain('MONGODB_URL is required when READ_STORE=mongodb');
  }, 30_000);
});
