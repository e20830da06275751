import { ApiProperty } from '@nestjs/swagger';
import type { TemplateDocument, TemplateVersionDocument } from '../../projections/templates.projection.js';
import { PRODUCTS, type Product } from '../outsourcing/domain/events.js';
import type { Position } from '../shared/event-store/event-store.port.js';
import { ApiPosition, Written } from '../shared/http/written.view.js';

const DEFAULTS = {
  type: 'object',
  additionalProperties: true,
  description: 'launch fields as the adviser wrote them',
  example: {
    awardCriteria: [
      { name: 'kwaliteit', weight: 60 },
      { name: 'prijs', weight: 40 },
    ],
    contactAdviser: 'Ann Peeters',
  },
} as const;

export class TemplateVersionView implements TemplateVersionDocument {
  @ApiProperty({ example: 1 }) readonly version!: number;
  @ApiProperty({ example: 'Tender digitale vaardigheden' }) readonly name!: string;
  @ApiProperty(DEFAULTS) readonly defaults!: Readonly<Record<string, unknown>>;
  @ApiProperty({ example: '2016-01-10T10:00:00.000Z' }) readonly recordedAt!: string;
}

/** A template with its current version and its history of versions. */
export class TemplateView implements TemplateDocument {
  @ApiProperty({ format: 'uuid' }) readonly templateId!: string;
  @ApiProperty({ enum: PRODUCTS, example: 'tender' }) readonly product!: Product;
  @ApiProperty({ example: 'Tender digitale vaardigheden' }) readonly name!: string;
  @ApiProperty({ example: 2, description: 'the current version' }) readonly version!: number;
  @ApiProperty(DEFAULTS) readonly defaults!: Readonly<Record<string, unknown>>;
  @ApiProperty({ type: [TemplateVersionView], description: 'every version, oldest first' })
  readonly versions!: readonly TemplateVersionView[];
  @ApiProperty({ example: '2016-03-10T10:00:00.000Z' }) readonly updatedAt!: string;
}

export class TemplateListView {
  @ApiProperty({ type: [TemplateView] }) readonly items!: readonly TemplateView[];
  @ApiProperty({ example: 3 }) readonly total!: number;
  @ApiPosition('the log position the read models had reached') readonly position!: Position | null;
}

export class TemplateWrittenView extends Written {
  @ApiProperty({ format: 'uuid', description: 'the template (also in Location on creation)' }) readonly templateId!: string;
  @ApiProperty({ example: 1 }) readonly version!: number;
}
