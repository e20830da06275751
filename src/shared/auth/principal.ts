export const ROLES = ['adviser', 'mandate-holder', 'management', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified bearer token. `org` is the enterprise number of a mandate holder. */
export interface Principal {
  readonly sub: string;
  readonly role: Role;
  readonly org: string | null;
}
