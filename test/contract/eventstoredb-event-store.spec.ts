import { EventStoreDbEventStore } from '../../src/shared/event-store/eventstoredb/eventstoredb-event-store.js';
import { eventStoreContract } from './event-store.contract.js';
import { scopedEventStore } from './scoped-event-store.js';

const url = process.env.EVENTSTORE_URL;

// Runs against a real server only (docker compose --profile test). Without EVENTSTORE_URL every case
// is still listed, skipped, under a name that says which variable runs it.
eventStoreContract(
  `EventStoreDB${url ? '' : ' (set EVENTSTORE_URL to run)'}`,
  async () => scopedEventStore(EventStoreDbEventStore.fromConnectionString(url ?? 'esdb://localhost:2113?tls=false')),
  { skip: !url },
);

// Runs everywhere (the client connects lazily), and keeps the skipped cases listed by name in the report.
describe('EventStoreDB adapter without a server', () => {
  it('hands back the tokens it reads and orders them by commit, then prepare', async () => {
    const store = EventStoreDbEventStore.fromConnectionString('esdb://127.0.0.1:1?tls=false');
    expect(store.parsePosition('10-10')).toBe('10-10');
    expect(store.parsePosition('10')).toBeNull();
    expect(store.comparePositions('10-10', '9-9')).toBeGreaterThan(0);
    await store.close();
  });
});
