import type { Aggregate } from '../../shared/domain/decider.js';
import type { AwardDeliveryState } from './award-delivery.js';
import { type AwardDeliveryCommand, awardDeliveryDecider } from './decide-award-delivery.js';
import { type AwardDeliveryEvent, deliverySchemaVersions } from './events.js';

export const awardDeliveryAggregate: Aggregate<AwardDeliveryCommand, AwardDeliveryState, AwardDeliveryEvent> = {
  decider: awardDeliveryDecider,
  schemaVersions: deliverySchemaVersions,
};
