import { invalid, ruleBroken } from '../../shared/domain/domain-error.js';
import type { LaunchOutsourcingData } from './commands.js';
import type { AwardCriterion, InnovationKind, Lot, OutsourcingLaunched } from './events.js';
import type { OutsourcingState } from './outsourcing.js';
import { assertHappened, assertYearOpen } from '../../shared/domain/fact-dates.js';
import { assertRound } from './open-offer-round.js';
import { assertCallBudget, assertDay, assertPositiveCents, assertText, isPositiveInteger, MAX_LOTS } from './rules.js';

const INNOVATION_KINDS: readonly InnovationKind[] = ['product', 'process', 'organisational', 'hr', 'social'];

type ProductTerms = Pick<OutsourcingLaunched['data'], 'budgetCents' | 'lots' | 'maxAwardees' | 'minParticipants' | 'variant' | 'round'>;

export function decideLaunch(data: LaunchOutsourcingData, state: OutsourcingState): OutsourcingLaunched[] {
  if (state.status !== 'none') {
    throw ruleBroken('OUTSOURCING_ALREADY_LAUNCHED', `outsourcing ${data.outsourcingId} was already launched`);
  }
  assertText(data.title, 'TITLE_REQUIRED', 'title');
  // Calls are published on the e-procurement platform and name a contact person.
  assertText(data.publicationRef, 'PUBLICATION_REF_REQUIRED', 'publicationRef');
  assertText(data.contactAdviser, 'CONTACT_ADVISER_REQUIRED', 'contactAdviser');
  assertDay(data.launchedOn, 'launchedOn');
  assertHappened(data.launchedOn, data.calendar, 'launchedOn');
  assertYearOpen(data.launchedOn, data.calendar, 'launchedOn');
  assertAwardCriteria(data.awardCriteria);
  assertInnovation(data.innovative, data.innovationKinds);
  assertOffersDue(data);
  const {
    outsourcingId,
    product,
    title,
    launchedOn,
    launchedAt,
    publicationRef,
    contactAdviser,
    innovative,
    innovationKinds,
    targetGroups,
    awardCriteria,
    offersDueOn,
    offersDueAt,
  } = data;
  return [
    {
      type: 'OutsourcingLaunched',
      data: {
        outsourcingId,
        product,
        title,
        launchedOn,
        ...(launchedAt ? { launchedAt } : {}),
        publicationRef,
        contactAdviser,
        innovative,
        innovationKinds,
        targetGroups,
        awardCriteria,
        ...withinCallBudget(productTerms(data)),
        ...(offersDueOn && offersDueAt ? { offersDueOn, offersDueAt } : {}),
        ...(data.template ? { template: data.template } : {}),
      },
    },
  ];
}

/** A call takes offers until its deadline, which comes after its publication. */
function assertOffersDue({ offersDueOn, offersDueAt, launchedOn, launchedAt }: LaunchOutsourcingData): void {
  if (offersDueOn === undefined && offersDueAt === undefined) return;
  if (offersDueOn === undefined || offersDueAt === undefined || Number.isNaN(Date.parse(offersDueAt))) {
    throw invalid('OFFERS_DUE_INVALID', 'offersDueOn must be a day or a timestamp with its offset', 'offersDueOn');
  }
  assertDay(offersDueOn, 'offersDueOn');
  if (offersDueOn < launchedOn || (launchedAt !== undefined && Date.parse(offersDueAt) <= Date.parse(launchedAt))) {
    throw invalid('OFFERS_DUE_BEFORE_LAUNCH', `offersDueOn ${offersDueAt} must come after the launch`, 'offersDueOn');
  }
}

function withinCallBudget(terms: ProductTerms): ProductTerms {
  assertCallBudget(terms.budgetCents, terms.lots.length > 0 ? 'lots' : 'budgetCents');
  return terms;
}

/** Award criteria must be clear: named once each, weighted in whole percentages adding up to 100. */
function assertAwardCriteria(criteria: readonly AwardCriterion[]): void {
  const weights = 'awardCriteria weights must be positive whole numbers adding up to 100';
  if (criteria.length === 0)
    throw invalid('AWARD_CRITERIA_WEIGHTS', `at least one award criterion is required; ${weights}`, 'awardCriteria');
  if (criteria.some((criterion) => typeof criterion.name !== 'string' || criterion.name.trim() === '')) {
    throw invalid('CRITERION_NAME_REQUIRED', 'every award criterion needs a name', 'awardCriteria');
  }
  if (new Set(criteria.map((criterion) => criterion.name)).size !== criteria.length) {
    throw invalid('DUPLICATE_CRITERION', 'award criterion names must be unique', 'awardCriteria');
  }
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (!criteria.every((criterion) => isPositiveInteger(criterion.weight)) || total !== 100) {
    throw invalid('AWARD_CRITERIA_WEIGHTS', `${weights} (they add up to ${total})`, 'awardCriteria');
  }
}

/** DP5 counts a call as innovative only with a named kind of innovation; a regular call names none. */
function assertInnovation(innovative: boolean, kinds: readonly InnovationKind[]): void {
  if (innovative && kinds.length === 0) {
    throw invalid('INNOVATION_KINDS', 'an innovative outsourcing names at least one kind of innovation', 'innovationKinds');
  }
  if (!innovative && kinds.length > 0) {
    throw invalid('INNOVATION_KINDS', 'an outsourcing that is not innovative names no kind of innovation', 'innovationKinds');
  }
  if (kinds.some((kind) => !INNOVATION_KINDS.includes(kind)) || new Set(kinds).size !== kinds.length) {
    throw invalid('INNOVATION_KINDS', `innovationKinds are distinct values of ${INNOVATION_KINDS.join(', ')}`, 'innovationKinds');
  }
}

function productTerms(data: LaunchOutsourcingData): ProductTerms {
  switch (data.product) {
    case 'tender': {
      notApplicable(data.budgetCents, 'budgetCents', 'BUDGET_NOT_APPLICABLE', "a tender's budget is the sum of its lots");
      notApplicable(data.maxAwardees, 'maxAwardees', 'MAX_AWARDEES_NOT_APPLICABLE', 'each lot of a tender goes to one holder');
      notApplicable(data.minParticipants, 'minParticipants', 'MIN_PARTICIPANTS_NOT_APPLICABLE', 'only an incentive sets a minimum');
      notOpenOffer(data);
      assertLots(data.lots);
      const budgetCents = data.lots.reduce((sum, lot) => sum + lot.budgetCents, 0);
      return { budgetCents, lots: data.lots, maxAwardees: null, minParticipants: null, variant: null, round: null };
    }
    case 'incentive': {
      notTender(data);
      notOpenOffer(data);
      assertPositiveCents(data.budgetCents, 'BUDGET_NOT_POSITIVE_INTEGER', 'budgetCents');
      // The API defaults the maximum to 4, the agency's rule "in principle"; a call may set its own.
      if (!isPositiveInteger(data.maxAwardees))
        throw invalid('MAX_AWARDEES_INVALID', 'maxAwardees must be a whole number of at least 1', 'maxAwardees');
      if (!isPositiveInteger(data.minParticipants)) {
        throw invalid('MIN_PARTICIPANTS_INVALID', 'minParticipants must be a whole number of at least 1', 'minParticipants');
      }
      return {
        budgetCents: data.budgetCents,
        lots: [],
        maxAwardees: data.maxAwardees,
        minParticipants: data.minParticipants,
        variant: null,
        round: null,
      };
    }
    case 'open-offer': {
      notTender(data);
      notApplicable(data.maxAwardees, 'maxAwardees', 'MAX_AWARDEES_NOT_APPLICABLE', 'an open offer approves many holders');
      notApplicable(data.minParticipants, 'minParticipants', 'MIN_PARTICIPANTS_NOT_APPLICABLE', 'only an incentive sets a minimum');
      assertPositiveCents(data.budgetCents, 'BUDGET_NOT_POSITIVE_INTEGER', 'budgetCents');
      if (data.variant !== 'generic' && data.variant !== 'sectoral')
        throw invalid('VARIANT_REQUIRED', 'an open offer is generic or sectoral', 'variant');
      if (typeof data.round !== 'string') throw invalid('ROUND_FORMAT', 'round must be a half-year like 2016-H1', 'round');
      assertRound(data.round, data.variant, data.launchedOn, data.sameRound);
      return {
        budgetCents: data.budgetCents,
        lots: [],
        maxAwardees: null,
        minParticipants: null,
        variant: data.variant,
        round: data.round,
      };
    }
    default: {
      const unhandled: never = data.product;
      throw invalid('PRODUCT_UNKNOWN', `product must be tender, incentive or open-offer, not ${String(unhandled)}`, 'product');
    }
  }
}

/** Each lot of a tender is awarded separately, so it needs its own number and budget. */
function assertLots(lots: readonly Lot[]): void {
  if (lots.length === 0) throw invalid('LOTS_REQUIRED', 'a tender has at least one lot', 'lots');
  if (lots.length > MAX_LOTS) throw invalid('TOO_MANY_LOTS', `a tender has at most ${MAX_LOTS} lots, not ${lots.length}`, 'lots');
  lots.forEach((lot, index) => {
    if (!isPositiveInteger(lot.number))
      throw invalid('LOT_NUMBER_INVALID', 'a lot number is a whole number of at least 1', `lots[${index}].number`);
    if (typeof lot.title !== 'string' || lot.title.trim() === '')
      throw invalid('LOT_TITLE_REQUIRED', 'every lot needs a title', `lots[${index}].title`);
    assertPositiveCents(lot.budgetCents, 'LOT_BUDGET_NOT_POSITIVE_INTEGER', `lots[${index}].budgetCents`);
  });
  if (new Set(lots.map((lot) => lot.number)).size !== lots.length) throw invalid('DUPLICATE_LOT', 'lot numbers must be unique', 'lots');
}

function notTender(data: LaunchOutsourcingData): void {
  if (data.lots.length > 0)
    throw invalid(
      'LOTS_NOT_APPLICABLE',
      `only a tender has lots, not ${data.product === 'incentive' ? 'an incentive' : 'an open offer'}`,
      'lots',
    );
}

function notOpenOffer(data: LaunchOutsourcingData): void {
  notApplicable(data.variant, 'variant', 'VARIANT_NOT_APPLICABLE', 'only an open offer has a variant');
  notApplicable(data.round, 'round', 'ROUND_NOT_APPLICABLE', 'only an open offer runs in rounds');
}

function notApplicable(value: unknown, field: string, code: string, why: string): void {
  if (value !== null && value !== undefined) throw invalid(code, `${field} must be null: ${why}`, field);
}
