import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { type OutsourcingCommand, outsourcingDecider } from './domain/decide-outsourcing.js';
import { type OutsourcingEvent, outsourcingSchemaVersions } from './domain/events.js';
import type { OutsourcingState } from './domain/outsourcing.js';

export const outsourcingAggregate: Aggregate<OutsourcingCommand, OutsourcingState, OutsourcingEvent> = {
  decider: outsourcingDecider,
  schemaVersions: outsourcingSchemaVersions,
};
