import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mandateAggregate } from '../../src/mandates/domain/mandate.aggregate.js';
import { mandateStream } from '../../src/mandates/domain/events.js';
import { EVENT_SCHEMAS } from '../../src/platform/event-schemas.js';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { AggregateRepository } from '../../src/shared/application/aggregate-repository.js';
import type { EventData, EventSchemas } from '../../src/shared/domain/event-schema.js';
import { SqliteEventStore } from '../../src/shared/event-store/sqlite-event-store.js';
import { defaultAnchorDir } from '../../src/config/config.js';
import { startTestApp, TEST_AUDIT_KEY, type TestApp } from '../support/test-app.js';
import { until } from '../projections/until.js';

const KBO = '0123.456.749';

/**
 * MandateGranted as an earlier release wrote it: the holder's name under `holderName`, and no quality
 * label (every holder then qualified by experience). Today's shape is version 1 in the code; this spec
 * plays the release after a change of shape, which calls today's shape version 2.
 */
const grantedV1 = {
  enterpriseNumber: KBO,
  holderName: 'Syntra Test',
  email: 'info@syntra.test',
  basis: 'experience',
  grantedOn: '2015-01-05',
};

const holderNameToName = ({ holderName, ...rest }: EventData): EventData => ({ ...rest, name: holderName, qualityLabel: null });

const withMandateGrantedV2: EventSchemas = new Map(EVENT_SCHEMAS).set('MandateGranted', { version: 2, upcasters: { 1: holderNameToName } });

/** Real rows in a real SQLite log, as the earlier release appended them. */
async function logWritten(schemaVersion: number, data: EventData): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'daeb-upcast-'));
  const store = new SqliteEventStore(join(dataDir, 'events.db'), undefined, {
    auditKey: TEST_AUDIT_KEY,
    anchorDir: defaultAnchorDir(dataDir),
  });
  await store.append(
    mandateStream(KBO),
    [
      {
        id: '5f0e7a52-43a4-4a51-8d57-4e4c2b1d9a01',
        type: 'MandateGranted',
        schemaVersion,
        data,
        metadata: { actor: 'ann', role: 'adviser', correlationId: 'old-release', causationId: 'old-release' },
      },
    ],
    { expectedRevision: 'no-stream' },
  );
  await store.close();
  return dataDir;
}

describe('reading a log written with an older version of an event', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('upcasts it for the aggregate, the projections and the audit route alike, and leaves the log as recorded', async () => {
    t = await startTestApp({ dataDir: await logWritten(1, grantedV1), eventSchemas: withMandateGrantedV2 });

    const { state } = await t.app.get(AggregateRepository).load(mandateStream(KBO), mandateAggregate);
    expect(state).toMatchObject({ status: 'active', name: 'Syntra Test', qualityLabel: null, basis: 'experience' });
    await t.http
      .post(`/mandate-holders/${KBO}/suspend`)
      .set('authorization', t.auth('adviser'))
      .send({ reason: 'late reports', effectiveOn: '2016-06-15' })
      .expect(200);

    const holder = await t.http.get(`/mandate-holders/${KBO}?consistentWith=2`).set('authorization', t.auth('adviser')).expect(200);
    expect(holder.body).toMatchObject({ name: 'Syntra Test', qualityLabel: null, status: 'suspended' });
    expect(holder.body).not.toHaveProperty('holderName');

    const audit = await t.http
      .get(`/audit/events?stream=${mandateStream(KBO)}`)
      .set('authorization', t.auth('inspector'))
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      type: 'MandateGranted',
      schemaVersion: 2,
      data: { name: 'Syntra Test', qualityLabel: null },
    });
    expect(audit.body.items[0].data).not.toHaveProperty('holderName');
    expect(audit.body.items[1]).toMatchObject({ type: 'MandateSuspended', schemaVersion: 1 });

    const integrity = await t.http.get('/audit/integrity').set('authorization', t.auth('inspector')).expect(200);
    expect(integrity.body).toMatchObject({ valid: true, status: 'intact', firstBrokenPosition: null, problem: null });
  });

  it('refuses an event recorded with a version newer than the code knows, naming the type and both versions', async () => {
    const dataDir = await logWritten(2, { ...grantedV1, name: 'Syntra Test', qualityLabel: null });
    t = await startTestApp({ dataDir });
    const named = 'event type MandateGranted was recorded with schema version 2; this code knows versions 1 to 1';

    await expect(t.app.get(AggregateRepository).load(mandateStream(KBO), mandateAggregate)).rejects.toThrow(named);
    const runner = t.app.get(ProjectionRunner);
    await until(async () => (await runner.status()).some((s) => s.name === 'mandate-holders' && s.error === named));
    const audit = await t.http.get('/audit/events').set('authorization', t.auth('inspector')).expect(500);
    expect(audit.body.code).toBe('INTERNAL_ERROR');
  });
});
