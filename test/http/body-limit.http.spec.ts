import { AFTER_TRAININGS, deliveryWorld, head, holder, moduleBody, participant, SYNTRA, write } from '../support/delivery-fixtures.js';
import { HOLDERS } from '../support/outsourcing-requests.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROBLEM = /^application\/problem\+json/;
const MIB = 1024 * 1024;

/** Only the participant import takes a large body; every other write refuses one over 1 MiB before reading it. */
describe('body limits per route', () => {
  let t: TestApp;
  let awardId: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    awardId = (await deliveryWorld(t)).tenderAward;
  });
  afterAll(() => t.close());

  it('refuses a 2 MiB body on another write route with 413 problem+json naming the 1 MiB limit, appending nothing', async () => {
    const before = await head(t);
    const body = { ...HOLDERS.syntra, enterpriseNumber: '0406.798.006', name: 'x'.repeat(2 * MIB) };
    const answer = await t.http.post('/mandate-holders').set('authorization', t.auth('adviser')).send(body);
    expect(answer.status).toBe(413);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      detail: 'the body is larger than the 1 MiB this route accepts',
    });
    expect(await head(t)).toBe(before);
  });

  it('accepts a body over 1 MiB on the participant import', async () => {
    const auth = holder(t, SYNTRA);
    const moduleId = (await write(t, auth, `/awards/${awardId}/modules`, moduleBody())).moduleId as string;
    // Whitespace after the array is valid JSON: the body is over 2 MiB with three rows in it.
    const body = JSON.stringify([participant(1), participant(2), participant(3)]) + ' '.repeat(2 * MIB);
    const answer = await t.http
      .post(`/modules/${moduleId}/participants/import`)
      .set('authorization', auth)
      .set('content-type', 'application/json')
      .send(body);
    expect(answer.status).toBe(201);
    expect(answer.body.participantIds).toHaveLength(3);
  });
});
