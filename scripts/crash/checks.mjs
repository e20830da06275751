// What must hold after the kills: read through the service's own routes, and the vault's files after a stop.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { CREATES, keyed } from './workload.mjs';
import { bearer } from './service.mjs';

const acknowledged = (record) => record.answers[0] && record.answers[0].status >= 200 && record.answers[0].status < 300;

async function get(base, path, role) {
  const response = await fetch(`${base}${path}`, { headers: { authorization: bearer(role) } });
  return { status: response.status, body: await response.json() };
}

/** The whole log as an inspector reads it, page by page. */
export async function readLog(base) {
  const events = [];
  for (let after = null; ;) {
    const page = await get(base, `/audit/events?limit=1000${after === null ? '' : `&after=${after}`}`, 'inspector');
    if (page.status !== 200) throw new Error(`GET /audit/events answered ${page.status}: ${JSON.stringify(page.body)}`);
    events.push(...page.body.items);
    if (!page.body.next || page.body.items.length === 0) return events;
    after = page.body.next;
  }
}

/** Every acknowledged write in the log once, nothing refused in it, and every replay the first answer. */
export async function checkWrites(link, records, events, failures) {
  const byPosition = new Map(events.map((e) => [String(e.position), e]));
  let unpositioned = 0;
  for (const record of records.filter(acknowledged)) {
    const creates = CREATES[record.kind];
    const answer = record.answers[0].body;
    const id = creates.id(record, answer);
    // A launch or an award replayed after a lost answer names its ids but no position: found by id then.
    if (answer.position === null) unpositioned += 1;
    const event =
      answer.position === null
        ? events.find((e) => e.type === creates.type && JSON.stringify(e).includes(id))
        : byPosition.get(String(answer.position));
    if (!event || !JSON.stringify(event).includes(id))
      failures.push(`${record.key}: answered ${id} at ${answer.position}, not in the log there`);
    if (record.answers.some((a) => JSON.stringify(a.body) !== JSON.stringify(answer)))
      failures.push(`${record.key}: a retry answered otherwise`);
  }
  for (const [kind, { type }] of Object.entries(CREATES)) {
    const expected = records.filter((r) => r.kind === kind && acknowledged(r)).length;
    const found = events.filter((e) => e.type === type).length;
    if (found !== expected) failures.push(`${type}: ${found} in the log for ${expected} acknowledged writes`);
  }
  const refused = records.filter((r) => r.kind === 'refused');
  if (refused.some(acknowledged)) failures.push('a write that must be refused was accepted');
  if (events.some((e) => JSON.stringify(e).includes('REFUSED'))) failures.push('a refused write is in the log');
  // Asked once more with its key, every acknowledged write answers exactly as the first time.
  const replays = records.filter(acknowledged).map((r) => ({ ...r, answers: [], lost: 0 }));
  for (const replay of replays) {
    const again = await keyed(link, replay);
    const first = records.find((r) => r.key === replay.key).answers[0];
    if (JSON.stringify(again.body) !== JSON.stringify(first.body))
      failures.push(`${replay.key}: the replay answered ${JSON.stringify(again.body)}`);
  }
  return {
    found: records.filter(acknowledged).length - failures.filter((f) => f.includes('not in the log')).length,
    replays: replays.length,
    unpositioned,
  };
}

export async function checkIntegrity(base, failures) {
  const report = await get(base, '/audit/integrity', 'inspector');
  if (report.status !== 200 || report.body.status !== 'intact') failures.push(`integrity: ${JSON.stringify(report.body)}`);
  return report.body;
}

/** A read's own `position` says how far the read models are: a rebuild after the shutdown anchor is one further. */
const withoutPosition = ({ position: _position, ...read }) => read;

/** The read models as callers see them, consistent with the log's head. */
export async function readModels(base, head) {
  const reads = await readAll(base, `consistentWith=${head}`);
  return Object.fromEntries(Object.entries(reads).map(([key, read]) => [key, withoutPosition(read)]));
}

async function readAll(base, at) {
  const calls = await get(base, `/outsourcings?${at}`, 'adviser');
  const reads = { outsourcings: calls.body, indicators: (await get(base, `/indicators/2016?${at}`, 'management')).body };
  for (const { id } of calls.body.items) {
    const detail = (await get(base, `/outsourcings/${id}?${at}`, 'adviser')).body;
    reads[`outsourcing ${id}`] = detail;
    for (const award of detail.awards ?? [])
      reads[`award ${award.awardId}`] = (await get(base, `/awards/${award.awardId}?${at}`, 'adviser')).body;
  }
  return reads;
}

/** After a stop: every person whose data can still be read has a registration in the log. */
export function checkPersonalData(dataDir, events, failures) {
  const registered = new Set(events.filter((e) => e.type === 'ParticipantRegistered').map((e) => e.data.participant.personalDataRef));
  const db = new Database(join(dataDir, 'personal-data.db'), { readonly: true });
  try {
    db.prepare('ATTACH DATABASE ? AS keys').run(join(dataDir, 'personal-keys.db'));
    const readable = db.prepare('SELECT s.ref FROM sealed_persons s JOIN keys.person_keys k ON k.ref = s.ref').all();
    const orphans = readable.filter((row) => !registered.has(row.ref));
    if (orphans.length > 0) failures.push(`${orphans.length} people's personal data without a registration in the log`);
    return { sealed: readable.length, orphans: orphans.length };
  } finally {
    db.close();
  }
}
