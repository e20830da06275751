import type { Upcasters } from '../../shared/domain/event-schema.js';
import type { IndicatorEvent } from './events.js';

/**
 * How events recorded in an older shape become the current one, per type and per version they start
 * from; applied to every read of the log (aggregates, projections, audit). When a type's shape changes,
 * bump its schema version in events.ts and add the upcaster from the previous version here, with a spec.
 */
export const indicatorUpcasters: Upcasters<IndicatorEvent['type']> = {
  // A v1 close kept no figures; v2 made them optional rather than inventing them: such a year is read as
  // published with the figures the log gave when the close was recorded (yearly-indicators.ts).
  IndicatorYearClosed: { 1: (data) => data },
  // v2 added worded targets beside bare numbers; a v1 bare number already is v2's "at least".
  TargetsSet: { 1: (data) => data },
};
