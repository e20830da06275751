import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { type AuditKey, chainMac } from './chain-mac.js';

interface LegacyRow {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
  hash: string;
}

/**
 * A log written before AUDIT_KEY carries a plain SHA-256 chain in a `hash` column. It is sealed once:
 * the old chain is checked first (a broken one is refused, not laundered), then every event gets its
 * MAC and the column its new name, in one transaction. The seal vouches only for the log as it was
 * found that day: the old chain never proved more.
 */
export function sealLegacyChain(db: Database.Database, key: AuditKey): void {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')").all();
  if (!columns.some((c) => c.name === 'hash')) return;
  db.transaction(() => {
    const update = db.prepare<[string, number]>('UPDATE events SET hash = ? WHERE position = ?');
    let sha = '';
    let mac = '';
    for (const row of db.prepare<[], LegacyRow>('SELECT * FROM events ORDER BY position').all()) {
      const canonical = [row.id, row.stream, row.revision, row.type, row.schema_version, row.data, row.metadata, row.recorded_at].join(
        '\u001f',
      );
      sha = createHash('sha256').update(sha).update('\u001e').update(canonical).digest('hex');
      if (sha !== row.hash)
        throw new Error(
          `events.db: the SHA-256 chain written before AUDIT_KEY breaks at position ${row.position}; restore it from a backup`,
        );
      const { schema_version: schemaVersion, recorded_at: recordedAt, ...fields } = row;
      mac = chainMac(key, mac, { ...fields, schemaVersion, recordedAt });
      update.run(mac, row.position);
    }
    db.exec('ALTER TABLE events RENAME COLUMN hash TO mac');
  }).immediate();
}
