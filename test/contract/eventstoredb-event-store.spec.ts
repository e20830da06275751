import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDbEventStore } from '../../src/shared/event-store/eventstoredb/eventstoredb-event-store.js';
import { ANCHOR_STREAM } from '../../src/shared/domain/log-events.js';
import { newEvent } from '../support/esdb-recorded-log.js';
import { TEST_AUDIT_KEY } from '../support/test-app.js';
import { eventStoreContract } from './event-store.contract.js';
import { scopedEventStore } from './scoped-event-store.js';

const url = process.env.EVENTSTORE_URL;
const enable = url ? '' : ' (set EVENTSTORE_URL to run)';
// The chain covers the whole of `$all`: every case writes with the same key, on a server that holds
// only events this service wrote (the compose `test` profile starts a fresh one).
const open = () =>
  EventStoreDbEventStore.fromConnectionString(url ?? 'esdb://localhost:2113?tls=false', {
    auditKey: TEST_AUDIT_KEY,
    anchorDir: mkdtempSync(join(tmpdir(), 'daeb-esdb-anchors-')),
  });

// Runs against a real server only (docker compose --profile test). Without EVENTSTORE_URL every case
// is still listed, skipped, under a name that says which variable runs it.
eventStoreContract(`EventStoreDB${enable}`, async () => scopedEventStore(open()), { skip: !url });

(url ? describe : describe.skip)(`EventStoreDB hash chain and anchors${enable}`, () => {
  let store: EventStoreDbEventStore;
  const stream = () => `chain${Math.random().toString(36).slice(2)}-award`;
  beforeEach(() => {
    store = open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('chains every event it appends, concurrent writers of one stream included, and verifies the whole log', async () => {
    const s = stream();
    await store.append(s, [newEvent('LotAwarded', { amountCents: 100 })], { expectedRevision: 'no-stream' });
    await Promise.all([1, 2, 3, 4].map((n) => store.append(s, [newEvent('PaymentRecorded', { n })], { expectedRevision: 'any' })));
    expect((await store.readStream(s)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(await store.verifyIntegrity()).toMatchObject({ status: 'intact', problem: null, intactUpTo: await store.headPosition() });
  });

  it('anchors the log state in ANCHOR_DIR as an event of its own, and checks the tail after it', async () => {
    await store.append(stream(), [newEvent('LotAwarded')], { expectedRevision: 'no-stream' });
    const anchor = await store.evidence.anchor('interval');
    expect(anchor).toMatchObject({ position: await store.headPosition(), reason: 'interval' });
    expect((await store.readStream(ANCHOR_STREAM)).at(-1)?.position).toBe(anchor?.position);
    await store.append(stream(), [newEvent('LotAwarded')], { expectedRevision: 'no-stream' });
    expect(await store.evidence.verifyTail()).toMatchObject({ status: 'intact', lastAnchor: { position: anchor?.position } });
    expect(await store.verifyIntegrity()).toMatchObject({ status: 'intact', lastAnchor: { position: anchor?.position } });
  });
});

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
