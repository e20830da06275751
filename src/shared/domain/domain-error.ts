/**
 * A broken business rule. `code` is stable (clients switch on it); `kind` tells the HTTP layer how to
 * answer: a rule broken is 409, something that does not exist is 404, a value that is never valid 400.
 */
export type DomainErrorKind = 'rule' | 'not-found' | 'invalid';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'rule',
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const ruleBroken = (code: string, message: string, field?: string) => new DomainError(code, message, 'rule', field);
export const notFound = (code: string, message: string) => new DomainError(code, message, 'not-found');
export const invalid = (code: string, message: string, field?: string) => new DomainError(code, message, 'invalid', field);
