import { isValidDay, ISO_DAY } from '../../shared/domain/calendar.js';
import { parseEnterpriseNumber } from '../../shared/domain/enterprise-number.js';
import { CONTROL, CONTROL_IN_TEXT, INVISIBLE } from '../../shared/http/joi-types.js';
import type { ParticipantRow } from './participant-row.js';

/**
 * An address joi's e-mail check surely accepts: ASCII atoms, a dotted domain of at least two labels,
 * a last label of letters. Anything else goes to joi itself, which decides and words the error.
 */
const PLAIN_EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const ROW_KEYS = new Set(['trainingDate', 'companyEnterpriseNumber', 'role', 'targetGroups', 'personal']);
const PERSONAL_KEYS = ['name', 'email', 'birthDate'];

const isPlainDay = (value: unknown): value is string => typeof value === 'string' && ISO_DAY.test(value) && isValidDay(value);
const isTrimmed = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && value === value.trim();

/**
 * The row as `participantSchema` would answer it, when the row is plainly valid and needs no
 * conversion but an enterprise number's spelling; null when in any doubt, and joi judges the row.
 * A spreadsheet of 100 000 rows is almost all plain rows: joi costs about 90 µs a row, this 3.
 */
export function plainRow(raw: unknown): ParticipantRow | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const row = raw as Record<string, unknown>;
  for (const key in row) if (!ROW_KEYS.has(key)) return null;
  const { trainingDate, companyEnterpriseNumber, role, targetGroups = [], personal } = row;
  if (!isPlainDay(trainingDate) || (role !== 'entrepreneur' && role !== 'employee')) return null;
  if (typeof companyEnterpriseNumber !== 'string' || companyEnterpriseNumber.length > 20) return null;
  if (!Array.isArray(targetGroups) || targetGroups.length > 10 || new Set(targetGroups).size !== targetGroups.length) return null;
  if (!targetGroups.every((group) => isTrimmed(group, 100) && !CONTROL_IN_TEXT.test(group))) return null;
  if (typeof personal !== 'object' || personal === null || Array.isArray(personal)) return null;
  const person = personal as Record<string, unknown>;
  if (Object.keys(person).length !== PERSONAL_KEYS.length || !PERSONAL_KEYS.every((key) => key in person)) return null;
  const { name, email, birthDate } = person;
  if (!isTrimmed(name, 200) || CONTROL.test(name) || name.replace(INVISIBLE, '') === '') return null;
  if (!isTrimmed(email, 254) || !PLAIN_EMAIL.test(email) || email.indexOf('@') > 64) return null;
  if (!isPlainDay(birthDate)) return null;
  let enterpriseNumber: string;
  try {
    enterpriseNumber = parseEnterpriseNumber(companyEnterpriseNumber);
  } catch {
    return null;
  }
  return { trainingDate, companyEnterpriseNumber: enterpriseNumber, role, targetGroups, personal: { name, email, birthDate } };
}
