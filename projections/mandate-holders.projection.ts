import type { MandateEvent } from '../src/mandates/domain/events.js';
import type { MandatePeriod, MandateStatus } from '../src/mandates/domain/mandate.js';
import { dataOf, type Projection } from './projection.js';

export interface MandateHolderDocument {
  readonly enterpriseNumber: string;
  readonly name: string;
  readonly email: string;
  readonly basis: 'quality-label' | 'experience';
  readonly qualityLabel: string | null;
  readonly status: MandateStatus;
  readonly grantedOn: string;
  readonly timeline: readonly (MandatePeriod & { readonly reason: string | null })[];
  readonly updatedAt: string;
}

/** Mandate holders as advisers look them up: current status and the whole timeline with reasons. */
export const mandateHoldersProjection: Projection<MandateHolderDocument> = {
  name: 'mandate-holders',
  version: 1,
  handles: ['MandateGranted', 'MandateSuspended', 'MandateReinstated', 'MandateRevoked'],
  documentIds: (event) => [dataOf<MandateEvent['data']>(event).enterpriseNumber],
  evolve(document, stored) {
    const event = { type: stored.type, data: stored.data } as MandateEvent;
    if (event.type === 'MandateGranted') {
      const { grantedOn, ...holder } = event.data;
      const timeline = [...(document?.timeline ?? []), { from: grantedOn, status: 'active' as const, reason: null }];
      return { ...holder, status: 'active', grantedOn, timeline, updatedAt: stored.recordedAt };
    }
    if (document === null) return null;
    const status: MandateStatus = event.type === 'MandateSuspended' ? 'suspended' : event.type === 'MandateRevoked' ? 'revoked' : 'active';
    return {
      ...document,
      status,
      timeline: [...document.timeline, { from: event.data.effectiveOn, status, reason: event.data.reason }],
      updatedAt: stored.recordedAt,
    };
  },
};
