import type { TargetsSet } from '../src/indicators/domain/events.js';
import type { Targets } from '../src/indicators/domain/indicator-catalogue.js';
import { dataOf, type Projection } from './projection.js';

export interface TargetsDocument {
  readonly year: number;
  readonly targets: Targets;
  readonly updatedAt: string;
}

/** The targets of each year as last set; its history (for "as of" reads) is the read store's. */
export const targetsProjection: Projection<TargetsDocument> = {
  name: 'targets',
  version: 1,
  handles: ['TargetsSet'],
  documentIds: (event) => [String(dataOf<TargetsSet['data']>(event).year)],
  evolve(_, stored) {
    const { year, targets } = dataOf<TargetsSet['data']>(stored);
    return { year, targets, updatedAt: stored.recordedAt };
  },
};
