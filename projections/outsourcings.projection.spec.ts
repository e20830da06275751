import { amended, granted, launched, notGranted, project, stored, withdrawn } from '../test/support/indicator-fixtures.js';
import { outsourcingsProjection } from './outsourcings.projection.js';

const A = '0123.456.749';

describe('outsourcings projection: given events, then the document', () => {
  it('dates a call and its awards on the Brussels calendar', () => {
    const [document] = project(
      outsourcingsProjection,
      [launched('a', { launchedOn: '2016-12-31T23:30:00Z' }), granted('a', 'a1', A, 10_00, '2017-12-31T23:30:00Z')].map((e) => stored(e)),
    );
    expect(document).toMatchObject({ year: 2017, status: 'launched', grantedCents: 10_00 });
    expect(document.awards[0]).toMatchObject({ awardYear: 2018, amountCents: 10_00, originalAmountCents: 10_00, withdrawn: null });
  });

  it('replaces an amended amount and keeps the amendment trail', () => {
    const [document] = project(
      outsourcingsProjection,
      [launched('a'), granted('a', 'a1', A, 50_000_00), amended('a', 'a1', 50_000_00, 45_000_00)].map((e) => stored(e)),
    );
    expect(document.grantedCents).toBe(45_000_00);
    expect(document.awards[0]).toMatchObject({
      amountCents: 45_000_00,
      originalAmountCents: 50_000_00,
      amendments: [{ previousAmountCents: 50_000_00, amountCents: 45_000_00 }],
    });
  });

  it('keeps a withdrawn award in its award year, marked withdrawn, out of the granted total', () => {
    const [document] = project(
      outsourcingsProjection,
      [launched('a'), granted('a', 'a1', A, 50_000_00), withdrawn('a', 'a1', A, 50_000_00, '2016-04-01', '2017-02-01')].map((e) =>
        stored(e),
      ),
    );
    expect(document.grantedCents).toBe(0);
    expect(document.awards[0]).toMatchObject({ awardYear: 2016, withdrawn: { withdrawnOn: '2017-02-01' } });
  });

  it('keeps a call declared not granted, with its launch year, as not-granted', () => {
    const [document] = project(
      outsourcingsProjection,
      [launched('a'), notGranted('a', '2016-06-01')].map((e) => stored(e)),
    );
    expect(document).toMatchObject({ year: 2016, status: 'not-granted', statusChange: { on: '2016-06-01' } });
  });

  it('ignores events for a call it never saw launched', () => {
    expect(
      project(
        outsourcingsProjection,
        [granted('ghost', 'g1', A, 1_00)].map((e) => stored(e)),
      ),
    ).toEqual([]);
  });
});
