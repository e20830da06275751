import { Inject, Injectable } from '@nestjs/common';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import { INDICATOR_QUERIES, type IndicatorQueries } from '../indicators/indicators.queries.js';
import { MANDATE_QUERIES, type MandateQueries } from '../mandates/mandates.queries.js';
import { type AwardFacts, OUTSOURCING_QUERIES, type OutsourcingQueries } from '../outsourcing/outsourcing.queries.js';
import type { Principal } from '../shared/auth/principal.js';
import { brusselsDay, yearOf } from '../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../shared/time/clock.js';
import type { AwardTerms } from './domain/decide-award-delivery.js';
import type { DeliveryAccess } from './domain/delivery-rules.js';
import type { TrainingCalendar } from './domain/training-dates.js';
import { VisibleDelivery } from './visible-delivery.js';

/**
 * What a holder's delivery write needs to know from other contexts before the decider runs. Whether the
 * award was withdrawn, the mandate's status and closed years come from the streams behind the
 * published queries, not from read models that may lag behind a withdrawal, suspension or close.
 */
@Injectable()
export class WriteAccess {
  constructor(
    @Inject(VisibleDelivery) private readonly visible: VisibleDelivery,
    @Inject(OUTSOURCING_QUERIES) private readonly outsourcing: OutsourcingQueries,
    @Inject(MANDATE_QUERIES) private readonly mandates: MandateQueries,
    @Inject(INDICATOR_QUERIES) private readonly indicators: IndicatorQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The award's terms for registering a module on it. */
  async termsForWrite(awardId: string, principal: Principal): Promise<AwardTerms> {
    const award = await this.visible.award(awardId, principal);
    const { outsourcingId, product, innovative, approvedSubjects } = award;
    return { ...(await this.accessTo(award)), outsourcingId, product, innovative, approvedSubjects };
  }

  async moduleForWrite(
    moduleId: string,
    principal: Principal,
  ): Promise<{ module: ModuleDocument; access: DeliveryAccess; awardedOn: string }> {
    const module = await this.visible.module(moduleId, principal);
    const award = await this.visible.award(module.awardId, principal);
    return { module, access: await this.accessTo(award), awardedOn: award.awardedOn };
  }

  /** A write that dates a training (participants, evaluations, removals): the module with its calendar. */
  async moduleForDatedWrite(
    moduleId: string,
    principal: Principal,
  ): Promise<{ module: ModuleDocument; access: DeliveryAccess; calendar: TrainingCalendar }> {
    const { module, access, awardedOn } = await this.moduleForWrite(moduleId, principal);
    return { module, access, calendar: await this.trainingCalendar(awardedOn) };
  }

  /** Today and the closed years among those a training of the award can fall in (award year up to this year; other dates are refused anyway). */
  private async trainingCalendar(awardedOn: string): Promise<TrainingCalendar> {
    const today = brusselsDay(this.clock.now());
    return { today, awardedOn, closedYears: await this.indicators.closedYears(yearOf(awardedOn), yearOf(today)) };
  }

  private async accessTo(award: AwardFacts): Promise<DeliveryAccess> {
    const { awardId, outsourcingId, enterpriseNumber } = award;
    return {
      awardId,
      enterpriseNumber,
      awardWithdrawn: await this.outsourcing.isWithdrawn(outsourcingId, awardId),
      mandateActive: await this.mandates.isActiveOn(enterpriseNumber, brusselsDay(this.clock.now())),
    };
  }
}
