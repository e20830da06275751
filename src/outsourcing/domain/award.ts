import { invalid, notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { parseEnterpriseNumber } from '../../shared/domain/enterprise-number.js';
import { assertHappened, assertYearOpen } from '../../shared/domain/fact-dates.js';
import type { AwardOutsourcingData } from './commands.js';
import type { AwardGranted, JuryReport } from './events.js';
import { activeAwards, findAward, type ExistingOutsourcing, type OutsourcingState } from './outsourcing.js';
import { assertDay, assertFitsBudget, assertNotBefore, assertPositiveCents, requireOpen, requireOutsourcing } from './rules.js';

export function decideAward(data: AwardOutsourcingData, state: OutsourcingState): AwardGranted[] {
  const call = requireOutsourcing(state, data.outsourcingId);
  requireOpen(call, 'be awarded');
  if (findAward(call, data.awardId)) throw ruleBroken('AWARD_ID_TAKEN', `award ${data.awardId} already exists`);
  assertOffersNotPreempted(call, data);
  // Holders are compared by number, so one spelling of it is kept.
  const enterpriseNumber = parseEnterpriseNumber(data.enterpriseNumber);
  assertDay(data.awardedOn, 'awardedOn');
  assertPositiveCents(data.amountCents, 'AMOUNT_NOT_POSITIVE_INTEGER', 'amountCents');
  assertJuryReport(call, data.juryReport);
  assertApprovedSubjects(call, data.approvedSubjects);
  assertNotBefore(data.awardedOn, call.launchedOn, 'AWARD_BEFORE_LAUNCH', 'awardedOn', 'the launch');
  assertHappened(data.awardedOn, data.calendar, 'awardedOn');
  assertYearOpen(data.awardedOn, data.calendar, 'awardedOn');
  // Only an organisation with an active mandate may be awarded (docs/domain.md, "Mandate holders").
  if (!data.holderActiveOnAwardDate) {
    throw ruleBroken('MANDATE_NOT_ACTIVE', `${enterpriseNumber} holds no active mandate on ${data.awardedOn}`, 'enterpriseNumber');
  }
  assertProductRules(call, data.lot, enterpriseNumber);
  assertFitsBudget(call, data.lot, data.amountCents);
  const { awardId, lot, amountCents, awardedOn, awardedAt, juryReport, approvedSubjects, offerId } = data;
  return [
    {
      type: 'AwardGranted',
      data: {
        outsourcingId: call.outsourcingId,
        awardId,
        lot,
        enterpriseNumber,
        amountCents,
        awardedOn,
        ...(awardedAt ? { awardedAt } : {}),
        juryReport,
        approvedSubjects,
        ...(offerId ? { offerId } : {}),
      },
    },
  ];
}

/**
 * A call that invited offers is awarded once they are in: a direct award before the deadline would
 * decide the call while holders are still writing offers on the agency's word. After the deadline a
 * direct award stays possible, for the records entered after the fact the domain brief keeps: such a
 * record is entered when its call is long over, so its deadline (if it had one) has passed. The rule
 * reads the clock, not awardedOn: a backdated award cannot slip in while the call is still open.
 */
function assertOffersNotPreempted(call: ExistingOutsourcing, data: AwardOutsourcingData): void {
  if (data.offerId !== undefined || call.offersDueAt === undefined || data.now > call.offersDueAt) return;
  throw ruleBroken(
    'OFFERS_STILL_OPEN',
    `outsourcing ${call.outsourcingId} takes offers until ${call.offersDueAt}: award it from an offer after that`,
    'offerId',
  );
}

/** Every award rests on a motivated jury report that scores the call's own criteria. */
function assertJuryReport(call: ExistingOutsourcing, report: JuryReport): void {
  if (typeof report.motivation !== 'string' || report.motivation.trim() === '') {
    throw invalid('JURY_MOTIVATION_REQUIRED', 'the jury report must motivate the decision', 'juryReport.motivation');
  }
  if (report.members.length === 0)
    throw invalid('JURY_MEMBERS_REQUIRED', 'the jury report names at least one member', 'juryReport.members');
  const criteria = new Set(call.awardCriteria.map((criterion) => criterion.name));
  const unknown = report.scores.find((score) => !criteria.has(score.criterion));
  if (unknown) {
    throw invalid(
      'UNKNOWN_CRITERION',
      `"${unknown.criterion}" is not an award criterion of this call (${[...criteria].join(', ')})`,
      'juryReport.scores',
    );
  }
}

/** An open offer approves a package of training subjects; the other products approve none. */
function assertApprovedSubjects(call: ExistingOutsourcing, subjects: readonly string[]): void {
  if (call.product === 'open-offer') {
    if (subjects.length === 0 || subjects.some((subject) => typeof subject !== 'string' || subject.trim() === '')) {
      throw invalid('APPROVED_SUBJECTS_REQUIRED', 'an open-offer award approves at least one training subject', 'approvedSubjects');
    }
  } else if (subjects.length > 0) {
    throw invalid(
      'APPROVED_SUBJECTS_NOT_APPLICABLE',
      `only an open-offer award approves subjects, not a ${call.product}`,
      'approvedSubjects',
    );
  }
}

function assertProductRules(call: ExistingOutsourcing, lot: number | null, enterpriseNumber: string): void {
  const standing = activeAwards(call);
  switch (call.product) {
    case 'tender': {
      if (lot === null) throw invalid('LOT_REQUIRED', 'a tender is awarded lot by lot', 'lot');
      if (!call.lots.some((candidate) => candidate.number === lot))
        throw notFound('LOT_NOT_FOUND', `outsourcing ${call.outsourcingId} has no lot ${lot}`);
      // Each lot of a tender goes to exactly one holder.
      if (standing.some((award) => award.lot === lot)) throw ruleBroken('LOT_ALREADY_AWARDED', `lot ${lot} is already awarded`, 'lot');
      return;
    }
    case 'incentive':
      notALot(call, lot);
      assertOnePerHolder(standing, enterpriseNumber);
      // In principle at most 4 submitters; the call sets its own maximum.
      if (standing.length >= (call.maxAwardees ?? 0)) {
        throw ruleBroken('MAX_AWARDEES_REACHED', `this incentive awards at most ${call.maxAwardees} holders`);
      }
      return;
    case 'open-offer':
      // Many holders, each with one package of trainings.
      notALot(call, lot);
      assertOnePerHolder(standing, enterpriseNumber);
      return;
    default: {
      const unhandled: never = call.product;
      return unhandled;
    }
  }
}

function notALot(call: ExistingOutsourcing, lot: number | null): void {
  if (lot !== null) throw invalid('LOT_NOT_APPLICABLE', `only a tender has lots, not a ${call.product}`, 'lot');
}

function assertOnePerHolder(standing: readonly { readonly enterpriseNumber: string }[], enterpriseNumber: string): void {
  if (standing.some((award) => award.enterpriseNumber === enterpriseNumber)) {
    throw ruleBroken('HOLDER_ALREADY_AWARDED', `${enterpriseNumber} is already awarded in this call`, 'enterpriseNumber');
  }
}
