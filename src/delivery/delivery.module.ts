import { Global, Module } from '@nestjs/common';
import { AdministerAwardHandler } from './administer-award/administer-award.handler.js';
import { AdministerAwardController } from './administer-award/administer-award.http.controller.js';
import { CaughtUpRead } from './caught-up-read.js';
import { DeliveryAnswers } from './delivery.answers.js';
import { DELIVERY_QUERIES } from './delivery.queries.js';
import { EraseParticipantHandler } from './erase-participant/erase-participant.handler.js';
import { EraseParticipantController } from './erase-participant/erase-participant.http.controller.js';
import { ExportDeliveryController } from './export-delivery/export-delivery.http.controller.js';
import { PersonalDataOrphanSweep } from './personal-data/orphan-sweep.js';
import { personalDataVaultProvider } from './personal-data/personal-data-vault.provider.js';
import { ReadDeliveryController } from './read-delivery/read-delivery.http.controller.js';
import { ReadParticipantController } from './read-participant/read-participant.http.controller.js';
import { RetentionSweep } from './retain-personal-data/retention-sweep.js';
import { RecordEvaluationHandler } from './record-evaluation/record-evaluation.handler.js';
import { RecordEvaluationController } from './record-evaluation/record-evaluation.http.controller.js';
import { RecordRecoveryHandler } from './record-recovery/record-recovery.handler.js';
import { RecordRecoveryController } from './record-recovery/record-recovery.http.controller.js';
import { SuperviseMoneyController } from './supervise-money/supervise-money.http.controller.js';
import { RegisterModuleHandler } from './register-module/register-module.handler.js';
import { RegisterModuleController } from './register-module/register-module.http.controller.js';
import { RegisterParticipantsHandler } from './register-participants/register-participants.handler.js';
import { RegisterParticipantsController } from './register-participants/register-participants.http.controller.js';
import { RegisterSessionHandler } from './register-session/register-session.handler.js';
import { RegisterSessionController } from './register-session/register-session.http.controller.js';
import { RemoveParticipantHandler } from './remove-participant/remove-participant.handler.js';
import { RemoveParticipantController } from './remove-participant/remove-participant.http.controller.js';
import { VisibleDelivery } from './visible-delivery.js';
import { WriteAccess } from './write-access.js';

/**
 * Delivery (issue 3): modules, sessions, participants, evaluations, follow-up and money per award.
 * Global: other contexts inject its published queries (delivery.queries.ts), and nothing else of it.
 */
@Global()
@Module({
  controllers: [
    RegisterModuleController,
    RegisterSessionController,
    RegisterParticipantsController,
    RemoveParticipantController,
    EraseParticipantController,
    RecordEvaluationController,
    AdministerAwardController,
    RecordRecoveryController,
    SuperviseMoneyController,
    ReadDeliveryController,
    ReadParticipantController,
    ExportDeliveryController,
  ],
  providers: [
    CaughtUpRead,
    VisibleDelivery,
    WriteAccess,
    personalDataVaultProvider,
    PersonalDataOrphanSweep,
    { provide: DELIVERY_QUERIES, useClass: DeliveryAnswers },
    RegisterModuleHandler,
    RegisterSessionHandler,
    RegisterParticipantsHandler,
    RemoveParticipantHandler,
    EraseParticipantHandler,
    RetentionSweep,
    RecordEvaluationHandler,
    AdministerAwardHandler,
    RecordRecoveryHandler,
  ],
  exports: [DELIVERY_QUERIES],
})
export class DeliveryModule {}
