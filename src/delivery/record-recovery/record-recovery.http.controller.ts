import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { cents, day, text } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { awardIdParam } from '../../shared/http/id-params.js';
import { RecoveryRecordedView } from '../delivery-written.views.js';
import { RecordRecovery, type RecordRecoveryRequest } from './record-recovery.handler.js';

const recoveryBody = Joi.object<RecordRecoveryRequest>({
  amountCents: cents().required().description('paid back, at most what the award was net paid'),
  recoveredOn: day().required(),
  reason: text(1000).required(),
});

@ApiTags('delivery follow-up')
@Controller('awards/:awardId/recoveries')
export class RecordRecoveryController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'recordRecovery',
    summary: 'Record money the holder paid back (terugvordering)',
    description: 'At most what the award was net paid (409 RECOVERY_ABOVE_NET_PAID); not in the future nor in a closed year.',
    body: recoveryBody,
    example: { amountCents: 500_000, recoveredOn: '2017-03-01', reason: 'fewer participants than reported' },
    status: 201,
    response: RecoveryRecordedView,
    notFound: true,
  })
  async record(
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(recoveryBody)) body: RecordRecoveryRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecoveryRecordedView> {
    const result = await this.commands.execute(new RecordRecovery(awardId, body, context));
    return written(reply, result, { awardId, recoveryId: result.recoveryId });
  }
}
