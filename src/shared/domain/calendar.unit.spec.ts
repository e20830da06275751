import { isValidDay, toBrusselsDay, yearOf } from './calendar.js';

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
});
