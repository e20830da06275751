import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonalDataVaultPort } from '../../src/delivery/personal-data/personal-data-vault.port.js';
import { VAULT_FILES } from './copy-vault.js';

interface SealedRow {
  readonly ref: string;
  readonly participantId: string;
  readonly pending: 0 | 1;
}

const BATCH = 500;

/**
 * Copies the embedded vault into another vault adapter (MongoDB) through the port: each person is
 * opened with the source's key and sealed again under a fresh key on the target (wrapped with the same
 * PERSONAL_DATA_KEY). An erased person has no key: nothing readable is left, and nothing is copied.
 * Seals still pending at the source stay pending, so that the orphan sweep still judges them. Resumable:
 * a person the target holds already is left as it is.
 */
export async function copyVaultThroughPort(
  sourceDir: string,
  source: PersonalDataVaultPort,
  target: PersonalDataVaultPort,
): Promise<{ copied: number; erased: number }> {
  const rows = sealedRows(sourceDir);
  let copied = 0;
  let erased = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const people = [];
    for (const row of rows.slice(start, start + BATCH)) {
      const data = await source.open(row.ref);
      if (data === null) erased += 1;
      else people.push({ ref: row.ref, participantId: row.participantId, data, pending: row.pending === 1 });
    }
    await target.sealOnce(people.map(({ ref, participantId, data }) => ({ ref, participantId, data })));
    await target.confirm(people.filter((p) => !p.pending).map((p) => p.ref));
    copied += people.length;
  }
  return { copied, erased };
}

/** The references the source's ciphertext file holds: the port names people by participant, a migration needs them all. */
function sealedRows(sourceDir: string): SealedRow[] {
  const file = join(sourceDir, VAULT_FILES[0]);
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], SealedRow>(
        `SELECT s.ref, s.participant_id AS participantId, EXISTS (SELECT 1 FROM pending_seals p WHERE p.ref = s.ref) AS pending
         FROM sealed_persons s ORDER BY s.ref`,
      )
      .all();
  } finally {
    db.close();
  }
}
