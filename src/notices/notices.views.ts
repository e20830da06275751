import { ApiProperty } from '@nestjs/swagger';
import { PRODUCTS, type Product } from '../outsourcing/domain/events.js';
import { enumOf } from '../shared/http/api-enum.js';
import type { NoticeCall } from './domain/notice.js';
import type { DeliveryState } from './outbox/notice-outbox.store.js';

class NoticeCallView implements NoticeCall {
  @ApiProperty({ example: 'Digitale vaardigheden voor zelfstandigen' }) readonly title!: string;
  @ApiProperty({ enum: PRODUCTS, example: 'tender' }) readonly product!: Product;
  @ApiProperty({ example: '2016-05-02' }) readonly launchedOn!: string;
  @ApiProperty({ type: String, nullable: true, example: '2016-06-15', description: 'the deadline for offers, when the call has one' })
  readonly offersDueOn!: string | null;
  @ApiProperty({ example: 'Ann Peeters' }) readonly contactAdviser!: string;
  @ApiProperty({ example: 'BDA-2016-000123' }) readonly publicationRef!: string;
}

class MailView {
  @ApiProperty({ example: 'oproepen@opleidingen.example' }) readonly to!: string;
  @ApiProperty({
    enum: enumOf<DeliveryState>()('pending', 'sending', 'sent', 'not-wanted', 'failed'),
    example: 'sent',
    description: 'not-wanted: the holder chose the feed only',
  })
  readonly state!: DeliveryState;
  @ApiProperty({ example: 1 }) readonly attempts!: number;
  @ApiProperty({ type: String, nullable: true, example: '2016-05-02T08:00:03.000Z' }) readonly sentAt!: string | null;
}

export class NoticeView {
  @ApiProperty({ example: '<call-3f1c….holder-0123456749@daeb.local>', description: 'the mail’s Message-ID, one per holder per call' })
  readonly messageId!: string;
  @ApiProperty({ format: 'uuid' }) readonly outsourcingId!: string;
  @ApiProperty({ example: 42, description: 'the launch’s log position: pass the last one as since' }) readonly position!: number;
  @ApiProperty({ example: '2016-05-02T08:00:00.000Z' }) readonly recordedAt!: string;
  @ApiProperty({ example: 'Nieuwe oproep (tender): Digitale vaardigheden voor zelfstandigen' }) readonly subject!: string;
  @ApiProperty({ type: NoticeCallView }) readonly call!: NoticeCallView;
  @ApiProperty({ type: MailView }) readonly mail!: MailView;
}

export class NoticeFeedView {
  @ApiProperty({ type: [NoticeView] }) readonly items!: readonly NoticeView[];
  @ApiProperty({ example: 42, description: 'pass as since for the next page (the same since when nothing is new)' })
  readonly nextSince!: number;
  @ApiProperty({ type: Number, nullable: true, example: 42, description: 'the log position the outbox has recorded notices up to' })
  readonly position!: number | null;
}
