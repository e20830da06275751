import { Body, Controller, Inject, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import type { CommandContext } from '../../shared/application/command-context.js';
import { JoiValidationPipe, validate } from '../../shared/http/joi-validation.pipe.js';
import { email, enterpriseNumber } from '../../shared/http/joi-types.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { written } from '../../shared/http/written.js';
import { MandateWrittenView } from '../mandate-holder.view.js';
import { type NotificationPreferences, SetNotificationPreferences } from './set-notification-preferences.handler.js';

const preferencesBody = Joi.object<NotificationPreferences>({
  email: email().required().description('where notices of new calls are mailed'),
  enabled: Joi.boolean().strict().required().description('false: notices only in the feed (GET /notices), no mail'),
});

@ApiTags('mandate holders')
@Controller('mandate-holders/:enterpriseNumber/notification-preferences')
export class SetNotificationPreferencesController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Put()
  @WriteRoute({
    operationId: 'setNotificationPreferences',
    summary: 'Set where a mandate holder gets notices of new calls by mail',
    description: 'The holder itself, or an adviser for it. Setting what is already set records nothing.',
    body: preferencesBody,
    example: { email: 'oproepen@opleidingen.example', enabled: true },
    status: 200,
    response: MandateWrittenView,
    notFound: true,
  })
  @ApiParam({ name: 'enterpriseNumber', example: '0123.456.749' })
  async set(
    @Param('enterpriseNumber') raw: string,
    @Body(new JoiValidationPipe(preferencesBody)) body: NotificationPreferences,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MandateWrittenView> {
    const { id } = validate(Joi.object<{ id: string }>({ id: enterpriseNumber().required() }), { id: raw });
    const result = await this.commands.execute(new SetNotificationPreferences(id, body, context));
    return written(reply, result, { enterpriseNumber: id });
  }
}
