import type Database from 'better-sqlite3';

/** The schema of the two vault files: keys in `keys` (personal-keys.db), ciphertexts and pending seals in `main`. */
export const VAULT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS keys.person_keys (ref TEXT PRIMARY KEY, key BLOB NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sealed_persons (ref TEXT PRIMARY KEY, participant_id TEXT NOT NULL, iv BLOB NOT NULL, tag BLOB NOT NULL, ciphertext BLOB NOT NULL) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS sealed_persons_by_participant ON sealed_persons (participant_id);
  CREATE TABLE IF NOT EXISTS pending_seals (ref TEXT PRIMARY KEY, sealed_at INTEGER NOT NULL) WITHOUT ROWID;`;

/** A set of references travels as one JSON array bound once (`json_each`): one statement per batch, not per person. */
const AMONG = 'IN (SELECT value FROM json_each(?))';

/**
 * Prepared once per connection: an import of 100 000 people runs each of them once per batch or once
 * per person inside one transaction, never a look-up or delete per person.
 */
export function vaultStatements(db: Database.Database) {
  return {
    insertKey: db.prepare<[string, Buffer]>('INSERT INTO keys.person_keys (ref, key) VALUES (?, ?)'),
    insertSealed: db.prepare<[string, string, Buffer, Buffer, Buffer]>(
      'INSERT INTO sealed_persons (ref, participant_id, iv, tag, ciphertext) VALUES (?, ?, ?, ?, ?)',
    ),
    /** The halves stored of each reference: 2 a whole seal, 1 a half a crash left (one file committed, not the other). */
    halvesAmong: db.prepare<[string, string], { ref: string; halves: number }>(
      `SELECT ref, COUNT(*) AS halves FROM (SELECT ref FROM keys.person_keys WHERE ref ${AMONG}
         UNION ALL SELECT ref FROM sealed_persons WHERE ref ${AMONG}) GROUP BY ref`,
    ),
    removeKeys: db.prepare<[string]>(`DELETE FROM keys.person_keys WHERE ref ${AMONG}`),
    removeSealed: db.prepare<[string]>(`DELETE FROM sealed_persons WHERE ref ${AMONG}`),
    markPending: db.prepare<[number, string]>(`INSERT OR REPLACE INTO pending_seals (ref, sealed_at) SELECT value, ? FROM json_each(?)`),
    confirmPending: db.prepare<[string]>(`DELETE FROM pending_seals WHERE ref ${AMONG}`),
    open: db.prepare<[string], { key: Buffer; iv: Buffer; tag: Buffer; ciphertext: Buffer }>(
      'SELECT k.key, s.iv, s.tag, s.ciphertext FROM sealed_persons s JOIN keys.person_keys k ON k.ref = s.ref WHERE s.ref = ?',
    ),
  };
}
