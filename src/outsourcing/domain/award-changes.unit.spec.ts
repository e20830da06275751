import { specFor } from '../../../test/support/given-when-then.js';
import { outsourcingDecider, type OutsourcingCommand } from './decide-outsourcing.js';
import type { OutsourcingEvent } from './events.js';
import {
  endedBy,
  grantedOn,
  holders,
  incentiveLaunched,
  refusal,
  tenderLaunched,
  withdrawnOf,
} from '../../../test/support/outsourcing-fixtures.js';

const spec = specFor(outsourcingDecider);

const id = incentiveLaunched.data.outsourcingId;
const first = grantedOn(incentiveLaunched, { awardId: 'a1', amountCents: 2_000_000 });
const second = grantedOn(incentiveLaunched, { awardId: 'a2', enterpriseNumber: holders.b, amountCents: 3_000_000 });
const amend = (
  amountCents: number,
  changes: Partial<{ awardId: string; reason: string; amendedOn: string; today: string }> = {},
): OutsourcingCommand => ({
  type: 'AmendAward',
  data: {
    outsourcingId: id,
    awardId: 'a1',
    amountCents,
    reason: 'fewer workshops than planned',
    amendedOn: '2016-10-03',
    today: '2016-12-31',
    ...changes,
  },
});
const amended = (previousAmountCents: number, amountCents: number): OutsourcingEvent => ({
  type: 'AwardAmended',
  data: {
    outsourcingId: id,
    awardId: 'a1',
    previousAmountCents,
    amountCents,
    reason: 'fewer workshops than planned',
    amendedOn: '2016-10-03',
  },
});
const withdraw = (changes: Partial<{ awardId: string; reason: string; withdrawnOn: string; today: string }> = {}): OutsourcingCommand => ({
  type: 'WithdrawAward',
  data: { outsourcingId: id, awardId: 'a1', reason: 'mandate revoked', withdrawnOn: '2016-10-03', today: '2016-12-31', ...changes },
});

describe('amending an award', () => {
  it('replaces the granted amount and keeps the previous one', () => {
    spec([incentiveLaunched, first])
      .when(amend(1_500_000))
      .then([amended(2_000_000, 1_500_000)]);
  });

  it('corrects an amount after the call closed', () => {
    spec([incentiveLaunched, first, endedBy(incentiveLaunched, 'OutsourcingClosed')])
      .when(amend(1_500_000))
      .then([amended(2_000_000, 1_500_000)]);
  });

  it('amends the last amount, not the first', () => {
    spec([incentiveLaunched, first, amended(2_000_000, 1_500_000)])
      .when(amend(1_800_000))
      .then([{ type: 'AwardAmended', data: { ...amended(1_500_000, 1_800_000).data } } as OutsourcingEvent]);
  });

  it('needs an outsourcing and an award that stands', () => {
    expect(refusal([], amend(1_500_000))).toMatchObject({ code: 'OUTSOURCING_NOT_FOUND', kind: 'not-found' });
    expect(refusal([incentiveLaunched, first], amend(1_500_000, { awardId: 'a9' }))).toMatchObject({
      code: 'AWARD_NOT_FOUND',
      kind: 'not-found',
    });
    expect(refusal([incentiveLaunched, first, withdrawnOf(first)], amend(1_500_000))).toMatchObject({
      code: 'AWARD_WITHDRAWN',
      kind: 'rule',
    });
  });

  it.each(['OutsourcingCancelled', 'OutsourcingDeclaredNotGranted'] as const)('amends nothing after %s', (type) => {
    const given = [incentiveLaunched, first, withdrawnOf(first), endedBy(incentiveLaunched, type)];
    expect(refusal(given, amend(1_500_000))).toMatchObject({ code: 'OUTSOURCING_NOT_OPEN', kind: 'rule' });
  });

  it.each([0, -1, 1.5])('refuses the amount %p', (amountCents) => {
    expect(refusal([incentiveLaunched, first], amend(amountCents))).toMatchObject({
      code: 'AMOUNT_NOT_POSITIVE_INTEGER',
      kind: 'invalid',
      field: 'amountCents',
    });
  });

  it('refuses an amendment that changes nothing', () => {
    expect(refusal([incentiveLaunched, first], amend(2_000_000))).toMatchObject({
      code: 'AMOUNT_UNCHANGED',
      kind: 'rule',
      field: 'amountCents',
    });
  });

  it('counts the old amount as freed when checking the budget', () => {
    // budget 6 000 000, others hold 3 000 000: this award may rise to 3 000 000, not beyond.
    spec([incentiveLaunched, first, second])
      .when(amend(3_000_000))
      .then([amended(2_000_000, 3_000_000)]);
    expect(refusal([incentiveLaunched, first, second], amend(3_000_001))).toMatchObject({
      code: 'AWARD_EXCEEDS_BUDGET',
      kind: 'rule',
      field: 'amountCents',
      message: expect.stringMatching(/3000000 cents \(EUR 30000\.00\)/),
    });
  });

  it("keeps a tender award within its lot's budget", () => {
    const lot2 = grantedOn(tenderLaunched, { awardId: 'a1', lot: 2, amountCents: 7_000_000 });
    const amendLot = (amountCents: number): OutsourcingCommand => ({
      type: 'AmendAward',
      data: {
        outsourcingId: tenderLaunched.data.outsourcingId,
        awardId: 'a1',
        amountCents,
        reason: 'extra session',
        amendedOn: '2016-10-03',
        today: '2016-12-31',
      },
    });
    expect(spec([tenderLaunched, lot2]).when(amendLot(8_000_000)).events()).toHaveLength(1);
    expect(refusal([tenderLaunched, lot2], amendLot(8_000_001))).toMatchObject({
      code: 'AWARD_EXCEEDS_BUDGET',
      kind: 'rule',
      field: 'amountCents',
      message: expect.stringMatching(/lot 2/),
    });
  });

  it('states its reason and is not dated before the award', () => {
    expect(refusal([incentiveLaunched, first], amend(1_500_000, { reason: '' }))).toMatchObject({
      code: 'REASON_REQUIRED',
      kind: 'invalid',
      field: 'reason',
    });
    expect(refusal([incentiveLaunched, first], amend(1_500_000, { amendedOn: '2016-05-01' }))).toMatchObject({
      code: 'AMENDMENT_BEFORE_AWARD',
      kind: 'rule',
      field: 'amendedOn',
    });
    expect(refusal([incentiveLaunched, first], amend(1_500_000, { amendedOn: 'soon' }))).toMatchObject({
      code: 'DATE_INVALID',
      kind: 'invalid',
      field: 'amendedOn',
    });
  });
});

describe('withdrawing an award', () => {
  it("carries the award's facts with its current amount", () => {
    spec([incentiveLaunched, first, amended(2_000_000, 1_500_000)])
      .when(withdraw())
      .then([
        {
          type: 'AwardWithdrawn',
          data: {
            outsourcingId: id,
            awardId: 'a1',
            enterpriseNumber: holders.a,
            amountCents: 1_500_000,
            awardedOn: '2016-05-02',
            reason: 'mandate revoked',
            withdrawnOn: '2016-10-03',
          },
        },
      ]);
  });

  it('withdraws after the call closed, and on the award day itself', () => {
    const given = [incentiveLaunched, first, endedBy(incentiveLaunched, 'OutsourcingClosed')];
    spec(given)
      .when(withdraw({ withdrawnOn: '2016-05-02' }))
      .then([
        {
          type: 'AwardWithdrawn',
          data: {
            outsourcingId: id,
            awardId: 'a1',
            enterpriseNumber: holders.a,
            amountCents: 2_000_000,
            awardedOn: '2016-05-02',
            reason: 'mandate revoked',
            withdrawnOn: '2016-05-02',
          },
        },
      ]);
  });

  it('needs an outsourcing and an award that stands', () => {
    expect(refusal([], withdraw())).toMatchObject({ code: 'OUTSOURCING_NOT_FOUND', kind: 'not-found' });
    expect(refusal([incentiveLaunched, first], withdraw({ awardId: 'a9' }))).toMatchObject({ code: 'AWARD_NOT_FOUND', kind: 'not-found' });
    expect(refusal([incentiveLaunched, first, withdrawnOf(first)], withdraw())).toMatchObject({ code: 'AWARD_WITHDRAWN', kind: 'rule' });
  });

  it('states its reason and is not dated before the award', () => {
    expect(refusal([incentiveLaunched, first], withdraw({ reason: '   ' }))).toMatchObject({
      code: 'REASON_REQUIRED',
      kind: 'invalid',
      field: 'reason',
    });
    expect(refusal([incentiveLaunched, first], withdraw({ withdrawnOn: '2016-05-01' }))).toMatchObject({
      code: 'WITHDRAWAL_BEFORE_AWARD',
      kind: 'rule',
      field: 'withdrawnOn',
    });
    expect(refusal([incentiveLaunched, first], withdraw({ withdrawnOn: '2016-5-3' }))).toMatchObject({
      code: 'DATE_INVALID',
      kind: 'invalid',
      field: 'withdrawnOn',
    });
  });
});
