import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { awardDeliveryAggregate } from '../domain/award-delivery.aggregate.js';
import { VisibleDelivery } from '../visible-delivery.js';
import { WriteAccess } from '../write-access.js';
import type { AwardDeliveryCommand } from '../domain/decide-award-delivery.js';
import { type AwardDeliveryEvent, awardDeliveryStream, type FollowUpKind } from '../domain/events.js';

export type AwardRecordRequest =
  | {
      readonly kind: 'follow-up';
      readonly followUpKind: FollowUpKind;
      readonly on?: string;
      readonly finding: string;
      readonly rating: number;
    }
  | { readonly kind: 'payment'; readonly amountCents: number; readonly paidOn?: string }
  | { readonly kind: 'financial-report'; readonly year: number; readonly costsCents: number; readonly revenuesCents: number };

/** The adviser's records on an award: qualitative follow-up, payments (realisation), reported costs and revenues. */
export class AdministerAward extends Command<WriteResult<AwardDeliveryEvent> & { id: string }> {
  constructor(
    readonly awardId: string,
    readonly request: AwardRecordRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AdministerAward)
export class AdministerAwardHandler implements ICommandHandler<AdministerAward> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(VisibleDelivery) private readonly visible: VisibleDelivery,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
  ) {}

  async execute({ awardId, request, context }: AdministerAward) {
    await this.visible.award(awardId, context.principal);
    const id = mintId(context, request.kind);
    const today = brusselsDay(this.clock.now());
    const append = (command: AwardDeliveryCommand) =>
      this.repository.execute(awardDeliveryStream(awardId), awardDeliveryAggregate, command, context);
    // A payment counts in a year's realisation: it passes the year gate like every dated delivery fact.
    const result =
      request.kind === 'payment'
        ? await this.writeAccess.moneyWrite(awardId, context.principal, (calendar) =>
            append({
              type: 'RecordPayment',
              data: { awardId, paymentId: id, amountCents: request.amountCents, paidOn: request.paidOn ?? today, calendar },
            }),
          )
        : await append(this.commandOf(awardId, id, today, request));
    return { ...result, id };
  }

  private commandOf(
    awardId: string,
    id: string,
    today: string,
    request: Exclude<AwardRecordRequest, { kind: 'payment' }>,
  ): AwardDeliveryCommand {
    switch (request.kind) {
      case 'follow-up':
        return {
          type: 'RecordFollowUp',
          data: {
            awardId,
            followUpId: id,
            kind: request.followUpKind,
            on: request.on ?? today,
            finding: request.finding,
            rating: request.rating,
          },
        };
      case 'financial-report':
        return {
          type: 'RecordFinancialReport',
          data: { awardId, year: request.year, costsCents: request.costsCents, revenuesCents: request.revenuesCents, reportedOn: today },
        };
      default: {
        const unhandled: never = request;
        return unhandled;
      }
    }
  }
}
