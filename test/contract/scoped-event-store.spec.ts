import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { eventStoreContract } from './event-store.contract.js';
import { scopedEventStore } from './scoped-event-store.js';

// The view the EventStoreDB run uses must itself pass the contract, on a store that already holds
// another run's events: otherwise a failure on the server could be the view's.
eventStoreContract('SQLite seen through the per-case view of a shared server', async () => {
  const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-scoped-')), 'events.db'));
  const metadata = { actor: 'x', role: 'system', correlationId: 'x', causationId: 'x' };
  await store.append('earlier-run', [{ id: 'earlier-1', type: 'Earlier', schemaVersion: 1, data: { award: 'a' }, metadata }], {
    expectedRevision: 'any',
  });
  return scopedEventStore(store);
});
