import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PersonalData } from './personal-data-vault.port.js';
import type { SealedPart } from './vault-documents.js';

/**
 * AES-256-GCM with a fresh key per person, the reference as associated data (a ciphertext moved under
 * another reference does not open). The same scheme as the SQLite vault, so that a migrated vault opens.
 */
export function sealPerson(ref: string, data: PersonalData): SealedPart & { readonly key: Buffer } {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(ref));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
  return { key, iv, tag: cipher.getAuthTag(), ciphertext };
}

export function openPerson(ref: string, key: Buffer, sealed: SealedPart): PersonalData {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(Buffer.from(ref));
  decipher.setAuthTag(sealed.tag);
  return JSON.parse(Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8')) as PersonalData;
}
