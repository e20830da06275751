import type { PersonalData } from '../personal-data/personal-data.vault.js';

/** One participant of an import or a single registration, as validated: the facts and the person. */
export interface ParticipantRow {
  readonly trainingDate: string;
  readonly companyEnterpriseNumber: string;
  readonly role: 'entrepreneur' | 'employee';
  readonly targetGroups: readonly string[];
  readonly personal: PersonalData;
}
