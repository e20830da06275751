import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { createDecipheriv } from 'node:crypto';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { enlargeCacheUntilCommitted, LARGE_BATCH_ROWS } from '../../shared/sqlite/batch-page-cache.js';
import { GroupCommit } from '../../shared/sqlite/group-commit.js';
import { KeyWrapping } from './key-wrapping.js';
import { type SealedRow, sealBatch, sealInSlices } from './person-sealing.js';
import { VAULT_SCHEMA, vaultStatements } from './vault-statements.js';
import type { PersonalData, PersonalDataVaultPort, SealedPerson } from './personal-data-vault.port.js';

export type { PersonalData, SealedPerson } from './personal-data-vault.port.js';

/** Confirmations nobody waits for ride on the next seal's commit, or go alone after this long. */
const CONFIRM_DELAY_MS = 1_000;

/**
 * Participants' personal data (GDPR), kept out of the event log and the read models. Each person has
 * an own AES-256-GCM key, kept in a file of its own (`personal-keys.db`) apart from the ciphertexts
 * (`personal-data.db`): erasing a person deletes the key (crypto-shredding), so the ciphertext, also
 * in any backup of the data file, becomes unreadable while the history stays untouched. The keys file
 * is backed up on its own, with a retention no longer than an erasure may take. Seals of requests that
 * arrive together share one durable commit (group commit).
 */
@Injectable()
export class PersonalDataVault implements PersonalDataVaultPort, OnApplicationShutdown {
  private readonly db: Database.Database;
  private readonly keys: KeyWrapping;
  private readonly commits: GroupCommit;
  private readonly statements: ReturnType<typeof vaultStatements>;
  private confirmed: string[] = [];
  private confirming: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keys = new KeyWrapping(config.personalDataKey);
    this.db = new Database(join(config.dataDir, 'personal-data.db'));
    this.db.prepare('ATTACH DATABASE ? AS keys').run(join(config.dataDir, 'personal-keys.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('keys.journal_mode = WAL');
    this.db.pragma('main.synchronous = FULL');
    this.db.pragma('keys.synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // A deleted row's bytes stay in the file until its page is reused; an erased key must not.
    this.db.pragma('main.secure_delete = ON');
    this.db.pragma('keys.secure_delete = ON');
    this.db.exec(VAULT_SCHEMA);
    this.statements = vaultStatements(this.db);
    this.commits = new GroupCommit(this.db);
  }

  /** Seals a batch in one transaction: a bulk import stores all its people or none. */
  seal(people: readonly SealedPerson[]): void {
    this.store(sealBatch(people, this.keys));
  }

  private store(rows: readonly SealedRow[]): void {
    const { insertKey, insertSealed } = this.statements;
    // References are random: inserted in key order, each lands next to the one before it in both
    // B-trees instead of on a page of its own (half the cost of a batch's inserts).
    const inKeyOrder = [...rows].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
    this.db.transaction(() => {
      for (const { ref, participantId, iv, tag, ciphertext, wrappedKey } of inKeyOrder) {
        insertKey.run(ref, wrappedKey);
        insertSealed.run(ref, participantId, iv, tag, ciphertext);
      }
    })();
  }

  /** null when the person was erased (its key is gone) or never stored. */
  open(ref: string): PersonalData | null {
    const row = this.statements.open.get(ref);
    if (!row) return null;
    const decipher = createDecipheriv('aes-256-gcm', this.keys.unwrap(row.key, ref), row.iv);
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

  eraseParticipant(participantId: string): void {
    this.erase(this.refsOf(participantId));
  }

  /**
   * Crypto-shredding; also undoes a seal whose append failed. With secure_delete the freed bytes are
   * zeroed, but the key's earlier copies still sit in the write-ahead log until a checkpoint copies the
   * pages back and TRUNCATE empties the log: only then is the key in no file of DATA_DIR.
   */
  erase(refs: readonly string[]): void {
    this.commits.flush();
    this.remove(refs);
    // A checkpoint cannot run inside a transaction: erase is never called from one (sealOnce uses remove).
    this.db.pragma('keys.wal_checkpoint(TRUNCATE)');
    this.db.pragma('main.wal_checkpoint(TRUNCATE)');
  }

  /** Deletes keys and ciphertexts in one transaction (nested in the caller's when there is one). */
  private remove(refs: readonly string[]): void {
    if (refs.length === 0) return;
    const among = JSON.stringify(refs);
    this.db.transaction(() => {
      this.statements.removeKeys.run(among);
      this.statements.removeSealed.run(among);
    })();
  }

  /**
   * Seals the people not sealed yet, in one transaction, and answers the references it sealed now. A
   * keyed retry names the same references: the first attempt's key and ciphertext stay, and the retry
   * must not erase them if it fails. Each new seal stays pending until `confirm`, so that one whose
   * append never happened (a crash in between) can be found and swept. Resolves once the seal is durable.
   */
  async sealOnce(people: readonly SealedPerson[]): Promise<string[]> {
    // A large batch is encrypted before its commit, a slice per turn, so that other requests are answered meanwhile.
    const encrypted = people.length >= LARGE_BATCH_ROWS ? await sealInSlices(people, this.keys) : null;
    return this.commits.run(() => {
      this.applyConfirmed();
      const among = JSON.stringify(people.map((p) => p.ref));
      const stored = this.statements.halvesAmong.all(among, among);
      const sealed = new Set(stored.filter((r) => r.halves === 2).map((r) => r.ref));
      const fresh = sealed.size === 0 ? people : people.filter((p) => !sealed.has(p.ref));
      const refs = fresh.map((p) => p.ref);
      // The keys file and the data file commit apart (WAL): a half of a seal left by a crash is replaced whole.
      // Those halves never held a sealed person (their other half is missing), so no checkpoint is owed here.
      this.remove(stored.filter((r) => r.halves === 1).map((r) => r.ref));
      if (fresh.length >= LARGE_BATCH_ROWS) enlargeCacheUntilCommitted(this.db, ['main', 'keys']);
      if (!encrypted) this.seal(fresh);
      else this.store(fresh === people ? encrypted : encrypted.filter((row) => !sealed.has(row.ref)));
      this.statements.markPending.run(Date.now(), JSON.stringify([...refs].sort()));
      return refs;
    });
  }

  /**
   * The events naming these references are in the log: they are no longer candidates for the sweep.
   * Nobody waits for it, so it costs no sync of its own: it rides on the next seal's commit, or commits
   * alone a second later. A confirmation lost with the machine leaves a pending seal whose events the
   * orphan sweep finds in the log, and the sweep confirms it then.
   */
  confirm(refs: readonly string[]): void {
    for (const ref of refs) this.confirmed.push(ref);
    this.confirming ??= setTimeout(() => {
      this.confirming = null;
      this.commits.run(() => this.applyConfirmed()).catch(() => undefined);
    }, CONFIRM_DELAY_MS).unref();
  }

  private applyConfirmed(): void {
    if (this.confirmed.length === 0) return;
    this.statements.confirmPending.run(JSON.stringify(this.confirmed));
    this.confirmed = [];
  }

  /** Seals still pending since before `before` (epoch ms), with their participant: what the orphan sweep checks. */
  pendingSince(before: number): { ref: string; participantId: string }[] {
    this.commits.run(() => this.applyConfirmed()).catch(() => undefined);
    this.commits.flush();
    return this.db
      .prepare<[number], { ref: string; participantId: string | null }>(
        'SELECT p.ref, s.participant_id AS participantId FROM pending_seals p LEFT JOIN sealed_persons s ON s.ref = p.ref WHERE p.sealed_at < ?',
      )
      .all(before)
      .map(({ ref, participantId }) => ({ ref, participantId: participantId ?? '' }));
  }

  onApplicationShutdown(): void {
    if (!this.db.open) return;
    if (this.confirming) clearTimeout(this.confirming);
    this.commits.run(() => this.applyConfirmed()).catch(() => undefined);
    this.commits.flush();
    this.db.close();
  }
}
