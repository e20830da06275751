import { specFor } from '../../../test/support/given-when-then.js';
import { outsourcingDecider } from './decide-outsourcing.js';
import {
  award,
  awardData,
  endedBy,
  granted,
  grantedOn,
  holders,
  incentiveLaunched,
  juryReport,
  openOfferLaunched,
  refusal,
  tenderLaunched,
} from '../../../test/support/outsourcing-fixtures.js';

const spec = specFor(outsourcingDecider);

describe('awarding an outsourcing', () => {
  it('grants a lot of a tender, a place in an incentive and a package of an open offer', () => {
    spec([tenderLaunched])
      .when(award(awardData(tenderLaunched)))
      .then([grantedOn(tenderLaunched)]);
    spec([incentiveLaunched])
      .when(award(awardData(incentiveLaunched)))
      .then([grantedOn(incentiveLaunched)]);
    spec([openOfferLaunched])
      .when(award(awardData(openOfferLaunched)))
      .then([grantedOn(openOfferLaunched)]);
  });

  it('refuses a direct award while the call still takes offers, and takes one after its deadline (a record entered after the fact)', () => {
    const due = '2016-05-31T21:59:59.999Z';
    const withDeadline = { ...tenderLaunched, data: { ...tenderLaunched.data, offersDueOn: '2016-05-31', offersDueAt: due } };
    for (const now of ['2016-05-02T10:00:00.000Z', due]) {
      spec([withDeadline])
        .when(award(awardData(withDeadline, { now })))
        .thenThrows('OFFERS_STILL_OPEN', 'offerId');
    }
    spec([withDeadline])
      .when(award(awardData(withDeadline, { now: '2016-06-01T08:00:00.000Z' })))
      .then([grantedOn(withDeadline)]);
    // A call without a deadline invited no offers: its awards are direct whenever they are given.
    spec([tenderLaunched])
      .when(award(awardData(tenderLaunched, { now: '2016-05-02T10:00:00.000Z' })))
      .then([grantedOn(tenderLaunched)]);
  });

  it('keeps the jury report and leaves the mandate check out of the event', () => {
    const [event] = spec([tenderLaunched])
      .when(award(awardData(tenderLaunched)))
      .events();
    expect(event.data).toEqual(expect.objectContaining({ juryReport, approvedSubjects: [] }));
    expect(event.data).not.toHaveProperty('holderActiveOnAwardDate');
  });

  it('writes the enterprise number in its one spelling', () => {
    spec([incentiveLaunched])
      .when(award(awardData(incentiveLaunched, { enterpriseNumber: 'BE0123456749' })))
      .then([grantedOn(incentiveLaunched, { enterpriseNumber: holders.a })]);
    expect(refusal([incentiveLaunched], award(awardData(incentiveLaunched, { enterpriseNumber: '0123.456.748' })))).toMatchObject({
      code: 'ENTERPRISE_NUMBER_CHECKSUM',
      kind: 'invalid',
      field: 'enterpriseNumber',
    });
  });

  it('awards only an outsourcing that was launched', () => {
    expect(refusal([], award(awardData(incentiveLaunched)))).toMatchObject({ code: 'OUTSOURCING_NOT_FOUND', kind: 'not-found' });
  });

  it.each(['OutsourcingCancelled', 'OutsourcingDeclaredNotGranted', 'OutsourcingClosed'] as const)('awards nothing after %s', (type) => {
    expect(refusal([incentiveLaunched, endedBy(incentiveLaunched, type)], award(awardData(incentiveLaunched)))).toMatchObject({
      code: 'OUTSOURCING_NOT_OPEN',
      kind: 'rule',
    });
  });

  it('does not reuse an award id', () => {
    spec([incentiveLaunched, grantedOn(incentiveLaunched)])
      .when(award(awardData(incentiveLaunched, { enterpriseNumber: holders.b })))
      .thenThrows('AWARD_ID_TAKEN');
  });

  it('awards only a holder with an active mandate on the award date', () => {
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { holderActiveOnAwardDate: false })))).toMatchObject({
      code: 'MANDATE_NOT_ACTIVE',
      kind: 'rule',
      field: 'enterpriseNumber',
    });
  });

  it('awards on or after the launch day', () => {
    spec([tenderLaunched])
      .when(award(awardData(tenderLaunched, { awardedOn: '2016-03-01' })))
      .then([grantedOn(tenderLaunched, { awardedOn: '2016-03-01' })]);
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { awardedOn: '2016-02-29' })))).toMatchObject({
      code: 'AWARD_BEFORE_LAUNCH',
      kind: 'rule',
      field: 'awardedOn',
    });
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { awardedOn: '2016-13-01' })))).toMatchObject({
      code: 'DATE_INVALID',
      kind: 'invalid',
      field: 'awardedOn',
    });
  });

  it.each([0, -100, 100.5, Number.NaN])('refuses the amount %p', (amountCents) => {
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { amountCents })))).toMatchObject({
      code: 'AMOUNT_NOT_POSITIVE_INTEGER',
      kind: 'invalid',
      field: 'amountCents',
    });
  });
});

describe('the jury report of an award', () => {
  it('motivates the decision', () => {
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { juryReport: { ...juryReport, motivation: ' ' } })))).toMatchObject({
      code: 'JURY_MOTIVATION_REQUIRED',
      kind: 'invalid',
      field: 'juryReport.motivation',
    });
  });

  it('names at least one member', () => {
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { juryReport: { ...juryReport, members: [] } })))).toMatchObject({
      code: 'JURY_MEMBERS_REQUIRED',
      kind: 'invalid',
      field: 'juryReport.members',
    });
  });

  it("scores only the call's own award criteria", () => {
    const scores = [
      { criterion: 'quality', score: 8 },
      { criterion: 'sustainability', score: 6 },
    ];
    expect(refusal([tenderLaunched], award(awardData(tenderLaunched, { juryReport: { ...juryReport, scores } })))).toMatchObject({
      code: 'UNKNOWN_CRITERION',
      kind: 'invalid',
      field: 'juryReport.scores',
      message: expect.stringMatching(/sustainability/),
    });
  });

  it('may score a subset of the criteria', () => {
    const data = awardData(tenderLaunched, { juryReport: { ...juryReport, scores: [{ criterion: 'price', score: 9 }] } });
    spec([tenderLaunched])
      .when(award(data))
      .then([granted(data)]);
  });
});

describe('approved subjects', () => {
  it('are required for an open-offer package', () => {
    expect(refusal([openOfferLaunched], award(awardData(openOfferLaunched, { approvedSubjects: [] })))).toMatchObject({
      code: 'APPROVED_SUBJECTS_REQUIRED',
      kind: 'invalid',
      field: 'approvedSubjects',
    });
    spec([openOfferLaunched])
      .when(award(awardData(openOfferLaunched, { approvedSubjects: [''] })))
      .thenThrows('APPROVED_SUBJECTS_REQUIRED');
  });

  it('are refused for a tender or an incentive', () => {
    for (const call of [tenderLaunched, incentiveLaunched]) {
      expect(refusal([call], award(awardData(call, { approvedSubjects: ['bookkeeping'] })))).toMatchObject({
        code: 'APPROVED_SUBJECTS_NOT_APPLICABLE',
        kind: 'invalid',
        field: 'approvedSubjects',
      });
    }
  });
});
