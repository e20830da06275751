import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { type TargetsSet, targetsSchemaVersions } from './domain/events.js';
import { type SetTargets, targetsDecider, type TargetsState } from './domain/targets.js';

export const targetsAggregate: Aggregate<SetTargets, TargetsState, TargetsSet> = {
  decider: targetsDecider,
  schemaVersions: targetsSchemaVersions,
};
