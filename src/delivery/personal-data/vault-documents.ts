import type { Binary } from 'mongodb';

/** The ciphertexts' database and the keys' database: backed up and retained apart (an erased key must not outlive its retention in a backup). */
export function vaultDatabases(base: string): { readonly data: string; readonly keys: string } {
  return { data: `${base}-personal-data`, keys: `${base}-personal-keys` };
}

export const SEALED = 'sealed_persons';
export const KEYS = 'person_keys';
export const PENDING = 'pending_seals';

export interface SealedPart {
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

/** Bytes come back from the driver as BSON Binary, go in as Buffer. */
type Bytes = Buffer | Binary;

export interface StoredSealed {
  readonly _id: string;
  readonly participantId: string;
  readonly iv: Bytes;
  readonly tag: Bytes;
  readonly ciphertext: Bytes;
}

export interface StoredKey {
  readonly _id: string;
  readonly key: Bytes;
}

export interface StoredPending {
  readonly _id: string;
  readonly sealedAt: Date;
}

export const sealedDocument = (ref: string, participantId: string, sealed: SealedPart): StoredSealed => ({
  _id: ref,
  participantId,
  iv: sealed.iv,
  tag: sealed.tag,
  ciphertext: sealed.ciphertext,
});

export const keyDocument = (ref: string, wrappedKey: Buffer): StoredKey => ({ _id: ref, key: wrappedKey });

export const pendingUpsert = (sealedAt: number) => ({ $set: { sealedAt: new Date(sealedAt) } });

export const pendingBefore = (before: number) => ({ sealedAt: { $lt: new Date(before) } });

export const byRefs = (refs: readonly string[]) => ({ _id: { $in: [...refs] } });

export function bufferOf(bytes: Bytes): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer);
}

export function sealedPartOf(stored: StoredSealed): SealedPart {
  return { iv: bufferOf(stored.iv), tag: bufferOf(stored.tag), ciphertext: bufferOf(stored.ciphertext) };
}

/** What the removal (refs of a participant) and the orphan sweep (pending by age) look up. */
export const VAULT_INDEXES = [
  { database: 'data', collection: SEALED, key: { participantId: 1 }, name: 'sealed_by_participant' },
  { database: 'data', collection: PENDING, key: { sealedAt: 1 }, name: 'pending_by_age' },
] as const;
