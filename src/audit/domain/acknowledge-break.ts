import { type Decider, type DomainEvent } from '../../shared/domain/decider.js';
import { invalid, ruleBroken } from '../../shared/domain/domain-error.js';
import { INTEGRITY_BREAK_ACKNOWLEDGED, type IntegrityBreakAcknowledged } from './events.js';

/** The break the verification found just now, handed in like the time: the decider reads no log. */
export interface FoundBreak {
  /** A dense position on SQLite, a `$all` token on EventStoreDB. */
  readonly position: number | string | null;
  readonly code: string;
}

export type AcknowledgeIntegrityBreak = DomainEvent<
  'AcknowledgeIntegrityBreak',
  { readonly reason: string; readonly found: FoundBreak | null }
>;

export interface AcknowledgementState {
  readonly acknowledged: readonly FoundBreak[];
}

/**
 * An operator who acknowledges a break takes responsibility for serving from a log known to be
 * damaged; the reason (an incident number, a restore that failed) is what an inspector reads later.
 */
export const acknowledgementDecider: Decider<AcknowledgeIntegrityBreak, AcknowledgementState, IntegrityBreakAcknowledged> = {
  initialState: { acknowledged: [] },
  decide: ({ data: { reason, found } }) => {
    if (reason.trim() === '') throw invalid('REASON_REQUIRED', 'an acknowledgement needs a reason', 'reason');
    if (found === null) throw ruleBroken('INTEGRITY_NOT_BROKEN', 'the log verifies: there is no break to acknowledge');
    return [{ type: INTEGRITY_BREAK_ACKNOWLEDGED, data: { position: found.position, code: found.code, reason: reason.trim() } }];
  },
  evolve: (state, { data: { position, code } }) => ({ acknowledged: [...state.acknowledged, { position, code }] }),
};
