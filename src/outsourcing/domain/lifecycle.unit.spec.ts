import { specFor } from '../../../test/support/given-when-then.js';
import { outsourcingDecider, type OutsourcingCommand } from './decide-outsourcing.js';
import { endedBy, grantedOn, refusal, tenderLaunched, withdrawnOf } from '../../../test/support/outsourcing-fixtures.js';

const spec = specFor(outsourcingDecider);

const id = tenderLaunched.data.outsourcingId;
const reason = 'no offer met the award criteria';
const declare = (declaredOn = '2016-06-30', why = reason): OutsourcingCommand => ({
  type: 'DeclareNotGranted',
  data: { outsourcingId: id, reason: why, declaredOn, today: '2016-12-31' },
});
const cancel = (cancelledOn = '2016-06-30', why = reason): OutsourcingCommand => ({
  type: 'CancelOutsourcing',
  data: { outsourcingId: id, reason: why, cancelledOn, today: '2016-12-31' },
});
const close = (closedOn = '2016-06-30', why = reason): OutsourcingCommand => ({
  type: 'CloseOutsourcing',
  data: { outsourcingId: id, reason: why, closedOn, today: '2016-12-31' },
});
const lot1 = grantedOn(tenderLaunched, { awardId: 'a1', lot: 1 });
const enders = [
  ['DeclareNotGranted', declare],
  ['CancelOutsourcing', cancel],
  ['CloseOutsourcing', close],
] as const;

describe('ending an outsourcing', () => {
  it('declares a call without awards not granted', () => {
    spec([tenderLaunched])
      .when(declare())
      .then([{ type: 'OutsourcingDeclaredNotGranted', data: { outsourcingId: id, reason, declaredOn: '2016-06-30' } }]);
  });

  it('cancels a call without awards', () => {
    spec([tenderLaunched])
      .when(cancel())
      .then([{ type: 'OutsourcingCancelled', data: { outsourcingId: id, reason, cancelledOn: '2016-06-30' } }]);
  });

  it('closes a call, with its awards standing', () => {
    spec([tenderLaunched, lot1])
      .when(close())
      .then([{ type: 'OutsourcingClosed', data: { outsourcingId: id, reason, closedOn: '2016-06-30' } }]);
  });

  it('refuses to close a call without a standing award: it ends not granted instead', () => {
    expect(refusal([tenderLaunched], close())).toMatchObject({ code: 'OUTSOURCING_WITHOUT_AWARD', kind: 'rule' });
    expect(refusal([tenderLaunched, lot1, withdrawnOf(lot1)], close())).toMatchObject({ code: 'OUTSOURCING_WITHOUT_AWARD', kind: 'rule' });
  });

  it.each([
    ['DeclareNotGranted', declare],
    ['CancelOutsourcing', cancel],
  ] as const)('refuses %s while an award stands', (_type, command) => {
    expect(refusal([tenderLaunched, lot1], command())).toMatchObject({ code: 'OUTSOURCING_HAS_AWARDS', kind: 'rule' });
  });

  it.each([
    ['DeclareNotGranted', declare],
    ['CancelOutsourcing', cancel],
  ] as const)('allows %s once every award is withdrawn', (_type, command) => {
    expect(
      spec([tenderLaunched, lot1, withdrawnOf(lot1)])
        .when(command())
        .events(),
    ).toHaveLength(1);
  });

  it.each(enders)('refuses %s for an outsourcing that was never launched', (_type, command) => {
    expect(refusal([], command())).toMatchObject({ code: 'OUTSOURCING_NOT_FOUND', kind: 'not-found' });
  });

  it.each(enders)('refuses %s once the call has ended', (_type, command) => {
    for (const end of ['OutsourcingCancelled', 'OutsourcingDeclaredNotGranted', 'OutsourcingClosed'] as const) {
      expect(refusal([tenderLaunched, endedBy(tenderLaunched, end, '2016-06-01')], command())).toMatchObject({
        code: 'OUTSOURCING_NOT_OPEN',
        kind: 'rule',
      });
    }
  });

  it.each(enders)('requires a reason for %s', (_type, command) => {
    expect(refusal([tenderLaunched], command('2016-06-30', ' '))).toMatchObject({
      code: 'REASON_REQUIRED',
      kind: 'invalid',
      field: 'reason',
    });
  });

  it.each([
    ['DeclareNotGranted', declare, 'declaredOn'],
    ['CancelOutsourcing', cancel, 'cancelledOn'],
    ['CloseOutsourcing', close, 'closedOn'],
  ] as const)('dates %s on or after the launch', (type, command, field) => {
    const given = type === 'CloseOutsourcing' ? [tenderLaunched, lot1] : [tenderLaunched];
    expect(spec(given).when(command('2016-03-01')).events()).toHaveLength(1);
    expect(refusal(given, command('2016-02-29'))).toMatchObject({ code: 'DATE_BEFORE_LAUNCH', kind: 'rule', field });
    expect(refusal(given, command('2016-02-30'))).toMatchObject({ code: 'DATE_INVALID', kind: 'invalid', field });
  });
});
