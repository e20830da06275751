import Joi from 'joi';

/** Query keys every read accepts; read routes extend this schema with their own filters. */
export const readQuery = Joi.object({
  consistentWith: Joi.string().max(64),
});
