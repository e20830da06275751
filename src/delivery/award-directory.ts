import { Inject, Injectable } from '@nestjs/common';
import type { DeliveryAwardDocument } from '../../projections/delivery-awards.projection.js';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import type { AwardDocument, OutsourcingDocument } from '../../projections/outsourcings.projection.js';
import { indicatorYearStream } from '../indicators/domain/events.js';
import { indicatorYearAggregate } from '../indicators/domain/indicator-year.aggregate.js';
import { mandateStream } from '../mandates/domain/events.js';
import { isActiveOn } from '../mandates/domain/mandate.js';
import { mandateAggregate } from '../mandates/domain/mandate.aggregate.js';
import { outsourcingStream } from '../outsourcing/domain/events.js';
import { findAward } from '../outsourcing/domain/outsourcing.js';
import { outsourcingAggregate } from '../outsourcing/domain/outsourcing.aggregate.js';
import { ReadModels } from '../platform/read-models.js';
import { ProjectionRunner } from '../projection-runner/projection-runner.js';
import { AggregateRepository } from '../shared/application/aggregate-repository.js';
import type { Principal } from '../shared/auth/principal.js';
import { brusselsDay, yearOf } from '../shared/domain/calendar.js';
import { notFound } from '../shared/domain/domain-error.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { CLOCK, type Clock } from '../shared/time/clock.js';
import type { AwardTerms } from './domain/decide-award-delivery.js';
import type { DeliveryAccess } from './domain/delivery-rules.js';
import type { TrainingCalendar } from './domain/training-dates.js';

const CATCH_UP_MS = 3000;

export interface FoundAward {
  readonly call: OutsourcingDocument;
  readonly award: AwardDocument;
}

/**
 * Finds awards and modules for the delivery routes and applies who-sees-what: a mandate holder asking
 * for another holder's award or module gets the same 404 as for one that does not exist.
 */
@Injectable()
export class AwardDirectory {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async award(awardId: string, principal: Principal): Promise<FoundAward> {
    const found = await this.caughtUp(() => this.findAward(awardId));
    if (!found || !visibleTo(found.award.enterpriseNumber, principal)) throw notFound('AWARD_NOT_FOUND', `no award ${awardId}`);
    return found;
  }

  async module(moduleId: string, principal: Principal): Promise<ModuleDocument> {
    const module = await this.caughtUp(() => this.readModels.get<ModuleDocument>('delivery-modules', moduleId));
    if (!module || !visibleTo(module.enterpriseNumber, principal)) throw notFound('MODULE_NOT_FOUND', `no module ${moduleId}`);
    return module;
  }

  async delivery(awardId: string): Promise<DeliveryAwardDocument | null> {
    return this.readModels.get<DeliveryAwardDocument>('delivery-awards', awardId);
  }

  /** The award's terms for a write; withdrawal and mandate status from the event streams, not a read model that may lag. */
  async termsForWrite(awardId: string, principal: Principal): Promise<AwardTerms> {
    const { call, award } = await this.award(awardId, principal);
    return {
      ...(await this.accessTo(call.outsourcingId, award)),
      outsourcingId: call.outsourcingId,
      product: call.product,
      innovative: call.innovative,
      approvedSubjects: award.approvedSubjects,
    };
  }

  async moduleForWrite(
    moduleId: string,
    principal: Principal,
  ): Promise<{ module: ModuleDocument; access: DeliveryAccess; awardedOn: string }> {
    const module = await this.module(moduleId, principal);
    const { award } = await this.award(module.awardId, principal);
    return { module, access: await this.accessTo(module.outsourcingId, award), awardedOn: award.awardedOn };
  }

  /** A write that dates a training (participants, evaluations, removals): the module with its calendar. */
  async moduleForDatedWrite(
    moduleId: string,
    principal: Principal,
  ): Promise<{ module: ModuleDocument; access: DeliveryAccess; calendar: TrainingCalendar }> {
    const { module, access, awardedOn } = await this.moduleForWrite(moduleId, principal);
    return { module, access, calendar: await this.trainingCalendar(awardedOn) };
  }

  /**
   * Today and the closed years among those a training of the award can fall in (award year up to this
   * year; other dates are refused anyway). Read from the `indicator-year-{year}` streams, not the
   * `indicator-years` read model, so that a write right after a close already sees it.
   */
  private async trainingCalendar(awardedOn: string): Promise<TrainingCalendar> {
    const today = brusselsDay(this.clock.now());
    const closedYears: number[] = [];
    for (let year = yearOf(awardedOn); year <= yearOf(today); year++) {
      const { state } = await this.repository.load(indicatorYearStream(year), indicatorYearAggregate);
      if (state.status === 'closed') closedYears.push(year);
    }
    return { today, awardedOn, closedYears };
  }

  private async accessTo(outsourcingId: string, award: AwardDocument): Promise<DeliveryAccess> {
    const call = await this.repository.load(outsourcingStream(outsourcingId), outsourcingAggregate);
    const mandate = await this.repository.load(mandateStream(award.enterpriseNumber), mandateAggregate);
    return {
      awardId: award.awardId,
      enterpriseNumber: award.enterpriseNumber,
      awardWithdrawn: findAward(call.state, award.awardId)?.withdrawn ?? true,
      mandateActive: isActiveOn(mandate.state, brusselsDay(this.clock.now())),
    };
  }

  /** A call has a few awards and there are a few dozen calls a year: a scan is cheaper than an index. */
  private async findAward(awardId: string): Promise<FoundAward | null> {
    for (const call of await this.readModels.find<OutsourcingDocument>('outsourcings')) {
      const award = call.awards.find((a) => a.awardId === awardId);
      if (award) return { call, award };
    }
    return null;
  }

  /** Right after the award or module was written the read model may not have it yet: wait for the head once. */
  private async caughtUp<T>(read: () => Promise<T | null>): Promise<T | null> {
    const first = await read();
    if (first !== null) return first;
    const head = await this.store.headPosition();
    if (head === null || !(await this.runner.waitFor(head, CATCH_UP_MS))) return null;
    return read();
  }
}

export const visibleTo = (enterpriseNumber: string, principal: Principal) =>
  principal.role !== 'mandate-holder' || principal.org === enterpriseNumber;
