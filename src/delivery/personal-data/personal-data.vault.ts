import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

export interface PersonalData {
  readonly name: string;
  readonly email: string;
  readonly birthDate: string;
}

export interface SealedPerson {
  readonly ref: string;
  readonly participantId: string;
  readonly data: PersonalData;
}

/**
 * Participants' personal data (GDPR), kept out of the event log and the read models. Each person has
 * an own AES-256-GCM key, kept in a file of its own (`personal-keys.db`) apart from the ciphertexts
 * (`personal-data.db`): erasing a person deletes the key (crypto-shredding), so the ciphertext, also
 * in any backup of the data file, becomes unreadable while the history stays untouched. The keys file
 * is backed up on its own, with a retention no longer than an erasure may take.
 */
@Injectable()
export class PersonalDataVault implements OnApplicationShutdown {
  private readonly db: Database.Database;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.db = new Database(join(config.dataDir, 'personal-data.db'));
    this.db.prepare('ATTACH DATABASE ? AS keys').run(join(config.dataDir, 'personal-keys.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('keys.journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // A deleted row's bytes stay in the file until its page is reused; an erased key must not.
    this.db.pragma('main.secure_delete = ON');
    this.db.pragma('keys.secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS keys.person_keys (ref TEXT PRIMARY KEY, key BLOB NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS sealed_persons (ref TEXT PRIMARY KEY, participant_id TEXT NOT NULL, iv BLOB NOT NULL, tag BLOB NOT NULL, ciphertext BLOB NOT NULL) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS sealed_persons_by_participant ON sealed_persons (participant_id);`);
  }

  /** Seals a batch in one transaction: a bulk import stores all its people or none. */
  seal(people: readonly SealedPerson[]): void {
    const insertKey = this.db.prepare('INSERT INTO keys.person_keys (ref, key) VALUES (?, ?)');
    const insertSealed = this.db.prepare('INSERT INTO sealed_persons (ref, participant_id, iv, tag, ciphertext) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const { ref, participantId, data } of people) {
        const key = randomBytes(32);
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        cipher.setAAD(Buffer.from(ref));
        const ciphertext = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
        insertKey.run(ref, key);
        insertSealed.run(ref, participantId, iv, cipher.getAuthTag(), ciphertext);
      }
    })();
  }

  /** null when the person was erased (its key is gone) or never stored. */
  open(ref: string): PersonalData | null {
    const row = this.db
      .prepare<[string], { key: Buffer; iv: Buffer; tag: Buffer; ciphertext: Buffer }>(
        'SELECT k.key, s.iv, s.tag, s.ciphertext FROM sealed_persons s JOIN keys.person_keys k ON k.ref = s.ref WHERE s.ref = ?',
      )
      .get(ref);
    if (!row) return null;
    const decipher = createDecipheriv('aes-256-gcm', row.key, row.iv);
    decipher.setAAD(Buffer.from(ref));
    decipher.setAuthTag(row.tag);
    return JSON.parse(Buffer.concat([decipher.update(row.ciphertext), decipher.final()]).toString('utf8')) as PersonalData;
  }

  /** The references sealed for a participant: events of a removal carry the id, the vault knows the person. */
  refsOf(participantId: string): string[] {
    return this.db
      .prepare<[string], { ref: string }>('SELECT ref FROM sealed_persons WHERE participant_id = ?')
      .all(participantId)
      .map((r) => r.ref);
  }

  /** Whether the participant's personal data can still be read: sealed and its key still there. */
  holdsPersonalData(participantId: string): boolean {
    return (
      this.db
        .prepare<[string], { ref: string }>(
          'SELECT s.ref FROM sealed_persons s JOIN keys.person_keys k ON k.ref = s.ref WHERE s.participant_id = ? LIMIT 1',
        )
        .get(participantId) !== undefined
    );
  }

  /** Erases everything sealed for a participant. */
  eraseParticipant(participantId: string): void {
    this.erase(this.refsOf(participantId));
  }

  /**
   * Crypto-shredding. With secure_delete the freed bytes are zeroed, but the key's earlier copies still
   * sit in the write-ahead log until a checkpoint copies the pages back and TRUNCATE empties the log:
   * only then is the key in no file of DATA_DIR.
   */
  erase(refs: readonly string[]): void {
    this.discard(refs);
    this.checkpoint();
  }

  /** Deletes keys and ciphertexts in one transaction; may run inside a caller's transaction. */
  private discard(refs: readonly string[]): void {
    const removeKey = this.db.prepare('DELETE FROM keys.person_keys WHERE ref = ?');
    const removeSealed = this.db.prepare('DELETE FROM sealed_persons WHERE ref = ?');
    this.db.transaction(() => {
      for (const ref of refs) {
        removeKey.run(ref);
        removeSealed.run(ref);
      }
    })();
  }

  /** A checkpoint inside an open transaction is refused (SQLITE_LOCKED): only ever after one. */
  private checkpoint(): void {
    this.db.pragma('keys.wal_checkpoint(TRUNCATE)');
    this.db.pragma('main.wal_checkpoint(TRUNCATE)');
  }

  /**
   * Seals the people not sealed yet, in one transaction, and answers the references it sealed now. A
   * keyed retry names the same references: the first attempt's key and ciphertext stay, and the retry
   * must not erase them if it fails. Each new seal stays pending until `confirm`, so that one whose
   * append never happened (a crash in between) can be found and swept.
   */
  sealOnce(people: readonly SealedPerson[]): string[] {
    this.ensurePendingSeals();
    const sealed = this.db.prepare<[string], { ref: string }>(
      'SELECT s.ref FROM sealed_persons s JOIN keys.person_keys k ON k.ref = s.ref WHERE s.ref = ?',
    );
    const markPending = this.db.prepare('INSERT OR REPLACE INTO pending_seals (ref, sealed_at) VALUES (?, ?)');
    return this.db.transaction(() => {
      const fresh = people.filter((p) => sealed.get(p.ref) === undefined);
      // The keys file and the data file commit apart (WAL): a half of a seal left by a crash is replaced whole.
      this.discard(fresh.map((p) => p.ref));
      this.seal(fresh);
      for (const { ref } of fresh) markPending.run(ref, Date.now());
      return fresh.map((p) => p.ref);
    })();
  }

  /** The events naming these references are in the log: they are no longer candidates for the sweep. */
  confirm(refs: readonly string[]): void {
    this.ensurePendingSeals();
    const remove = this.db.prepare('DELETE FROM pending_seals WHERE ref = ?');
    this.db.transaction(() => refs.forEach((ref) => remove.run(ref)))();
  }

  /** Seals still pending since before `before` (epoch ms), with their participant: what the orphan sweep checks. */
  pendingSince(before: number): { ref: string; participantId: string }[] {
    this.ensurePendingSeals();
    return this.db
      .prepare<[number], { ref: string; participantId: string | null }>(
        'SELECT p.ref, s.participant_id AS participantId FROM pending_seals p LEFT JOIN sealed_persons s ON s.ref = p.ref WHERE p.sealed_at < ?',
      )
      .all(before)
      .map(({ ref, participantId }) => ({ ref, participantId: participantId ?? '' }));
  }

  private ensurePendingSeals(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS pending_seals (ref TEXT PRIMARY KEY, sealed_at INTEGER NOT NULL) WITHOUT ROWID');
  }

  onApplicationShutdown(): void {
    if (this.db.open) this.db.close();
  }
}
