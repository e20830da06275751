import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import Joi from 'joi';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../shared/application/command-context.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { toAsOfTimestamp } from '../../shared/http/as-of.js';
import type { DatedFact } from '../../shared/domain/calendar.js';
import { validate } from '../../shared/http/joi-validation.pipe.js';
import { WriteRoute } from '../../shared/http/openapi.js';
import { written } from '../../shared/http/written.js';
import { OutsourcingLaunchedView } from '../outsourcing.view.js';
import { FromTemplate } from './from-template.js';
import { LaunchOutsourcing } from './launch-outsourcing.handler.js';
import { launchOutsourcingBody, type LaunchOutsourcingRequest } from './launch-outsourcing.schema.js';

/** As documented: with templateId, the fields the template holds may be left out of the body. */
const documentedBody = launchOutsourcingBody.keys({
  templateId: Joi.string().guid().description('launch from this template: its current defaults, the body’s fields win'),
});

@ApiTags('outsourcings')
@Controller('outsourcings')
export class LaunchOutsourcingController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(FromTemplate) private readonly fromTemplate: FromTemplate,
  ) {}

  @Post()
  @WriteRoute({
    operationId: 'launchOutsourcing',
    summary: 'Launch an outsourcing (uitbesteding)',
    description:
      'A tender with lots, an incentive or an open offer; product-specific terms are checked per product. With `templateId` the call takes the template’s current defaults, fields in the body win, and the call records the template and version.',
    body: documentedBody,
    example: {
      product: 'tender',
      title: 'Digitale vaardigheden voor zelfstandigen',
      launchedOn: '2016-02-01',
      publicationRef: 'BDA-2016-000123',
      contactAdviser: 'Ann Peeters',
      innovative: true,
      innovationKinds: ['product'],
      targetGroups: ['starters of foreign origin'],
      awardCriteria: [
        { name: 'quality', weight: 60 },
        { name: 'price', weight: 40 },
      ],
      lots: [{ number: 1, title: 'Perceel 1', budgetCents: 10_000_000 }],
      offersDueOn: '2016-03-01',
    },
    status: 201,
    response: OutsourcingLaunchedView,
  })
  async launch(
    @Body() raw: unknown,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutsourcingLaunchedView> {
    const merged = await this.fromTemplate.merge(raw);
    const body = validate<
      Omit<LaunchOutsourcingRequest, 'launchedOn' | 'offersDueOn'> & { launchedOn: DatedFact; offersDueOn?: DatedFact }
    >(launchOutsourcingBody, merged.body);
    const { launchedOn, offersDueOn, ...terms } = body;
    const request = {
      ...terms,
      launchedOn: launchedOn.day,
      ...(launchedOn.at ? { launchedAt: launchedOn.at } : {}),
      ...offersDue(offersDueOn),
      ...(merged.template ? { template: merged.template } : {}),
    };
    const result = await this.commands.execute(new LaunchOutsourcing(request, context));
    void reply.header('location', `/outsourcings/${result.outsourcingId}`);
    return written(reply, result, { id: result.outsourcingId });
  }
}

/** A plain day is due by its end in Brussels; a timestamp by that instant. */
function offersDue(due: DatedFact | undefined): Pick<LaunchOutsourcingRequest, 'offersDueOn' | 'offersDueAt'> {
  if (!due) return {};
  return { offersDueOn: due.day, offersDueAt: due.at ? new Date(due.at).toISOString() : toAsOfTimestamp(due.day) };
}
