import { auditSchemaVersions } from '../audit/domain/events.js';
import { deliverySchemaVersions } from '../delivery/domain/events.js';
import { deliveryUpcasters } from '../delivery/domain/upcasters.js';
import {
  estimateSchemaVersions,
  indicatorYearSchemaVersions,
  planSchemaVersions,
  targetsSchemaVersions,
} from '../indicators/domain/events.js';
import { indicatorUpcasters } from '../indicators/domain/upcasters.js';
import { mandateApplicationSchemaVersions, mandateSchemaVersions } from '../mandates/domain/events.js';
import { mandateUpcasters } from '../mandates/domain/upcasters.js';
import { offerSchemaVersions, outsourcingSchemaVersions } from '../outsourcing/domain/events.js';
import { outsourcingUpcasters } from '../outsourcing/domain/upcasters.js';
import { eventSchemas } from '../shared/domain/event-schema.js';
import { templateSchemaVersions } from '../templates/domain/events.js';
import { templateUpcasters } from '../templates/domain/upcasters.js';

/** Every context's event types with their current schema versions and upcasters: what the log is read with. */
export const EVENT_SCHEMAS = eventSchemas(
  { versions: mandateSchemaVersions, upcasters: mandateUpcasters },
  { versions: mandateApplicationSchemaVersions, upcasters: {} },
  { versions: { ...outsourcingSchemaVersions, ...offerSchemaVersions }, upcasters: outsourcingUpcasters },
  { versions: deliverySchemaVersions, upcasters: deliveryUpcasters },
  { versions: templateSchemaVersions, upcasters: templateUpcasters },
  {
    versions: { ...targetsSchemaVersions, ...planSchemaVersions, ...estimateSchemaVersions, ...indicatorYearSchemaVersions },
    upcasters: indicatorUpcasters,
  },
  // The log's own tamper-evidence events: no shape has changed yet, so no upcasters.
  { versions: auditSchemaVersions, upcasters: {} },
);
