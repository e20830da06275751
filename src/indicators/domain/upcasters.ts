import type { Upcasters } from '../../shared/domain/event-schema.js';
import type { IndicatorEvent } from './events.js';

/**
 * How events recorded in an older shape become the current one, per type and per version they start
 * from; applied to every read of the log (aggregates, projections, audit). When a type's shape changes,
 * bump its schema version in events.ts and add the upcaster from the previous version here, with a spec.
 * None yet: every type is still at version 1.
 */
export const indicatorUpcasters: Upcasters<IndicatorEvent['type']> = {};
