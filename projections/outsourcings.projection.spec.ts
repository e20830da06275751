import type { OutsourcingEvent } from '../src/outsourcing/domain/events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { amended, granted, launched, notGranted, withdrawn } from '../test/support/indicator-fixtures.js';
import { outsourcingsProjection } from './outsourcings.projection.js';

const A = '0123.456.749';
const B = '0406.798.006';

const cancelled = (outsourcingId: string, cancelledOn: string): OutsourcingEvent => ({
  type: 'OutsourcingCancelled',
  data: { outsourcingId, reason: 'budget withdrawn', cancelledOn },
});
const closed = (outsourcingId: string, closedOn: string): OutsourcingEvent => ({
  type: 'OutsourcingClosed',
  data: { outsourcingId, reason: 'all awards delivered', closedOn },
});

/** The one call the events are about. */
const callAfter = (events: Parameters<typeof givenEvents>[1]) => {
  const documents = givenEvents(outsourcingsProjection, events);
  expect(documents.size).toBe(1);
  return [...documents.values()][0];
};

describe('outsourcings projection: given events, then the document', () => {
  it('dates a call and its awards on the Brussels calendar', () => {
    const document = callAfter([
      launched('a', { launchedOn: '2016-12-31T23:30:00Z' }),
      granted('a', 'a1', A, 10_00, '2017-12-31T23:30:00Z'),
    ]);
    expect(document).toMatchObject({ year: 2017, status: 'launched', grantedCents: 10_00 });
    expect(document.awards[0]).toMatchObject({ awardYear: 2018, amountCents: 10_00, originalAmountCents: 10_00, withdrawn: null });
  });

  it('keeps the launch facts under the call id, with no awards and nothing granted yet', () => {
    const documents = givenEvents(outsourcingsProjection, [
      recordedAt('2016-03-01T09:00:00.000Z', launched('a', { budgetCents: 200_000_00 })),
    ]);
    expect([...documents.keys()]).toEqual(['a']);
    expect(documents.get('a')).toMatchObject({
      outsourcingId: 'a',
      product: 'incentive',
      budgetCents: 200_000_00,
      year: 2016,
      status: 'launched',
      statusChange: null,
      awards: [],
      grantedCents: 0,
      updatedAt: '2016-03-01T09:00:00.000Z',
    });
  });

  it('adds up the current amounts of its awards', () => {
    const document = callAfter([launched('a'), granted('a', 'a1', A, 30_000_00), granted('a', 'a2', B, 20_000_00)]);
    expect(document.grantedCents).toBe(50_000_00);
    expect(document.awards.map((a) => [a.awardId, a.enterpriseNumber])).toEqual([
      ['a1', A],
      ['a2', B],
    ]);
  });

  it('replaces an amended amount and keeps the amendment trail', () => {
    const document = callAfter([launched('a'), granted('a', 'a1', A, 50_000_00), amended('a', 'a1', 50_000_00, 45_000_00)]);
    expect(document.grantedCents).toBe(45_000_00);
    expect(document.awards[0]).toMatchObject({
      amountCents: 45_000_00,
      originalAmountCents: 50_000_00,
      amendments: [{ previousAmountCents: 50_000_00, amountCents: 45_000_00 }],
    });
  });

  it('amends only the award named, and after a second amendment counts the latest amount', () => {
    const document = callAfter([
      launched('a'),
      granted('a', 'a1', A, 50_000_00),
      granted('a', 'a2', B, 10_000_00),
      amended('a', 'a1', 50_000_00, 45_000_00, '2016-09-01'),
      amended('a', 'a1', 45_000_00, 47_000_00, '2016-10-01'),
    ]);
    expect(document.grantedCents).toBe(57_000_00);
    expect(document.awards.find((a) => a.awardId === 'a1')?.amendments.map((m) => m.amendedOn)).toEqual(['2016-09-01', '2016-10-01']);
    expect(document.awards.find((a) => a.awardId === 'a2')).toMatchObject({ amountCents: 10_000_00, amendments: [] });
  });

  it('keeps a withdrawn award in its award year, marked withdrawn, out of the granted total', () => {
    const document = callAfter([
      launched('a'),
      granted('a', 'a1', A, 50_000_00),
      withdrawn('a', 'a1', A, 50_000_00, '2016-04-01', '2017-02-01'),
    ]);
    expect(document.grantedCents).toBe(0);
    expect(document.awards[0]).toMatchObject({ awardYear: 2016, withdrawn: { withdrawnOn: '2017-02-01' } });
  });

  it('leaves the call as it is for an amendment or a withdrawal of an award it does not hold', () => {
    const document = callAfter([
      launched('a'),
      granted('a', 'a1', A, 50_000_00),
      amended('a', 'ghost', 50_000_00, 1_00),
      withdrawn('a', 'ghost', A, 50_000_00, '2016-04-01', '2016-05-01'),
    ]);
    expect(document.grantedCents).toBe(50_000_00);
    expect(document.awards).toHaveLength(1);
    expect(document.awards[0]).toMatchObject({ awardId: 'a1', amountCents: 50_000_00, amendments: [], withdrawn: null });
  });

  it('keeps a call declared not granted, with its launch year, as not-granted', () => {
    const document = callAfter([launched('a'), notGranted('a', '2016-06-01')]);
    expect(document).toMatchObject({ year: 2016, status: 'not-granted', statusChange: { on: '2016-06-01' } });
  });

  it('marks a cancelled call cancelled, with the reason and the day', () => {
    const document = callAfter([launched('a'), cancelled('a', '2016-05-02')]);
    expect(document).toMatchObject({ status: 'cancelled', statusChange: { reason: 'budget withdrawn', on: '2016-05-02' } });
  });

  it('marks a closed call closed and keeps its awards and granted total', () => {
    const document = callAfter([
      launched('a'),
      granted('a', 'a1', A, 50_000_00),
      recordedAt('2017-03-01T12:00:00.000Z', closed('a', '2017-03-01')),
    ]);
    expect(document).toMatchObject({
      status: 'closed',
      statusChange: { reason: 'all awards delivered', on: '2017-03-01' },
      grantedCents: 50_000_00,
      updatedAt: '2017-03-01T12:00:00.000Z',
    });
    expect(document.awards).toHaveLength(1);
  });

  it('closes with the standing awards in its total and the withdrawn one out of it', () => {
    const document = callAfter([
      launched('a'),
      granted('a', 'a1', A, 1_00),
      granted('a', 'a2', B, 2_00),
      withdrawn('a', 'a1', A, 1_00, '2016-04-01', '2016-05-01'),
      closed('a', '2016-06-01'),
    ]);
    expect(document).toMatchObject({ status: 'closed', statusChange: { on: '2016-06-01' }, grantedCents: 2_00 });
  });

  it('keeps each call to its own document', () => {
    const documents = givenEvents(outsourcingsProjection, [
      launched('a'),
      launched('b'),
      granted('b', 'b1', A, 5_00),
      cancelled('a', '2016-04-01'),
    ]);
    expect(documents.get('a')).toMatchObject({ status: 'cancelled', grantedCents: 0, awards: [] });
    expect(documents.get('b')).toMatchObject({ status: 'launched', grantedCents: 5_00 });
  });

  it('ignores events for a call it never saw launched', () => {
    const documents = givenEvents(outsourcingsProjection, [
      granted('ghost', 'g1', A, 1_00),
      amended('ghost', 'g1', 1_00, 2_00),
      withdrawn('ghost', 'g1', A, 1_00, '2016-04-01', '2016-05-01'),
      notGranted('ghost'),
      cancelled('ghost', '2016-06-01'),
      closed('ghost', '2016-06-01'),
    ]);
    expect([...documents.values()]).toEqual([]);
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(outsourcingsProjection)).toEqual([]);
  });
});
