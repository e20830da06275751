/** A participant's personal data, as every vault adapter seals and opens it. */
export interface PersonalData {
  readonly name: string;
  readonly email: string;
  readonly birthDate: string;
}

export interface SealedPerson {
  readonly ref: string;
  readonly participantId: string;
  readonly data: PersonalData;
}

/** The embedded vault answers at once, a server's in its own time: callers await either. */
type Answer<T> = T | Promise<T>;

/**
 * Where participants' personal data is sealed: ciphertexts and per-person keys held apart, so that
 * erasing a key (crypto-shredding) leaves nothing readable in any copy of the ciphertexts. The SQLite
 * vault keeps two files under DATA_DIR, the MongoDB vault two databases.
 */
export interface PersonalDataVaultPort {
  seal(people: readonly SealedPerson[]): Answer<void>;
  /** null when the person was erased (its key is gone) or never stored. */
  open(ref: string): Answer<PersonalData | null>;
  refsOf(participantId: string): Answer<string[]>;
  holdsPersonalData(participantId: string): Answer<boolean>;
  eraseParticipant(participantId: string): Answer<void>;
  erase(refs: readonly string[]): Answer<void>;
  /** Seals the people not sealed yet and answers the references sealed now; resolves once durable. */
  sealOnce(people: readonly SealedPerson[]): Promise<string[]>;
  /** Nobody waits for it: a lost confirmation leaves a pending seal the orphan sweep confirms. */
  confirm(refs: readonly string[]): Answer<void>;
  pendingSince(before: number): Answer<{ ref: string; participantId: string }[]>;
}

export const PERSONAL_DATA_VAULT = Symbol('PERSONAL_DATA_VAULT');
