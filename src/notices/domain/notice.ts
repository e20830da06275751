import type { OutsourcingLaunched, Product } from '../../outsourcing/domain/events.js';
import { activeOn, type NoticeHolder } from './notice-holders.js';

/** One notice: one holder told of one call, in its feed and (when it wants) by mail. */
export interface Notice {
  readonly outsourcingId: string;
  readonly enterpriseNumber: string;
  /** Stable, so that a mail sent again after a crash is recognisably the same one. */
  readonly messageId: string;
  readonly email: string;
  readonly mailWanted: boolean;
  readonly subject: string;
  readonly body: string;
  readonly call: NoticeCall;
}

export interface NoticeCall {
  readonly title: string;
  readonly product: Product;
  readonly launchedOn: string;
  readonly offersDueOn: string | null;
  readonly contactAdviser: string;
  readonly publicationRef: string;
}

export const messageIdOf = (outsourcingId: string, enterpriseNumber: string) =>
  `<call-${outsourcingId}.holder-${enterpriseNumber.replaceAll('.', '')}@daeb.local>`;

const PRODUCT_NL: Readonly<Record<Product, string>> = {
  tender: 'tender',
  incentive: 'incentive',
  'open-offer': 'inschrijven op aanbod',
};

/**
 * Every holder whose mandate is active on the call's launch day is told, and only those: a suspended
 * holder may not be awarded, so a call would only mislead it. The deadline is read when the launch
 * carries one (offersDueOn).
 */
export function noticesForLaunch(launch: OutsourcingLaunched['data'], holders: readonly NoticeHolder[]): Notice[] {
  const offersDueOn = (launch as { readonly offersDueOn?: string }).offersDueOn ?? null;
  const call: NoticeCall = {
    title: launch.title,
    product: launch.product,
    launchedOn: launch.launchedOn,
    offersDueOn,
    contactAdviser: launch.contactAdviser,
    publicationRef: launch.publicationRef,
  };
  return holders
    .filter((holder) => activeOn(holder, launch.launchedOn))
    .sort((a, b) => a.enterpriseNumber.localeCompare(b.enterpriseNumber))
    .map((holder) => ({
      outsourcingId: launch.outsourcingId,
      enterpriseNumber: holder.enterpriseNumber,
      messageId: messageIdOf(launch.outsourcingId, holder.enterpriseNumber),
      email: holder.email,
      mailWanted: holder.enabled,
      subject: `Nieuwe oproep (${PRODUCT_NL[call.product]}): ${call.title}`,
      body: mailBody(holder.name, call),
      call,
    }));
}

function mailBody(holderName: string, call: NoticeCall): string {
  return [
    `Beste ${holderName},`,
    '',
    `Het agentschap lanceerde op ${call.launchedOn} een nieuwe oproep voor toegewezen trajecten.`,
    '',
    `Titel: ${call.title}`,
    `Product: ${PRODUCT_NL[call.product]}`,
    `Deadline voor offertes: ${call.offersDueOn ?? 'zie de publicatie'}`,
    `Contactpersoon: ${call.contactAdviser}`,
    `Publicatiereferentie (e-procurement): ${call.publicationRef}`,
    '',
    'U ontvangt dit bericht als mandaathouder met een actief mandaat.',
    'Uw meldingsvoorkeuren wijzigt u via PUT /mandate-holders/{ondernemingsnummer}/notification-preferences.',
    '',
    'Met vriendelijke groeten,',
    'Afdeling Regie',
  ].join('\n');
}
