import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnchorFile } from './anchor-file.js';
import { auditKey } from './chain-mac.js';

const key = auditKey('anchor-audit-key-that-is-at-least-32-bytes');
const first = { position: 1000, mac: 'a'.repeat(64), at: '2016-06-15T10:00:00.000Z', reason: 'count' as const };
const second = { position: 1500, mac: 'b'.repeat(64), at: '2016-06-15T10:10:00.000Z', reason: 'interval' as const };

describe('the anchor file (real files)', () => {
  const fresh = () => new AnchorFile(join(mkdtempSync(join(tmpdir(), 'daeb-anchors-')), 'anchors'), key);

  it('appends signed lines and reads them back', () => {
    const file = fresh();
    expect(file.read()).toEqual({ anchors: [], faults: [] });
    file.append(first);
    const size = statSync(file.path).size;
    file.append(second);
    expect(statSync(file.path).size).toBeGreaterThan(size);
    expect(file.read()).toEqual({ anchors: [first, second], faults: [] });
  });

  it('names a line altered or signed with another key', () => {
    const file = fresh();
    file.append(first);
    file.append(second);
    writeFileSync(file.path, readFileSync(file.path, 'utf8').replace('"position":1500', '"position":1400'));
    new AnchorFile(join(file.path, '..'), auditKey('a-guessed-key-that-is-at-least-32-bytes')).append(first);
    const { anchors, faults } = file.read();
    expect(anchors).toEqual([first]);
    expect(faults).toEqual([
      { line: 2, position: 1400, detail: 'anchor line 2 is not signed with AUDIT_KEY' },
      { line: 3, position: 1000, detail: 'anchor line 3 is not signed with AUDIT_KEY' },
    ]);
  });

  it('ignores a last line cut short by a crash, and names a garbled complete one', () => {
    const file = fresh();
    file.append(first);
    appendFileSync(file.path, '{"position":2000,"mac":"c');
    expect(file.read()).toEqual({ anchors: [first], faults: [] });
    appendFileSync(file.path, '\n');
    expect(file.read().faults).toEqual([{ line: 2, position: null, detail: 'anchor line 2 is not a readable anchor' }]);
  });
});
