import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config/config.js';
import { PersonalDataVault } from '../../src/delivery/personal-data/personal-data.vault.js';

describe('personal data vault (SQLite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'daeb-vault-'));
  const vault = new PersonalDataVault({ dataDir } as AppConfig);
  const person = { name: 'Xavéria Geheimnaam', email: 'x@private.test', birthDate: '1977-07-17' };
  afterAll(() => vault.onApplicationShutdown());

  it('opens what it sealed, and nothing once the person is erased', () => {
    vault.seal([
      { ref: 'r-1', participantId: 'p-1', data: person },
      { ref: 'r-2', participantId: 'p-2', data: { ...person, name: 'Other' } },
    ]);
    expect(vault.open('r-1')).toEqual(person);
    vault.erase(['r-1']);
    expect(vault.open('r-1')).toBeNull();
    expect(vault.open('r-2')?.name).toBe('Other');
  });

  it('keeps only ciphertext in the data file and the keys in a file of their own', () => {
    vault.seal([{ ref: 'r-3', participantId: 'p-3', data: person }]);
    const data = new Database(join(dataDir, 'personal-data.db'), { readonly: true });
    const tables = data.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(['sealed_persons']);
    const stored = data.prepare('SELECT ciphertext FROM sealed_persons WHERE ref = ?').get('r-3') as { ciphertext: Buffer };
    expect(stored.ciphertext.toString('utf8')).not.toContain('Geheimnaam');
    data.close();
    const keys = new Database(join(dataDir, 'personal-keys.db'), { readonly: true });
    expect(keys.prepare('SELECT COUNT(*) AS n FROM person_keys').get()).toEqual({ n: 2 });
    keys.close();
  });
});
