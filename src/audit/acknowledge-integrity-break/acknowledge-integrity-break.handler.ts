import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrityMonitor } from '../../platform/integrity/integrity-monitor.js';
import { AggregateRepository } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import type { IntegrityReport, Position } from '../../shared/event-store/event-store.port.js';
import { INTEGRITY_STREAM } from '../domain/events.js';
import { acknowledgementAggregate } from '../domain/integrity-acknowledgement.aggregate.js';

export interface AcknowledgementResult {
  readonly revision: number;
  readonly position: Position | null;
  /** The verification after the acknowledgement: another break behind this one keeps the log broken. */
  readonly integrity: IntegrityReport;
}

export class AcknowledgeIntegrityBreakCommand extends Command<AcknowledgementResult> {
  constructor(
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Verifies the log now, acknowledges the first break found (never one the caller names), verifies again. */
@CommandHandler(AcknowledgeIntegrityBreakCommand)
export class AcknowledgeIntegrityBreakHandler implements ICommandHandler<AcknowledgeIntegrityBreakCommand, AcknowledgementResult> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(IntegrityMonitor) private readonly integrity: IntegrityMonitor,
  ) {}

  async execute({ reason, context }: AcknowledgeIntegrityBreakCommand): Promise<AcknowledgementResult> {
    const { problem } = await this.integrity.verifyNow();
    const found = problem && { position: problem.position, code: problem.code };
    const result = await this.repository.execute(
      INTEGRITY_STREAM,
      acknowledgementAggregate,
      { type: 'AcknowledgeIntegrityBreak', data: { reason, found } },
      context,
    );
    return { revision: result.revision, position: result.position, integrity: await this.integrity.verifyNow() };
  }
}
