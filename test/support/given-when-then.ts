import type { Decider, DomainEvent } from '../../src/shared/domain/decider.js';

/**
 * Decider specs read as given/when/then:
 *   given([granted]).when(suspend).then([suspended])  or  .thenThrows('MANDATE_NOT_ACTIVE', 'effectiveOn')
 */
export function specFor<C, S, E extends DomainEvent>(decider: Decider<C, S, E>) {
  return (given: readonly E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState));
      return {
        then: (expected: readonly E[]) => expect(run()).toEqual(expected),
        /** The rule broken, and the field it names when one is given. */
        thenThrows: (code: string, field?: string) => {
          let error: unknown;
          try {
            run();
          } catch (caught) {
            error = caught;
          }
          expect(error).toMatchObject({ name: 'DomainError', code, ...(field === undefined ? {} : { field }) });
        },
        events: run,
      };
    },
  });
}
