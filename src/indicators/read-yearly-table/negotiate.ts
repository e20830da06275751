import { HttpProblem } from '../../shared/http/problem.js';

export type TableFormat = 'json' | 'csv' | 'html';

const FORMATS: readonly { readonly type: string; readonly format: TableFormat }[] = [
  { type: 'application/json', format: 'json' },
  { type: 'text/csv', format: 'csv' },
  { type: 'text/html', format: 'html' },
];

/**
 * Picks the representation the Accept header prefers (highest q, then the order it lists them);
 * JSON when there is no header or any type is accepted. 406 when nothing offered is acceptable.
 */
export function negotiateTableFormat(accept: string | undefined): TableFormat {
  if (!accept || !accept.trim()) return 'json';
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type, ...params] = part
        .trim()
        .toLowerCase()
        .split(';')
        .map((s) => s.trim());
      const q = params.find((p) => p.startsWith('q='));
      return { type, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    if (range.type === '*/*' || range.type === 'application/*') return 'json';
    if (range.type === 'text/*') return 'html';
    const offered = FORMATS.find((f) => f.type === range.type);
    if (offered) return offered.format;
  }
  throw new HttpProblem(406, 'NOT_ACCEPTABLE', `the table is offered as ${FORMATS.map((f) => f.type).join(', ')}`);
}
