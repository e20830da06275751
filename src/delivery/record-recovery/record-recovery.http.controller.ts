import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { type CommandContext, WriteContext } from '../../shared/application/command-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { cents, day, text } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { awardIdParam } from '../delivery-ids.js';
import { RecordRecovery, type RecordRecoveryRequest } from './record-recovery.handler.js';

const recoveryBody = Joi.object<RecordRecoveryRequest>({
  amountCents: cents().required().description('paid back, at most what the award was net paid'),
  recoveredOn: day().required(),
  reason: text(1000).required(),
});

const SUMMARY = 'Record money the holder paid back (terugvordering); at most what the award was net paid';

@ApiTags('delivery follow-up')
@Controller('awards/:awardId/recoveries')
export class RecordRecoveryController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: SUMMARY, operationId: 'recordRecovery' })
  @WriteRoute(['adviser'], recoveryBody, 201, SUMMARY)
  async record(
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(recoveryBody)) body: RecordRecoveryRequest,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.commands.execute(new RecordRecovery(awardId, body, context));
    return written(reply, result, { awardId, recoveryId: result.recoveryId });
  }
}
