import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyWrapping } from './key-wrapping.js';
import type { PersonalData, SealedPerson } from './personal-data-vault.port.js';
import type { SealedPart } from './vault-documents.js';

const [KEY_BYTES, IV_BYTES] = [32, 12];

/**
 * AES-256-GCM with a fresh key per person, the reference as associated data (a ciphertext moved under
 * another reference does not open). The same scheme as the SQLite vault, so that a migrated vault opens.
 */
export function sealPerson(ref: string, data: PersonalData): SealedPart & { readonly key: Buffer } {
  const key = randomBytes(KEY_BYTES);
  return { key, ...encrypt(ref, data, key, randomBytes(IV_BYTES)) };
}

function encrypt(ref: string, data: PersonalData, key: Buffer, iv: Buffer): SealedPart {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(ref));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

export function openPerson(ref: string, key: Buffer, sealed: SealedPart): PersonalData {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(Buffer.from(ref));
  decipher.setAuthTag(sealed.tag);
  return JSON.parse(Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8')) as PersonalData;
}

/** One person sealed for the SQLite vault: the ciphertext with its nonce and tag, and the person's key wrapped. */
export interface SealedRow extends SealedPart {
  readonly ref: string;
  readonly participantId: string;
  readonly wrappedKey: Buffer;
}

/** People sealed between two turns of the event loop while a large batch is encrypted. */
export const SEAL_SLICE = 2_000;

/**
 * Seals a batch with the same scheme as sealPerson; the random bytes of the whole batch (keys, nonces
 * and the nonces that wrap the keys) are drawn at once and sliced.
 */
export function sealBatch(people: readonly SealedPerson[], keys: KeyWrapping): SealedRow[] {
  const wrapBytes = keys.ivBytes;
  const stride = KEY_BYTES + IV_BYTES + wrapBytes;
  const random = randomBytes(stride * people.length);
  return people.map(({ ref, participantId, data }, i) => {
    const at = i * stride;
    const key = random.subarray(at, at + KEY_BYTES);
    const sealed = encrypt(ref, data, key, random.subarray(at + KEY_BYTES, at + KEY_BYTES + IV_BYTES));
    const wrapIv = wrapBytes > 0 ? random.subarray(at + KEY_BYTES + IV_BYTES, at + stride) : undefined;
    return { ref, participantId, ...sealed, wrappedKey: keys.wrap(key, ref, wrapIv) };
  });
}

/**
 * sealBatch a slice at a time, with a turn of the event loop between slices: the encryption of a
 * 100 000-person import (seconds of CPU) no longer holds every other request until it ends.
 */
export async function sealInSlices(people: readonly SealedPerson[], keys: KeyWrapping): Promise<SealedRow[]> {
  const rows: SealedRow[] = [];
  for (let from = 0; from < people.length; from += SEAL_SLICE) {
    if (from > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    rows.push(...sealBatch(people.slice(from, from + SEAL_SLICE), keys));
  }
  return rows;
}
