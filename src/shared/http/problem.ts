/** RFC 9457 problem details, with a stable `code` clients switch on. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
  readonly row?: number;
  /** With `row`: the column of a bulk import that is wrong. */
  readonly field?: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
}

/** A request that is malformed or invalid; every failing field is listed by its path. */
export class RequestValidationError extends Error {
  constructor(
    readonly errors: readonly FieldError[],
    readonly code = 'VALIDATION_FAILED',
  ) {
    super(`${errors.length} field(s) are invalid: ${errors.map((e) => e.path).join(', ')}`);
    this.name = 'RequestValidationError';
  }
}

/** An error the HTTP layer answers as it is: status and code chosen where it is thrown. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
