/**
 * What other contexts may ask the mandates context; they depend on this file only, never on its
 * aggregate, domain or read model.
 */
export interface MandateQueries {
  /**
   * Whether the holder's mandate is active on a Brussels day (`YYYY-MM-DD`); false for an organisation
   * that never held one. Read from the mandate's stream, so a write right after a suspension sees it.
   */
  isActiveOn(enterpriseNumber: string, day: string): Promise<boolean>;

  /** Every holder's name by enterprise number, as the read model knows them: for showing who was awarded. */
  holderNames(): Promise<ReadonlyMap<string, string>>;
}

export const MANDATE_QUERIES = Symbol('MandateQueries');
