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
import { CallOffers } from './call-offers.js';
import { ReadJuryReportController } from './read-jury-report/read-jury-report.http.controller.js';
import { ReadOffersController } from './read-offers/read-offers.http.controller.js';
import { ReadRankingController } from './read-ranking/read-ranking.http.controller.js';
import { ScoreOfferHandler } from './score-offer/score-offer.handler.js';
import { ScoreOfferController } from './score-offer/score-offer.http.controller.js';
import { SubmitOfferHandler } from './submit-offer/submit-offer.handler.js';
import { SubmitOfferController } from './submit-offer/submit-offer.http.controller.js';
import { WithdrawOfferHandler } from './withdraw-offer/withdraw-offer.handler.js';
import { WithdrawOfferController } from './withdraw-offer/withdraw-offer.http.controller.js';

/** Global: other contexts inject its published queries (outsourcing.queries.ts), and nothing else of it. */
@Global()
@Module({
  controllers: [
    LaunchOutsourcingController,
    AwardOutsourcingController,
    ChangeAwardController,
    EndOutsourcingController,
    ReadOutsourcingsController,
    SubmitOfferController,
    WithdrawOfferController,
    ScoreOfferController,
    ReadOffersController,
    ReadRankingController,
    ReadJuryReportController,
  ],
  providers: [
    LaunchOutsourcingHandler,
    OpenOfferRounds,
    FromTemplate,
    AwardOutsourcingHandler,
    ChangeAwardHandler,
    EndOutsourcingHandler,
    CallOffers,
    SubmitOfferHandler,
    WithdrawOfferHandler,
    ScoreOfferHandler,
    { provide: OUTSOURCING_QUERIES, useClass: OutsourcingAnswers },
  ],
  exports: [OUTSOURCING_QUERIES],
})
export class OutsourcingModule {}
