import { Body, Controller, Headers, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../../shared/application/command-context.js';
import { BodyLimit, bytesInWords, IMPORT_BODY_LIMIT } from '../../shared/http/body-limit.js';
import { WriteContext } from '../../shared/http/write-context.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { openApiSchema, WriteRoute } from '../../shared/http/openapi.js';
import { HttpProblem, RequestValidationError } from '../../shared/http/problem.js';
import { written } from '../../shared/http/written.js';
import { moduleIdParam } from '../../shared/http/id-params.js';
import { TrainingDatesRefused } from '../domain/training-dates.js';
import { CSV_HEADER, MAX_IMPORT_ROWS, parseParticipantCsv, participantSchema, validateRows } from './participant-rows.js';
import type { ParticipantRow } from './participant-row.js';
import { ParticipantRegisteredView, ParticipantsImportedView } from '../delivery-written.views.js';
import { RegisterParticipants } from './register-participants.handler.js';

const PARTICIPANT_EXAMPLE: ParticipantRow = {
  trainingDate: '2016-09-05',
  companyEnterpriseNumber: '0202.239.951',
  role: 'employee',
  targetGroups: ['starter'],
  personal: { name: 'An Jansens', email: 'an.jansens@example.be', birthDate: '1985-03-14' },
};

@ApiTags('delivery')
@Controller('modules/:moduleId/participants')
export class RegisterParticipantsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @WriteRoute({
    operationId: 'registerParticipant',
    summary: "Register one participant (deelnemer) of one of the caller's modules",
    body: participantSchema,
    example: PARTICIPANT_EXAMPLE,
    status: 201,
    response: ParticipantRegisteredView,
    notFound: true,
  })
  async registerOne(
    @Param('moduleId', moduleIdParam) moduleId: string,
    @Body(new JoiValidationPipe(participantSchema)) body: ParticipantRow,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantRegisteredView> {
    const result = await this.commands.execute(new RegisterParticipants(moduleId, [body], context));
    void reply.header('location', `/participants/${result.participantIds[0]}`);
    return written(reply, result, { moduleId, participantId: result.participantIds[0] });
  }

  @Post('import')
  @BodyLimit(IMPORT_BODY_LIMIT)
  @WriteRoute({
    operationId: 'registerParticipants',
    summary: `Import up to ${MAX_IMPORT_ROWS} participants at once, all or none`,
    body: null,
    status: 201,
    response: ParticipantsImportedView,
    notFound: true,
    problems: [413, 415],
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description: `A JSON array of participants, or text/csv with the header ${CSV_HEADER.join(';')} (';' or ',', UTF-8 with or without BOM, target groups separated by '|'). At most ${MAX_IMPORT_ROWS} rows and ${bytesInWords(IMPORT_BODY_LIMIT)} per request (413 beyond): a larger file goes in several imports. One bad row refuses the batch; every bad row is listed with row, field and message.`,
    schema: { oneOf: [{ type: 'array', items: openApiSchema(participantSchema) }, { type: 'string' }] },
    examples: {
      json: { summary: 'a JSON array', value: [PARTICIPANT_EXAMPLE] },
      csv: {
        summary: 'text/csv',
        value: `${CSV_HEADER.join(';')}\n2016-09-05;0202.239.951;employee;starter|women;An Jansens;an.jansens@example.be;1985-03-14\n`,
      },
    },
  })
  async import(
    @Param('moduleId', moduleIdParam) moduleId: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipantsImportedView> {
    const rows = validateRows(this.rowsOf(body, contentType ?? ''));
    const result = await this.commands.execute(new RegisterParticipants(moduleId, rows, context)).catch(rowsRefused);
    return written(
      reply,
      { revision: result.revision, position: result.position },
      { moduleId, imported: rows.length, participantIds: result.participantIds },
    );
  }

  private rowsOf(body: unknown, contentType: string): unknown[] {
    if (/^text\/csv\b/i.test(contentType) && typeof body === 'string') return parseParticipantCsv(body);
    if (Array.isArray(body)) return body;
    throw new HttpProblem(415, 'UNSUPPORTED_IMPORT', 'send a JSON array of participants or text/csv');
  }
}

/**
 * An import answers bad training dates like its other row checks: 400, every bad row by number and
 * field, nothing appended; the code is the rule broken (YEAR_CLOSED, ...) so clients can still switch on it.
 */
function rowsRefused(error: unknown): never {
  if (!(error instanceof TrainingDatesRefused)) throw error;
  throw new RequestValidationError(
    error.rows.map(({ row, message }) => ({ path: `[${row - 1}].trainingDate`, row, field: 'trainingDate', message })),
    error.code,
  );
}
