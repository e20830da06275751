import { Binary } from 'mongodb';
import { openPerson, sealPerson } from './person-sealing.js';
import {
  bufferOf,
  byRefs,
  keyDocument,
  pendingBefore,
  pendingUpsert,
  sealedDocument,
  sealedPartOf,
  VAULT_INDEXES,
  vaultDatabases,
} from './vault-documents.js';

const person = { name: 'Xavéria Geheimnaam', email: 'x@private.test', birthDate: '1977-07-17' };

describe('MongoDB vault documents', () => {
  it('puts ciphertexts and keys in two databases named after the read models’ one', () => {
    expect(vaultDatabases('daeb')).toEqual({ data: 'daeb-personal-data', keys: 'daeb-personal-keys' });
  });

  it('keeps the key out of the sealed document and the personal data out of both', () => {
    const sealed = sealPerson('r-1', person);
    const doc = sealedDocument('r-1', 'p-1', sealed);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'ciphertext', 'iv', 'participantId', 'tag']);
    expect(JSON.stringify(doc)).not.toContain('Geheimnaam');
    expect(keyDocument('r-1', sealed.key)).toEqual({ _id: 'r-1', key: sealed.key });
  });

  it('opens a sealed document read back as BSON Binary, and only under its own reference', () => {
    const sealed = sealPerson('r-1', person);
    const stored = { ...sealedDocument('r-1', 'p-1', sealed), iv: new Binary(sealed.iv), ciphertext: new Binary(sealed.ciphertext) };
    expect(openPerson('r-1', bufferOf(new Binary(sealed.key)), sealedPartOf(stored))).toEqual(person);
    expect(() => openPerson('r-2', sealed.key, sealedPartOf(stored))).toThrow();
  });

  it('queries by references, pending seals by age, and indexes what the removal and the sweep look up', () => {
    expect(byRefs(['a', 'b'])).toEqual({ _id: { $in: ['a', 'b'] } });
    expect(pendingUpsert(0)).toEqual({ $set: { sealedAt: new Date(0) } });
    expect(pendingBefore(1_000)).toEqual({ sealedAt: { $lt: new Date(1_000) } });
    expect(VAULT_INDEXES.map((i) => [i.collection, i.key])).toEqual([
      ['sealed_persons', { participantId: 1 }],
      ['pending_seals', { sealedAt: 1 }],
    ]);
  });
});
