import type { DomainEvent } from '../../shared/domain/decider.js';

/** Event type strings are permanent: they are the names in the log, never derived from class names. */
export const TemplateEventTypes = {
  created: 'TemplateCreated',
  revised: 'TemplateRevised',
} as const;

export const templateSchemaVersions: Record<TemplateEvent['type'], number> = {
  TemplateCreated: 1,
  TemplateRevised: 1,
};

/** Kept as the adviser wrote them: a launch checks them again with its own rules when it takes them. */
export type LaunchDefaults = Readonly<Record<string, unknown>>;

export type TemplateCreated = DomainEvent<
  'TemplateCreated',
  {
    readonly templateId: string;
    readonly product: 'tender' | 'incentive' | 'open-offer';
    readonly name: string;
    readonly defaults: LaunchDefaults;
    readonly version: 1;
  }
>;

/** A new version: calls launched from an earlier one keep naming the version they took. */
export type TemplateRevised = DomainEvent<
  'TemplateRevised',
  {
    readonly templateId: string;
    readonly name: string;
    readonly defaults: LaunchDefaults;
    readonly version: number;
  }
>;

export type TemplateEvent = TemplateCreated | TemplateRevised;

export const templateStream = (templateId: string) => `template-${templateId}`;
