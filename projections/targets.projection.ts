import type { TargetsSet } from '../src/indicators/domain/events.js';
import type { Targets } from '../src/indicators/domain/indicator-catalogue.js';
import { defineProjection } from './projection.js';

export interface TargetsDocument {
  readonly year: number;
  readonly targets: Targets;
  readonly updatedAt: string;
}

/** The targets of each year as last set; its history (for "as of" reads) is the read store's. */
export const targetsProjection = defineProjection<TargetsDocument, TargetsSet>({
  name: 'targets',
  version: 1,
  documentIds: (event) => [String(event.data.year)],
  on: {
    TargetsSet: (_, { data: { year, targets }, recordedAt }) => ({ year, targets, updatedAt: recordedAt }),
  },
});
