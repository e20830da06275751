import { Controller, Get, Inject, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { Readable } from 'node:stream';
import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { ReadModels } from '../../platform/read-models.js';
import { EXPORT_COLUMNS, moduleRows, participantRow, touchesYear } from './delivery-csv.js';

const EXPORT_EXAMPLE = `${EXPORT_COLUMNS.join(';')}\r\n`;
const exportQuery = readQuery.keys({ year: Joi.number().integer().min(2000).max(2100).required() });

@ApiTags('exports')
@Controller('exports')
export class ExportDeliveryController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get('delivery.csv')
  @ApiRead({
    operationId: 'exportDelivery',
    summary: "The year's delivery as CSV, streamed",
    description: 'Modules, sessions, participants (pseudonymised by id) and evaluations.',
    text: { 'text/csv': EXPORT_EXAMPLE },
  })
  @ApiQuery({ name: 'year', required: true, type: Number })
  async export(@Query(new JoiValidationPipe(exportQuery)) query: { year: number }, @Res({ passthrough: true }) reply: FastifyReply) {
    const { year } = query;
    const modules = (await this.readModels.find<ModuleDocument>('delivery-modules')).filter((m) => touchesYear(m, year));
    // Participants are the bulk (a year may hold 100 000): they stream from the read store one by one.
    const participants = this.readModels.iterate<ParticipantDocument>('delivery-participants', { trainingYear: year, removed: null });
    void reply.header('content-disposition', `attachment; filename="daeb-delivery-${year}.csv"`);
    return new StreamableFile(Readable.from(rows(modules, participants, year)), { type: 'text/csv; charset=utf-8' });
  }
}

async function* rows(
  modules: readonly ModuleDocument[],
  participants: AsyncIterable<ParticipantDocument>,
  year: number,
): AsyncGenerator<string> {
  yield `${EXPORT_COLUMNS.join(';')}\r\n`;
  for (const module of modules) yield* moduleRows(module, year);
  for await (const participant of participants) yield participantRow(participant);
}
