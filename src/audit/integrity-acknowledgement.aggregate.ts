import type { Aggregate } from '../shared/application/aggregate-repository.js';
import { type AcknowledgeIntegrityBreak, type AcknowledgementState, acknowledgementDecider } from './domain/acknowledge-break.js';
import { auditSchemaVersions, type IntegrityBreakAcknowledged } from './domain/events.js';

export const acknowledgementAggregate: Aggregate<AcknowledgeIntegrityBreak, AcknowledgementState, IntegrityBreakAcknowledged> = {
  decider: acknowledgementDecider,
  schemaVersions: auditSchemaVersions,
};
