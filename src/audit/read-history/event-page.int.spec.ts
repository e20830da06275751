import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent, StoredEvent } from '../../shared/event-store/event-store.port.js';
import { SqliteEventStore } from '../../shared/event-store/sqlite-event-store.js';
import { everyEvent, readPage } from './event-page.js';

const metadata = { actor: 'ann', role: 'adviser', correlationId: 'c', causationId: 'c' };
const numbered = (n: number, type = 'Counted'): NewEvent => ({ id: `e-${n}`, type, schemaVersion: 1, data: { n }, metadata });

describe('pages and archives of the log on a real SQLite store', () => {
  let store: SqliteEventStore;
  beforeEach(async () => {
    store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'daeb-page-')), 'events.db'));
    const events = Array.from({ length: 12 }, (_, i) => numbered(i + 1, i % 3 === 0 ? 'Marked' : 'Counted'));
    await store.append('s', events, { expectedRevision: 'no-stream' });
  });
  afterEach(() => store.close());

  const numbers = (events: readonly StoredEvent[]) => events.map((e) => e.data.n);

  it('says there is a next page only when one more event matched', async () => {
    const first = await readPage(store, { types: ['Marked'] }, { after: null, limit: 2 });
    expect(numbers(first.items)).toEqual([1, 4]);
    expect(first.next).toBe(4);
    const last = await readPage(store, { types: ['Marked'] }, { after: first.next, limit: 2 });
    expect(numbers(last.items)).toEqual([7, 10]);
    expect(last.next).toBeNull();
  });

  it('stops a bounded page at its bound and sends the next page on from there', async () => {
    const page = await readPage(store, { types: ['Marked'] }, { after: null, limit: 10, upTo: 5 });
    expect(numbers(page.items)).toEqual([1, 4]);
    expect(page.next).toBe(5);
    const atBound = await readPage(store, { types: ['Marked'] }, { after: 5, limit: 10, upTo: 5 });
    expect(atBound).toEqual({ items: [], next: null });
  });

  it('archives every matching event batch by batch up to the head it started at, whatever is appended meanwhile', async () => {
    const read: StoredEvent[] = [];
    for await (const event of everyEvent(store, {}, { after: 2, upTo: 12, batch: 5 })) {
      read.push(event);
      if (read.length === 1) await store.append('s', [numbered(13)], { expectedRevision: 'any' });
    }
    expect(numbers(read)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const marked: StoredEvent[] = [];
    for await (const event of everyEvent(store, { types: ['Marked'] }, { after: null, upTo: 13, batch: 1 })) marked.push(event);
    expect(numbers(marked)).toEqual([1, 4, 7, 10]);
  });
});
