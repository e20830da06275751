import type { LaunchDefaults } from './domain/events.js';

/** A template's current version, as a launch takes it. */
export interface TemplateVersion {
  readonly templateId: string;
  readonly product: 'tender' | 'incentive' | 'open-offer';
  readonly version: number;
  readonly defaults: LaunchDefaults;
}

/** What other contexts may ask the templates context; they depend on this file only. */
export interface TemplateQueries {
  /** Read from the template's stream, so a launch right after a revision takes the new version; null when none has that id. */
  currentVersion(templateId: string): Promise<TemplateVersion | null>;
}

export const TEMPLATE_QUERIES = Symbol('TemplateQueries');
