import type { MandateEvent } from '../src/mandates/domain/events.js';
import type { MandatePeriod, MandateStatus } from '../src/mandates/domain/mandate.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

export interface MandateHolderDocument {
  readonly enterpriseNumber: string;
  readonly name: string;
  readonly email: string;
  readonly basis: 'quality-label' | 'experience';
  readonly qualityLabel: string | null;
  readonly status: MandateStatus;
  readonly grantedOn: string;
  readonly timeline: readonly (MandatePeriod & { readonly reason: string | null })[];
  /** Where notices of new calls are mailed, and whether; the mandate's address until the holder sets one. */
  readonly notifications: { readonly email: string; readonly enabled: boolean };
  readonly updatedAt: string;
}

/** A change of status from a date on, with its reason, in the holder's timeline. */
const changed = (status: MandateStatus) =>
  onExisting<MandateHolderDocument, StoredOf<MandateEvent, 'MandateSuspended' | 'MandateReinstated' | 'MandateRevoked'>>(
    (document, { data, recordedAt }) => ({
      ...document,
      status,
      timeline: [...document.timeline, { from: data.effectiveOn, status, reason: data.reason }],
      updatedAt: recordedAt,
    }),
  );

/** Mandate holders as advisers look them up: current status and the whole timeline with reasons. */
export const mandateHoldersProjection = defineProjection<MandateHolderDocument, MandateEvent>({
  name: 'mandate-holders',
  version: 2,
  documentIds: (event) => [event.data.enterpriseNumber],
  on: {
    MandateGranted: (document, { data: { grantedOn, ...holder }, recordedAt }) => {
      const timeline = [...(document?.timeline ?? []), { from: grantedOn, status: 'active' as const, reason: null }];
      const notifications = document?.notifications ?? { email: holder.email, enabled: true };
      return { ...holder, status: 'active', grantedOn, timeline, notifications, updatedAt: recordedAt };
    },
    MandateSuspended: changed('suspended'),
    MandateReinstated: changed('active'),
    MandateRevoked: changed('revoked'),
    NotificationPreferencesSet: onExisting((document, { data: { email, enabled }, recordedAt }) => ({
      ...document,
      notifications: { email, enabled },
      updatedAt: recordedAt,
    })),
  },
});
