/** The stream moved on since the caller read it: exactly one of two concurrent writers wins. */
export class WrongExpectedRevision extends Error {
  constructor(
    readonly stream: string,
    readonly expected: string | number,
    readonly actual: number | null,
  ) {
    super(`Stream ${stream} is at revision ${actual ?? 'none'}, expected ${expected}`);
    this.name = 'WrongExpectedRevision';
  }
}

/** Some but not all of the event ids of an append were already stored: a retry that changed its batch. */
export class IdempotencyViolation extends Error {
  constructor(readonly stream: string) {
    super(`Stream ${stream}: a re-append must carry exactly the event ids of the first append`);
    this.name = 'IdempotencyViolation';
  }
}
