import type { OutsourcingEvent } from './events.js';
import { OutsourcingEventTypes, outsourcingSchemaVersions, outsourcingStream } from './events.js';
import {
  activeAwards,
  evolveOutsourcing,
  findAward,
  initialOutsourcingState,
  remainingBudget,
  remainingBudgetFor,
  remainingLotBudget,
} from './outsourcing.js';
import { endedBy, grantedOn, holders, incentiveLaunched, tenderLaunched, withdrawnOf } from '../../../test/support/outsourcing-fixtures.js';

const fold = (events: readonly OutsourcingEvent[]) => events.reduce(evolveOutsourcing, initialOutsourcingState);
const lot1 = grantedOn(tenderLaunched, { awardId: 'a1', lot: 1, amountCents: 9_000_000 });
const lot2 = grantedOn(tenderLaunched, { awardId: 'a2', lot: 2, enterpriseNumber: holders.b, amountCents: 7_000_000 });
const lot2Amended: OutsourcingEvent = {
  type: 'AwardAmended',
  data: {
    outsourcingId: 'tender-1',
    awardId: 'a2',
    previousAmountCents: 7_000_000,
    amountCents: 5_000_000,
    reason: 'fewer sessions',
    amendedOn: '2016-10-03',
  },
};

describe('outsourcing state', () => {
  it('starts as none and knows no award or budget', () => {
    expect(initialOutsourcingState).toEqual({ status: 'none' });
    expect(activeAwards(initialOutsourcingState)).toEqual([]);
    expect(remainingBudget(initialOutsourcingState)).toBe(0);
    expect(remainingLotBudget(initialOutsourcingState, 1)).toBe(0);
    expect(findAward(initialOutsourcingState, 'a1')).toBeUndefined();
  });

  it('ignores events for an outsourcing that was never launched', () => {
    expect(fold([lot1, withdrawnOf(lot1), endedBy(tenderLaunched, 'OutsourcingClosed')])).toEqual({ status: 'none' });
  });

  it('keeps the launch terms and each award with its current amount', () => {
    const state = fold([tenderLaunched, lot1, lot2, lot2Amended, withdrawnOf(lot1)]);
    expect(state).toMatchObject({ status: 'launched', product: 'tender', budgetCents: 24_000_000, launchedOn: '2016-03-01' });
    expect(findAward(state, 'a1')).toEqual({
      awardId: 'a1',
      lot: 1,
      enterpriseNumber: holders.a,
      amountCents: 9_000_000,
      awardedOn: '2016-05-02',
      withdrawn: true,
      withdrawnOn: '2016-06-01',
    });
    expect(findAward(state, 'a2')).toMatchObject({ amountCents: 5_000_000, withdrawn: false, withdrawnOn: null });
    expect(activeAwards(state).map((award) => award.awardId)).toEqual(['a2']);
  });

  it('counts what remains of the call and of each lot, withdrawn awards freed', () => {
    const state = fold([tenderLaunched, lot1, lot2, lot2Amended, withdrawnOf(lot1)]);
    expect(remainingBudget(state)).toBe(19_000_000);
    expect(remainingLotBudget(state, 1)).toBe(10_000_000);
    expect(remainingLotBudget(state, 2)).toBe(3_000_000);
    expect(remainingLotBudget(state, 9)).toBe(0);
    expect(remainingBudgetFor(state, 2)).toBe(3_000_000);
    expect(remainingBudgetFor(fold([incentiveLaunched, grantedOn(incentiveLaunched)]), null)).toBe(5_000_000);
  });

  it.each([
    ['OutsourcingDeclaredNotGranted', 'not-granted'],
    ['OutsourcingCancelled', 'cancelled'],
    ['OutsourcingClosed', 'closed'],
  ] as const)('ends with %s and still holds its launch (it counts as launched)', (type, status) => {
    expect(fold([incentiveLaunched, endedBy(incentiveLaunched, type)])).toMatchObject({
      status,
      launchedOn: '2016-03-01',
      product: 'incentive',
    });
  });
});

describe('outsourcing events', () => {
  it('have a schema version for every permanent type', () => {
    expect(Object.keys(outsourcingSchemaVersions).sort()).toEqual(Object.values(OutsourcingEventTypes).sort());
  });

  it('live in one stream per outsourcing', () => {
    expect(outsourcingStream('tender-1')).toBe('outsourcing-tender-1');
  });
});
