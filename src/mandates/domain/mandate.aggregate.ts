import type { Aggregate } from '../../shared/domain/decider.js';
import { mandateDecider, type MandateCommand } from './decide-mandate.js';
import { type MandateEvent, mandateSchemaVersions } from './events.js';
import type { MandateState } from './mandate.js';

export const mandateAggregate: Aggregate<MandateCommand, MandateState, MandateEvent> = {
  decider: mandateDecider,
  schemaVersions: mandateSchemaVersions,
};
