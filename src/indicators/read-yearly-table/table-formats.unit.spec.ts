import { formatValue } from './table-html.js';
import { negotiateTableFormat } from './negotiate.js';

describe('table representations', () => {
  it('formats figures as a Flemish reader expects', () => {
    expect(formatValue(1_446_348_34, 'EUR-cents')).toBe('1.446.348,34 €');
    expect(formatValue(0.823, 'ratio')).toBe('82,3 %');
    expect(formatValue(11_000, 'count')).toBe('11.000');
    expect(formatValue(null, 'count')).toBe('–');
  });

  it('negotiates JSON by default, CSV and HTML on request, by quality', () => {
    expect(negotiateTableFormat(undefined)).toBe('json');
    expect(negotiateTableFormat('*/*')).toBe('json');
    expect(negotiateTableFormat('text/csv')).toBe('csv');
    expect(negotiateTableFormat('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('html');
    expect(negotiateTableFormat('application/json;q=0.5, text/csv')).toBe('csv');
    expect(() => negotiateTableFormat('application/pdf')).toThrow(expect.objectContaining({ status: 406 }));
    expect(() => negotiateTableFormat('text/csv;q=0')).toThrow(expect.objectContaining({ status: 406 }));
  });
});
