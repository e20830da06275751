import type { DeliveryFigures } from './domain/delivery-figures.js';

export type { DeliveryFigures } from './domain/delivery-figures.js';

/**
 * What other contexts may ask the delivery context; they depend on this file only, never on its
 * aggregates, domain or read models.
 */
export interface DeliveryQueries {
  /** The delivery of a Brussels calendar year as known at `asOf` (ISO timestamp), or now when null. */
  yearFigures(year: number, asOf: string | null): Promise<DeliveryFigures>;
}

export const DELIVERY_QUERIES = Symbol('DeliveryQueries');
