import type { Projection } from '../../projections/projection.js';
import { mandateHoldersProjection } from '../../projections/mandate-holders.projection.js';
import { outsourcingsProjection } from '../../projections/outsourcings.projection.js';
import { indicatorYearsProjection } from '../../projections/indicator-years.projection.js';
import { targetsProjection } from '../../projections/targets.projection.js';

/** Every projection the runner keeps up to date. */
export const PROJECTIONS: readonly Projection[] = [
  mandateHoldersProjection as Projection,
  outsourcingsProjection as Projection,
  targetsProjection as Projection,
  indicatorYearsProjection as Projection,
];
