import type { Aggregate } from '../../shared/domain/decider.js';
import { type ModuleCommand, moduleDecider } from './decide-module.js';
import { deliverySchemaVersions, type ModuleEvent } from './events.js';
import type { ModuleState } from './module.js';

export const moduleAggregate: Aggregate<ModuleCommand, ModuleState, ModuleEvent> = {
  decider: moduleDecider,
  schemaVersions: deliverySchemaVersions,
};
