import {
  AFTER_TRAININGS,
  deliveryWorld,
  type DeliveryWorld,
  holder,
  moduleBody,
  participant,
  SYNTRA,
  UNIZO,
  write,
} from './delivery-fixtures.js';
import { post } from './outsourcing-requests.js';
import { startTestApp, type TestApp } from './test-app.js';

/** An event as /audit/events answers it. */
export interface Recorded {
  type: string;
  stream: string;
  position: number;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: { actor: string; role: string; correlationId: string };
}

/** A person whose data must never reach an inspector. */
export const PERSON = { name: 'Zelda Uniekenaam', email: 'zelda.uniek@mail.test', birthDate: '1979-03-14' };

export interface InspectedWorld {
  readonly t: TestApp;
  readonly world: DeliveryWorld;
  readonly tenderCall: string;
  readonly participantId: string;
}

/**
 * Three holders with an award each (recorded 16 January 2017); on the 17th syntra delivers a module
 * with a session, a person and an evaluation (request req-module-1), unizo registers a module, and
 * adviser "ann" pays, follows up and an adviser amends the award; at 23:30 UTC (the 18th in Brussels)
 * ann erases the person.
 */
export async function inspectedWorld(): Promise<InspectedWorld> {
  const t = await startTestApp({ now: AFTER_TRAININGS });
  const world = await deliveryWorld(t);
  const tenderCall = (await t.http.get(`/awards/${world.tenderAward}`).set('authorization', t.auth('adviser')).expect(200)).body
    .outsourcingId;

  t.clock.set('2017-01-17T09:00:00Z');
  const syntra = holder(t, SYNTRA);
  const moduleId = (
    await t.http
      .post(`/awards/${world.tenderAward}/modules`)
      .set('authorization', syntra)
      .set('x-correlation-id', 'req-module-1')
      .send(moduleBody())
      .expect(201)
  ).body.moduleId;
  await write(t, syntra, `/modules/${moduleId}/sessions`, { date: '2016-09-05', place: 'Gent', hours: 3 });
  const participantId = (await write(t, syntra, `/modules/${moduleId}/participants`, participant(1, { personal: PERSON }))).participantId;
  await write(t, syntra, `/modules/${moduleId}/evaluations`, { participantId, score: 8 });
  await write(t, holder(t, UNIZO), `/awards/${world.incentiveAward}/modules`, moduleBody());

  t.clock.set('2017-01-17T12:00:00Z');
  const ann = t.auth('adviser', { sub: 'ann' });
  await write(t, ann, `/awards/${world.tenderAward}/payments`, { amountCents: 10_000_00 });
  await write(t, ann, `/awards/${world.tenderAward}/follow-ups`, { kind: 'lesson-visit', finding: 'good', rating: 4 });
  await post(t, `/outsourcings/${tenderCall}/awards/${world.tenderAward}/amend`, { amountCents: 80_000_00, reason: 'less' }, 200);

  // 23:30 UTC is already the 18th in Brussels.
  t.clock.set('2017-01-17T23:30:00Z');
  await write(t, ann, `/participants/${participantId}/erase`, { reason: 'data-subject request, ticket 4711' }, 200);
  return { t, world, tenderCall, participantId };
}
