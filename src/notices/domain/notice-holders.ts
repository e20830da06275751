import type { MandateEvent } from '../../mandates/domain/events.js';

/** A holder as notices need it: where to mail, whether to, and its mandate's timeline to ask "active that day?". */
export interface NoticeHolder {
  readonly enterpriseNumber: string;
  readonly name: string;
  readonly email: string;
  readonly enabled: boolean;
  readonly timeline: readonly { readonly from: string; readonly active: boolean }[];
}

/** Folds one mandate event into the holder it concerns (null before its first grant). */
export function evolveNoticeHolder(holder: NoticeHolder | null, event: MandateEvent): NoticeHolder | null {
  switch (event.type) {
    case 'MandateGranted': {
      const { enterpriseNumber, name, email, grantedOn } = event.data;
      const period = { from: grantedOn, active: true };
      // A holder's own choice of address survives a new grant; a first grant mails the mandate's address.
      if (holder === null) return { enterpriseNumber, name, email, enabled: true, timeline: [period] };
      return { ...holder, name, timeline: [...holder.timeline, period] };
    }
    case 'MandateSuspended':
    case 'MandateRevoked':
      return holder && { ...holder, timeline: [...holder.timeline, { from: event.data.effectiveOn, active: false }] };
    case 'MandateReinstated':
      return holder && { ...holder, timeline: [...holder.timeline, { from: event.data.effectiveOn, active: true }] };
    case 'NotificationPreferencesSet':
      return holder && { ...holder, email: event.data.email, enabled: event.data.enabled };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** The last period that started on or before the day decides; nothing before the first grant. */
export function activeOn(holder: NoticeHolder, day: string): boolean {
  let active = false;
  for (const period of holder.timeline) if (period.from <= day) active = period.active;
  return active;
}
