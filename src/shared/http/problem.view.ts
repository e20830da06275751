import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, Problem } from './problem.js';

/** One failing field; the response model of `FieldError`, so the two cannot part ways. */
export class FieldErrorView implements FieldError {
  @ApiProperty({ example: 'enterpriseNumber' })
  readonly path!: string;

  @ApiProperty({ example: 'enterpriseNumber fails the modulo-97 check' })
  readonly message!: string;

  @ApiPropertyOptional({ description: 'bulk imports: the 1-based row of the bad participant', example: 3 })
  readonly row?: number;

  @ApiPropertyOptional({ description: 'bulk imports: the column of the row that is wrong', example: 'trainingDate' })
  readonly field?: string;
}

/** RFC 9457 problem details: the one body of every error answer (application/problem+json). */
export class ProblemView implements Problem {
  @ApiProperty({ example: 'about:blank' })
  readonly type!: string;

  @ApiProperty({ example: 'Bad Request' })
  readonly title!: string;

  @ApiProperty({ example: 400 })
  readonly status!: number;

  @ApiProperty({ description: 'stable: clients switch on it', example: 'VALIDATION_FAILED' })
  readonly code!: string;

  @ApiProperty({ example: '1 field(s) are invalid: enterpriseNumber' })
  readonly detail!: string;

  @ApiPropertyOptional({ type: [FieldErrorView], description: 'validation: every failing field by its path' })
  readonly errors?: readonly FieldErrorView[];
}
