import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { ReadModels } from '../../platform/read-models.js';
import { EVENT_STORE, type EventStore, type Position } from '../../shared/event-store/event-store.port.js';
import type { ParticipantRegistered } from '../domain/events.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from './personal-data-vault.port.js';

/** A registration in flight is sealed and appended within seconds: a pending seal older than this lost its append. */
export const ORPHAN_AGE_MS = 5 * 60_000;
const BATCH = 5_000;

/**
 * Personal data sealed for a registration whose events never reached the log (a crash between the seal
 * and the append) belong to nobody the agency knows of: the GDPR allows no such leftovers. At start the
 * service checks the seals still pending, and erases those no event refers to.
 */
@Injectable()
export class PersonalDataOrphanSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger('PersonalDataOrphanSweep');

  constructor(
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVaultPort,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const erased = await this.sweep(Date.now() - ORPHAN_AGE_MS);
    if (erased > 0) this.logger.log(`erased the personal data of ${erased} registrations that never reached the log`);
  }

  /** Erases the seals pending since before `before` that no event names; answers how many. */
  async sweep(before: number): Promise<number> {
    const pending = await this.vault.pendingSince(before);
    if (pending.length === 0) return 0;
    const referenced = new Set<string>();
    for (const { ref, participantId } of pending) {
      const participant = await this.readModels.get<ParticipantDocument>('delivery-participants', participantId);
      if (participant?.personalDataRef === ref) referenced.add(ref);
    }
    // The read model may lag behind the log: what it does not know is looked up in the log itself.
    const unknown = new Set(pending.map((p) => p.ref).filter((ref) => !referenced.has(ref)));
    if (unknown.size > 0) for (const ref of await this.referencedInLog(unknown)) referenced.add(ref);
    const orphans = pending.map((p) => p.ref).filter((ref) => !referenced.has(ref));
    await this.vault.erase(orphans);
    await this.vault.confirm(pending.map((p) => p.ref));
    return orphans.length;
  }

  private async referencedInLog(refs: ReadonlySet<string>): Promise<Set<string>> {
    const found = new Set<string>();
    let after: Position | null = null;
    for (;;) {
      const { events, last } = await this.store.readAll({ after, limit: BATCH });
      for (const e of events) {
        if (e.type !== 'ParticipantRegistered') continue;
        const ref = (e.data as unknown as ParticipantRegistered['data']).participant.personalDataRef;
        if (refs.has(ref)) found.add(ref);
      }
      if (events.length < BATCH || found.size === refs.size) return found;
      after = last;
    }
  }
}
