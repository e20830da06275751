import { Module } from '@nestjs/common';
import { AcknowledgeIntegrityBreakHandler } from './acknowledge-integrity-break/acknowledge-integrity-break.handler.js';
import { AcknowledgeIntegrityBreakController } from './acknowledge-integrity-break/acknowledge-integrity-break.http.controller.js';
import { ExportHistoryController } from './export-history/export-history.http.controller.js';
import { ReadHistoryController } from './read-history/read-history.http.controller.js';
import { ReadHolderHistoryController } from './read-holder-history/read-holder-history.http.controller.js';

@Module({
  controllers: [ReadHistoryController, ReadHolderHistoryController, ExportHistoryController, AcknowledgeIntegrityBreakController],
  providers: [AcknowledgeIntegrityBreakHandler],
})
export class AuditModule {}
