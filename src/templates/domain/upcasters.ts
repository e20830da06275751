import type { Upcasters } from '../../shared/domain/event-schema.js';
import type { TemplateEvent } from './events.js';

/** None yet: every template event is still at version 1 (see mandates/domain/upcasters.ts for the rule). */
export const templateUpcasters: Upcasters<TemplateEvent['type']> = {};
