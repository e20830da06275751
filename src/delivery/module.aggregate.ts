import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { type ModuleCommand, moduleDecider } from './domain/decide-module.js';
import { deliverySchemaVersions, type ModuleEvent } from './domain/events.js';
import type { ModuleState } from './domain/module.js';

export const moduleAggregate: Aggregate<ModuleCommand, ModuleState, ModuleEvent> = {
  decider: moduleDecider,
  schemaVersions: deliverySchemaVersions,
};
