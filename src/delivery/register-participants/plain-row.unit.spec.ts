import { parseParticipantCsv, participantSchema } from './participant-rows.js';
import { splitPlainCsv } from './plain-csv.js';
import { plainRow } from './plain-row.js';
import { parse } from 'csv-parse/sync';

const row = {
  trainingDate: '2016-10-03',
  companyEnterpriseNumber: '0406.798.006',
  role: 'employee',
  targetGroups: ['starters', 'PMAH'],
  personal: { name: 'Anaïs Van den Broeck', email: 'anais.vdb@mail.test', birthDate: '1975-05-01' },
};
const person = (personal: Record<string, unknown>) => ({ ...row, personal: { ...row.personal, ...personal } });

/** Rows joi turns down or converts: the plain path must hand each of them to joi, or answer what joi answers. */
const doubtful: unknown[] = [
  row,
  { ...row, targetGroups: undefined },
  { ...row, companyEnterpriseNumber: 'BE0406798006' },
  { ...row, companyEnterpriseNumber: '0406.798.007' },
  { ...row, trainingDate: '2016-02-30' },
  { ...row, trainingDate: '2016-10-03T10:00:00+02:00' },
  { ...row, trainingDate: ' 2016-10-03' },
  { ...row, role: 'boss' },
  { ...row, targetGroups: ['a', 'a'] },
  { ...row, targetGroups: [' a'] },
  { ...row, targetGroups: ['a\u0007'] },
  { ...row, targetGroups: Array.from({ length: 11 }, (_, i) => `g${i}`) },
  { ...row, extra: 1 },
  person({ name: ' An' }),
  person({ name: 'A\u202Eb' }),
  person({ name: '\u200B' }),
  person({ email: 'not-an-email' }),
  person({ email: 'a..b@mail.test' }),
  person({ email: 'a@-mail.test' }),
  person({ email: 'a@mail.1' }),
  person({ email: 'ANAIS@Mail.Test' }),
  person({ email: `${'a'.repeat(65)}@mail.test` }),
  person({ birthDate: undefined }),
  { ...row, personal: { ...row.personal, extra: 'x' } },
  { ...row, personal: null },
  'text',
];

describe('the plain path of the participant import', () => {
  it.each(doubtful.map((raw, i) => [i, raw]))('answers row %i as joi does, or leaves it to joi', (_, raw) => {
    const plain = plainRow(raw);
    const joi = participantSchema.validate(raw, { abortEarly: false, convert: true });
    if (plain !== null) expect({ error: joi.error, value: plain }).toEqual({ error: undefined, value: joi.value });
  });

  it('takes the common row itself', () => {
    expect(plainRow(row)).not.toBeNull();
  });

  it('splits a CSV as csv-parse reads it, or leaves it to csv-parse', () => {
    const options = { delimiter: ';', skip_empty_lines: true, relax_column_count: true, trim: true };
    const plainCsvs = ['a;b\r\n 1 ; 2\t\r\n\r\n3', 'a;b\n1;;\n'];
    for (const csv of plainCsvs) expect(splitPlainCsv(csv, ';')).toEqual(parse(csv, options));
    for (const csv of ['a;"b;c"\n1;2', 'a;b\r\n1\n2', 'a;b\n   \n1;2', 'a;b\n\u00a01;2']) expect(splitPlainCsv(csv, ';')).toBeNull();
    expect(
      parseParticipantCsv(
        `trainingDate;companyEnterpriseNumber;role;targetGroups;name;email;birthDate\n2016-10-03;0406.798.006;employee;;An;an@mail.test;1975-05-01`,
      ),
    ).toHaveLength(1);
  });
});
