import Joi from 'joi';

/** Which adapter holds each store: the embedded SQLite files under DATA_DIR, or the production servers. */
export interface StoreSelection {
  readonly eventStore: { readonly kind: 'sqlite' } | { readonly kind: 'eventstoredb'; readonly url: string };
  readonly readStore: { readonly kind: 'sqlite' } | { readonly kind: 'mongodb'; readonly url: string };
}

export interface StoreEnv {
  readonly EVENT_STORE: 'sqlite' | 'eventstoredb';
  readonly EVENTSTORE_URL?: string;
  readonly READ_STORE: 'sqlite' | 'mongodb';
  readonly MONGODB_URL?: string;
}

/** A URL only where its store is selected: one left over from another set-up would suggest a store that is not in use. */
const urlFor = (name: string, selector: string, kind: string, scheme: RegExp, example: string) =>
  Joi.string()
    .pattern(scheme)
    .when(selector, { is: kind, then: Joi.required(), otherwise: Joi.forbidden() })
    .messages({
      'any.required': `${name} is required when ${selector}=${kind} (e.g. ${example})`,
      'any.unknown': `${name} is only read when ${selector}=${kind}; set ${selector}=${kind} or remove it`,
      'string.pattern.base': `${name} must be a connection string like ${example}`,
    });

export const storeSchema = {
  EVENT_STORE: Joi.string().valid('sqlite', 'eventstoredb').default('sqlite'),
  EVENTSTORE_URL: urlFor(
    'EVENTSTORE_URL',
    'EVENT_STORE',
    'eventstoredb',
    /^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\/\S+$/,
    'esdb://eventstore:2113?tls=false',
  ),
  READ_STORE: Joi.string().valid('sqlite', 'mongodb').default('sqlite'),
  MONGODB_URL: urlFor('MONGODB_URL', 'READ_STORE', 'mongodb', /^mongodb(\+srv)?:\/\/\S+$/, 'mongodb://mongodb:27017/daeb?replicaSet=rs0'),
};

export function storeSettings(env: StoreEnv): { stores: StoreSelection } {
  return {
    stores: {
      eventStore: env.EVENT_STORE === 'eventstoredb' ? { kind: 'eventstoredb', url: env.EVENTSTORE_URL ?? '' } : { kind: 'sqlite' },
      readStore: env.READ_STORE === 'mongodb' ? { kind: 'mongodb', url: env.MONGODB_URL ?? '' } : { kind: 'sqlite' },
    },
  };
}
