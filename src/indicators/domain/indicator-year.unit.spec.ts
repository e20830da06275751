import { specFor } from '../../../test/support/given-when-then.js';
import type { IndicatorYearClosed } from './events.js';
import { indicatorYearDecider } from './indicator-year.js';

const spec = specFor(indicatorYearDecider);
const figures = { DP24: { value: 21, unit: 'count' as const } };
const close = (closedOn: string) => ({ type: 'CloseIndicatorYear' as const, data: { year: 2016, closedOn, figures } });
const closed: IndicatorYearClosed = { type: 'IndicatorYearClosed', data: { year: 2016, closedOn: '2017-05-10', figures } };

describe('indicator year decider', () => {
  it('closes a year that has ended', () => {
    spec([]).when(close('2017-05-10')).then([closed]);
    spec([])
      .when(close('2017-01-01'))
      .then([{ type: 'IndicatorYearClosed', data: { year: 2016, closedOn: '2017-01-01', figures } }]);
  });

  it('does not close a year that is still running or still to come', () => {
    spec([]).when(close('2016-12-31')).thenThrows('YEAR_NOT_ENDED');
    spec([]).when(close('2015-06-01')).thenThrows('YEAR_NOT_ENDED');
  });

  it('closes a year once', () => {
    spec([closed]).when(close('2017-06-01')).thenThrows('YEAR_ALREADY_CLOSED');
  });
});
