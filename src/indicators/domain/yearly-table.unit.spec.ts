import { cents, count, ratio } from './indicator.js';
import { noTargets } from './indicator-catalogue.js';
import { yearlyTable } from './yearly-table.js';

const current = { DP23: cents(1_446_348_34), DP24: count(21), DP26: ratio(823, 1000), 'DP24.tender': count(3) };
const previous = { DP23: cents(1_300_000_00), DP24: count(19) };

describe('the yearly table', () => {
  it('has the ten indicators of the business plan, in order, and nothing else', () => {
    const rows = yearlyTable({ current, previous, targets: null, closed: false });
    expect(rows.map((r) => r.code)).toEqual(['DP23', 'DP24', 'DP25', 'DP26', '2.11', 'DP5', 'DP6', 'DP7', 'share.budget', 'share.count']);
  });

  it('compares the result with the target: met when reached (higher is better), null without a target', () => {
    const targets = { ...noTargets(), DP23: 1_400_000_00, DP24: 22, DP26: 0.823 };
    const rows = Object.fromEntries(yearlyTable({ current, previous, targets, closed: false }).map((r) => [r.code, r]));
    expect(rows.DP23).toMatchObject({ previous: 1_300_000_00, target: 1_400_000_00, result: 1_446_348_34, met: true, unit: 'EUR-cents' });
    expect(rows.DP24).toMatchObject({ previous: 19, target: 22, result: 21, met: false });
    expect(rows.DP26).toMatchObject({ previous: null, target: 0.823, met: true });
    expect(rows.DP25).toMatchObject({ target: null, result: null, met: null });
  });

  it('shows null, not zero, for a figure no context computes, and met stays null then', () => {
    const rows = yearlyTable({ current: {}, previous: {}, targets: { ...noTargets(), '2.11': 10_000 }, closed: false });
    expect(rows.find((r) => r.code === '2.11')).toMatchObject({ result: null, target: 10_000, met: null });
  });

  it('is provisional until the year is closed', () => {
    expect(yearlyTable({ current, previous, targets: null, closed: false }).every((r) => r.provisional)).toBe(true);
    expect(yearlyTable({ current, previous, targets: null, closed: true }).some((r) => r.provisional)).toBe(false);
  });
});
