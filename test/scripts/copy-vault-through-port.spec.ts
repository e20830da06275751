import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config/config.js';
import { PersonalDataVault } from '../../src/delivery/personal-data/personal-data.vault.js';
import { copyVaultThroughPort } from '../../scripts/migrate-stores/copy-vault-through-port.js';

const MASTER = 'master-key-of-the-agency-at-least-32-characters';
const person = (name: string) => ({ name, email: `${name.toLowerCase()}@private.test`, birthDate: '1980-01-01' });

describe('migrate:stores copies the vault through the port', () => {
  it('copies every readable person, keeps pending seals pending, copies no erased one, and can run again', async () => {
    const sourceDir = mkdtempSync(join(tmpdir(), 'daeb-vault-from-'));
    const source = new PersonalDataVault({ dataDir: sourceDir, personalDataKey: MASTER } as AppConfig);
    const target = new PersonalDataVault({ dataDir: mkdtempSync(join(tmpdir(), 'daeb-vault-to-')), personalDataKey: MASTER } as AppConfig);
    try {
      await source.sealOnce([
        { ref: 'r-1', participantId: 'p-1', data: person('Anna') },
        { ref: 'r-2', participantId: 'p-2', data: person('Bert') },
        { ref: 'r-3', participantId: 'p-3', data: person('Carla') },
      ]);
      source.confirm(['r-1', 'r-3']);
      source.erase(['r-3']);
      await source.sealOnce([]);

      expect(await copyVaultThroughPort(sourceDir, source, target)).toEqual({ copied: 2, erased: 0 });
      expect(target.open('r-1')).toEqual(person('Anna'));
      expect(target.open('r-2')).toEqual(person('Bert'));
      expect(target.open('r-3')).toBeNull();
      await target.sealOnce([]);
      expect(target.pendingSince(Date.now() + 60_000).map((p) => p.ref)).toEqual(['r-2']);

      expect(await copyVaultThroughPort(sourceDir, source, target)).toEqual({ copied: 2, erased: 0 });
      expect(target.refsOf('p-1')).toEqual(['r-1']);
    } finally {
      source.onApplicationShutdown();
      target.onApplicationShutdown();
    }
  });
});
