import { parseEnterpriseNumber } from './enterprise-number.js';

describe('enterprise number', () => {
  it.each(['0123456749', '0123.456.749', 'BE 0123 456 749', '123456749'])('normalises %s', (raw) => {
    expect(parseEnterpriseNumber(raw)).toBe('0123.456.749');
  });

  it('refuses a number whose check digits do not match', () => {
    expect(() => parseEnterpriseNumber('0123.456.748')).toThrow(expect.objectContaining({ code: 'ENTERPRISE_NUMBER_CHECKSUM' }));
  });

  it.each(['', '12345', '2123456749', 'abcdefghij', '0123.\u2028456.749', '0123\t456749'])('refuses the malformed %p', (raw) => {
    expect(() => parseEnterpriseNumber(raw)).toThrow(
      expect.objectContaining({ code: 'ENTERPRISE_NUMBER_FORMAT', field: 'enterpriseNumber' }),
    );
  });

  it.each(['0000.000.097', '0000000097', '1000.000.021'])('refuses %s, whose body is all zeros though its check digits add up', (raw) => {
    expect(() => parseEnterpriseNumber(raw)).toThrow(
      expect.objectContaining({ code: 'ENTERPRISE_NUMBER_EMPTY', field: 'enterpriseNumber' }),
    );
  });
});
