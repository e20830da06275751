import type { Aggregate } from '../../shared/domain/decider.js';
import { type AcknowledgeIntegrityBreak, type AcknowledgementState, acknowledgementDecider } from './acknowledge-break.js';
import { auditSchemaVersions, type IntegrityBreakAcknowledged } from './events.js';

export const acknowledgementAggregate: Aggregate<AcknowledgeIntegrityBreak, AcknowledgementState, IntegrityBreakAcknowledged> = {
  decider: acknowledgementDecider,
  schemaVersions: auditSchemaVersions,
};
