import type { MandateEvent, MandateGranted } from '../src/mandates/domain/events.js';
import { givenEvents, recordedAt, unexercisedTypes } from '../test/support/given-events-then-documents.js';
import { mandateHoldersProjection } from './mandate-holders.projection.js';

const SYNTRA = '0123.456.749';
const UNIZO = '0406.798.006';

const granted = (enterpriseNumber: string, overrides: Partial<MandateGranted['data']> = {}): MandateGranted => ({
  type: 'MandateGranted',
  data: {
    enterpriseNumber,
    name: 'Syntra Vlaanderen',
    email: 'mandaat@syntra.test',
    basis: 'quality-label',
    qualityLabel: 'ISO 29990',
    grantedOn: '2016-01-04',
    ...overrides,
  },
});

const changed = (
  type: 'MandateSuspended' | 'MandateReinstated' | 'MandateRevoked',
  enterpriseNumber: string,
  effectiveOn: string,
  reason = `${type} for the spec`,
): MandateEvent => ({ type, data: { enterpriseNumber, reason, effectiveOn } });

describe('mandate-holders projection: given mandate events, then the holders', () => {
  it('keeps a granted holder under its enterprise number, active from the day of the grant', () => {
    const documents = givenEvents(mandateHoldersProjection, [recordedAt('2016-01-04T09:00:00.000Z', granted(SYNTRA))]);
    expect([...documents.keys()]).toEqual([SYNTRA]);
    expect(documents.get(SYNTRA)).toEqual({
      enterpriseNumber: SYNTRA,
      name: 'Syntra Vlaanderen',
      email: 'mandaat@syntra.test',
      basis: 'quality-label',
      qualityLabel: 'ISO 29990',
      status: 'active',
      grantedOn: '2016-01-04',
      timeline: [{ from: '2016-01-04', status: 'active', reason: null }],
      notifications: { email: 'mandaat@syntra.test', enabled: true },
      updatedAt: '2016-01-04T09:00:00.000Z',
    });
  });

  it('keeps where the holder wants its notices, through a new grant too', () => {
    const preferences: MandateEvent = {
      type: 'NotificationPreferencesSet',
      data: { enterpriseNumber: SYNTRA, email: 'oproepen@syntra.test', enabled: false },
    };
    const documents = givenEvents(mandateHoldersProjection, [
      granted(SYNTRA),
      recordedAt('2016-02-01T09:00:00.000Z', preferences),
      changed('MandateRevoked', SYNTRA, '2016-03-01'),
      granted(SYNTRA, { grantedOn: '2016-06-01' }),
    ]);
    expect(documents.get(SYNTRA)?.notifications).toEqual({ email: 'oproepen@syntra.test', enabled: false });
  });

  it('takes the status of the latest change and keeps every change with its reason on the timeline', () => {
    const documents = givenEvents(mandateHoldersProjection, [
      granted(SYNTRA),
      changed('MandateSuspended', SYNTRA, '2016-03-01', 'quality label lapsed'),
      changed('MandateReinstated', SYNTRA, '2016-05-01', 'label renewed'),
      recordedAt('2016-09-01T08:00:00.000Z', changed('MandateRevoked', SYNTRA, '2016-09-01', 'fraud')),
    ]);
    expect(documents.get(SYNTRA)).toMatchObject({
      status: 'revoked',
      grantedOn: '2016-01-04',
      timeline: [
        { from: '2016-01-04', status: 'active', reason: null },
        { from: '2016-03-01', status: 'suspended', reason: 'quality label lapsed' },
        { from: '2016-05-01', status: 'active', reason: 'label renewed' },
        { from: '2016-09-01', status: 'revoked', reason: 'fraud' },
      ],
      updatedAt: '2016-09-01T08:00:00.000Z',
    });
  });

  it('shows a suspended holder as suspended, and a reinstated one as active again', () => {
    const suspended = givenEvents(mandateHoldersProjection, [granted(SYNTRA), changed('MandateSuspended', SYNTRA, '2016-03-01')]);
    expect(suspended.get(SYNTRA)?.status).toBe('suspended');
    const reinstated = givenEvents(mandateHoldersProjection, [
      granted(SYNTRA),
      changed('MandateSuspended', SYNTRA, '2016-03-01'),
      changed('MandateReinstated', SYNTRA, '2016-04-01'),
    ]);
    expect(reinstated.get(SYNTRA)?.status).toBe('active');
  });

  it('grants a revoked holder anew with its new facts, keeping the earlier timeline', () => {
    const documents = givenEvents(mandateHoldersProjection, [
      granted(SYNTRA),
      changed('MandateRevoked', SYNTRA, '2016-06-01', 'no longer meets the terms'),
      granted(SYNTRA, { basis: 'experience', qualityLabel: null, email: 'nieuw@syntra.test', grantedOn: '2017-01-02' }),
    ]);
    expect(documents.get(SYNTRA)).toMatchObject({
      status: 'active',
      basis: 'experience',
      qualityLabel: null,
      email: 'nieuw@syntra.test',
      grantedOn: '2017-01-02',
      timeline: [
        { from: '2016-01-04', status: 'active', reason: null },
        { from: '2016-06-01', status: 'revoked', reason: 'no longer meets the terms' },
        { from: '2017-01-02', status: 'active', reason: null },
      ],
    });
  });

  it('keeps each holder to its own document', () => {
    const documents = givenEvents(mandateHoldersProjection, [
      granted(SYNTRA),
      granted(UNIZO, { name: 'Unizo' }),
      changed('MandateSuspended', UNIZO, '2016-02-01'),
    ]);
    expect(documents.get(SYNTRA)).toMatchObject({ name: 'Syntra Vlaanderen', status: 'active' });
    expect(documents.get(UNIZO)).toMatchObject({ name: 'Unizo', status: 'suspended' });
  });

  it('ignores a change for an organisation it never saw granted', () => {
    const documents = givenEvents(mandateHoldersProjection, [
      changed('MandateSuspended', UNIZO, '2016-02-01'),
      changed('MandateReinstated', UNIZO, '2016-03-01'),
      changed('MandateRevoked', UNIZO, '2016-04-01'),
    ]);
    expect(documents.size).toBe(0);
  });

  // Runs last: a type added to `handles` without a case above fails here.
  it('exercises every event type it handles', () => {
    expect(unexercisedTypes(mandateHoldersProjection)).toEqual([]);
  });
});
