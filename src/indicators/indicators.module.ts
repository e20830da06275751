import { Global, Module } from '@nestjs/common';
import { CloseIndicatorYearHandler } from './close-year/close-year.handler.js';
import { CloseIndicatorYearController } from './close-year/close-year.http.controller.js';
import { IndicatorAnswers } from './indicators.answers.js';
import { INDICATOR_QUERIES } from './indicators.queries.js';
import { ReadTargetsController } from './read-targets/read-targets.http.controller.js';
import { ReadYearlyIndicatorsController } from './read-yearly-indicators/read-yearly-indicators.http.controller.js';
import { ReadYearlyTableController } from './read-yearly-table/read-yearly-table.http.controller.js';
import { YearlyTableQuery } from './read-yearly-table/yearly-table.query.js';
import { RecordEstimateHandler } from './record-estimate/record-estimate.handler.js';
import { RecordEstimateController } from './record-estimate/record-estimate.http.controller.js';
import { ReadPlanController } from './read-plan/read-plan.http.controller.js';
import { SetPlanHandler } from './set-plan/set-plan.handler.js';
import { SetPlanController } from './set-plan/set-plan.http.controller.js';
import { SetTargetsHandler } from './set-targets/set-targets.handler.js';
import { SetTargetsController } from './set-targets/set-targets.http.controller.js';
import { YearlyIndicators } from './yearly-indicators.js';
import { YearGate } from './year-gate.js';
import { YearStreamWrites } from './year-stream-writes.js';
import { ReopenIndicatorYearHandler } from './reopen-year/reopen-year.handler.js';
import { ReopenIndicatorYearController } from './reopen-year/reopen-year.http.controller.js';
import { WithdrawEstimateHandler } from './withdraw-estimate/withdraw-estimate.handler.js';
import { WithdrawEstimateController } from './withdraw-estimate/withdraw-estimate.http.controller.js';

/** Global: other contexts inject its published queries (indicators.queries.ts), and nothing else of it. */
@Global()
@Module({
  controllers: [
    ReadYearlyTableController,
    ReadYearlyIndicatorsController,
    CloseIndicatorYearController,
    ReopenIndicatorYearController,
    SetTargetsController,
    ReadTargetsController,
    SetPlanController,
    ReadPlanController,
    RecordEstimateController,
    WithdrawEstimateController,
  ],
  providers: [
    YearlyIndicators,
    YearlyTableQuery,
    SetTargetsHandler,
    SetPlanHandler,
    RecordEstimateHandler,
    WithdrawEstimateHandler,
    CloseIndicatorYearHandler,
    ReopenIndicatorYearHandler,
    YearGate,
    YearStreamWrites,
    { provide: INDICATOR_QUERIES, useClass: IndicatorAnswers },
  ],
  exports: [INDICATOR_QUERIES],
})
export class IndicatorsModule {}
