import type { ClientSession, Collection, MongoClient } from 'mongodb';
import { KeyWrapping } from './key-wrapping.js';
import { openPerson, sealPerson } from './person-sealing.js';
import type { PersonalData, PersonalDataVaultPort, SealedPerson } from './personal-data-vault.port.js';
import {
  byRefs,
  bufferOf,
  keyDocument,
  KEYS,
  PENDING,
  pendingBefore,
  pendingUpsert,
  SEALED,
  sealedDocument,
  sealedPartOf,
  type StoredKey,
  type StoredPending,
  type StoredSealed,
  VAULT_INDEXES,
  vaultDatabases,
} from './vault-documents.js';

/**
 * The vault on MongoDB (READ_STORE=mongodb): ciphertexts in `<db>-personal-data`, keys in
 * `<db>-personal-keys`, so that each is backed up and retained on its own and erasing a key shreds
 * every copy of the ciphertext. A seal and an erasure touch both databases in one transaction (a replica
 * set allows it across databases): no half of a person is left behind by a failover.
 */
export class MongoPersonalDataVault implements PersonalDataVaultPort {
  private readonly sealed: Collection<StoredSealed>;
  private readonly keyStore: Collection<StoredKey>;
  private readonly pending: Collection<StoredPending>;
  private readonly wrapping: KeyWrapping;

  constructor(
    private readonly client: MongoClient,
    base: string,
    personalDataKey: string | undefined,
  ) {
    const names = vaultDatabases(base);
    this.sealed = client.db(names.data).collection<StoredSealed>(SEALED);
    this.pending = client.db(names.data).collection<StoredPending>(PENDING);
    this.keyStore = client.db(names.keys).collection<StoredKey>(KEYS);
    this.wrapping = new KeyWrapping(personalDataKey);
  }

  async createIndexes(): Promise<void> {
    for (const index of VAULT_INDEXES) {
      const collection = index.collection === SEALED ? this.sealed : this.pending;
      await collection.createIndex(index.key, { name: index.name });
    }
  }

  async seal(people: readonly SealedPerson[]): Promise<void> {
    await this.inTransaction((session) => this.insert(people, session));
  }

  async open(ref: string): Promise<PersonalData | null> {
    const [sealed, key] = await Promise.all([this.sealed.findOne({ _id: ref }), this.keyStore.findOne({ _id: ref })]);
    if (!sealed || !key) return null;
    return openPerson(ref, this.wrapping.unwrap(bufferOf(key.key), ref), sealedPartOf(sealed));
  }

  async refsOf(participantId: string): Promise<string[]> {
    return (await this.sealed.find({ participantId }, { projection: { _id: 1 } }).toArray()).map((s) => s._id);
  }

  async holdsPersonalData(participantId: string): Promise<boolean> {
    const refs = await this.refsOf(participantId);
    return refs.length > 0 && (await this.keyStore.countDocuments(byRefs(refs), { limit: 1 })) > 0;
  }

  async eraseParticipant(participantId: string): Promise<void> {
    await this.erase(await this.refsOf(participantId));
  }

  /** Crypto-shredding: the key goes first in the same transaction; a backup of the keys database taken before keeps it until its retention ends. */
  async erase(refs: readonly string[]): Promise<void> {
    if (refs.length === 0) return;
    await this.inTransaction((session) => this.remove(refs, session));
  }

  /** As the SQLite vault: a retry keeps the first attempt's seal, a half seal is replaced whole, each new seal stays pending until confirmed. */
  async sealOnce(people: readonly SealedPerson[]): Promise<string[]> {
    let fresh: readonly SealedPerson[] = [];
    await this.inTransaction(async (session) => {
      const refs = people.map((p) => p.ref);
      // One operation at a time: a transaction's operations must not run in parallel on its session.
      const sealed = await this.sealed.find(byRefs(refs), { session, projection: { _id: 1 } }).toArray();
      const keys = await this.keyStore.find(byRefs(refs), { session, projection: { _id: 1 } }).toArray();
      const withKey = new Set(keys.map((k) => k._id));
      const whole = new Set(sealed.filter((s) => withKey.has(s._id)).map((s) => s._id));
      fresh = people.filter((p) => !whole.has(p.ref));
      await this.remove(
        fresh.map((p) => p.ref),
        session,
      );
      await this.insert(fresh, session);
      const now = Date.now();
      for (const { ref } of fresh) await this.pending.updateOne({ _id: ref }, pendingUpsert(now), { upsert: true, session });
    });
    return fresh.map((p) => p.ref);
  }

  async confirm(refs: readonly string[]): Promise<void> {
    // Lost confirmations are the orphan sweep's to find: it confirms the seals whose events are in the log.
    await this.pending.deleteMany(byRefs(refs)).catch(() => undefined);
  }

  async pendingSince(before: number): Promise<{ ref: string; participantId: string }[]> {
    const pending = await this.pending.find(pendingBefore(before)).toArray();
    const refs = pending.map((p) => p._id);
    const owners = new Map(
      (await this.sealed.find(byRefs(refs), { projection: { _id: 1, participantId: 1 } }).toArray()).map((s) => [s._id, s.participantId]),
    );
    return refs.map((ref) => ({ ref, participantId: owners.get(ref) ?? '' }));
  }

  private async insert(people: readonly SealedPerson[], session: ClientSession): Promise<void> {
    if (people.length === 0) return;
    const sealed = people.map(({ ref, participantId, data }) => ({ ref, participantId, ...sealPerson(ref, data) }));
    await this.keyStore.insertMany(
      sealed.map((s) => keyDocument(s.ref, this.wrapping.wrap(s.key, s.ref))),
      { session },
    );
    await this.sealed.insertMany(
      sealed.map((s) => sealedDocument(s.ref, s.participantId, s)),
      { session },
    );
  }

  private async remove(refs: readonly string[], session: ClientSession): Promise<void> {
    if (refs.length === 0) return;
    await this.keyStore.deleteMany(byRefs(refs), { session });
    await this.sealed.deleteMany(byRefs(refs), { session });
  }

  private async inTransaction(work: (session: ClientSession) => Promise<void>): Promise<void> {
    const session = this.client.startSession();
    try {
      await session.withTransaction(work, { writeConcern: { w: 'majority', journal: true } });
    } finally {
      await session.endSession();
    }
  }
}
