import type { DeliveryAwardDocument } from '../../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import type { AwardFacts } from '../../outsourcing/outsourcing.queries.js';
import type { Role } from '../../shared/auth/principal.js';
import type { AwardDeliveryView, ModuleDetailView, ModuleSummaryView } from '../delivery.views.js';
import { awardMoney, subsidyThreshold } from '../domain/award-progress.js';
import { addDistributions, responsesOf, satisfiedOf } from '../domain/scores.js';

/**
 * An award's delivery progress and money; an incentive also shows where it stands against its subsidy
 * threshold. The adviser's follow-up findings and ratings and the financial reports are the agency's
 * supervision of the holder: a mandate holder sees how many follow-ups there were, not what they found.
 */
export function presentAward(award: AwardFacts, delivery: DeliveryAwardDocument | null, role: Role): Omit<AwardDeliveryView, 'position'> {
  const participants = delivery?.participants ?? 0;
  const { awardId, outsourcingId, callTitle, product, innovative, enterpriseNumber, awardedOn, lot, approvedSubjects, withdrawnOn } = award;
  return {
    awardId,
    outsourcingId,
    callTitle,
    product,
    innovative,
    lot,
    enterpriseNumber,
    awardedOn,
    withdrawn: withdrawnOn !== null,
    approvedSubjects,
    subjectsPassedOnLater: delivery?.subjectsPassedOnLater ?? [],
    modules: delivery?.modules ?? 0,
    participants,
    ...(product === 'incentive' ? { subsidyThreshold: subsidyThreshold(award.minParticipants ?? 0, participants) } : {}),
    ...awardMoney({
      grantedCents: award.amountCents,
      withdrawn: withdrawnOn !== null,
      paidCents: delivery?.paidCents ?? 0,
      recoveredCents: delivery?.recoveredCents ?? 0,
      financialReports: delivery?.financialReports ?? [],
    }),
    payments: delivery?.payments ?? [],
    recoveries: delivery?.recoveries ?? [],
    followUpCount: delivery?.followUps.length ?? 0,
    ...(role === 'mandate-holder' ? {} : { followUps: delivery?.followUps ?? [], financialReports: delivery?.financialReports ?? [] }),
  };
}

/** A module with counters and satisfaction; participants are counted, never listed with their data. */
export function presentModule(module: ModuleDocument, detail: true): Omit<ModuleDetailView, 'position'>;
export function presentModule(module: ModuleDocument, detail: false): ModuleSummaryView;
export function presentModule(module: ModuleDocument, detail: boolean): ModuleSummaryView | Omit<ModuleDetailView, 'position'> {
  const {
    moduleId,
    awardId,
    outsourcingId,
    enterpriseNumber,
    title,
    subject,
    hours,
    plannedStart,
    subjectPassedOnLater,
    participants,
    removedParticipants,
    participantsByYear,
    sessions,
    updatedAt,
  } = module;
  const distribution = Object.values(module.evaluationsByYear).reduce((total, d) => addDistributions(total, d), [] as readonly number[]);
  const responses = responsesOf(distribution);
  const satisfaction = { responses, satisfiedShare: responses === 0 ? null : satisfiedOf(distribution) / responses, distribution };
  const summary = {
    moduleId,
    awardId,
    outsourcingId,
    enterpriseNumber,
    title,
    subject,
    hours,
    plannedStart,
    subjectPassedOnLater,
    participants,
    sessions: sessions.length,
    satisfaction,
    updatedAt,
  };
  return detail ? { ...summary, sessions, removedParticipants, participantsByYear } : summary;
}
