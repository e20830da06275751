import type { LaunchDefaults, TemplateEvent } from '../src/templates/domain/events.js';
import { defineProjection, onExisting, type StoredOf } from './projection.js';

export interface TemplateVersionDocument {
  readonly version: number;
  readonly name: string;
  readonly defaults: LaunchDefaults;
  readonly recordedAt: string;
}

/** A template with its current version and every earlier one, so an adviser sees what a call took. */
export interface TemplateDocument {
  readonly templateId: string;
  readonly product: 'tender' | 'incentive' | 'open-offer';
  readonly name: string;
  readonly version: number;
  readonly defaults: LaunchDefaults;
  readonly versions: readonly TemplateVersionDocument[];
  readonly updatedAt: string;
}

export const templatesProjection = defineProjection<TemplateDocument, TemplateEvent>({
  name: 'templates',
  version: 1,
  documentIds: (event) => [event.data.templateId],
  on: {
    TemplateCreated: (_, { data: { templateId, product, name, defaults, version }, recordedAt }) => ({
      templateId,
      product,
      name,
      version,
      defaults,
      versions: [{ version, name, defaults, recordedAt }],
      updatedAt: recordedAt,
    }),
    TemplateRevised: onExisting<TemplateDocument, StoredOf<TemplateEvent, 'TemplateRevised'>>(
      (document, { data: { name, defaults, version }, recordedAt }) => ({
        ...document,
        name,
        defaults,
        version,
        versions: [...document.versions, { version, name, defaults, recordedAt }],
        updatedAt: recordedAt,
      }),
    ),
  },
});
