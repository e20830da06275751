import type { AwardOutsourcingData, LaunchOutsourcingData } from '../../src/outsourcing/domain/commands.js';
import { outsourcingDecider, type OutsourcingCommand } from '../../src/outsourcing/domain/decide-outsourcing.js';
import type { AwardGranted, JuryReport, OutsourcingEvent, OutsourcingLaunched } from '../../src/outsourcing/domain/events.js';

/** Shared givens for the outsourcing decider specs; free of jest globals, so any spec or support file may import it. */

/** Valid enterprise numbers (modulo-97 check digits). */
export const holders = {
  a: '0123.456.749',
  b: '0234.567.873',
  c: '0404.040.434',
  d: '0555.555.523',
  e: '0765.432.146',
} as const;

export const juryReport: JuryReport = {
  motivation: 'Best value for money and a convincing recruitment plan for the target group',
  members: [
    { name: 'An Peeters', external: false },
    { name: 'Jan Claes', external: true },
  ],
  scores: [
    { criterion: 'quality', score: 8 },
    { criterion: 'price', score: 7 },
  ],
};

/** Today in these specs, and no year closed: the calendar the application layer hands the decider. */
export const calendar = { today: '2016-12-31', closedYears: [] as number[] };

const common = {
  calendar,
  sameRound: [],
  launchedOn: '2016-03-01',
  contactAdviser: 'Els Janssens',
  innovative: false,
  innovationKinds: [],
  targetGroups: ['starters of foreign origin'],
  awardCriteria: [
    { name: 'quality', weight: 60 },
    { name: 'price', weight: 40 },
  ],
} as const;

export const launchTender: LaunchOutsourcingData = {
  ...common,
  outsourcingId: 'tender-1',
  product: 'tender',
  title: 'Digital skills for starters',
  publicationRef: 'BDA-2016-001',
  innovative: true,
  innovationKinds: ['product', 'process'],
  budgetCents: null,
  lots: [
    { number: 1, title: 'Antwerp', budgetCents: 10_000_000 },
    { number: 2, title: 'Ghent', budgetCents: 8_000_000 },
    { number: 3, title: 'Limburg', budgetCents: 6_000_000 },
  ],
  maxAwardees: null,
  minParticipants: null,
  variant: null,
  round: null,
};

export const launchIncentive: LaunchOutsourcingData = {
  ...common,
  outsourcingId: 'incentive-1',
  product: 'incentive',
  title: 'Workshops for low-literate SME staff',
  publicationRef: 'BDA-2016-002',
  budgetCents: 6_000_000,
  lots: [],
  maxAwardees: 4,
  minParticipants: 12,
  variant: null,
  round: null,
};

export const launchOpenOffer: LaunchOutsourcingData = {
  ...common,
  outsourcingId: 'open-offer-1',
  product: 'open-offer',
  title: 'Open offer, generic, first half of 2016',
  publicationRef: 'BDA-2016-003',
  budgetCents: 20_000_000,
  lots: [],
  maxAwardees: null,
  minParticipants: null,
  variant: 'generic',
  round: '2016-H1',
};

export const launch = (data: LaunchOutsourcingData): OutsourcingCommand => ({ type: 'LaunchOutsourcing', data });

/** The event a launch gives: the call's terms, without what the application layer told the decider. */
export function launchedBy(
  { calendar: _calendar, sameRound: _sameRound, ...terms }: LaunchOutsourcingData,
  budgetCents: number,
): OutsourcingLaunched {
  return { type: 'OutsourcingLaunched', data: { ...terms, budgetCents } };
}

export const tenderLaunched = launchedBy(launchTender, 24_000_000);
export const incentiveLaunched = launchedBy(launchIncentive, 6_000_000);
export const openOfferLaunched = launchedBy(launchOpenOffer, 20_000_000);

/** An award on the call with sensible defaults: lot 1 for a tender, one subject for an open offer. */
export function awardData(call: OutsourcingLaunched, overrides: Partial<AwardOutsourcingData> = {}): AwardOutsourcingData {
  return {
    outsourcingId: call.data.outsourcingId,
    awardId: 'award-1',
    lot: call.data.product === 'tender' ? 1 : null,
    enterpriseNumber: holders.a,
    amountCents: 1_000_000,
    awardedOn: '2016-05-02',
    juryReport,
    approvedSubjects: call.data.product === 'open-offer' ? ['bookkeeping for starters'] : [],
    holderActiveOnAwardDate: true,
    calendar,
    now: '2016-12-31T12:00:00.000Z',
    ...overrides,
  };
}

export const award = (data: AwardOutsourcingData): OutsourcingCommand => ({ type: 'AwardOutsourcing', data });

export function granted(data: AwardOutsourcingData): AwardGranted {
  const { holderActiveOnAwardDate: _checked, calendar: _calendar, now: _now, ...facts } = data;
  return { type: 'AwardGranted', data: facts };
}

/** Shorthand: the AwardGranted event of awardData(call, overrides). */
export const grantedOn = (call: OutsourcingLaunched, overrides: Partial<AwardOutsourcingData> = {}) => granted(awardData(call, overrides));

export function withdrawnOf(grant: AwardGranted, withdrawnOn = '2016-06-01'): OutsourcingEvent {
  const { outsourcingId, awardId, enterpriseNumber, amountCents, awardedOn } = grant.data;
  return {
    type: 'AwardWithdrawn',
    data: { outsourcingId, awardId, enterpriseNumber, amountCents, awardedOn, reason: 'holder stepped back', withdrawnOn },
  };
}

export function endedBy(
  call: OutsourcingLaunched,
  type: 'OutsourcingCancelled' | 'OutsourcingDeclaredNotGranted' | 'OutsourcingClosed',
  on = '2016-09-30',
): OutsourcingEvent {
  const base = { outsourcingId: call.data.outsourcingId, reason: 'no suitable offers' };
  switch (type) {
    case 'OutsourcingCancelled':
      return { type, data: { ...base, cancelledOn: on } };
    case 'OutsourcingDeclaredNotGranted':
      return { type, data: { ...base, declaredOn: on } };
    case 'OutsourcingClosed':
      return { type, data: { ...base, closedOn: on } };
  }
}

/** The error a command is refused with (undefined when it is accepted), to match code, kind and field. */
export function refusal(given: readonly OutsourcingEvent[], command: OutsourcingCommand): unknown {
  try {
    outsourcingDecider.decide(command, given.reduce(outsourcingDecider.evolve, outsourcingDecider.initialState));
    return undefined;
  } catch (error) {
    return error;
  }
}
