import type { Projection } from '../../projections/projection.js';
import { mandateHoldersProjection } from '../../projections/mandate-holders.projection.js';
import { outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import { indicatorYearsProjection } from '../../projections/indicator-years.projection.js';
import { deliveryAwardsProjection } from '../../projections/delivery-awards.projection.js';
import { deliveryModulesProjection } from '../../projections/delivery-modules.projection.js';
import { deliveryParticipantsProjection } from '../../projections/delivery-participants.projection.js';
import { targetsProjection } from '../../projections/targets.projection.js';
import { plansProjection } from '../../projections/plans.projection.js';
import { estimatesProjection } from '../../projections/estimates.projection.js';
import { templatesProjection } from '../../projections/templates.projection.js';
import { mandateApplicationsProjection } from '../../projections/mandate-applications.projection.js';

/** Every projection the runner keeps up to date. */
export const PROJECTIONS: readonly Projection[] = [
  mandateHoldersProjection,
  outsourcingsProjection,
  targetsProjection,
  plansProjection,
  estimatesProjection,
  indicatorYearsProjection,
  deliveryAwardsProjection,
  deliveryModulesProjection,
  deliveryParticipantsProjection,
  templatesProjection,
  mandateApplicationsProjection,
];
