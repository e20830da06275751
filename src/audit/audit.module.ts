import { Module } from '@nestjs/common';
import { ReadHistoryController } from './read-history/read-history.http.controller.js';

@Module({ controllers: [ReadHistoryController] })
export class AuditModule {}
