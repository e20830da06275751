import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** A wrapped person key: iv, tag and the encrypted 32-byte key; a bare key is 32 bytes. */
const WRAPPED_BYTES = IV_BYTES + TAG_BYTES + KEY_BYTES;

/**
 * Wraps each person's key with a master key from the environment (PERSONAL_DATA_KEY), so that a stolen
 * data folder alone — ciphertexts and keys files together — reveals nothing. Without a master key the
 * person keys are stored bare, as before; keys stored bare stay readable after a master key is set.
 */
export class KeyWrapping {
  private readonly master: Buffer | null;

  constructor(secret: string | undefined) {
    // The operator gives a passphrase-like secret of at least 32 characters; its SHA-256 is the AES key.
    this.master = secret ? createHash('sha256').update(secret, 'utf8').digest() : null;
  }

  /** `iv` may be a slice of random bytes drawn once for a whole batch; fresh ones are drawn without it. */
  wrap(key: Buffer, ref: string, iv?: Buffer): Buffer {
    if (!this.master) return key;
    // Drawn only when needed: a default parameter drew 12 random bytes per person even for a bare key.
    const nonce = iv ?? randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.master, nonce);
    cipher.setAAD(Buffer.from(`person-key:${ref}`));
    const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), wrapped]);
  }

  /** The random bytes `wrap` needs per key, drawn once for a batch: none without a master key. */
  get ivBytes(): number {
    return this.master ? IV_BYTES : 0;
  }

  /** Throws when the key is wrapped and the master key is missing or another one: never a silent "erased". */
  unwrap(stored: Buffer, ref: string): Buffer {
    if (stored.length === KEY_BYTES) return stored;
    if (stored.length !== WRAPPED_BYTES) throw new Error(`person key ${ref} has an unknown layout (${stored.length} bytes)`);
    if (!this.master) throw new Error('personal data keys are wrapped: set PERSONAL_DATA_KEY to the master key they were wrapped with');
    const decipher = createDecipheriv('aes-256-gcm', this.master, stored.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`person-key:${ref}`));
    decipher.setAuthTag(stored.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(stored.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new Error('personal data keys were wrapped with another PERSONAL_DATA_KEY than the one configured');
    }
  }
}
