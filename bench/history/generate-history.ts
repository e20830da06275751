import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { ManualClock } from '../../src/shared/time/clock.js';
import { AUDIT_KEY } from '../service.js';
import { type Append, EVENTS_PER_MODULE, holdersGranted, yearOfHistory } from './year-of-history.js';

const AWARDS_PER_YEAR = 54;
const metadata = { actor: 'generator', role: 'adviser', correlationId: 'history', causationId: 'history' };

/**
 * Writes a history of about `events` events into `dataDir/events.db`, chained with the benchmark's audit
 * key so that the service opens it as its own: 3 years for small sizes, 10 from a million, 20 from ten
 * million, the modules per award growing with the size. Loading is not what is measured, so the load
 * commits without fsync; the service reopens the file with its own durable settings.
 */
export async function generateHistory(dataDir: string, events: number): Promise<{ events: number; years: number[] }> {
  const yearCount = events >= 10_000_000 ? 20 : events >= 1_000_000 ? 10 : 3;
  const years = Array.from({ length: yearCount }, (_, i) => 2026 - yearCount + i);
  const modulesPerAward = Math.max(1, Math.round((events / yearCount - 300) / AWARDS_PER_YEAR / (EVENTS_PER_MODULE + 0.1)));
  const clock = new ManualClock(new Date('2015-01-05T09:00:00Z'));
  const store = new SqliteEventStore(join(dataDir, 'events.db'), clock, { auditKey: AUDIT_KEY, anchorDir: `${dataDir}-anchors` });
  store.db.pragma('synchronous = OFF');
  let written = 0;
  const write = async (append: Append) => {
    clock.set(append.at);
    const stored = append.events.map(({ type, data }) => ({
      id: randomUUID(),
      schemaVersion: 1,
      metadata,
      type,
      data: data as unknown as Record<string, unknown>,
    }));
    await store.append(append.stream, stored, { expectedRevision: 'any' });
    written += stored.length;
  };
  try {
    for (const append of holdersGranted()) await write(append);
    for (const year of years) for (const append of yearOfHistory(year, modulesPerAward)) await write(append);
    return { events: written, years };
  } finally {
    await store.close();
  }
}
