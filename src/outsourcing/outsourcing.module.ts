import { Global, Module } from '@nestjs/common';
import { AwardOutsourcingHandler } from './award-outsourcing/award-outsourcing.handler.js';
import { AwardOutsourcingController } from './award-outsourcing/award-outsourcing.http.controller.js';
import { ChangeAwardHandler } from './change-award/change-award.handler.js';
import { ChangeAwardController } from './change-award/change-award.http.controller.js';
import { EndOutsourcingHandler } from './end-outsourcing/end-outsourcing.handler.js';
import { EndOutsourcingController } from './end-outsourcing/end-outsourcing.http.controller.js';
import { LaunchOutsourcingHandler } from './launch-outsourcing/launch-outsourcing.handler.js';
import { LaunchOutsourcingController } from './launch-outsourcing/launch-outsourcing.http.controller.js';
import { FromTemplate } from './launch-outsourcing/from-template.js';
import { OpenOfferRounds } from './launch-outsourcing/open-offer-rounds.js';
import { OutsourcingAnswers } from './outsourcing.answers.js';
import { OUTSOURCING_QUERIES } from './outsourcing.queries.js';
import { ReadOutsourcingsController } from './read-outsourcings/read-outsourcings.http.controller.js';

/** Global: other contexts inject its published queries (outsourcing.queries.ts), and nothing else of it. */
@Global()
@Module({
  controllers: [
    LaunchOutsourcingController,
    AwardOutsourcingController,
    ChangeAwardController,
    EndOutsourcingController,
    ReadOutsourcingsController,
  ],
  providers: [
    LaunchOutsourcingHandler,
    OpenOfferRounds,
    FromTemplate,
    AwardOutsourcingHandler,
    ChangeAwardHandler,
    EndOutsourcingHandler,
    { provide: OUTSOURCING_QUERIES, useClass: OutsourcingAnswers },
  ],
  exports: [OUTSOURCING_QUERIES],
})
export class OutsourcingModule {}
