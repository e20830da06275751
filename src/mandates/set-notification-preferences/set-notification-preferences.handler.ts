import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { HttpProblem } from '../../shared/http/problem.js';
import { type MandateEvent, mandateStream } from '../domain/events.js';
import { mandateAggregate } from '../domain/mandate.aggregate.js';

export interface NotificationPreferences {
  readonly email: string;
  readonly enabled: boolean;
}

export class SetNotificationPreferences extends Command<WriteResult<MandateEvent>> {
  constructor(
    readonly enterpriseNumber: string,
    readonly preferences: NotificationPreferences,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetNotificationPreferences)
export class SetNotificationPreferencesHandler implements ICommandHandler<SetNotificationPreferences, WriteResult<MandateEvent>> {
  constructor(@Inject(AggregateRepository) private readonly repository: AggregateRepository) {}

  execute({ enterpriseNumber, preferences, context }: SetNotificationPreferences) {
    const { principal } = context;
    // A holder chooses where its own notices go; an adviser may set it for a holder that asked by phone.
    if (principal.role === 'mandate-holder' && principal.org !== enterpriseNumber) {
      throw new HttpProblem(403, 'NOT_YOUR_ORGANISATION', 'a mandate holder may set only its own notification preferences');
    }
    const command = { type: 'SetNotificationPreferences' as const, data: { enterpriseNumber, ...preferences } };
    return this.repository.execute(mandateStream(enterpriseNumber), mandateAggregate, command, context);
  }
}
