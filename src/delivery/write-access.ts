import { Inject, Injectable } from '@nestjs/common';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import type { ParticipantDocument } from '../../projections/delivery-participants.projection.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../indicators/indicators.queries.js';
import { MANDATE_QUERIES, type MandateQueries } from '../mandates/mandates.queries.js';
import { type AwardFacts, OUTSOURCING_QUERIES, type OutsourcingQueries } from '../outsourcing/outsourcing.queries.js';
import type { Principal } from '../shared/auth/principal.js';
import { brusselsDay, toBrusselsDay, yearOf } from '../shared/domain/calendar.js';
import { ReadModels } from '../platform/read-models.js';
import { CLOCK, type Clock } from '../shared/time/clock.js';
import { CaughtUpRead } from './caught-up-read.js';
import type { AwardTerms } from './domain/decide-award-delivery.js';
import type { DeliveryAccess } from './domain/delivery-rules.js';
import type { MoneyCalendar } from './domain/money-rules.js';
import type { TrainingCalendar } from './domain/training-dates.js';
import { VisibleDelivery } from './visible-delivery.js';

/**
 * What a delivery write needs to know from other contexts before the decider runs. The award's
 * withdrawal, the mandate's timeline and closed years come from the streams behind the published
 * queries, not from read models that may lag behind a withdrawal, suspension or close.
 */
@Injectable()
export class WriteAccess {
  constructor(
    @Inject(VisibleDelivery) private readonly visible: VisibleDelivery,
    @Inject(OUTSOURCING_QUERIES) private readonly outsourcing: OutsourcingQueries,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CaughtUpRead) private readonly caughtUp: CaughtUpRead,
  ) {}

  /**
   * The training date of a participant, to judge its evaluation or removal on that day; none for one
   * unknown (the decider refuses it). A participant's training date never changes, so the read model answers it.
   */
  async trainingDatesOf(participantId: string): Promise<string[]> {
    const participant = await this.caughtUp.read(() => this.readModels.get<ParticipantDocument>('delivery-participants', participantId));
    return participant ? [participant.trainingDate] : [];
  }

  /** The award's terms for registering a module on it, judged on the module's planned start. */
  async termsForWrite(awardId: string, principal: Principal, plannedStart: string): Promise<AwardTerms> {
    const award = await this.visible.award(awardId, principal);
    const { outsourcingId, product, innovative, approvedSubjects } = award;
    return { ...(await this.accessTo(award, [plannedStart])), outsourcingId, product, innovative, approvedSubjects };
  }

  /**
   * A write that dates delivery facts (a session, participants, evaluations, a removal): the module, the
   * award and mandate on each of those days, and the calendar. `daysOf` names the facts' dates.
   */
  async moduleForWrite(
    moduleId: string,
    principal: Principal,
    daysOf: (module: ModuleDocument) => readonly string[] | Promise<readonly string[]>,
  ): Promise<{ module: ModuleDocument; access: DeliveryAccess; calendar: TrainingCalendar }> {
    const module = await this.visible.module(moduleId, principal);
    const award = await this.visible.award(module.awardId, principal);
    const days = await daysOf(module);
    const [access, calendar] = await Promise.all([this.accessTo(award, days), this.trainingCalendar(award.awardedOn)]);
    return { module, access, calendar };
  }

  /** Money on an award (payments, recoveries): its dates and withdrawal, and the closed years. */
  async moneyCalendar(awardId: string, principal: Principal): Promise<MoneyCalendar> {
    const award = await this.visible.award(awardId, principal);
    const [withdrawnOn, calendar] = await Promise.all([
      this.outsourcing.withdrawnOn(award.outsourcingId, awardId),
      this.trainingCalendar(award.awardedOn),
    ]);
    return { ...calendar, withdrawnOn };
  }

  /** Today and the closed years among those a fact of the award can fall in (award year up to this year; other dates are refused anyway). */
  private async trainingCalendar(awardedAt: string): Promise<TrainingCalendar> {
    const today = brusselsDay(this.clock.now());
    const awardedOn = toBrusselsDay(awardedAt);
    return { today, awardedOn, closedYears: await this.closedYears(yearOf(awardedOn), yearOf(today)) };
  }

  /** The one place delivery asks which years are closed: a guard against a close racing a write wraps this. */
  private closedYears(from: number, to: number): Promise<readonly number[]> {
    return this.indicators.closedYears(from, to);
  }

  private async accessTo(award: AwardFacts, dates: readonly string[]): Promise<DeliveryAccess> {
    const { awardId, outsourcingId, enterpriseNumber } = award;
    const days = [...new Set(dates.map(toBrusselsDay))];
    const [awardWithdrawnOn, active] = await Promise.all([
      this.outsourcing.withdrawnOn(outsourcingId, awardId),
      Promise.all(days.map((day) => this.mandates.isActiveOn(enterpriseNumber, day))),
    ]);
    return { awardId, enterpriseNumber, awardWithdrawnOn, mandateActiveOn: Object.fromEntries(days.map((day, i) => [day, active[i]])) };
  }
}
