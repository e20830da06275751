import { CommandBus } from '@nestjs/cqrs';
import { seedDelivery } from '../../src/demo/seed-delivery.js';
import type { Role } from '../../src/shared/auth/principal.js';
import { AFTER_TRAININGS, deliveryWorld, head, SYNTRA, VOKANS } from '../support/delivery-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('demo delivery data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: AFTER_TRAININGS });
  });
  afterAll(() => t.close());

  it('seeds modules, participants and evaluations so that 2.11, DP7 and DP26 show', async () => {
    const w = await deliveryWorld(t);
    const context = (role: Role, org?: string) => ({
      principal: { sub: 'demo-seed', role, org: org ?? null },
      correlationId: 'demo',
      causationId: 'demo',
      expectedRevision: null,
    });
    await seedDelivery(t.app.get(CommandBus), context, [
      { awardId: w.tenderAward, enterpriseNumber: SYNTRA, product: 'tender', awardedOn: '2016-04-01', approvedSubjects: [] },
      {
        awardId: w.openOfferAward,
        enterpriseNumber: VOKANS,
        product: 'open-offer',
        awardedOn: '2016-04-01',
        approvedSubjects: ['boekhouding'],
      },
    ]);
    const indicators = (
      await t.http
        .get(`/indicators/2016?consistentWith=${await head(t)}`)
        .set('authorization', t.auth('management'))
        .expect(200)
    ).body.indicators;
    expect(indicators['2.11'].value).toBeGreaterThan(80);
    expect(indicators.DP7.value).toBeGreaterThan(0);
    expect(indicators.DP26.value).toBeGreaterThan(0.75);
  });
});
