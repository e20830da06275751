import type { Aggregate } from '../shared/application/aggregate-repository.js';
import type { AwardDeliveryState } from './domain/award-delivery.js';
import { type AwardDeliveryCommand, awardDeliveryDecider } from './domain/decide-award-delivery.js';
import { type AwardDeliveryEvent, deliverySchemaVersions } from './domain/events.js';

export const awardDeliveryAggregate: Aggregate<AwardDeliveryCommand, AwardDeliveryState, AwardDeliveryEvent> = {
  decider: awardDeliveryDecider,
  schemaVersions: deliverySchemaVersions,
};
