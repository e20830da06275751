/**
 * The members of a string union as a list for the document, held to the union by the compiler: a member
 * left out or one the union does not have fails to compile, so the documented enum cannot drift.
 */
export const enumOf =
  <T extends string>() =>
  <const V extends readonly T[]>(...values: V & ([T] extends [V[number]] ? unknown : never)): V =>
    values;
