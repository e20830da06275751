import { randomUUID } from 'node:crypto';
import type { PersonalDataVaultPort } from '../../src/delivery/personal-data/personal-data-vault.port.js';

/** A fresh vault and how to let go of it, or the variable that enables the suite where it cannot run here. */
export type VaultTarget =
  { readonly open: () => Promise<{ vault: PersonalDataVaultPort; close: () => Promise<void> }> } | { readonly skipUnless: string };

const person = { name: 'Xavéria Geheimnaam', email: 'x@private.test', birthDate: '1977-07-17' };
type Case = readonly [title: string, run: (vault: PersonalDataVaultPort, id: (name: string) => string) => Promise<void>];

const CASES: readonly Case[] = [
  [
    'opens what it sealed, and nothing once the person is erased',
    async (vault, id) => {
      await vault.seal([
        { ref: id('r1'), participantId: id('p1'), data: person },
        { ref: id('r2'), participantId: id('p2'), data: { ...person, name: 'Other' } },
      ]);
      expect(await vault.open(id('r1'))).toEqual(person);
      await vault.erase([id('r1')]);
      expect(await vault.open(id('r1'))).toBeNull();
      expect((await vault.open(id('r2')))?.name).toBe('Other');
      expect(await vault.open(id('never'))).toBeNull();
    },
  ],
  [
    "knows a participant's references and whether their data can still be read",
    async (vault, id) => {
      await vault.seal([
        { ref: id('a'), participantId: id('p'), data: person },
        { ref: id('b'), participantId: id('p'), data: person },
      ]);
      expect((await vault.refsOf(id('p'))).sort()).toEqual([id('a'), id('b')].sort());
      expect(await vault.holdsPersonalData(id('p'))).toBe(true);
      await vault.eraseParticipant(id('p'));
      expect(await vault.holdsPersonalData(id('p'))).toBe(false);
      expect(await vault.refsOf(id('p'))).toEqual([]);
    },
  ],
  [
    'seals once: a retry keeps the first seal, a batch with a duplicate reference seals nothing',
    async (vault, id) => {
      expect(await vault.sealOnce([{ ref: id('s1'), participantId: id('p1'), data: person }])).toEqual([id('s1')]);
      expect(await vault.sealOnce([{ ref: id('s1'), participantId: id('p1'), data: { ...person, name: 'Retry' } }])).toEqual([]);
      expect((await vault.open(id('s1')))?.name).toBe(person.name);
      const twice = { ref: id('s2'), participantId: id('p2'), data: person };
      await expect(vault.sealOnce([twice, twice])).rejects.toThrow();
      expect(await vault.open(id('s2'))).toBeNull();
    },
  ],
  [
    'seals a large batch once: a retry with one person more seals only that one, the others keep their first seal',
    async (vault, id) => {
      // Large enough for the SQLite vault to encrypt it a slice per turn before its commit.
      const batch = Array.from({ length: 2_500 }, (_, n) => ({ ref: id(`l${n}`), participantId: id(`lp${n}`), data: person }));
      expect((await vault.sealOnce(batch)).sort()).toEqual(batch.map((p) => p.ref).sort());
      const retried = [...batch.map((p) => ({ ...p, data: { ...person, name: 'Retry' } })), { ...batch[0], ref: id('extra') }];
      expect(await vault.sealOnce(retried)).toEqual([id('extra')]);
      expect(await vault.open(id('l0'))).toEqual(person);
      expect(await vault.open(id('l2499'))).toEqual(person);
      expect(await vault.open(id('extra'))).toEqual(person);
    },
  ],
  [
    'keeps a new seal pending until it is confirmed, with its participant',
    async (vault, id) => {
      await vault.sealOnce([{ ref: id('q1'), participantId: id('p1'), data: person }]);
      const later = Date.now() + 60_000;
      expect((await vault.pendingSince(later)).filter((p) => p.ref === id('q1'))).toEqual([{ ref: id('q1'), participantId: id('p1') }]);
      expect((await vault.pendingSince(0)).filter((p) => p.ref === id('q1'))).toEqual([]);
      await vault.confirm([id('q1')]);
      // Confirming is not awaited by the handler: give a fire-and-forget confirmation its moment.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await vault.pendingSince(later)).filter((p) => p.ref === id('q1'))).toEqual([]);
    },
  ],
];

/** Every vault adapter must pass this suite unchanged; a target that cannot run here lists each case as skipped. */
export function personalDataVaultContract(adapter: string, target: VaultTarget): void {
  describe(`personal data vault contract: ${adapter}`, () => {
    if ('skipUnless' in target) {
      for (const [title] of CASES) it.skip(`${title} (skipped: set ${target.skipUnless} to run it)`, () => undefined);
      return;
    }
    for (const [title, run] of CASES) {
      it(title, async () => {
        const { vault, close } = await target.open();
        const run8 = randomUUID().slice(0, 8);
        try {
          await run(vault, (name) => `${name}-${run8}`);
        } finally {
          await close();
        }
      });
    }
  });
}
