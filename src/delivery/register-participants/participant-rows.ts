import { parse } from 'csv-parse/sync';
import Joi from 'joi';
import type { FieldError } from '../../shared/http/problem.js';
import { RequestValidationError } from '../../shared/http/problem.js';
import { day, displayName, email, enterpriseNumber, text } from '../../shared/http/joi-types.js';
import type { PersonalData } from '../personal-data/personal-data.vault.js';
import type { ParticipantRow } from './participant-row.js';
import { splitPlainCsv } from './plain-csv.js';
import { plainRow } from './plain-row.js';

export const MAX_IMPORT_ROWS = 100_000;

export const participantSchema = Joi.object<ParticipantRow>({
  trainingDate: day().required(),
  companyEnterpriseNumber: enterpriseNumber().required(),
  role: Joi.string().valid('entrepreneur', 'employee').required(),
  targetGroups: Joi.array().items(text(100)).max(10).unique().default([]),
  personal: Joi.object<PersonalData>({
    name: displayName().required(),
    email: email().required(),
    birthDate: day().required(),
  }).required(),
});

export const CSV_HEADER = ['trainingDate', 'companyEnterpriseNumber', 'role', 'targetGroups', 'name', 'email', 'birthDate'] as const;

/**
 * Every row checked, every bad one reported by its 1-based data row and field, so that a holder fixes
 * its spreadsheet in one go. Messages name the field, never echo the value: it may be personal data.
 */
export function validateRows(rows: readonly unknown[]): ParticipantRow[] {
  if (rows.length === 0) throw new RequestValidationError([{ path: '(body)', message: 'the import holds no participants' }]);
  if (rows.length > MAX_IMPORT_ROWS)
    throw new RequestValidationError([
      { path: '(body)', message: `at most ${MAX_IMPORT_ROWS} participants per import, not ${rows.length}` },
    ]);
  const errors: FieldError[] = [];
  const valid: ParticipantRow[] = [];
  rows.forEach((raw, index) => {
    const plain = plainRow(raw);
    if (plain) return valid.push(plain);
    const result = participantSchema.validate(raw, { abortEarly: false, convert: true, errors: { wrap: { label: false } } });
    if (!result.error) return valid.push(result.value);
    for (const detail of result.error.details) {
      const field = detail.path.filter((p) => typeof p === 'string').pop() ?? '(row)';
      errors.push({
        path: `[${index}].${detail.path.join('.')}`,
        row: index + 1,
        field: String(field),
        message: `${field} ${detail.type === 'any.required' ? 'is required' : 'is not valid'}`,
      });
    }
  });
  if (errors.length > 0) throw new RequestValidationError(errors);
  return valid;
}

/** CSV as Flemish spreadsheets export it: UTF-8 with or without BOM, `;` or `,`, target groups split by `|`. */
export function parseParticipantCsv(csv: string): unknown[] {
  const text = csv.replace(/^\uFEFF/, '');
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = headerLine.includes(';') ? ';' : ',';
  let records: string[][];
  try {
    records =
      splitPlainCsv(text, delimiter) ?? parse(text, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new RequestValidationError([{ path: '(body)', message: `the CSV cannot be read: ${(error as Error).message.split(':')[0]}` }]);
  }
  const [header = [], ...data] = records;
  if (header.join(';') !== CSV_HEADER.join(';')) {
    throw new RequestValidationError([{ path: '(header)', message: `the header must be ${CSV_HEADER.join(delimiter)}` }]);
  }
  return data.map((cells) => {
    const cell = (name: (typeof CSV_HEADER)[number]) => cells[CSV_HEADER.indexOf(name)] || undefined;
    return {
      trainingDate: cell('trainingDate'),
      companyEnterpriseNumber: cell('companyEnterpriseNumber'),
      role: cell('role'),
      targetGroups: (cell('targetGroups') ?? '')
        .split('|')
        .map((g) => g.trim())
        .filter(Boolean),
      personal: { name: cell('name'), email: cell('email'), birthDate: cell('birthDate') },
    };
  });
}
