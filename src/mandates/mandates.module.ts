import { Global, Module } from '@nestjs/common';
import { ChangeMandateStatusHandler } from './change-mandate-status/change-mandate-status.handler.js';
import { ChangeMandateStatusController } from './change-mandate-status/change-mandate-status.http.controller.js';
import { GrantMandateHandler } from './grant-mandate/grant-mandate.handler.js';
import { GrantMandateController } from './grant-mandate/grant-mandate.http.controller.js';
import { MandateAnswers } from './mandates.answers.js';
import { MANDATE_QUERIES } from './mandates.queries.js';
import { SetNotificationPreferencesHandler } from './set-notification-preferences/set-notification-preferences.handler.js';
import { SetNotificationPreferencesController } from './set-notification-preferences/set-notification-preferences.http.controller.js';
import { ApplyForMandateHandler } from './apply-for-mandate/apply-for-mandate.handler.js';
import { ApplyForMandateController } from './apply-for-mandate/apply-for-mandate.http.controller.js';
import { DecideApplicationHandler } from './decide-application/decide-application.handler.js';
import { DecideApplicationController } from './decide-application/decide-application.http.controller.js';
import { ReadApplicationsController } from './read-applications/read-applications.http.controller.js';
import { ReadMandateHoldersController } from './read-mandate-holders/read-mandate-holders.http.controller.js';

/** Global: other contexts inject its published queries (mandates.queries.ts), and nothing else of it. */
@Global()
@Module({
  controllers: [
    GrantMandateController,
    ChangeMandateStatusController,
    ReadMandateHoldersController,
    SetNotificationPreferencesController,
    ApplyForMandateController,
    DecideApplicationController,
    ReadApplicationsController,
  ],
  providers: [
    GrantMandateHandler,
    ChangeMandateStatusHandler,
    SetNotificationPreferencesHandler,
    ApplyForMandateHandler,
    DecideApplicationHandler,
    { provide: MANDATE_QUERIES, useClass: MandateAnswers },
  ],
  exports: [MANDATE_QUERIES],
})
export class MandatesModule {}
