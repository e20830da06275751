import type { StoredEvent } from '../../shared/event-store/event-store.port.js';
import { matchesOnMaker, redactSealed, shownSealed } from './sealed-offers.js';

const DUE = '2016-03-01T22:59:59.999Z';
const offerSubmitted: StoredEvent = {
  id: 'e-1',
  type: 'OfferSubmitted',
  schemaVersion: 1,
  data: { outsourcingId: 'call-1', offerId: 'offer-1', enterpriseNumber: '0123.456.749', amountCents: 90_000_00, sealedUntil: DUE },
  metadata: { actor: 'syntra-user', role: 'mandate-holder', correlationId: 'c', causationId: 'c' },
  stream: 'offers-call-1',
  revision: 0,
  position: 1,
  recordedAt: '2016-02-20T10:00:00.000Z',
};

describe('sealed offers in the audit routes', () => {
  it('shows only that an offer was made until the deadline, the deadline itself included', () => {
    for (const now of ['2016-02-20T10:00:00Z', DUE]) {
      const shown = redactSealed(offerSubmitted, new Date(now));
      expect(shown.data).toEqual({ outsourcingId: 'call-1', offerId: 'offer-1', sealedUntil: DUE, sealed: true });
      expect(shown.metadata.actor).toBe('sealed');
    }
  });

  it('shows the whole event after the deadline, and leaves events without a seal alone', () => {
    expect(redactSealed(offerSubmitted, new Date('2016-03-01T23:00:00Z'))).toBe(offerSubmitted);
    const granted = { ...offerSubmitted, type: 'MandateGranted', data: { enterpriseNumber: '0123.456.749' } };
    expect(redactSealed(granted, new Date('2016-02-20T10:00:00Z'))).toBe(granted);
  });

  it('leaves sealed events out of a read that matched them by their maker, until the deadline', () => {
    const before = new Date('2016-02-20T10:00:00Z');
    expect(shownSealed([offerSubmitted], before, { matchedOnMaker: true })).toEqual([]);
    expect(shownSealed([offerSubmitted], before, { matchedOnMaker: false })).toEqual([redactSealed(offerSubmitted, before)]);
    expect(shownSealed([offerSubmitted], new Date('2016-03-01T23:00:00Z'), { matchedOnMaker: true })).toEqual([offerSubmitted]);
    expect([{ actor: 'syntra-user' }, { correlationId: 'c' }, { type: ['OfferSubmitted'] }].map(matchesOnMaker)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
