import { specFor } from '../../../test/support/given-when-then.js';
import { outsourcingDecider } from './decide-outsourcing.js';
import type { OutsourcingEvent } from './events.js';
import {
  award,
  awardData,
  grantedOn,
  holders,
  incentiveLaunched,
  launchIncentive,
  openOfferLaunched,
  refusal,
  tenderLaunched,
  withdrawnOf,
} from '../../../test/support/outsourcing-fixtures.js';

const spec = specFor(outsourcingDecider);

describe('awarding a tender lot by lot', () => {
  const lot1 = grantedOn(tenderLaunched, { awardId: 'a1', lot: 1, amountCents: 9_000_000 });

  it('requires a lot the tender has', () => {
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { lot: null })))).toMatchObject({
      code: 'LOT_REQUIRED',
      kind: 'invalid',
      field: 'lot',
    });
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { lot: 4 })))).toMatchObject({
      code: 'LOT_NOT_FOUND',
      kind: 'not-found',
    });
  });

  it('gives each lot to exactly one holder', () => {
    expect(
      refusal([tenderLaunched, lot1], award(awardData(tenderLaunched, { awardId: 'a2', lot: 1, enterpriseNumber: holders.b }))),
    ).toMatchObject({ code: 'LOT_ALREADY_AWARDED', kind: 'rule', field: 'lot' });
  });

  it('lets one holder win several lots', () => {
    const data = awardData(tenderLaunched, { awardId: 'a2', lot: 2, amountCents: 8_000_000 });
    spec([tenderLaunched, lot1])
      .when(award(data))
      .then([grantedOn(tenderLaunched, { awardId: 'a2', lot: 2, amountCents: 8_000_000 })]);
  });

  it('gives a lot again once its award is withdrawn', () => {
    const data = awardData(tenderLaunched, { awardId: 'a2', lot: 1, enterpriseNumber: holders.b, amountCents: 10_000_000 });
    spec([tenderLaunched, lot1, withdrawnOf(lot1)])
      .when(award(data))
      .then([grantedOn(tenderLaunched, data)]);
  });

  it("keeps an award within its lot's budget", () => {
    spec([tenderLaunched])
      .when(award(awardData(tenderLaunched, { lot: 3, amountCents: 6_000_000 })))
      .then([grantedOn(tenderLaunched, { lot: 3, amountCents: 6_000_000 })]);
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { lot: 3, amountCents: 6_000_001 })))).toMatchObject({
      code: 'AWARD_EXCEEDS_BUDGET',
      kind: 'rule',
      field: 'amountCents',
      message: expect.stringMatching(/lot 3: 6000000 cents \(EUR 60000\.00\)/),
    });
  });
});

describe('awarding an incentive', () => {
  const smallIncentive: OutsourcingEvent = {
    type: 'OutsourcingLaunched',
    data: { ...launchIncentive, budgetCents: 6_000_000, maxAwardees: 2 },
  };
  const first = grantedOn(incentiveLaunched, { awardId: 'a1', enterpriseNumber: holders.a });
  const second = grantedOn(incentiveLaunched, { awardId: 'a2', enterpriseNumber: holders.b });
  const third = awardData(incentiveLaunched, { awardId: 'a3', enterpriseNumber: holders.c });

  it('has no lots', () => {
    expect(refusal([incentiveLaunched], award(awardData(incentiveLaunched, { lot: 1 })))).toMatchObject({
      code: 'LOT_NOT_APPLICABLE',
      kind: 'invalid',
      field: 'lot',
    });
  });

  it('awards up to its maximum of holders', () => {
    spec([incentiveLaunched, first, second])
      .when(award(third))
      .then([grantedOn(incentiveLaunched, third)]);
    expect(refusal([smallIncentive, first, second], award(third))).toMatchObject({ code: 'MAX_AWARDEES_REACHED', kind: 'rule' });
  });

  it('frees a place when an award is withdrawn', () => {
    spec([smallIncentive, first, second, withdrawnOf(second)])
      .when(award(third))
      .then([grantedOn(incentiveLaunched, third)]);
  });

  it('awards a holder once, and again after a withdrawal', () => {
    const again = awardData(incentiveLaunched, { awardId: 'a2' });
    expect(refusal([incentiveLaunched, first], award(again))).toMatchObject({
      code: 'HOLDER_ALREADY_AWARDED',
      kind: 'rule',
      field: 'enterpriseNumber',
    });
    spec([incentiveLaunched, first, withdrawnOf(first)])
      .when(award(again))
      .then([grantedOn(incentiveLaunched, again)]);
  });

  it('keeps awards within what is left of the budget', () => {
    const big = grantedOn(incentiveLaunched, { awardId: 'a1', amountCents: 5_000_000 });
    expect(
      refusal(
        [incentiveLaunched, big],
        award(awardData(incentiveLaunched, { awardId: 'a2', enterpriseNumber: holders.b, amountCents: 1_000_001 })),
      ),
    ).toMatchObject({
      code: 'AWARD_EXCEEDS_BUDGET',
      kind: 'rule',
      field: 'amountCents',
      message: expect.stringMatching(/the call: 1000000 cents \(EUR 10000\.00\)/),
    });
    const rest = awardData(incentiveLaunched, { awardId: 'a2', enterpriseNumber: holders.b, amountCents: 1_000_000 });
    spec([incentiveLaunched, big])
      .when(award(rest))
      .then([grantedOn(incentiveLaunched, rest)]);
  });

  it('frees the budget of a withdrawn award', () => {
    const big = grantedOn(incentiveLaunched, { awardId: 'a1', amountCents: 6_000_000 });
    const next = awardData(incentiveLaunched, { awardId: 'a2', enterpriseNumber: holders.b, amountCents: 6_000_000 });
    spec([incentiveLaunched, big, withdrawnOf(big)])
      .when(award(next))
      .then([grantedOn(incentiveLaunched, next)]);
  });
});

describe('awarding an open offer', () => {
  const packages = [holders.a, holders.b, holders.c, holders.d].map((enterpriseNumber, index) =>
    grantedOn(openOfferLaunched, { awardId: `p${index}`, enterpriseNumber }),
  );

  it('approves a package for many holders', () => {
    const fifth = awardData(openOfferLaunched, { awardId: 'p5', enterpriseNumber: holders.e });
    spec([openOfferLaunched, ...packages])
      .when(award(fifth))
      .then([grantedOn(openOfferLaunched, fifth)]);
  });

  it('approves one package per holder', () => {
    expect(
      refusal([openOfferLaunched, ...packages], award(awardData(openOfferLaunched, { awardId: 'p5', enterpriseNumber: holders.c }))),
    ).toMatchObject({ code: 'HOLDER_ALREADY_AWARDED', kind: 'rule', field: 'enterpriseNumber' });
  });

  it('has no lots and keeps within its budget', () => {
    expect(refusal([openOfferLaunched], award(awardData(openOfferLaunched, { lot: 2 })))).toMatchObject({
      code: 'LOT_NOT_APPLICABLE',
      kind: 'invalid',
      field: 'lot',
    });
    expect(
      refusal(
        [openOfferLaunched, ...packages],
        award(awardData(openOfferLaunched, { awardId: 'p5', enterpriseNumber: holders.e, amountCents: 16_000_001 })),
      ),
    ).toMatchObject({ code: 'AWARD_EXCEEDS_BUDGET', kind: 'rule', field: 'amountCents', message: expect.stringMatching(/16000000 cents/) });
  });
});
