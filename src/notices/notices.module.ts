import { Global, Module } from '@nestjs/common';
import { NOTICE_QUERIES } from './notices.queries.js';
import { NoticeOutbox } from './outbox/notice-outbox.js';
import { ReadNoticesController } from './read-notices/read-notices.http.controller.js';

/** Global: /health asks it for the outbox's backlog through notices.queries.ts. */
@Global()
@Module({
  controllers: [ReadNoticesController],
  providers: [NoticeOutbox, { provide: NOTICE_QUERIES, useExisting: NoticeOutbox }],
  exports: [NOTICE_QUERIES],
})
export class NoticesModule {}
