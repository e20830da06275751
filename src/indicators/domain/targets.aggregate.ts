import type { Aggregate } from '../../shared/domain/decider.js';
import { type TargetsSet, targetsSchemaVersions } from './events.js';
import { type SetTargets, targetsDecider, type TargetsState } from './targets.js';

export const targetsAggregate: Aggregate<SetTargets, TargetsState, TargetsSet> = {
  decider: targetsDecider,
  schemaVersions: targetsSchemaVersions,
};
