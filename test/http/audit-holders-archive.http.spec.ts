import { holder, SYNTRA, UNIZO, type DeliveryWorld } from '../support/delivery-fixtures.js';
import { inspectedWorld, PERSON, type Recorded } from '../support/audit-world.js';
import type { TestApp } from '../support/test-app.js';

/** One holder's whole story; a call or an award as it was on a date; the archive as newline-delimited JSON; never personal data. */
describe("one holder's history, as-of reads and the archive over HTTP", () => {
  let t: TestApp;
  let world: DeliveryWorld;
  let tenderCall: string;
  let participantId: string;
  beforeAll(async () => {
    ({ t, world, tenderCall, participantId } = await inspectedWorld());
  });
  afterAll(() => t.close());

  const inspector = () => t.auth('inspector');
  const read = async (url: string, status = 200) => (await t.http.get(url).set('authorization', inspector()).expect(status)).body;
  const items = async (url: string): Promise<Recorded[]> => ((await read(url)).items as Recorded[]).filter((e) => e.type !== 'LogAnchored');
  const types = async (url: string) => (await items(url)).map((e) => e.type);

  it("gathers one holder's mandate, awards and delivery in log order, and nothing of another holder", async () => {
    const log = (await read('/audit/events?limit=1000')).items as Recorded[];
    const concernsSyntra = (e: Recorded) =>
      e.stream === `mandate-${SYNTRA}` || e.data.enterpriseNumber === SYNTRA || e.data.awardId === world.tenderAward;
    const history = await read(`/audit/holders/${SYNTRA}`);
    expect(history).toMatchObject({ enterpriseNumber: SYNTRA, awardIds: [world.tenderAward], next: null, nextLink: null });
    const found = history.items as Recorded[];
    expect(found).toEqual(log.filter(concernsSyntra));
    expect(found.map((e) => e.type)).toEqual([
      'MandateGranted',
      'AwardGranted',
      'ModuleRegistered',
      'SessionRegistered',
      'ParticipantRegistered',
      'EvaluationRecorded',
      'PaymentRecorded',
      'FollowUpRecorded',
      'AwardAmended',
      'ParticipantErased',
    ]);
    const positions = found.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(found.some((e) => JSON.stringify(e).includes(UNIZO) || e.data.awardId === world.incentiveAward)).toBe(false);
    expect(found.some((e) => e.type === 'OutsourcingLaunched')).toBe(false);

    const paged: Recorded[] = [];
    for (let url: string | null = `/audit/holders/0123456749?limit=3`; url !== null;) {
      const page = await read(url);
      paged.push(...page.items);
      url = page.nextLink;
    }
    expect(paged).toEqual(found);
    expect(await types(`/audit/holders/${SYNTRA}?type=PaymentRecorded,AwardAmended`)).toEqual(['PaymentRecorded', 'AwardAmended']);
    expect((await read(`/audit/holders/${UNIZO}`)).items.map((e: Recorded) => e.type)).toEqual([
      'MandateGranted',
      'AwardGranted',
      'ModuleRegistered',
    ]);
    expect((await read('/audit/holders/0417.497.106', 404)).code).toBe('MANDATE_HOLDER_NOT_FOUND');
    expect((await read('/audit/holders/0123.456.748', 400)).errors).toEqual([expect.objectContaining({ path: 'enterpriseNumber' })]);
  });

  it('shows a call and an award as they were on a date', async () => {
    const adviser = t.auth('adviser');
    const call = (asOf = '') => t.http.get(`/outsourcings/${tenderCall}${asOf}`).set('authorization', adviser);
    const then = (await call('?asOf=2017-01-16').expect(200)).body;
    expect(then).toMatchObject({ id: tenderCall, asOf: '2017-01-16T22:59:59.999Z' });
    expect(then.awards[0]).toMatchObject({ amountCents: 90_000_00, amendments: [] });
    const now = (await call().expect(200)).body;
    expect(now.awards[0]).toMatchObject({ amountCents: 80_000_00, amendments: [expect.objectContaining({ amountCents: 80_000_00 })] });
    expect(now.asOf).toBeUndefined();
    expect((await call('?asOf=2016-01-31').expect(404)).body.code).toBe('OUTSOURCING_NOT_FOUND');
    await call('?asOf=soon').expect(400);

    const award = (asOf = '') => t.http.get(`/awards/${world.tenderAward}${asOf}`).set('authorization', adviser);
    const before = (await award('?asOf=2017-01-17T10:00:00%2B01:00').expect(200)).body;
    expect(before).toMatchObject({ asOf: '2017-01-17T09:00:00.000Z', modules: 1, participants: 1, paidCents: 0, grantedCents: 90_000_00 });
    expect((await award('?asOf=2017-01-16').expect(200)).body).toMatchObject({ modules: 0, participants: 0 });
    expect((await award().expect(200)).body).toMatchObject({ modules: 1, paidCents: 10_000_00, grantedCents: 80_000_00 });
    expect((await award('?asOf=2016-03-31').expect(404)).body.code).toBe('AWARD_NOT_FOUND');
    const syntraThen = await t.http.get(`/awards/${world.tenderAward}?asOf=2017-01-16`).set('authorization', holder(t, SYNTRA));
    expect(syntraThen.status).toBe(200);
    await t.http.get(`/awards/${world.tenderAward}?asOf=2017-01-16`).set('authorization', holder(t, UNIZO)).expect(404);
  });

  it('streams the log, or a filtered part, as newline-delimited JSON for the archive', async () => {
    const archive = await t.http.get('/audit/events.ndjson').set('authorization', inspector()).expect(200);
    expect(archive.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(archive.headers['content-disposition']).toMatch(/^attachment; filename="daeb-events-to-\d+\.ndjson"$/);
    expect(archive.text.endsWith('\n')).toBe(true);
    const lines = archive.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Recorded);
    expect(lines).toEqual((await read('/audit/events?limit=1000')).items);
    const payments = await t.http.get('/audit/events.ndjson?type=PaymentRecorded&actor=ann').set('authorization', inspector()).expect(200);
    expect(
      payments.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).type),
    ).toEqual(['PaymentRecorded']);
    const resumed = await t.http.get(`/audit/events.ndjson?after=${lines[lines.length - 2].position}`).set('authorization', inspector());
    expect(
      resumed.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([lines[lines.length - 1]]);
    await t.http.get('/audit/events.ndjson?from=never').set('authorization', inspector()).expect(400);
  });

  it('never shows an inspector personal data, the erasure event included', async () => {
    const answers = [
      (await t.http.get('/audit/events?limit=1000').set('authorization', inspector())).text,
      (await t.http.get(`/audit/holders/${SYNTRA}`).set('authorization', inspector())).text,
      (await t.http.get('/audit/events.ndjson').set('authorization', inspector())).text,
    ];
    for (const answer of answers) for (const value of Object.values(PERSON)) expect(answer).not.toContain(value);
    const [erased] = await items(`/audit/events?type=ParticipantErased`);
    expect(Object.keys(erased.data).sort()).toEqual([
      'awardId',
      'basis',
      'enterpriseNumber',
      'erasedOn',
      'moduleId',
      'participantId',
      'reason',
    ]);
    expect(erased).toMatchObject({ data: { participantId, basis: 'data-subject-request' }, metadata: { actor: 'ann', role: 'adviser' } });
    const [registered] = await items(`/audit/events?type=ParticipantRegistered`);
    expect(Object.keys(registered.data.participant as object).sort()).toEqual([
      'companyEnterpriseNumber',
      'participantId',
      'personalDataRef',
      'role',
      'targetGroups',
      'trainingDate',
    ]);
  });
});
