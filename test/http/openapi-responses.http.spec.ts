import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  AFTER_TRAININGS,
  deliveryWorld,
  holder,
  moduleBody,
  participant,
  SYNTRA,
  UNIZO,
  VOKANS,
  write,
} from '../support/delivery-fixtures.js';
import { Contract, recording } from '../support/openapi-contract.js';
import { award, HOLDERS, incentive, post, tender } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every operation of /docs-json is driven with real requests, and every answer (the fixtures' too) is
 * validated against the document for its path, method, status and media type. A field the code answers
 * and the document leaves out fails, as does a status or a media type the document does not list.
 */
describe('the OpenAPI document against real answers', () => {
  let t: TestApp;
  let contract: Contract;
  beforeAll(async () => {
    const started = await startTestApp({ now: AFTER_TRAININGS });
    contract = new Contract((await started.http.get('/docs-json').expect(200)).body);
    t = recording(started, contract);
  });
  afterAll(() => t.close());

  it('answers every operation as documented, errors included', async () => {
    const adviser = t.auth('adviser');
    const management = t.auth('management');
    const inspector = t.auth('inspector');
    const syntra = holder(t, SYNTRA);
    const send = (method: 'post' | 'put' | 'delete', path: string, auth: string, body?: object) =>
      t.http[method](path).set('authorization', auth).send(body);

    await t.http.get('/health').expect(200);
    const world = await deliveryWorld(t);

    // Mandate holders.
    await t.http.get('/mandate-holders').set('authorization', adviser).expect(200);
    await t.http.get(`/mandate-holders/${SYNTRA}`).set('authorization', syntra).expect(200);
    await send('post', `/mandate-holders/${VOKANS}/suspend`, adviser, { reason: 'no trainer present' }).expect(200);
    await send('post', `/mandate-holders/${VOKANS}/reinstate`, adviser, { reason: 'corrected' }).expect(200);
    await send('put', `/mandate-holders/${SYNTRA}/notification-preferences`, syntra, {
      email: 'oproepen@syntra.test',
      enabled: true,
    }).expect(200);

    // Outsourcings: one call amended then closed, one awarded, withdrawn and cancelled, one not granted.
    const closing = (await post(t, '/outsourcings', tender({ title: 'Te sluiten' }))).id;
    const closingAward = (await post(t, `/outsourcings/${closing}/awards`, award(SYNTRA, 50_000_00, { lot: 1 }))).awardId;
    await send('post', `/outsourcings/${closing}/awards/${closingAward}/amend`, adviser, { amountCents: 40_000_00, reason: 'less' }).expect(
      200,
    );
    await send('post', `/outsourcings/${closing}/close`, adviser, { reason: 'all lots awarded' }).expect(200);
    const cancelled = (await post(t, '/outsourcings', tender({ title: 'Te annuleren' }))).id;
    const withdrawn = (await post(t, `/outsourcings/${cancelled}/awards`, award(UNIZO, 10_000_00, { lot: 2 }))).awardId;
    await send('post', `/outsourcings/${cancelled}/awards/${withdrawn}/withdraw`, adviser, { reason: 'given up' }).expect(200);
    await send('post', `/outsourcings/${cancelled}/cancel`, adviser, { reason: 'budget withdrawn' }).expect(200);
    const empty = (await post(t, '/outsourcings', incentive({ title: 'Zonder gunning' }))).id;
    await send('post', `/outsourcings/${empty}/declare-not-granted`, adviser, { reason: 'no valid offer' }).expect(200);
    await t.http.get('/outsourcings?year=2016').set('authorization', adviser).expect(200);
    await t.http.get(`/outsourcings/${closing}`).set('authorization', syntra).expect(200);

    // Templates: created, revised, read, and a call launched from one.
    const template = await post(t, '/templates', { product: 'incentive', name: 'Incentive', defaults: { minParticipants: 20 } });
    await send('post', `/templates/${template.templateId}/revise`, adviser, {
      name: 'Incentive 2016',
      defaults: { minParticipants: 25 },
    }).expect(200);
    await t.http.get('/templates').set('authorization', adviser).expect(200);
    await t.http.get(`/templates/${template.templateId}`).set('authorization', inspector).expect(200);
    const fromTemplate = (await post(t, '/outsourcings', { ...incentive({ title: 'Uit sjabloon' }), templateId: template.templateId })).id;
    await t.http.get(`/outsourcings/${fromTemplate}`).set('authorization', adviser).expect(200);
    await t.http.get('/notices?since=0').set('authorization', syntra).expect(200);

    // Mandate applications: one rejected, the next approved.
    const applicant = t.auth('applicant', { org: '0400.111.142' });
    const applicationBody = {
      enterpriseNumber: '0400.111.142',
      name: 'Nieuw',
      email: 'info@nieuw.test',
      basis: 'experience',
      motivation: 'ervaring',
    };
    const rejectedApplication = (await send('post', '/mandate-applications', applicant, applicationBody).expect(201)).body.applicationId;
    await send('post', `/mandate-applications/${rejectedApplication}/reject`, adviser, { reason: 'te weinig ervaring' }).expect(200);
    const approvedApplication = (await send('post', '/mandate-applications', applicant, applicationBody).expect(201)).body.applicationId;
    await send('post', `/mandate-applications/${approvedApplication}/approve`, adviser).expect(200);
    await t.http.get('/mandate-applications?status=approved').set('authorization', applicant).expect(200);

    // Delivery, as the holder and then the adviser.
    const moduleId = (await write(t, syntra, `/awards/${world.tenderAward}/modules`, moduleBody())).moduleId;
    await write(t, syntra, `/modules/${moduleId}/sessions`, { date: '2016-09-05', place: 'Gent', hours: 3 });
    const participantId = (await write(t, syntra, `/modules/${moduleId}/participants`, participant(1))).participantId;
    const imported = await write(t, syntra, `/modules/${moduleId}/participants/import`, [participant(2), participant(3)]);
    await write(t, syntra, `/modules/${moduleId}/evaluations`, { participantId, score: 8 });
    await send('delete', `/modules/${moduleId}/participants/${imported.participantIds[1]}`, syntra, { reason: 'registered twice' }).expect(
      200,
    );
    await write(t, adviser, `/awards/${world.tenderAward}/follow-ups`, { kind: 'lesson-visit', finding: 'good', rating: 4 });
    await write(t, adviser, `/awards/${world.tenderAward}/payments`, { amountCents: 10_000_00 });
    await write(t, adviser, `/awards/${world.tenderAward}/financial-reports`, { year: 2016, costsCents: 1, revenuesCents: 0 });
    await write(t, adviser, `/awards/${world.tenderAward}/recoveries`, {
      amountCents: 1_000_00,
      recoveredOn: '2016-12-20',
      reason: 'one module fewer',
    });
    await t.http.get('/supervision/2016').set('authorization', management).expect(200);
    await write(t, t.auth('mandate-holder', { org: UNIZO }), `/awards/${world.incentiveAward}/modules`, moduleBody());
    for (const auth of [adviser, syntra]) await t.http.get(`/awards/${world.tenderAward}`).set('authorization', auth).expect(200);
    await t.http.get(`/awards/${world.incentiveAward}`).set('authorization', adviser).expect(200);
    await t.http.get(`/awards/${world.tenderAward}/modules`).set('authorization', syntra).expect(200);
    await t.http.get(`/modules/${moduleId}`).set('authorization', syntra).expect(200);
    await t.http.get(`/participants/${participantId}`).set('authorization', adviser).expect(200);
    await t.http.get(`/participants/${imported.participantIds[1]}`).set('authorization', adviser).expect(200);
    await send('post', `/participants/${imported.participantIds[0]}/erase`, adviser, { reason: 'data-subject request' }).expect(200);
    await t.http.get(`/participants/${imported.participantIds[0]}`).set('authorization', adviser).expect(200);
    await t.http.get('/exports/delivery.csv?year=2016').set('authorization', adviser).expect(200);

    // Indicators, then the year is closed.
    await send('put', '/targets/2016', management, {
      targets: {
        DP24: 10,
        DP23: { atLeast: 1_00 },
        DP25: { atMost: 9 },
        DP26: { between: [0.8, 0.85] },
        '2.11': { increaseOverPrevious: 3 },
      },
    }).expect(200);
    await t.http.get('/targets/2016').set('authorization', management).expect(200);
    await t.http.get('/plans/2016').set('authorization', management).expect(200);
    await send('put', '/plans/2016', management, {
      rows: [
        { code: '2.12', nameNl: 'Budget', nameEn: 'Budget', measures: ['DP23'], note: 'raming' },
        { code: '2.13', nameNl: 'Uitbestedingen', nameEn: 'Outsourcings', measures: ['DP24', 'DP25'] },
      ],
    }).expect(200);
    await t.http.get('/plans/2016').set('authorization', management).expect(200);
    await send('post', '/indicators/2016/estimates', management, { code: 'DP23', value: 900_000_00, note: 'figures from Q2' }).expect(200);
    await send('post', '/indicators/2016/estimates', management, { code: 'DP24', value: 12 }).expect(200);
    await send('post', '/indicators/2016/estimates/DP24/withdraw', management, { reason: 'the figure is in' }).expect(200);
    await t.http.get('/indicators/2016?asOf=2016-12-31').set('authorization', management).expect(200);
    for (const accept of ['application/json', 'text/csv', 'text/html']) {
      await t.http.get('/indicators/2016/table').set('authorization', management).set('accept', accept).expect(200);
    }
    await send('post', '/indicators/2016/close', management).expect(200);
    await t.http.get('/indicators/2016').set('authorization', management).expect(200);
    await send('post', '/indicators/2016/reopen', management, { reason: 'late participant figures' }).expect(200);
    await send('post', '/indicators/2016/close', management).expect(200);

    // Audit.
    await t.http.get('/audit/events?limit=5').set('authorization', inspector).expect(200);
    await t.http.get(`/audit/events?stream=mandate-${SYNTRA}`).set('authorization', inspector).expect(200);
    await t.http
      .get('/audit/events?type=AwardGranted,PaymentRecorded&role=adviser&from=2016-01-01&limit=2')
      .set('authorization', inspector)
      .expect(200);
    await t.http.get(`/audit/holders/${SYNTRA}?limit=3`).set('authorization', inspector).expect(200);
    await t.http.get('/audit/holders/0417.497.106').set('authorization', inspector).expect(404);
    const archive = await t.http.get('/audit/events.ndjson?type=AwardGranted').set('authorization', inspector).expect(200);
    expect(archive.text.trimEnd().split('\n')).toHaveLength(5);

    // Offers: sealed until the deadline an hour from now, then scored, ranked, awarded and reported.
    const offered = (
      await post(t, '/outsourcings', tender({ title: 'Met offertes', launchedOn: '2017-01-16', offersDueOn: '2017-01-16T11:00:00Z' }))
    ).id;
    const offerBody = (amountCents: number) => ({
      lot: 1,
      amountCents,
      answers: [
        { criterion: 'quality', text: 'Twaalf workshops' },
        { criterion: 'price', text: 'Alles inbegrepen' },
      ],
    });
    const unizo = t.auth('mandate-holder', { org: UNIZO });
    const syntrasOffer = (await send('post', `/outsourcings/${offered}/offers`, syntra, offerBody(50_000_00)).expect(201)).body.offerId;
    const unizosOffer = (await send('post', `/outsourcings/${offered}/offers`, unizo, offerBody(60_000_00)).expect(201)).body.offerId;
    await send('post', `/outsourcings/${offered}/offers/${unizosOffer}/withdraw`, unizo).expect(200);
    await t.http.get(`/outsourcings/${offered}/offers`).set('authorization', adviser).expect(200);
    await t.http.get(`/outsourcings/${offered}/offers`).set('authorization', syntra).expect(200);
    await t.http.get(`/outsourcings/${offered}/offers/${syntrasOffer}`).set('authorization', syntra).expect(200);
    await t.http.get(`/outsourcings/${offered}/offers/${syntrasOffer}`).set('authorization', adviser).expect(409);
    t.clock.set('2017-01-16T12:00:00Z');
    const scores = [
      { criterion: 'quality', score: 8 },
      { criterion: 'price', score: 7.5 },
    ];
    await send('post', `/outsourcings/${offered}/offers/${syntrasOffer}/scores`, adviser, {
      member: 'Jan Claes',
      external: true,
      scores,
    }).expect(201);
    await t.http.get(`/outsourcings/${offered}/offers/${syntrasOffer}`).set('authorization', inspector).expect(200);
    await t.http.get(`/outsourcings/${offered}/ranking`).set('authorization', inspector).expect(200);
    await send('post', `/outsourcings/${offered}/awards`, adviser, { offerId: syntrasOffer }).expect(201);
    await t.http.get(`/outsourcings/${offered}/jury-report`).set('authorization', management).expect(200);
    await t.http.get(`/outsourcings/${closing}?asOf=2017-01-16`).set('authorization', adviser).expect(200);
    await t.http.get(`/awards/${world.tenderAward}?asOf=2017-01-16`).set('authorization', inspector).expect(200);
    await t.http.get('/audit/integrity').set('authorization', inspector).expect(200);
    // One stored event altered behind the service's back: health answers 503 until an inspector acknowledges it.
    const events = new Database(join(t.dataDir, 'events.db'));
    events.prepare(`UPDATE events SET data = data || ' ' WHERE position = 2`).run();
    events.close();
    await t.http.get('/audit/integrity').set('authorization', inspector).expect(200);
    await send('post', '/audit/integrity/acknowledge', inspector, { reason: 'INC-1: a space added by a database tool' }).expect(200);
    await t.http.get('/health').expect(200);

    // The operator rebuilds a read model online and follows it; the old generation serves meanwhile.
    const operator = t.auth('operator');
    await send('post', '/admin/projections/mandate-holders/rebuild', operator).expect(200);
    await t.http.get('/admin/projections').set('authorization', operator).expect(200);
    await send('post', '/admin/projections/no-such-projection/rebuild', operator).expect(404);

    // The problems: every one must be the shared component, under a documented status.
    await send('post', '/mandate-holders', adviser, {}).expect(400);
    await t.http.get('/mandate-holders').expect(401);
    await t.http.get('/mandate-holders').set('authorization', syntra).expect(403);
    await t.http.get('/outsourcings/not-an-id').set('authorization', adviser).expect(404);
    await send('post', '/mandate-holders', adviser, HOLDERS.syntra).expect(409);
    await send('post', `/mandate-holders/${VOKANS}/revoke`, adviser, { reason: 'stale' }).set('if-match', '"0"').expect(412);
    const keyed = (body: object) => send('post', `/mandate-holders/${VOKANS}/suspend`, adviser, body).set('idempotency-key', 'k-1');
    await keyed({ reason: 'first' }).expect(200);
    await keyed({ reason: 'another' }).expect(422);
    await t.http.get('/indicators/2016/table').set('authorization', management).set('accept', 'image/png').expect(406);
    await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', syntra)
      .set('content-type', 'text/plain')
      .send('not a list')
      .expect(415);
    await send('post', `/mandate-holders/${VOKANS}/revoke`, adviser, { reason: 'stopped' }).expect(200);

    expect(contract.mismatches).toEqual([]);
  });

  it('exercised every operation of the document with its success status', () => {
    const unexercised = contract
      .operations()
      .filter(({ method, path, operation }) => {
        const success = Object.keys(operation.responses).find((status) => status.startsWith('2'));
        return !contract.exercised.has(`${method} ${path} ${success}`);
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(unexercised).toEqual([]);
  });

  it('gives every operation an operationId, a summary, a schema per status, problems as one component, and examples', () => {
    const faults: string[] = [];
    const ids = new Set<string>();
    for (const { method, path, operation } of contract.operations()) {
      const at = `${method.toUpperCase()} ${path}`;
      if (!/^[a-z][A-Za-z]+$/.test(operation.operationId ?? '') || ids.has(operation.operationId)) faults.push(`${at}: operationId`);
      ids.add(operation.operationId);
      if (!operation.summary) faults.push(`${at}: summary`);
      if (path.includes('{action}')) faults.push(`${at}: hides operations behind a path parameter`);
      const bodies = Object.entries(operation.responses).flatMap(([status, r]) => {
        if (!r.content) faults.push(`${at} ${status}: no schema`);
        // A health check answers its report on 503 too: load balancers read the status, people the same document.
        const error = !status.startsWith('2') && !(at === 'GET /health' && status === '503');
        if (error && Object.keys(r.content ?? {}).join() !== 'application/problem+json') faults.push(`${at} ${status}: not problem+json`);
        if (error && r.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/ProblemView')
          faults.push(`${at} ${status}: not the shared problem component`);
        return Object.entries(r.content ?? {}).map(([type, media]) => [`${status} ${type}`, media] as const);
      });
      const requests = Object.entries(operation.requestBody?.content ?? {}).map(([type, media]) => [`request ${type}`, media] as const);
      for (const [what, media] of [...bodies, ...requests]) {
        const examples = media.examples ? Object.values(media.examples).map((e) => e.value) : [media.example];
        if (examples[0] === undefined) faults.push(`${at} ${what}: no example`);
        const validate = contract.validator(media.schema ?? {});
        for (const example of examples.filter((e) => e !== undefined && !(what.includes('text/') || typeof e === 'string')))
          if (!validate(example)) faults.push(`${at} ${what}: example does not match its schema: ${JSON.stringify(validate.errors)}`);
      }
    }
    expect(faults).toEqual([]);
  });
});
