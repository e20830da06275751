import Joi from 'joi';
import { parseDayOrTimestamp } from '../domain/calendar.js';
import { parseEnterpriseNumber } from '../domain/enterprise-number.js';

/** An enterprise number in any usual spelling, normalised to 0123.456.749. */
export const enterpriseNumber = () =>
  Joi.string()
    .max(20)
    .custom((value: string, helpers) => {
      try {
        return parseEnterpriseNumber(value);
      } catch (error) {
        return helpers.message({ custom: `${helpers.state.path?.join('.')} ${(error as Error).message.replace(/^\S+ /, '')}` });
      }
    }, 'Belgian enterprise number');

const dayMessage = 'must be a date YYYY-MM-DD or a timestamp with its offset, like 2016-12-31T23:30:00Z';

/** A calendar day `YYYY-MM-DD` (Europe/Brussels); a timestamp with an offset is taken to its Brussels day. */
export const day = () =>
  Joi.string().custom(
    (value: string, helpers) =>
      parseDayOrTimestamp(value)?.day ?? helpers.message({ custom: `${helpers.state.path?.join('.')} ${dayMessage}` }),
    'calendar day',
  );

/**
 * The same, validated to `{ day, at }` (a DatedFact): the Brussels day, and the timestamp as sent (null
 * for a plain day), for events that keep the original instant beside the day they count on.
 */
export const dayOrTimestamp = () =>
  Joi.string().custom(
    (value: string, helpers) => parseDayOrTimestamp(value) ?? helpers.message({ custom: `${helpers.state.path?.join('.')} ${dayMessage}` }),
    'calendar day or timestamp',
  );

/** Money is integer euro cents, never floats. */
export const cents = () =>
  Joi.number().integer().strict().min(1).max(Number.MAX_SAFE_INTEGER).messages({
    'number.base': '{#label} must be an integer number of euro cents',
    'number.integer': '{#label} must be an integer number of euro cents',
  });

/** Control characters, line and paragraph separators, and bidirectional overrides that reorder what is shown. */
export const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** The same, but a tab or a line break: a reason or a finding may run over lines. */
export const CONTROL_IN_TEXT = /(?![\t\n\r])[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * Free text goes into the log for good and is shown to inspectors: an escape sequence, a NUL or a
 * direction override would forge or hide what they read.
 */
const trimmed = (max: number) => Joi.string().trim().min(1).max(max);

export const text = (max = 500) =>
  trimmed(max).custom(
    (value: string, helpers) =>
      CONTROL_IN_TEXT.test(value)
        ? helpers.message({ custom: `${helpers.state.path?.join('.') ?? 'text'} may not contain control characters` })
        : value,
    'text without control characters',
  );

export const reason = () => text(2000).required();

/** Joi's e-mail check lets a direction isolate or override through, which makes an address read as another. */
export const email = () =>
  Joi.string()
    .trim()
    .email({ tlds: false })
    .max(254)
    .custom(
      (value: string, helpers) =>
        CONTROL.test(value)
          ? helpers.message({ custom: `${helpers.state.path?.join('.') ?? 'email'} may not contain control characters` })
          : value,
      'e-mail address',
    );
/** Characters that show nothing: format characters, spaces, lone combining marks and the "blank" letters. */
export const INVISIBLE = /[\p{Cf}\p{Z}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/**
 * A person's or an organisation's name: shown on screens and in letters, so no control characters
 * (a line break or a direction override forges what a reader sees) and not only invisible characters.
 * Messages never repeat the value: it may be personal data.
 */
export const displayName = (max = 200) =>
  trimmed(max).custom((value: string, helpers) => {
    const field = helpers.state.path?.join('.') ?? 'name';
    if (CONTROL.test(value)) return helpers.message({ custom: `${field} may not contain control characters` });
    if (value.replace(INVISIBLE, '') === '') return helpers.message({ custom: `${field} must contain visible characters` });
    return value;
  }, 'display name');
