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

describe('the yearly table: targets in the plan words', () => {
  const targets = {
    ...noTargets(),
    DP23: { atLeast: 1_400_000_00 },
    DP24: { noLessThanPrevious: true as const },
    DP26: { between: [0.8, 0.85] as const },
    '2.11': { increaseOverPrevious: 3 },
  };

  it('gives each row its words, the value they stand for and met by the kind', () => {
    const rows = Object.fromEntries(
      yearlyTable({
        current: { ...current, '2.11': count(11_100) },
        previous: { ...previous, '2.11': count(10_700) },
        targets,
        closed: false,
      }).map((r) => [r.code, r]),
    );
    expect(rows.DP23).toMatchObject({ targetKind: 'atLeast', targetText: '≥ 1.400.000,00 €', target: 1_400_000_00, met: true });
    expect(rows.DP24).toMatchObject({ targetKind: 'noLessThanPrevious', targetText: '≥ vorig jaar', target: 19, result: 21, met: true });
    expect(rows.DP24.targetTextEn).toBe('≥ previous year');
    expect(rows.DP26.targetTextEn).toBe('80–85 %');
    expect(rows.DP25.targetTextEn).toBeNull();
    expect(rows.DP26).toMatchObject({ targetKind: 'between', targetText: '80–85 %', target: 0.8, targetMax: 0.85, met: true });
    expect(rows['2.11']).toMatchObject({
      targetKind: 'increaseOverPrevious',
      targetText: '+3 %',
      target: 11_021,
      result: 11_100,
      met: true,
    });
    expect(rows.DP25).toMatchObject({ targetKind: null, targetText: null, targetMax: null, target: null, met: null });
  });

  it('a "+3 %" follows the previous year as published, not its later revision', () => {
    // 2016 was closed with 10 700 participants and corrected to 11 000 afterwards; the 2017 table reads
    // the previous year's answered figures, which for a closed year are the published ones.
    const published2016 = { '2.11': count(10_700) };
    const rows = yearlyTable({ current: { '2.11': count(11_100) }, previous: published2016, targets, closed: false });
    expect(rows.find((r) => r.code === '2.11')).toMatchObject({ previous: 10_700, target: 11_021, met: true });
  });

  it('a relative target has no value, and no verdict, while the previous result is not available', () => {
    const rows = yearlyTable({ current: { '2.11': count(11_100), DP24: count(3) }, previous: {}, targets, closed: false });
    expect(rows.find((r) => r.code === '2.11')).toMatchObject({ targetText: '+3 %', target: null, met: null });
    expect(rows.find((r) => r.code === 'DP24')).toMatchObject({ target: null, met: null });
  });
});
