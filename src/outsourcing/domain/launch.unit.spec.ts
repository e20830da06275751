import { specFor } from '../../../test/support/given-when-then.js';
import { outsourcingDecider } from './decide-outsourcing.js';
import type { LaunchOutsourcingData } from './commands.js';
import {
  incentiveLaunched,
  launch,
  launchIncentive,
  launchOpenOffer,
  launchTender,
  openOfferLaunched,
  refusal,
  tenderLaunched,
} from '../../../test/support/outsourcing-fixtures.js';

const spec = specFor(outsourcingDecider);

const launchWith = (base: LaunchOutsourcingData, changes: Record<string, unknown>) => launch({ ...base, ...changes });

describe('launching an outsourcing', () => {
  it('launches a tender with the sum of its lots as budget', () => {
    spec([]).when(launch(launchTender)).then([tenderLaunched]);
    expect(tenderLaunched.data.budgetCents).toBe(24_000_000);
  });

  it('launches an incentive and an open offer with their own budget', () => {
    spec([]).when(launch(launchIncentive)).then([incentiveLaunched]);
    spec([]).when(launch(launchOpenOffer)).then([openOfferLaunched]);
  });

  it('does not launch the same outsourcing twice', () => {
    expect(refusal([tenderLaunched], launch(launchTender))).toMatchObject({ code: 'OUTSOURCING_ALREADY_LAUNCHED', kind: 'rule' });
  });

  it.each([
    ['title', 'TITLE_REQUIRED'],
    ['publicationRef', 'PUBLICATION_REF_REQUIRED'],
    ['contactAdviser', 'CONTACT_ADVISER_REQUIRED'],
  ])('requires a %s', (field, code) => {
    expect(refusal([], launchWith(launchIncentive, { [field]: '  ' }))).toMatchObject({ code, kind: 'invalid', field });
  });

  it.each(['2016-02-30', '1 March 2016', ''])('refuses the launch day %p', (launchedOn) => {
    expect(refusal([], launchWith(launchIncentive, { launchedOn }))).toMatchObject({
      code: 'DATE_INVALID',
      kind: 'invalid',
      field: 'launchedOn',
    });
  });
});

describe('award criteria of a call', () => {
  it.each([
    ['none', []],
    [
      'weights short of 100',
      [
        { name: 'quality', weight: 60 },
        { name: 'price', weight: 30 },
      ],
    ],
    [
      'weights over 100',
      [
        { name: 'quality', weight: 70 },
        { name: 'price', weight: 40 },
      ],
    ],
    [
      'a fractional weight',
      [
        { name: 'quality', weight: 59.5 },
        { name: 'price', weight: 40.5 },
      ],
    ],
    [
      'a zero weight',
      [
        { name: 'quality', weight: 100 },
        { name: 'price', weight: 0 },
      ],
    ],
    [
      'a negative weight',
      [
        { name: 'quality', weight: 110 },
        { name: 'price', weight: -10 },
      ],
    ],
  ])('refuses %s', (_case, awardCriteria) => {
    expect(refusal([], launchWith(launchTender, { awardCriteria }))).toMatchObject({
      code: 'AWARD_CRITERIA_WEIGHTS',
      kind: 'invalid',
      field: 'awardCriteria',
    });
  });

  it('accepts a single criterion weighing 100', () => {
    const [event] = spec([])
      .when(launchWith(launchTender, { awardCriteria: [{ name: 'quality', weight: 100 }] }))
      .events();
    expect(event.type).toBe('OutsourcingLaunched');
  });

  it('names each criterion once', () => {
    const awardCriteria = [
      { name: 'quality', weight: 50 },
      { name: 'quality', weight: 50 },
    ];
    expect(refusal([], launchWith(launchTender, { awardCriteria }))).toMatchObject({
      code: 'DUPLICATE_CRITERION',
      kind: 'invalid',
      field: 'awardCriteria',
    });
    spec([])
      .when(launchWith(launchTender, { awardCriteria: [{ name: ' ', weight: 100 }] }))
      .thenThrows('CRITERION_NAME_REQUIRED');
  });
});

describe('innovation classification (DP5)', () => {
  it('accepts an innovative call with its kinds and a regular call with none', () => {
    spec([]).when(launch(launchTender)).then([tenderLaunched]);
    expect(launchIncentive.innovative).toBe(false);
    spec([]).when(launch(launchIncentive)).then([incentiveLaunched]);
  });

  it.each([
    ['innovative without a kind', { innovative: true, innovationKinds: [] }],
    ['regular with a kind', { innovative: false, innovationKinds: ['social'] }],
    ['a kind named twice', { innovative: true, innovationKinds: ['hr', 'hr'] }],
    ['an unknown kind', { innovative: true, innovationKinds: ['marketing'] }],
  ])('refuses %s', (_case, changes) => {
    expect(refusal([], launchWith(launchTender, changes))).toMatchObject({
      code: 'INNOVATION_KINDS',
      kind: 'invalid',
      field: 'innovationKinds',
    });
  });
});

describe('a tender', () => {
  it.each([
    ['budgetCents', 24_000_000, 'BUDGET_NOT_APPLICABLE'],
    ['maxAwardees', 4, 'MAX_AWARDEES_NOT_APPLICABLE'],
    ['minParticipants', 12, 'MIN_PARTICIPANTS_NOT_APPLICABLE'],
    ['variant', 'generic', 'VARIANT_NOT_APPLICABLE'],
    ['round', '2016-H1', 'ROUND_NOT_APPLICABLE'],
  ])('takes no %s', (field, value, code) => {
    expect(refusal([], launchWith(launchTender, { [field]: value }))).toMatchObject({ code, kind: 'invalid', field });
  });

  it('has at least one lot', () => {
    expect(refusal([], launchWith(launchTender, { lots: [] }))).toMatchObject({ code: 'LOTS_REQUIRED', kind: 'invalid', field: 'lots' });
  });

  it('numbers its lots uniquely', () => {
    const lots = [
      { number: 1, title: 'Antwerp', budgetCents: 100 },
      { number: 1, title: 'Ghent', budgetCents: 100 },
    ];
    expect(refusal([], launchWith(launchTender, { lots }))).toMatchObject({ code: 'DUPLICATE_LOT', kind: 'invalid', field: 'lots' });
  });

  it.each([
    [{ number: 0, title: 'Antwerp', budgetCents: 100 }, 'LOT_NUMBER_INVALID', 'lots[0].number'],
    [{ number: 1, title: '', budgetCents: 100 }, 'LOT_TITLE_REQUIRED', 'lots[0].title'],
    [{ number: 1, title: 'Antwerp', budgetCents: 0 }, 'LOT_BUDGET_NOT_POSITIVE_INTEGER', 'lots[0].budgetCents'],
    [{ number: 1, title: 'Antwerp', budgetCents: 99.5 }, 'LOT_BUDGET_NOT_POSITIVE_INTEGER', 'lots[0].budgetCents'],
  ])('refuses the lot %p', (lot, code, field) => {
    expect(refusal([], launchWith(launchTender, { lots: [lot] }))).toMatchObject({ code, kind: 'invalid', field });
  });
});

describe('an incentive', () => {
  it.each([
    ['lots', [{ number: 1, title: 'Antwerp', budgetCents: 100 }], 'LOTS_NOT_APPLICABLE'],
    ['variant', 'sectoral', 'VARIANT_NOT_APPLICABLE'],
    ['round', '2016-H2', 'ROUND_NOT_APPLICABLE'],
  ])('takes no %s', (field, value, code) => {
    expect(refusal([], launchWith(launchIncentive, { [field]: value }))).toMatchObject({ code, kind: 'invalid', field });
  });

  it.each([null, 0, -5, 10.5])('refuses the budget %p', (budgetCents) => {
    expect(refusal([], launchWith(launchIncentive, { budgetCents }))).toMatchObject({
      code: 'BUDGET_NOT_POSITIVE_INTEGER',
      kind: 'invalid',
      field: 'budgetCents',
    });
  });

  it.each([null, 0, 1.5])('refuses the maximum of awardees %p', (maxAwardees) => {
    expect(refusal([], launchWith(launchIncentive, { maxAwardees }))).toMatchObject({
      code: 'MAX_AWARDEES_INVALID',
      kind: 'invalid',
      field: 'maxAwardees',
    });
  });

  it.each([null, 0])('refuses the minimum of participants %p', (minParticipants) => {
    expect(refusal([], launchWith(launchIncentive, { minParticipants }))).toMatchObject({
      code: 'MIN_PARTICIPANTS_INVALID',
      kind: 'invalid',
      field: 'minParticipants',
    });
  });

  it('may set its own maximum of awardees', () => {
    const [event] = spec([])
      .when(launchWith(launchIncentive, { maxAwardees: 6 }))
      .events();
    expect(event.data).toMatchObject({ maxAwardees: 6, minParticipants: 12, lots: [] });
  });
});

describe('an open offer', () => {
  it.each([
    ['lots', [{ number: 1, title: 'Antwerp', budgetCents: 100 }], 'LOTS_NOT_APPLICABLE'],
    ['maxAwardees', 4, 'MAX_AWARDEES_NOT_APPLICABLE'],
    ['minParticipants', 12, 'MIN_PARTICIPANTS_NOT_APPLICABLE'],
  ])('takes no %s', (field, value, code) => {
    expect(refusal([], launchWith(launchOpenOffer, { [field]: value }))).toMatchObject({ code, kind: 'invalid', field });
  });

  it('has a budget', () => {
    expect(refusal([], launchWith(launchOpenOffer, { budgetCents: 0 }))).toMatchObject({
      code: 'BUDGET_NOT_POSITIVE_INTEGER',
      kind: 'invalid',
      field: 'budgetCents',
    });
  });

  it.each([null, 'regional'])('is generic or sectoral, not %p', (variant) => {
    expect(refusal([], launchWith(launchOpenOffer, { variant }))).toMatchObject({
      code: 'VARIANT_REQUIRED',
      kind: 'invalid',
      field: 'variant',
    });
  });

  it.each([null, '2016-H3', '2016H1', '16-H1', '2016-h1', '2016-H1 '])('runs in a half-yearly round, not %p', (round) => {
    expect(refusal([], launchWith(launchOpenOffer, { round }))).toMatchObject({ code: 'ROUND_FORMAT', kind: 'invalid', field: 'round' });
  });

  it('accepts a sectoral variant in the second half-year', () => {
    const [event] = spec([])
      .when(launchWith(launchOpenOffer, { variant: 'sectoral', round: '2016-H2' }))
      .events();
    expect(event.data).toMatchObject({ variant: 'sectoral', round: '2016-H2', maxAwardees: null, minParticipants: null });
  });
});

it('refuses an unknown product', () => {
  expect(refusal([], launchWith(launchIncentive, { product: 'grant' }))).toMatchObject({
    code: 'PRODUCT_UNKNOWN',
    kind: 'invalid',
    field: 'product',
  });
});

describe('a launch with a deadline for offers', () => {
  const due = { offersDueOn: '2016-03-01', offersDueAt: '2016-03-01T22:59:59.999Z' };

  it('records the deadline as a day and an instant', () => {
    const [event] = spec([]).when(launchWith(launchTender, due)).events();
    expect(event.data).toMatchObject(due);
  });

  it('refuses a deadline before the launch, naming offersDueOn', () => {
    const before = { offersDueOn: '2016-01-01', offersDueAt: '2016-01-01T22:59:59.999Z' };
    spec([]).when(launchWith(launchTender, before)).thenThrows('OFFERS_DUE_BEFORE_LAUNCH', 'offersDueOn');
    const sameDayEarlier = { launchedAt: `${launchTender.launchedOn}T15:00:00+01:00`, offersDueOn: launchTender.launchedOn };
    spec([])
      .when(launchWith(launchTender, { ...sameDayEarlier, offersDueAt: `${launchTender.launchedOn}T10:00:00.000Z` }))
      .thenThrows('OFFERS_DUE_BEFORE_LAUNCH', 'offersDueOn');
  });
});
