import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { ApiAsOf, asOfInstant, asOfQuery } from '../../shared/http/as-of.js';
import { parseYear } from '../year-param.js';
import { negotiateTableFormat } from './negotiate.js';
import { tableCsv } from './table-csv.js';
import { tableHtml } from './table-html.js';
import { YearlyTableView } from '../indicator.views.js';
import { YearlyTableQuery } from './yearly-table.query.js';

const tableQuery = asOfQuery();

@ApiTags('indicators')
@Controller('indicators')
export class ReadYearlyTableController {
  constructor(@Inject(YearlyTableQuery) private readonly query: YearlyTableQuery) {}

  @Get(':year/table')
  @ApiRead({
    operationId: 'getYearlyTable',
    summary: 'The annual business-plan table',
    description: "Per indicator last year's result, this year's target and result; JSON, CSV or HTML by the Accept header.",
    response: YearlyTableView,
    text: {
      'text/csv':
        'code;nameNl;nameEn;unit;previous;target;result;met;provisional\r\nDP24;Gelanceerde uitbestedingen;Outsourcings launched;count;8;10;12;true;true\r\n',
      'text/html': '<!doctype html><html lang="nl"><head><title>DAEB 2016</title></head><body><table>…</table></body></html>',
    },
    problems: [406],
  })
  @ApiParam({ name: 'year', example: 2016 })
  @ApiAsOf('the table as it was known then')
  async read(
    @Param('year') rawYear: string,
    @Query(new JoiValidationPipe(tableQuery)) query: { asOf?: string },
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const year = parseYear(rawYear);
    // Refuse an unsupported Accept before doing any work.
    const format = negotiateTableFormat(accept);
    const table = await this.query.table(year, asOfInstant(query));
    void reply.header('vary', 'Accept');
    if (format === 'json') return table;
    if (format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="daeb-indicatoren-${year}.csv"`);
      return tableCsv(table);
    }
    void reply.header('content-type', 'text/html; charset=utf-8');
    return tableHtml(table);
  }
}
