import { specFor } from '../../../test/support/given-when-then.js';
import { acknowledgementDecider } from './acknowledge-break.js';

const spec = specFor(acknowledgementDecider);
const altered = { position: 12, code: 'altered' };

describe('acknowledging an integrity break', () => {
  it('records the break found and the operator’s reason', () => {
    spec([])
      .when({ type: 'AcknowledgeIntegrityBreak', data: { reason: ' INC-4711: restored from backup failed ', found: altered } })
      .then([
        { type: 'IntegrityBreakAcknowledged', data: { position: 12, code: 'altered', reason: 'INC-4711: restored from backup failed' } },
      ]);
  });

  it('refuses when the log verifies', () => {
    spec([])
      .when({ type: 'AcknowledgeIntegrityBreak', data: { reason: 'just in case', found: null } })
      .thenThrows('INTEGRITY_NOT_BROKEN');
  });

  it('refuses without a reason', () => {
    spec([])
      .when({ type: 'AcknowledgeIntegrityBreak', data: { reason: '  ', found: altered } })
      .thenThrows('REASON_REQUIRED');
  });

  it('acknowledges a later break after an earlier one', () => {
    const first = { type: 'IntegrityBreakAcknowledged' as const, data: { ...altered, reason: 'INC-1' } };
    spec([first])
      .when({ type: 'AcknowledgeIntegrityBreak', data: { reason: 'INC-2', found: { position: 40, code: 'missing' } } })
      .then([{ type: 'IntegrityBreakAcknowledged', data: { position: 40, code: 'missing', reason: 'INC-2' } }]);
  });
});
