import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import Joi from 'joi';
import { CurrentPrincipal } from '../../shared/auth/auth.decorators.js';
import type { Principal } from '../../shared/auth/principal.js';
import { JoiValidationPipe } from '../../shared/http/joi-validation.pipe.js';
import { ApiRead } from '../../shared/http/openapi.js';
import { NoticeFeedView, type NoticeView } from '../notices.views.js';
import { NoticeOutbox } from '../outbox/notice-outbox.js';

const feedQuery = Joi.object<{ since: number; limit: number }>({
  since: Joi.number().integer().min(0).default(0),
  limit: Joi.number().integer().min(1).max(500).default(100),
});

@ApiTags('notices')
@Controller('notices')
export class ReadNoticesController {
  constructor(@Inject(NoticeOutbox) private readonly outbox: NoticeOutbox) {}

  @Get()
  @ApiRead({
    operationId: 'listNotices',
    summary: 'A mandate holder’s notices of new calls, after a log position',
    description: 'Its own only: one entry per call launched while its mandate was active, mailed or not.',
    response: NoticeFeedView,
    noConsistentWith: true,
  })
  @ApiQuery({ name: 'since', required: false, type: Number, description: 'the nextSince of the previous page; 0 from the start' })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  feed(
    @Query(new JoiValidationPipe(feedQuery)) query: { since: number; limit: number },
    @CurrentPrincipal() principal: Principal,
  ): NoticeFeedView {
    const rows = this.outbox.feed(principal.org ?? '', query.since, query.limit);
    const items: NoticeView[] = rows.map((row) => ({
      messageId: row.messageId,
      outsourcingId: row.outsourcingId,
      position: row.position,
      recordedAt: row.recordedAt,
      subject: row.subject,
      call: row.call,
      mail: { to: row.email, state: row.state, attempts: row.attempts, sentAt: row.sentAt },
    }));
    return { items, nextSince: items.at(-1)?.position ?? query.since, position: this.outbox.position() };
  }
}
