import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, type WriteResult } from '../../shared/application/aggregate-repository.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { mintId } from '../../shared/application/minted-ids.js';
import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import { WriteAccess } from '../write-access.js';
import { type ModuleEvent, moduleStream } from '../domain/events.js';
import { distributionOfCounts, distributionOfScore } from '../domain/scores.js';
import { moduleAggregate } from '../domain/module.aggregate.js';

/** One participant's score, or a module's responses per score reported in arrears. */
export type RecordEvaluationRequest =
  | { readonly participantId: string; readonly score: number; readonly replaces?: string }
  | { readonly distribution: Readonly<Record<string, number>>; readonly trainingDate?: string; readonly replaces?: string };

export class RecordEvaluation extends Command<WriteResult<ModuleEvent> & { evaluationId: string }> {
  constructor(
    readonly moduleId: string,
    readonly request: RecordEvaluationRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordEvaluation)
export class RecordEvaluationHandler implements ICommandHandler<RecordEvaluation> {
  constructor(
    @Inject(AggregateRepository) private readonly repository: AggregateRepository,
    @Inject(WriteAccess) private readonly writeAccess: WriteAccess,
  ) {}

  async execute({ moduleId, request, context }: RecordEvaluation) {
    const perParticipant = 'participantId' in request;
    // A module's distribution counts in the year of the training it evaluates: its start unless told.
    const distributionDate = (module: ModuleDocument) =>
      perParticipant ? module.plannedStart : (request.trainingDate ?? module.plannedStart);
    const evaluationId = mintId(context, 'evaluation');
    const result = await this.writeAccess.moduleWrite(
      moduleId,
      context.principal,
      (m) => (perParticipant ? this.writeAccess.trainingDatesOf(request.participantId) : [distributionDate(m)]),
      ({ module, access, calendar }) => {
        const data = {
          access,
          calendar,
          moduleId,
          evaluationId,
          replaces: request.replaces ?? null,
          participantId: perParticipant ? request.participantId : null,
          trainingDate: distributionDate(module),
          distribution: perParticipant ? distributionOfScore(request.score) : distributionOfCounts(request.distribution),
        };
        return this.repository.execute(moduleStream(moduleId), moduleAggregate, { type: 'RecordEvaluation', data }, context);
      },
    );
    return { ...result, evaluationId };
  }
}
