import Database from 'better-sqlite3';
import { createDecipheriv } from 'node:crypto';
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
    // Besides the ciphertexts only the seals still awaiting their event (references and times, no keys).
    expect(tables.map((t) => t.name).sort()).toEqual(['pending_seals', 'sealed_persons']);
    const stored = data.prepare('SELECT ciphertext FROM sealed_persons WHERE ref = ?').get('r-3') as { ciphertext: Buffer };
    expect(stored.ciphertext.toString('utf8')).not.toContain('Geheimnaam');
    data.close();
    const keys = new Database(join(dataDir, 'personal-keys.db'), { readonly: true });
    expect(keys.prepare('SELECT COUNT(*) AS n FROM person_keys').get()).toEqual({ n: 2 });
    keys.close();
  });

  it('seals concurrent registrations in one commit, refusing only the batch that fails', async () => {
    const observer = new Database(join(dataDir, 'personal-data.db'), { readonly: true });
    const committed = () => observer.prepare("SELECT ref FROM sealed_persons WHERE ref LIKE 'g-%' ORDER BY ref").pluck().all();
    const pending = [
      vault.sealOnce([{ ref: 'g-1', participantId: 'p-g1', data: person }]),
      // The same reference twice in one batch breaks its primary key: that batch alone is undone.
      vault.sealOnce([
        { ref: 'g-2', participantId: 'p-g2', data: person },
        { ref: 'g-2', participantId: 'p-g2', data: person },
      ]),
      vault.sealOnce([{ ref: 'g-3', participantId: 'p-g3', data: person }]),
    ];
    expect(committed()).toEqual([]);
    const outcomes = await Promise.allSettled(pending);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['g-1', 'g-3']);
    expect(await pending[0]).toEqual(['g-1']);
    expect(await vault.sealOnce([{ ref: 'g-1', participantId: 'p-g1', data: person }])).toEqual([]);
    observer.close();
  });

  describe('with a master key (PERSONAL_DATA_KEY)', () => {
    const MASTER = 'master-key-of-the-agency-at-least-32-characters';
    const wrappedDir = mkdtempSync(join(tmpdir(), 'daeb-vault-wrapped-'));
    const open = (personalDataKey?: string) => new PersonalDataVault({ dataDir: wrappedDir, personalDataKey } as AppConfig);

    it('stores no person key bare: the data folder alone decrypts nothing', () => {
      const wrapped = open(MASTER);
      wrapped.seal([{ ref: 'w-1', participantId: 'p-w', data: person }]);
      expect(wrapped.open('w-1')).toEqual(person);
      wrapped.onApplicationShutdown();
      const keys = new Database(join(wrappedDir, 'personal-keys.db'), { readonly: true });
      const { key } = keys.prepare('SELECT key FROM person_keys WHERE ref = ?').get('w-1') as { key: Buffer };
      keys.close();
      expect(key.length).toBeGreaterThan(32);
      // The stored bytes used as the person's key do not open the ciphertext.
      const data = new Database(join(wrappedDir, 'personal-data.db'), { readonly: true });
      const row = data.prepare('SELECT iv, tag, ciphertext FROM sealed_persons WHERE ref = ?').get('w-1') as Record<string, Buffer>;
      data.close();
      const decipher = createDecipheriv('aes-256-gcm', key.subarray(0, 32), row.iv);
      decipher.setAAD(Buffer.from('w-1'));
      decipher.setAuthTag(row.tag);
      expect(() => Buffer.concat([decipher.update(row.ciphertext), decipher.final()])).toThrow();
    });

    it('refuses to open without the master key or with another one, rather than answer "erased"', () => {
      const without = open();
      expect(() => without.open('w-1')).toThrow(/PERSONAL_DATA_KEY/);
      without.onApplicationShutdown();
      const other = open('another-master-key-of-at-least-32-characters');
      expect(() => other.open('w-1')).toThrow(/another PERSONAL_DATA_KEY/);
      other.onApplicationShutdown();
    });

    it('still reads keys stored bare before the master key was set', () => {
      const bare = open();
      bare.seal([{ ref: 'b-1', participantId: 'p-b', data: person }]);
      bare.onApplicationShutdown();
      const wrapped = open(MASTER);
      expect(wrapped.open('b-1')).toEqual(person);
      wrapped.onApplicationShutdown();
    });
  });
});
