import Joi from 'joi';
import { validate } from '../shared/http/joi-validation.pipe.js';

const yearParam = Joi.object({ year: Joi.number().integer().min(2000).max(2100).required() });

/** The `{year}` of every indicators route: a calendar year, 400 with path `year` otherwise. */
export const parseYear = (raw: string): number => validate<{ year: number }>(yearParam, { year: raw }).year;
