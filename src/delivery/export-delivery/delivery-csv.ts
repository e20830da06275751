import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { yearOf } from '../../shared/domain/calendar.js';

/**
 * The data warehouse's delivery file: one row per module, session, participant (pseudonymised: its id,
 * never a name) and module-level score count. `record` says which kind a row is.
 */
export const EXPORT_COLUMNS = [
  'record',
  'year',
  'awardId',
  'enterpriseNumber',
  'moduleId',
  'id',
  'date',
  'title',
  'subject',
  'place',
  'hours',
  'participantRole',
  'companyEnterpriseNumber',
  'targetGroups',
  'score',
  'responses',
] as const;

type Row = Partial<Record<(typeof EXPORT_COLUMNS)[number], string | number | null>>;

export const csvLine = (row: Row) => `${EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(';')}\r\n`;

/** Quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula. */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function touchesYear(module: ModuleDocument, year: number): boolean {
  const key = String(year);
  return (
    yearOf(module.plannedStart) === year ||
    module.sessions.some((s) => yearOf(s.date) === year) ||
    (module.participantsByYear[key] ?? 0) > 0 ||
    module.evaluationsByYear[key] !== undefined
  );
}

export function* moduleRows(module: ModuleDocument, year: number): Generator<string> {
  const { awardId, enterpriseNumber, moduleId } = module;
  const base = { year, awardId, enterpriseNumber, moduleId };
  yield csvLine({
    ...base,
    record: 'module',
    id: moduleId,
    date: module.plannedStart,
    title: module.title,
    subject: module.subject,
    hours: module.hours,
  });
  for (const s of module.sessions.filter((session) => yearOf(session.date) === year)) {
    yield csvLine({ ...base, record: 'session', id: s.sessionId, date: s.date, place: s.place, hours: s.hours });
  }
  const distribution = module.moduleDistributionsByYear[String(year)] ?? [];
  for (const [score, responses] of distribution.entries()) {
    if (responses > 0) yield csvLine({ ...base, record: 'evaluation', score, responses });
  }
}

export const participantRow = (p: ParticipantDocument) =>
  csvLine({
    record: 'participant',
    year: p.trainingYear,
    awardId: p.awardId,
    enterpriseNumber: p.enterpriseNumber,
    moduleId: p.moduleId,
    id: p.participantId,
    date: p.trainingDate,
    participantRole: p.role,
    companyEnterpriseNumber: p.companyEnterpriseNumber,
    targetGroups: p.targetGroups.join('|'),
    score: p.evaluation?.score ?? null,
    responses: p.evaluation ? 1 : null,
  });
