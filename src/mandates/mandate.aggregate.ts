import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { mandateDecider, type MandateCommand } from './domain/decide-mandate.js';
import { type MandateEvent, mandateSchemaVersions } from './domain/events.js';
import type { MandateState } from './domain/mandate.js';

export const mandateAggregate: Aggregate<MandateCommand, MandateState, MandateEvent> = {
  decider: mandateDecider,
  schemaVersions: mandateSchemaVersions,
};
