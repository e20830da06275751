import { Global, Module } from '@nestjs/common';
import { CloseIndicatorYearHandler } from './close-year/close-year.handler.js';
import { CloseIndicatorYearController } from './close-year/close-year.http.controller.js';
import { IndicatorSources } from './indicator-sources.js';
import { OutsourcingIndicatorSource } from './outsourcing-indicator.source.js';
import { ReadTargetsController } from './read-targets/read-targets.http.controller.js';
import { ReadYearlyIndicatorsController } from './read-yearly-indicators/read-yearly-indicators.http.controller.js';
import { ReadYearlyTableController } from './read-yearly-table/read-yearly-table.http.controller.js';
import { YearlyTableQuery } from './read-yearly-table/yearly-table.query.js';
import { SetTargetsHandler } from './set-targets/set-targets.handler.js';
import { SetTargetsController } from './set-targets/set-targets.http.controller.js';

/** Global so that other contexts (delivery) can register their indicator sources. */
@Global()
@Module({
  controllers: [
    ReadYearlyTableController,
    ReadYearlyIndicatorsController,
    CloseIndicatorYearController,
    SetTargetsController,
    ReadTargetsController,
  ],
  providers: [IndicatorSources, OutsourcingIndicatorSource, YearlyTableQuery, SetTargetsHandler, CloseIndicatorYearHandler],
  exports: [IndicatorSources],
})
export class IndicatorsModule {}
