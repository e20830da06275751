import { specFor } from '../../../test/support/given-when-then.js';
import {
  award,
  awardData,
  calendar,
  grantedOn,
  incentiveLaunched,
  launch,
  launchIncentive,
  launchOpenOffer,
  openOfferLaunched,
} from '../../../test/support/outsourcing-fixtures.js';
import { parseDayOrTimestamp } from '../../shared/domain/calendar.js';
import type { LaunchOutsourcingData } from './commands.js';
import { outsourcingDecider, type OutsourcingCommand } from './decide-outsourcing.js';

const spec = specFor(outsourcingDecider);

/** calendar.today is 2016-12-31 in these specs: 2017-01-01 is the first day after today. */
const TOMORROW = '2017-01-01';
const closed2016 = { today: '2017-02-01', closedYears: [2016] };
const id = incentiveLaunched.data.outsourcingId;
const standing = grantedOn(incentiveLaunched, { awardId: 'a1' });
const launchWith = (data: LaunchOutsourcingData, changes: Partial<LaunchOutsourcingData>) => launch({ ...data, ...changes });
const amend = (amendedOn: string, today = calendar.today): OutsourcingCommand => ({
  type: 'AmendAward',
  data: { outsourcingId: id, awardId: 'a1', amountCents: 900_000, reason: 'one workshop less', amendedOn, today },
});
const withdraw = (withdrawnOn: string): OutsourcingCommand => ({
  type: 'WithdrawAward',
  data: { outsourcingId: id, awardId: 'a1', reason: 'holder stepped back', withdrawnOn, today: calendar.today },
});
const ending = {
  DeclareNotGranted: (on: string): OutsourcingCommand => ({
    type: 'DeclareNotGranted',
    data: { outsourcingId: id, reason: 'no offers', declaredOn: on, today: calendar.today },
  }),
  CancelOutsourcing: (on: string): OutsourcingCommand => ({
    type: 'CancelOutsourcing',
    data: { outsourcingId: id, reason: 'no offers', cancelledOn: on, today: calendar.today },
  }),
  CloseOutsourcing: (on: string): OutsourcingCommand => ({
    type: 'CloseOutsourcing',
    data: { outsourcingId: id, reason: 'all workshops given', closedOn: on, today: calendar.today },
  }),
};

describe('facts of a call are not dated after today in Brussels (DATE_IN_FUTURE, naming the field)', () => {
  it('a launch', () => {
    spec([])
      .when(launchWith(launchIncentive, { launchedOn: TOMORROW }))
      .thenThrows('DATE_IN_FUTURE', 'launchedOn');
    spec([])
      .when(launchWith(launchIncentive, { launchedOn: calendar.today }))
      .then([{ ...incentiveLaunched, data: { ...incentiveLaunched.data, launchedOn: calendar.today } }]);
  });

  it('an award', () => {
    spec([incentiveLaunched])
      .when(award(awardData(incentiveLaunched, { awardedOn: TOMORROW })))
      .thenThrows('DATE_IN_FUTURE', 'awardedOn');
  });

  it('an amendment and a withdrawal', () => {
    spec([incentiveLaunched, standing]).when(amend(TOMORROW)).thenThrows('DATE_IN_FUTURE', 'amendedOn');
    spec([incentiveLaunched, standing]).when(withdraw(TOMORROW)).thenThrows('DATE_IN_FUTURE', 'withdrawnOn');
  });

  it.each([
    ['DeclareNotGranted', 'declaredOn', []],
    ['CancelOutsourcing', 'cancelledOn', []],
    ['CloseOutsourcing', 'closedOn', [standing]],
  ] as const)('the end of a call: %s', (type, field, awards) => {
    spec([incentiveLaunched, ...awards])
      .when(ending[type](TOMORROW))
      .thenThrows('DATE_IN_FUTURE', field);
    expect(
      spec([incentiveLaunched, ...awards])
        .when(ending[type](calendar.today))
        .events(),
    ).toHaveLength(1);
  });
});

describe('a closed year takes no new launch or award (YEAR_CLOSED), but its awards may still be corrected', () => {
  it('refuses a launch and an award dated in the closed year', () => {
    spec([])
      .when(launchWith(launchIncentive, { calendar: closed2016 }))
      .thenThrows('YEAR_CLOSED', 'launchedOn');
    spec([incentiveLaunched])
      .when(award(awardData(incentiveLaunched, { calendar: closed2016 })))
      .thenThrows('YEAR_CLOSED', 'awardedOn');
  });

  it('accepts a launch and an award dated in the year after it', () => {
    expect(
      spec([])
        .when(launchWith(launchIncentive, { launchedOn: '2017-01-10', calendar: closed2016 }))
        .events(),
    ).toHaveLength(1);
    const [granted] = spec([incentiveLaunched])
      .when(award(awardData(incentiveLaunched, { awardedOn: '2017-01-10', calendar: closed2016 })))
      .events();
    expect(granted).toMatchObject({ type: 'AwardGranted', data: { awardedOn: '2017-01-10' } });
  });

  it('accepts an amendment of an award of the closed year: a fact of today, shown as a revision', () => {
    const [amended] = spec([incentiveLaunched, standing]).when(amend('2017-02-01', '2017-02-01')).events();
    expect(amended).toMatchObject({
      type: 'AwardAmended',
      data: { previousAmountCents: 1_000_000, amountCents: 900_000, amendedOn: '2017-02-01' },
    });
  });
});

describe('a timestamp award of 31 December 23:30 UTC is a Brussels award of 1 January', () => {
  const sent = parseDayOrTimestamp('2016-12-31T23:30:00Z')!;
  const stamped = (closedYears: number[]) =>
    award(awardData(incentiveLaunched, { awardedOn: sent.day, awardedAt: sent.at!, calendar: { today: '2017-01-05', closedYears } }));

  it('is dated 2017-01-01 and keeps the timestamp sent', () => {
    expect(sent).toEqual({ day: '2017-01-01', at: '2016-12-31T23:30:00Z' });
    const [granted] = spec([incentiveLaunched]).when(stamped([])).events();
    expect(granted.data).toMatchObject({ awardedOn: '2017-01-01', awardedAt: '2016-12-31T23:30:00Z' });
  });

  it('counts in 2017: accepted with 2016 closed, refused with 2017 closed', () => {
    expect(
      spec([incentiveLaunched])
        .when(stamped([2016]))
        .events(),
    ).toHaveLength(1);
    spec([incentiveLaunched])
      .when(stamped([2017]))
      .thenThrows('YEAR_CLOSED', 'awardedOn');
  });

  it('is not after today on the evening of 31 December in Brussels either', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels: a 2017 award while Brussels is in 2017.
    const late = award(
      awardData(incentiveLaunched, { awardedOn: sent.day, awardedAt: sent.at!, calendar: { today: '2016-12-31', closedYears: [] } }),
    );
    spec([incentiveLaunched]).when(late).thenThrows('DATE_IN_FUTURE', 'awardedOn');
  });
});

describe('open-offer rounds', () => {
  const sameRound = (status: 'launched' | 'cancelled' | 'not-granted' | 'closed') => [{ outsourcingId: 'open-offer-0', status }];

  it('a round is the half-year of the launch or the next one (ROUND_OUT_OF_RANGE)', () => {
    expect(
      spec([])
        .when(launchWith(launchOpenOffer, { round: '2016-H2' }))
        .events(),
    ).toHaveLength(1);
    spec([])
      .when(launchWith(launchOpenOffer, { round: '2017-H1' }))
      .thenThrows('ROUND_OUT_OF_RANGE', 'round');
    spec([])
      .when(launchWith(launchOpenOffer, { round: '2015-H2' }))
      .thenThrows('ROUND_OUT_OF_RANGE', 'round');
    expect(
      spec([])
        .when(launchWith(launchOpenOffer, { launchedOn: '2016-12-20', round: '2017-H1' }))
        .events(),
    ).toHaveLength(1);
  });

  it.each(['launched', 'closed'] as const)(
    'one open offer per round and variant: an earlier %s one blocks (ROUND_ALREADY_LAUNCHED)',
    (status) => {
      spec([])
        .when(launchWith(launchOpenOffer, { sameRound: sameRound(status) }))
        .thenThrows('ROUND_ALREADY_LAUNCHED', 'round');
    },
  );

  it.each(['cancelled', 'not-granted'] as const)('an earlier %s one leaves the round free', (status) => {
    expect(
      spec([])
        .when(launchWith(launchOpenOffer, { sameRound: sameRound(status) }))
        .events(),
    ).toEqual([openOfferLaunched]);
  });
});
