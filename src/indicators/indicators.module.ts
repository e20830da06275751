import { Global, Module } from '@nestjs/common';
import { CloseIndicatorYearHandler } from './close-year/close-year.handler.js';
import { CloseIndicatorYearController } from './close-year/close-year.http.controller.js';
import { IndicatorAnswers } from './indicators.answers.js';
import { INDICATOR_QUERIES } from './indicators.queries.js';
import { ReadTargetsController } from './read-targets/read-targets.http.controller.js';
import { ReadYearlyIndicatorsController } from './read-yearly-indicators/read-yearly-indicators.http.controller.js';
import { ReadYearlyTableController } from './read-yearly-table/read-yearly-table.http.controller.js';
import { YearlyTableQuery } from './read-yearly-table/yearly-table.query.js';
import { SetTargetsHandler } from './set-targets/set-targets.handler.js';
import { SetTargetsController } from './set-targets/set-targets.http.controller.js';
import { YearlyIndicators } from './yearly-indicators.js';

/** Global: other contexts inject its published queries (indicators.queries.ts), and nothing else of it. */
@Global()
@Module({
  controllers: [
    ReadYearlyTableController,
    ReadYearlyIndicatorsController,
    CloseIndicatorYearController,
    SetTargetsController,
    ReadTargetsController,
  ],
  providers: [
    YearlyIndicators,
    YearlyTableQuery,
    SetTargetsHandler,
    CloseIndicatorYearHandler,
    { provide: INDICATOR_QUERIES, useClass: IndicatorAnswers },
  ],
  exports: [INDICATOR_QUERIES],
})
export class IndicatorsModule {}
