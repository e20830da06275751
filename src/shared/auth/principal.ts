/**
 * `applicant`: an organisation that is not (yet) a holder, applying for a mandate; like a holder it has an `org`.
 * `operator`: runs the service (rebuilds read models online); sees no figure and no person.
 */
export const ROLES = ['adviser', 'mandate-holder', 'management', 'inspector', 'applicant', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified bearer token. `org` is the enterprise number of a mandate holder or an applicant. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
  readonly org: string | null;
}
