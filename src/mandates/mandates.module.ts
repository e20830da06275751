import { Module } from '@nestjs/common';
import { ChangeMandateStatusHandler } from './change-mandate-status/change-mandate-status.handler.js';
import { ChangeMandateStatusController } from './change-mandate-status/change-mandate-status.http.controller.js';
import { GrantMandateHandler } from './grant-mandate/grant-mandate.handler.js';
import { GrantMandateController } from './grant-mandate/grant-mandate.http.controller.js';
import { ReadMandateHoldersController } from './read-mandate-holders/read-mandate-holders.http.controller.js';

@Module({
  controllers: [GrantMandateController, ChangeMandateStatusController, ReadMandateHoldersController],
  providers: [GrantMandateHandler, ChangeMandateStatusHandler],
})
export class MandatesModule {}
