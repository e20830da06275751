import { Global, Module } from '@nestjs/common';
import { IndicatorSources } from './indicator-sources.js';
import { OutsourcingIndicatorSource } from './outsourcing-indicator.source.js';
import { ReadYearlyIndicatorsController } from './read-yearly-indicators/read-yearly-indicators.http.controller.js';

/** Global so that other contexts (delivery) can register their indicator sources. */
@Global()
@Module({
  controllers: [ReadYearlyIndicatorsController],
  providers: [IndicatorSources, OutsourcingIndicatorSource],
  exports: [IndicatorSources],
})
export class IndicatorsModule {}
