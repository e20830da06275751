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
import { FinancialReportRecordedView, FollowUpRecordedView, PaymentRecordedView } from '../delivery-written.views.js';
import { AdministerAward, type AwardRecordRequest } from './administer-award.handler.js';

const followUpBody = Joi.object({
  kind: Joi.string().valid('lesson-visit', 'course-material-review', 'progress-meeting').required(),
  on: day().description('date of the visit, review or meeting; today by default'),
  finding: text(5000).required(),
  rating: Joi.number().strict().integer().min(1).max(5).required().description('1 insufficient .. 5 excellent'),
});
const paymentBody = Joi.object({ amountCents: cents().required(), paidOn: day().description('today by default') });
const amount = () => Joi.number().integer().strict().min(0).max(Number.MAX_SAFE_INTEGER);
const financialReportBody = Joi.object({
  year: Joi.number().strict().integer().min(2000).max(2100).required(),
  costsCents: amount().required(),
  revenuesCents: amount().required(),
});

@ApiTags('delivery follow-up')
@Controller('awards/:awardId')
export class AdministerAwardController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('follow-ups')
  @WriteRoute({
    operationId: 'recordFollowUp',
    summary: 'Record a lesson visit, course-material review or progress meeting (kwalitatieve opvolging)',
    body: followUpBody,
    example: { kind: 'lesson-visit', on: '2016-09-20', finding: 'trainer well prepared, room too small', rating: 4 },
    status: 201,
    response: FollowUpRecordedView,
    notFound: true,
  })
  followUp(
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(followUpBody)) body: { kind: 'lesson-visit'; on?: string; finding: string; rating: number },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FollowUpRecordedView> {
    const { kind, ...rest } = body;
    return this.record(awardId, { kind: 'follow-up', followUpKind: kind, ...rest }, context, reply, 'followUpId');
  }

  @Post('payments')
  @WriteRoute({
    operationId: 'recordPayment',
    summary: 'Record a payment (realisatie) on an award',
    description: 'Payments above the granted amount are flagged, not refused.',
    body: paymentBody,
    example: { amountCents: 2_500_000, paidOn: '2016-10-01' },
    status: 201,
    response: PaymentRecordedView,
    notFound: true,
  })
  payment(
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(paymentBody)) body: { amountCents: number; paidOn?: string },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentRecordedView> {
    return this.record(awardId, { kind: 'payment', ...body }, context, reply, 'paymentId');
  }

  @Post('financial-reports')
  @WriteRoute({
    operationId: 'recordFinancialReport',
    summary: "Record the holder's reported costs and revenues of a year (overcompensation check)",
    body: financialReportBody,
    example: { year: 2016, costsCents: 9_000_000, revenuesCents: 1_000_000 },
    status: 201,
    response: FinancialReportRecordedView,
    notFound: true,
  })
  financialReport(
    @Param('awardId', awardIdParam) awardId: string,
    @Body(new JoiValidationPipe(financialReportBody)) body: { year: number; costsCents: number; revenuesCents: number },
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FinancialReportRecordedView> {
    return this.record(awardId, { kind: 'financial-report', ...body }, context, reply, 'reportId');
  }

  private async record<K extends string>(
    awardId: string,
    request: AwardRecordRequest,
    context: CommandContext,
    reply: FastifyReply,
    idName: K,
  ) {
    const result = await this.commands.execute(new AdministerAward(awardId, request, context));
    // A computed key widens to an index signature; the id's name is K, and the response models hold it to that.
    return written(reply, result, { awardId, [idName]: result.id } as { awardId: string } & Record<K, string>);
  }
}
