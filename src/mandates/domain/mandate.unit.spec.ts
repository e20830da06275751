import { specFor } from '../../../test/support/given-when-then.js';
import { mandateDecider } from './decide-mandate.js';
import type { MandateEvent } from './events.js';
import { evolveMandate, initialMandateState, isActiveOn, mandateStatusOn } from './mandate.js';

const spec = specFor(mandateDecider);
const org = '0123.456.749';
const grant = {
  enterpriseNumber: org,
  name: 'Syntra Test',
  email: 'info@syntra.test',
  basis: 'quality-label' as const,
  qualityLabel: 'WSE-kwaliteitsattest',
  grantedOn: '2016-01-04',
};
const granted: MandateEvent = { type: 'MandateGranted', data: grant };
const change = (effectiveOn: string) => ({ enterpriseNumber: org, reason: 'commitments not honoured', effectiveOn });
const suspended: MandateEvent = { type: 'MandateSuspended', data: change('2016-06-01') };
const revoked: MandateEvent = { type: 'MandateRevoked', data: change('2016-09-01') };

describe('mandate decider', () => {
  it('grants a mandate on a quality label', () => {
    spec([]).when({ type: 'GrantMandate', data: grant }).then([granted]);
  });

  it('grants a mandate on experience and drops a stray label name', () => {
    spec([])
      .when({ type: 'GrantMandate', data: { ...grant, basis: 'experience', qualityLabel: 'ignored' } })
      .then([{ type: 'MandateGranted', data: { ...grant, basis: 'experience', qualityLabel: null } }]);
  });

  it('requires the label name when the basis is a quality label', () => {
    spec([])
      .when({ type: 'GrantMandate', data: { ...grant, qualityLabel: null } })
      .thenThrows('QUALITY_LABEL_REQUIRED');
  });

  it('does not grant a mandate twice', () => {
    spec([granted]).when({ type: 'GrantMandate', data: grant }).thenThrows('MANDATE_ALREADY_GRANTED');
    spec([granted, suspended]).when({ type: 'GrantMandate', data: grant }).thenThrows('MANDATE_ALREADY_GRANTED');
  });

  it('grants again after a revocation, not before it', () => {
    spec([granted, revoked])
      .when({ type: 'GrantMandate', data: { ...grant, grantedOn: '2017-01-01' } })
      .then([{ type: 'MandateGranted', data: { ...grant, grantedOn: '2017-01-01' } }]);
    spec([granted, revoked])
      .when({ type: 'GrantMandate', data: { ...grant, grantedOn: '2016-08-01' } })
      .thenThrows('EFFECTIVE_DATE_BEFORE_LAST_CHANGE');
  });

  it('suspends an active mandate', () => {
    spec([granted])
      .when({ type: 'SuspendMandate', data: change('2016-06-01') })
      .then([suspended]);
  });

  it('refuses to suspend a mandate that is not active or does not exist', () => {
    spec([])
      .when({ type: 'SuspendMandate', data: change('2016-06-01') })
      .thenThrows('MANDATE_NOT_GRANTED');
    spec([granted, suspended])
      .when({ type: 'SuspendMandate', data: change('2016-07-01') })
      .thenThrows('MANDATE_NOT_ACTIVE');
  });

  it('refuses a change dated before the last one', () => {
    spec([granted])
      .when({ type: 'SuspendMandate', data: change('2015-12-31') })
      .thenThrows('EFFECTIVE_DATE_BEFORE_LAST_CHANGE');
  });

  it('reinstates only a suspended mandate', () => {
    spec([granted, suspended])
      .when({ type: 'ReinstateMandate', data: change('2016-07-01') })
      .then([{ type: 'MandateReinstated', data: change('2016-07-01') }]);
    spec([granted])
      .when({ type: 'ReinstateMandate', data: change('2016-07-01') })
      .thenThrows('MANDATE_NOT_SUSPENDED');
  });

  it('revokes an active or suspended mandate, once', () => {
    spec([granted])
      .when({ type: 'RevokeMandate', data: change('2016-09-01') })
      .then([revoked]);
    spec([granted, suspended])
      .when({ type: 'RevokeMandate', data: change('2016-09-01') })
      .then([revoked]);
    spec([granted, revoked])
      .when({ type: 'RevokeMandate', data: change('2016-10-01') })
      .thenThrows('MANDATE_NOT_REVOCABLE');
  });

  it('sets where notices are mailed, only for an existing mandate, and records nothing when nothing changes', () => {
    const preferences = { enterpriseNumber: org, email: 'oproepen@syntra.test', enabled: true };
    spec([granted])
      .when({ type: 'SetNotificationPreferences', data: preferences })
      .then([{ type: 'NotificationPreferencesSet', data: preferences }]);
    spec([]).when({ type: 'SetNotificationPreferences', data: preferences }).thenThrows('MANDATE_NOT_GRANTED');
    spec([granted])
      .when({ type: 'SetNotificationPreferences', data: { ...preferences, email: grant.email } })
      .then([]);
    spec([granted, { type: 'NotificationPreferencesSet', data: preferences }])
      .when({ type: 'SetNotificationPreferences', data: { ...preferences, enabled: false } })
      .then([{ type: 'NotificationPreferencesSet', data: { ...preferences, enabled: false } }]);
  });

  it('keeps the notification preferences through a new grant after a revocation', () => {
    const preferences = { enterpriseNumber: org, email: 'oproepen@syntra.test', enabled: false };
    const state = [
      granted,
      { type: 'NotificationPreferencesSet', data: preferences } as MandateEvent,
      revoked,
      { ...granted, data: { ...grant, grantedOn: '2017-01-01' } } as MandateEvent,
    ].reduce(evolveMandate, initialMandateState);
    expect(state).toMatchObject({ notifications: { email: 'oproepen@syntra.test', enabled: false } });
  });

  it('answers whether the mandate is active on a given day', () => {
    const state = [granted, suspended, { type: 'MandateReinstated', data: change('2016-07-01') } as MandateEvent, revoked].reduce(
      evolveMandate,
      initialMandateState,
    );
    expect(mandateStatusOn(state, '2015-12-31')).toBe('none');
    expect(isActiveOn(state, '2016-01-04')).toBe(true);
    expect(mandateStatusOn(state, '2016-06-15')).toBe('suspended');
    expect(isActiveOn(state, '2016-07-01')).toBe(true);
    expect(mandateStatusOn(state, '2016-09-01')).toBe('revoked');
  });
});
