import { YearGate } from '../../src/indicators/year-gate.js';
import {
  AFTER_TRAININGS,
  deliveryWorld,
  type DeliveryWorld,
  head,
  holder,
  moduleBody,
  participant,
  SYNTRA,
  write,
} from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROUNDS = 26;
/** A few turns of the event loop: finer than a millisecond, so rounds start the second write at different steps of the first. */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

/**
 * A delivery fact dated in a year being closed either lands before the close (and the published figures
 * count it) or sees the close and is refused: never accepted and missing from what the board reads.
 */
describe('delivery writes and the close of their year (HTTP)', () => {
  let t: TestApp;
  let w: DeliveryWorld;
  let moduleId: string;
  let auth: string;
  let management: string;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
    w = await deliveryWorld(t);
    auth = holder(t, SYNTRA);
    management = t.auth('management');
    moduleId = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody())).moduleId;
  });
  afterAll(() => t.close());

  it('makes every dated delivery write wait while its year is being closed or reopened', async () => {
    const scored = (await write(t, auth, `/modules/${moduleId}/participants`, participant(90))).participantId;
    // The removal goes to a module of its own: writes released together on one stream may exhaust their conflict retries.
    const other = (await write(t, auth, `/awards/${w.tenderAward}/modules`, moduleBody({ title: 'Tweede module' }))).moduleId;
    const removed = (await write(t, auth, `/modules/${other}/participants`, participant(91))).participantId;
    const adviser = t.auth('adviser');
    await write(t, adviser, `/awards/${w.tenderAward}/payments`, { amountCents: 10_000_00, paidOn: '2016-11-01' });
    const writes = [
      t.http.post(`/modules/${moduleId}/participants`).set('authorization', auth).send(participant(92)),
      t.http.post(`/modules/${moduleId}/sessions`).set('authorization', auth).send({ date: '2016-10-03', place: 'Gent', hours: 3 }),
      t.http.post(`/modules/${moduleId}/evaluations`).set('authorization', auth).send({ participantId: scored, score: 8 }),
      t.http.delete(`/modules/${other}/participants/${removed}`).set('authorization', auth).send({ reason: 'registered twice' }),
      t.http.post(`/awards/${w.tenderAward}/payments`).set('authorization', adviser).send({ amountCents: 10_000_00, paidOn: '2016-12-01' }),
      t.http
        .post(`/awards/${w.tenderAward}/recoveries`)
        .set('authorization', adviser)
        .send({ amountCents: 1_00, recoveredOn: '2016-12-02', reason: 'rounding' }),
    ];
    const answered: boolean[] = writes.map(() => false);
    let answers: Promise<{ status: number }[]> = Promise.resolve([]);
    const answeredWhileHeld = await t.app.get(YearGate).alone(2016, async () => {
      answers = Promise.all(writes.map((request, i) => request.then((response) => ((answered[i] = true), response))));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return [...answered];
    });
    expect(answeredWhileHeld).toEqual(writes.map(() => false));
    expect((await answers).map((r) => r.status)).toEqual([201, 201, 201, 200, 201, 201]);
  });

  it(`lands a racing participant in the published 2.11 or refuses it with YEAR_CLOSED, ${ROUNDS} times over`, async () => {
    const published = async () =>
      (
        await t.http
          .get(`/indicators/2016?consistentWith=${await head(t)}`)
          .set('authorization', management)
          .expect(200)
      ).body;
    let counted: number = (await published()).indicators['2.11'].value;
    const outcomes = { accepted: 0, refused: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0)
        await t.http
          .post('/indicators/2016/reopen')
          .set('authorization', management)
          .send({ reason: `round ${round}` })
          .expect(200);
      const register = () =>
        t.http
          .post(`/modules/${moduleId}/participants`)
          .set('authorization', auth)
          .send(participant(round, { trainingDate: '2016-10-03' }));
      const close = () => t.http.post('/indicators/2016/close').set('authorization', management);
      // Who is sent first and how much later the other follows changes per round.
      const lag = turns(Math.floor(round / 2));
      const [registered, closed] = await Promise.all(round % 2 ? [register(), lag.then(close)] : [lag.then(register), close()]);
      expect(closed.status).toBe(200);
      if (registered.status === 201) {
        counted += 1;
        outcomes.accepted += 1;
      } else {
        expect(registered.status).toBe(409);
        expect(registered.body.code).toBe('YEAR_CLOSED');
        outcomes.refused += 1;
      }
      expect(closed.body.figures['2.11'].value).toBe(counted);
      const now = await published();
      expect(now.revised).toEqual({});
      expect(now.indicators['2.11'].value).toBe(counted);
    }
    expect(outcomes.accepted + outcomes.refused).toBe(ROUNDS);
  });
});
