import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The personal-data vault's two files: ciphertexts and their keys, kept apart so they are backed up apart. */
export const VAULT_FILES = ['personal-data.db', 'personal-keys.db'] as const;

/**
 * Copies the embedded vault with SQLite's online backup (consistent even while it is open elsewhere).
 * The keys stay wrapped by PERSONAL_DATA_KEY: the target must run with the same one.
 */
export async function copyVault(sourceDir: string, targetDir: string): Promise<number> {
  let copied = 0;
  for (const file of VAULT_FILES) {
    const source = join(sourceDir, file);
    if (!existsSync(source)) continue;
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await db.backup(join(targetDir, file));
      copied += 1;
    } finally {
      db.close();
    }
  }
  return copied;
}

/** Any person in the target's vault makes it a non-empty target. */
export function vaultHoldsAnyone(dir: string): boolean {
  const file = join(dir, VAULT_FILES[0]);
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sealed_persons'`).get();
    return table !== undefined && db.prepare('SELECT 1 FROM sealed_persons LIMIT 1').get() !== undefined;
  } finally {
    db.close();
  }
}
