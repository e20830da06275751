import { holder, SYNTRA } from '../support/delivery-fixtures.js';
import { inspectedWorld, type Recorded } from '../support/audit-world.js';
import type { TestApp } from '../support/test-app.js';

/** What an inspector asks of the log: filtered by type, who, when and which request, and paged by a cursor. */
describe('the audit log filtered and paged over HTTP', () => {
  let t: TestApp;
  let tenderCall: string;
  beforeAll(async () => {
    ({ t, tenderCall } = await inspectedWorld());
  });
  afterAll(() => t.close());

  const inspector = () => t.auth('inspector');
  const read = async (url: string, status = 200) => (await t.http.get(url).set('authorization', inspector()).expect(status)).body;
  const items = async (url: string): Promise<Recorded[]> => ((await read(url)).items as Recorded[]).filter((e) => e.type !== 'LogAnchored');
  const types = async (url: string) => (await items(url)).map((e) => e.type);

  it('filters by one or several event types, and refuses a type the service does not know', async () => {
    expect(await types('/audit/events?type=AwardGranted')).toEqual(['AwardGranted', 'AwardGranted', 'AwardGranted']);
    const both = ['AwardGranted', 'AwardGranted', 'AwardGranted', 'PaymentRecorded'];
    expect(await types('/audit/events?type=AwardGranted,PaymentRecorded')).toEqual(both);
    expect(await types('/audit/events?type=PaymentRecorded&type=AwardGranted')).toEqual(both);
    const refused = await read('/audit/events?type=AwardGrantd', 400);
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'type', message: expect.stringContaining('AwardGrantd') })]);
  });

  it('filters by actor, by role and by request, combined with the type or the stream', async () => {
    expect(await types('/audit/events?actor=ann')).toEqual(['PaymentRecorded', 'FollowUpRecorded', 'ParticipantErased']);
    const byHolders = await items('/audit/events?role=mandate-holder');
    expect(byHolders.map((e) => e.type)).toEqual([
      'ModuleRegistered',
      'SessionRegistered',
      'ParticipantRegistered',
      'EvaluationRecorded',
      'ModuleRegistered',
    ]);
    expect(byHolders.every((e) => e.metadata.role === 'mandate-holder')).toBe(true);
    expect(await types('/audit/events?role=mandate-holder&type=ModuleRegistered&actor=nobody')).toEqual([]);
    expect(await types('/audit/events?correlationId=req-module-1')).toEqual(['ModuleRegistered']);
    expect(await types(`/audit/events?stream=outsourcing-${tenderCall}&type=AwardAmended`)).toEqual(['AwardAmended']);
    await read('/audit/events?role=janitor', 400);
  });

  it('filters by recorded time: a day is a Brussels day, a timestamp carries its offset', async () => {
    const onThe17th = await items('/audit/events?from=2017-01-17&to=2017-01-17');
    expect(onThe17th.map((e) => e.type)).toEqual([
      'ModuleRegistered',
      'SessionRegistered',
      'ParticipantRegistered',
      'EvaluationRecorded',
      'ModuleRegistered',
      'PaymentRecorded',
      'FollowUpRecorded',
      'AwardAmended',
    ]);
    expect(await types('/audit/events?from=2017-01-18')).toEqual(['ParticipantErased']);
    expect(await types('/audit/events?from=2017-01-17T13:00:00%2B01:00&to=2017-01-17T12:00:00Z')).toEqual([
      'PaymentRecorded',
      'FollowUpRecorded',
      'AwardAmended',
    ]);
    expect((await read('/audit/events?from=2017-01-18&to=2017-01-17', 400)).errors).toEqual([expect.objectContaining({ path: 'to' })]);
    expect((await read('/audit/events?from=yesterday', 400)).errors).toEqual([expect.objectContaining({ path: 'from' })]);
  });

  it('pages by a cursor with a next link that keeps the filters, in the body and the Link header', async () => {
    const first = await t.http.get('/audit/events?type=AwardGranted&limit=2').set('authorization', inspector()).expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.next).toBe(first.body.items[1].position);
    expect(first.body.nextLink).toBe(`/audit/events?type=AwardGranted&limit=2&after=${first.body.next}`);
    expect(first.headers.link).toBe(`<${first.body.nextLink}>; rel="next"`);
    const last = await t.http.get(first.body.nextLink).set('authorization', inspector()).expect(200);
    expect(last.body.items.map((e: Recorded) => e.type)).toEqual(['AwardGranted']);
    expect(last.body).toMatchObject({ next: null, nextLink: null });
    expect(last.headers.link).toBeUndefined();
  });

  it('is for inspectors and advisers: management and mandate holders are refused, even for their own organisation', async () => {
    const routes = ['/audit/events?type=AwardGranted', `/audit/holders/${SYNTRA}`, '/audit/events.ndjson'];
    for (const route of routes) {
      for (const role of ['inspector', 'adviser'] as const) await t.http.get(route).set('authorization', t.auth(role)).expect(200);
      await t.http.get(route).set('authorization', t.auth('management')).expect(403);
      await t.http.get(route).set('authorization', holder(t, SYNTRA)).expect(403);
      await t.http.get(route).expect(401);
    }
  });
});
