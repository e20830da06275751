import type { Aggregate } from '../../shared/domain/decider.js';
import { type OutsourcingCommand, outsourcingDecider } from './decide-outsourcing.js';
import { type OutsourcingEvent, outsourcingSchemaVersions } from './events.js';
import type { OutsourcingState } from './outsourcing.js';

export const outsourcingAggregate: Aggregate<OutsourcingCommand, OutsourcingState, OutsourcingEvent> = {
  decider: outsourcingDecider,
  schemaVersions: outsourcingSchemaVersions,
};
