import { Inject, Injectable } from '@nestjs/common';
import type { ModuleDocument } from '../../projections/delivery-modules.projection.js';
import { type AwardFacts, OUTSOURCING_QUERIES, type OutsourcingQueries } from '../outsourcing/outsourcing.queries.js';
import { ReadModels } from '../platform/read-models.js';
import type { Principal } from '../shared/auth/principal.js';
import { notFound } from '../shared/domain/domain-error.js';
import { CaughtUpRead } from './caught-up-read.js';

/**
 * Finds awards and modules for the delivery routes and applies who-sees-what: a mandate holder asking
 * for another holder's award or module gets the same 404 as for one that does not exist.
 */
@Injectable()
export class VisibleDelivery {
  constructor(
    @Inject(OUTSOURCING_QUERIES) private readonly outsourcing: OutsourcingQueries,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CaughtUpRead) private readonly caughtUp: CaughtUpRead,
  ) {}

  /** With `asOf` (ISO timestamp), the award as it was then: one not granted yet is not found. */
  async award(awardId: string, principal: Principal, asOf: string | null = null): Promise<AwardFacts> {
    const award =
      asOf === null ? await this.caughtUp.read(() => this.outsourcing.award(awardId)) : await this.outsourcing.award(awardId, asOf);
    if (!award || !visibleTo(award.enterpriseNumber, principal)) throw notFound('AWARD_NOT_FOUND', `no award ${awardId}`);
    return award;
  }

  async module(moduleId: string, principal: Principal): Promise<ModuleDocument> {
    const module = await this.caughtUp.read(() => this.readModels.get<ModuleDocument>('delivery-modules', moduleId));
    if (!module || !visibleTo(module.enterpriseNumber, principal)) throw notFound('MODULE_NOT_FOUND', `no module ${moduleId}`);
    return module;
  }
}

const visibleTo = (enterpriseNumber: string, principal: Principal) =>
  principal.role !== 'mandate-holder' || principal.org === enterpriseNumber;
