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
   * award and mandate on each of those days, and the calendar. `daysOf` names the facts' dates. `write`
   * decides and appends while the calendar's years are held, so a close waits for it or it sees the close.
   */
  async moduleWrite<T>(
    moduleId: string,
    principal: Principal,
    daysOf: (module: ModuleDocument) => readonly string[] | Promise<readonly string[]>,
    write: (facts: { module: ModuleDocument; access: DeliveryAccess; calendar: TrainingCalendar }) => Promise<T>,
  ): Promise<T> {
    const module = await this.visible.module(moduleId, principal);
    const award = await this.visible.award(module.awardId, principal);
    const days = await daysOf(module);
    return this.whileCalendarHeld(award.awardedOn, async (calendar) =>
      write({ module, access: await this.accessTo(award, days), calendar }),
    );
  }

  /** Money on an award (payments, recoveries): its dates and withdrawal, and the closed years, held like `moduleWrite`. */
  async moneyWrite<T>(awardId: string, principal: Principal, write: (calendar: MoneyCalendar) => Promise<T>): Promise<T> {
    const award = await this.visible.award(awardId, principal);
    return this.whileCalendarHeld(award.awardedOn, async (calendar) =>
      write({ ...calendar, withdrawnOn: await this.outsourcing.withdrawnOn(award.outsourcingId, awardId) }),
    );
  }

  /**
   * The one place delivery asks which years are closed: today and the closed years among those a fact of
   * the award can fall in (award year up to this year; other dates are refused anyway), read and used
   * while the indicators context holds exactly those years open.
   */
  private whileCalendarHeld<T>(awardedAt: string, write: (calendar: TrainingCalendar) => Promise<T>): Promise<T> {
    const today = brusselsDay(this.clock.now());
    const awardedOn = toBrusselsDay(awardedAt);
    const [from, to] = [yearOf(awardedOn), yearOf(today)];
    const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    return this.indicators.whileYearsHeld(years, async () =>
      write({ today, awardedOn, closedYears: await this.indicators.closedYears(from, to) }),
    );
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
