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

  it('knows a day exactly when a Date round trip does, for every day of four centuries and the edges of the format', () => {
    const byDate = (day: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
    };
    const years = [...Array.from({ length: 401 }, (_, i) => 1800 + i), 0, 4, 100, 9999];
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of years)
      for (let month = 0; month <= 13; month += 1)
        for (let date = 0; date <= 32; date += 1) {
          const day = `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
          if (isValidDay(day) !== byDate(day)) throw new Error(`${day}: ${isValidDay(day)} but a Date says ${byDate(day)}`);
        }
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
