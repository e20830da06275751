/** `applicant`: an organisation that is not (yet) a holder, applying for a mandate; like a holder it has an `org`. */
export const ROLES = ['adviser', 'mandate-holder', 'management', 'inspector', 'applicant'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified bearer token. `org` is the enterprise number of a mandate holder or an applicant. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
  readonly org: string | null;
}
