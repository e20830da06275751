import Joi from 'joi';
import { isValidDay } from '../domain/calendar.js';
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

/** A calendar day `YYYY-MM-DD` (Europe/Brussels). */
export const day = () =>
  Joi.string().custom(
    (value: string, helpers) =>
      isValidDay(value) ? value : helpers.message({ custom: `${helpers.state.path?.join('.')} must be a date YYYY-MM-DD` }),
    'calendar day',
  );

/** Money is integer euro cents, never floats. */
export const cents = () =>
  Joi.number().integer().strict().min(1).max(Number.MAX_SAFE_INTEGER).messages({
    'number.base': '{#label} must be an integer number of euro cents',
    'number.integer': '{#label} must be an integer number of euro cents',
  });

export const reason = () => Joi.string().trim().min(1).max(2000).required();

export const text = (max = 500) => Joi.string().trim().min(1).max(max);
