import { halfYearOf, isValidDay, nextHalfYear, parseDayOrTimestamp, toBrusselsDay, yearOf } from './calendar.js';

describe('Brussels calendar', () => {
  it('counts a timestamp on its Brussels date', () => {
    expect(toBrusselsDay('2016-12-31T23:30:00Z')).toBe('2017-01-01');
    expect(yearOf('2016-12-31T23:30:00Z')).toBe(2017);
    expect(toBrusselsDay('2016-07-01T21:59:00Z')).toBe('2016-07-01');
    expect(toBrusselsDay('2016-07-01T22:00:00Z')).toBe('2016-07-02');
  });

  it('keeps a plain day as it is', () => {
    expect(yearOf('2016-12-31')).toBe(2016);
  });

  it('refuses impossible days', () => {
    expect(isValidDay('2016-02-30')).toBe(false);
    expect(isValidDay('2016-02-29')).toBe(true);
    expect(isValidDay('2016-2-1')).toBe(false);
  });

  it('reads a day or a timestamp with its offset, keeping the timestamp as sent', () => {
    expect(parseDayOrTimestamp('2016-12-31')).toEqual({ day: '2016-12-31', at: null });
    expect(parseDayOrTimestamp('2016-12-31T23:30:00Z')).toEqual({ day: '2017-01-01', at: '2016-12-31T23:30:00Z' });
    expect(parseDayOrTimestamp('2017-01-01T00:30:00+01:00')).toEqual({ day: '2017-01-01', at: '2017-01-01T00:30:00+01:00' });
    expect(parseDayOrTimestamp('2016-12-31T23:30:00')).toBeNull();
    expect(parseDayOrTimestamp('2016-02-30T10:00:00Z')).toBeNull();
    expect(parseDayOrTimestamp('yesterday')).toBeNull();
  });

  it('names half-years as open-offer rounds', () => {
    expect(halfYearOf('2016-06-30')).toBe('2016-H1');
    expect(halfYearOf('2016-07-01')).toBe('2016-H2');
    expect(nextHalfYear('2016-H1')).toBe('2016-H2');
    expect(nextHalfYear('2016-H2')).toBe('2017-H1');
  });
});
