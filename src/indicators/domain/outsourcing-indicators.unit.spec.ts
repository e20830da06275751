import { outsourcingsProjection } from '../../../projections/outsourcings.projection.js';
import {
  amended,
  callIndicators,
  granted,
  launched,
  notGranted,
  project,
  stored,
  withdrawn,
} from '../../../test/support/indicator-fixtures.js';
import type { OutsourcingEvent } from '../../outsourcing/domain/events.js';

const A = '0123.456.749';
const B = '0202.239.951';
const C = '0406.798.006';

/** Given events, then the indicators of a year: the outsourcings projection folded, then computed. */
const indicatorsOf = (events: readonly OutsourcingEvent[], year: number) => {
  const values = callIndicators(
    project(
      outsourcingsProjection,
      events.map((e) => stored(e)),
    ),
    year,
  );
  return Object.fromEntries(Object.entries(values).map(([code, v]) => [code, v.value]));
};

describe('call-side indicators, given outsourcing events', () => {
  it('DP23 sums the granted amounts of awards dated in the year, in cents', () => {
    const values = indicatorsOf(
      [launched('a'), granted('a', 'a1', A, 123_456_78), granted('a', 'a2', B, 1_00), granted('a', 'a3', C, 5_00, '2017-01-10')],
      2016,
    );
    expect(values.DP23).toBe(123_457_78);
    expect(indicatorsOf([launched('a'), granted('a', 'a3', C, 5_00, '2017-01-10')], 2017).DP23).toBe(5_00);
  });

  it('an award withdrawn in a later year lowers the granted budget of its award year, not of the withdrawal year', () => {
    const events = [
      launched('a'),
      granted('a', 'a1', A, 50_000_00),
      granted('a', 'a2', B, 30_000_00),
      withdrawn('a', 'a2', B, 30_000_00, '2016-04-01', '2017-02-01'),
    ];
    expect(indicatorsOf(events, 2016)).toMatchObject({ DP23: 50_000_00, DP25: 1 });
    expect(indicatorsOf(events, 2017)).toMatchObject({ DP23: 0, DP25: 0 });
  });

  it('an amended amount replaces the old one, in the award year', () => {
    const events = [
      launched('a'),
      granted('a', 'a1', A, 50_000_00),
      amended('a', 'a1', 50_000_00, 45_000_00),
      amended('a', 'a1', 45_000_00, 47_500_00, '2017-03-01'),
    ];
    expect(indicatorsOf(events, 2016).DP23).toBe(47_500_00);
    expect(indicatorsOf(events, 2017).DP23).toBe(0);
  });

  it('DP25 counts an organisation with two awards in a year once', () => {
    const events = [
      launched('t', { product: 'tender' }),
      granted('t', 'l1', A, 10_00, '2016-04-01', { lot: 1 }),
      granted('t', 'l2', A, 20_00, '2016-05-01', { lot: 2 }),
      launched('i'),
      granted('i', 'i1', B, 5_00),
    ];
    expect(indicatorsOf(events, 2016).DP25).toBe(2);
  });

  it('an award timestamped 31 December 23:30 UTC counts in the next Brussels year', () => {
    const events = [
      launched('a'),
      granted('a', 'a1', A, 10_000_00, '2016-12-31T23:30:00Z'),
      granted('a', 'a2', B, 1_00, '2016-12-31T22:30:00Z'),
    ];
    expect(indicatorsOf(events, 2016)).toMatchObject({ DP23: 1_00, DP25: 1 });
    expect(indicatorsOf(events, 2017)).toMatchObject({ DP23: 10_000_00, DP25: 1 });
  });

  it('a call launched on 31 December 23:30 UTC counts as launched in the next Brussels year', () => {
    expect(indicatorsOf([launched('a', { launchedOn: '2016-12-31T23:30:00Z' })], 2017).DP24).toBe(1);
    expect(indicatorsOf([launched('a', { launchedOn: '2016-12-31T23:30:00Z' })], 2016).DP24).toBe(0);
  });

  it('DP24 counts calls launched in the year whatever became of them, per product, and a call declared not granted still counts', () => {
    const events = [
      launched('t', { product: 'tender' }),
      launched('i', { product: 'incentive' }),
      notGranted('i'),
      launched('o', { product: 'open-offer', launchedOn: '2016-01-15' }),
      launched('old', { launchedOn: '2015-11-01' }),
    ];
    expect(indicatorsOf(events, 2016)).toMatchObject({
      DP24: 3,
      'DP24.tender': 1,
      'DP24.incentive': 1,
      'DP24.open-offer': 1,
      'DP24.notGranted': 1,
    });
    expect(indicatorsOf(events, 2015)).toMatchObject({ DP24: 1, 'DP24.notGranted': 0 });
  });

  it('DP24.notGranted also counts a call closed after its only award was withdrawn: it ended with no award', () => {
    const closed: OutsourcingEvent = { type: 'OutsourcingClosed', data: { outsourcingId: 'c', reason: 'done', closedOn: '2016-06-01' } };
    const base = [launched('c', { product: 'incentive' }), granted('c', 'a', '0123.456.749', 10_000_00), closed];
    expect(indicatorsOf(base, 2016)['DP24.notGranted']).toBe(0);
    expect(
      indicatorsOf([...base, withdrawn('c', 'a', '0123.456.749', 10_000_00, '2016-04-01', '2016-09-01')], 2016)['DP24.notGranted'],
    ).toBe(1);
  });

  it('DP5, DP6 and the innovation shares restrict to innovative calls', () => {
    const events = [
      launched('inno', { innovative: true, innovationKinds: ['process'] }),
      granted('inno', 'x1', A, 30_000_00),
      launched('plain'),
      granted('plain', 'y1', B, 90_000_00),
      launched('plain2'),
      launched('plain3'),
      // An award of an innovative call launched the year before still counts in DP6 of its award year.
      launched('inno-old', { innovative: true, launchedOn: '2015-10-01' }),
      granted('inno-old', 'z1', C, 20_000_00, '2016-02-01'),
    ];
    const values = indicatorsOf(events, 2016);
    expect(values).toMatchObject({ DP5: 1, DP6: 50_000_00, DP23: 140_000_00, DP24: 4 });
    expect(values['share.budget']).toBeCloseTo(50 / 140, 12);
    expect(values['share.count']).toBe(0.25);
  });

  // Issue 7 changed the shares: with nothing to divide they are not available (null, no-data), no longer 0.
  it('answers zeros for the counts of a year without anything, and shares that are not available', () => {
    expect(indicatorsOf([], 2016)).toMatchObject({ DP23: 0, DP24: 0, DP25: 0, DP5: 0, DP6: 0, 'share.budget': null, 'share.count': null });
    const shares = callIndicators([], 2016);
    expect(shares['share.budget']).toEqual({ value: null, unit: 'ratio', reason: 'no-data' });
    expect(shares['share.count']).toEqual({ value: null, unit: 'ratio', reason: 'no-data' });
  });

  it('DP24.notGranted counts every call of the year that ended with no standing award: not granted, cancelled or closed', () => {
    const cancelled: OutsourcingEvent = {
      type: 'OutsourcingCancelled',
      data: { outsourcingId: 'x', reason: 'no offers', cancelledOn: '2016-05-01' },
    };
    const events = [
      launched('x'),
      cancelled,
      launched('i', { product: 'incentive' }),
      notGranted('i'),
      launched('open'),
      launched('g'),
      granted('g', 'ga', A, 10_000_00),
    ];
    expect(indicatorsOf(events, 2016)['DP24.notGranted']).toBe(2);
    // A call still open has not ended: it is not (yet) counted as not granted, award or no award.
    expect(indicatorsOf([launched('open')], 2016)['DP24.notGranted']).toBe(0);
  });
});
