import { Controller, Get, Inject, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import Database from 'better-sqlite3';
import type { FastifyReply } from 'fastify';
import Joi from 'joi';
import { Readable } from 'node:stream';
import type { ModuleDocument } from '../../../projections/delivery-modules.projection.js';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { ProjectionRunner } from '../../projection-runner/projection-runner.js';
import { Roles } from '../../shared/auth/auth.decorators.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { readQuery } from '../../shared/http/read-query.js';
import { READ_STORE, type ReadStore } from '../../shared/read-store/read-store.port.js';
import { SqliteReadStore } from '../../shared/read-store/sqlite-read-store.js';
import { ReadModels } from '../../platform/read-models.js';
import { EXPORT_COLUMNS, moduleRows, participantRow, touchesYear } from './delivery-csv.js';

const exportQuery = readQuery.keys({ year: Joi.number().integer().min(2000).max(2100).required() });

@ApiTags('exports')
@Controller('exports')
export class ExportDeliveryController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels, @Inject(READ_STORE) private readonly readStore: ReadStore, @Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  @Get('delivery.csv')
  @Roles('adviser', 'inspector')
  @ApiRead('The year\'s modules, sessions, participants (pseudonymised by id) and evaluations as CSV, streamed')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'year', required: true, type: Number })
  async export(@Query(new JoiValidationPipe(exportQuery)) query: { year: number }, @Res({ passthrough: true }) reply: FastifyReply) {
    const { year } = query;
    const modules = (await this.readModels.find<ModuleDocument>('delivery-modules')).filter((m) => touchesYear(m, year));
    const participants = await this.participantsOf(year);
    void reply.header('content-disposition', `attachment; filename="daeb-delivery-${year}.csv"`);
    return new StreamableFile(Readable.from(rows(modules, participants, year)), { type: 'text/csv; charset=utf-8' });
  }

  /**
   * Participants are the bulk (a year may hold 100 000): they are read row by row on a read-only
   * connection of their own, so the projection runner keeps writing while the file streams out.
   */
  private async participantsOf(year: number): Promise<Iterable<ParticipantDocument>> {
    const collection = await this.runner.collectionFor('delivery-participants');
    if (!(this.readStore instanceof SqliteReadStore)) return this.readModels.find<ParticipantDocument>('delivery-participants', { trainingYear: year });
    const db = new Database(this.readStore.db.name, { readonly: true, fileMustExist: true });
    const statement = db.prepare<[string, number], { doc: string }>(
      "SELECT doc FROM documents WHERE collection = ? AND json_extract(doc, '$.trainingYear') = ? AND json_extract(doc, '$.removed') IS NULL ORDER BY id",
    );
    return (function* () {
      try {
        for (const row of statement.iterate(collection, year)) yield JSON.parse(row.doc) as ParticipantDocument;
      } finally {
        db.close();
      }
    })();
  }
}

function* rows(modules: readonly ModuleDocument[], participants: Iterable<ParticipantDocument>, year: number): Generator<string> {
  yield `${EXPORT_COLUMNS.join(';')}\r\n`;
  for (const module of modules) yield* moduleRows(module, year);
  for (const participant of participants) {
    if (participant.removed === null) yield participantRow(participant);
  }
}
