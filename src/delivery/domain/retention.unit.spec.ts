import { retentionEnded } from './retention.js';

describe('personal data retention', () => {
  it('keeps a training year for the full years after it ends, then lets it go on 1 January', () => {
    expect(retentionEnded(2018, '2025-12-31', 7)).toBe(false);
    expect(retentionEnded(2018, '2026-01-01', 7)).toBe(true);
    expect(retentionEnded(2019, '2026-11-27', 7)).toBe(false);
    expect(retentionEnded(2025, '2027-01-01', 1)).toBe(true);
  });
});
