import type { AwardGranted, AwardWithdrawn, JuryMember } from '../domain/events.js';
import type { Offer } from '../domain/offers.js';
import type { ExistingOutsourcing } from '../domain/outsourcing.js';
import type { LotRanking } from '../domain/ranking.js';

export interface JuryReportInput {
  readonly call: ExistingOutsourcing;
  readonly sealed: boolean;
  readonly offers: readonly Offer[];
  readonly ranking: readonly LotRanking[];
  readonly awards: readonly { readonly granted: AwardGranted['data']; readonly withdrawn: AwardWithdrawn['data'] | null }[];
  readonly names: ReadonlyMap<string, string>;
}

const PRODUCT_NL = { tender: 'Aanbesteding', incentive: 'Incentive', 'open-offer': 'Inschrijven op aanbod' } as const;
const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
const decimal = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const brusselsTime = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' });

/** Everything shown comes from user input (titles, names, motivations): every piece of text is escaped. */
const esc = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (cents: number) => esc(euro.format(cents / 100));

/** The motivated jury report of a call, in Dutch, for print: what an inspector reads to see why a holder won. */
export function juryReportHtml({ call, sealed, offers, ranking, awards, names }: JuryReportInput): string {
  const holder = (number: string) => `${esc(names.get(number) ?? number)} <small>(${esc(number)})</small>`;
  const criteria = call.awardCriteria;
  const members = juryMembers(offers, awards);
  const lotTitle = (lot: number | null) =>
    lot === null ? 'Alle offertes' : `Perceel ${esc(lot)} – ${esc(call.lots.find((l) => l.number === lot)?.title ?? '')}`;
  const offerRows = (lot: LotRanking) =>
    lot.offers
      .map((offer) => {
        const marks = offers.find((o) => o.offerId === offer.offerId)?.marks ?? [];
        const perCriterion = criteria
          .map(({ name }) => {
            const given = marks.map(
              (m) => `${esc(m.member)}: ${esc(decimal.format(m.scores.find((s) => s.criterion === name)?.score ?? 0))}`,
            );
            const mean = offer.criteria.find((c) => c.criterion === name)?.mean;
            return `<td>${given.join('<br>')}${mean === undefined ? '' : `<br><strong>gem. ${esc(decimal.format(mean))}</strong>`}</td>`;
          })
          .join('');
        const flags = [offer.tied ? 'ex aequo' : '', offer.overBudget ? 'boven budget' : ''].filter(Boolean).join(', ');
        return `<tr><td>${offer.rank ?? '–'}</td><td>${holder(offer.enterpriseNumber)}</td><td>${money(offer.amountCents)}</td>${perCriterion}<td>${
          offer.score === null ? 'niet gescoord' : `${esc(decimal.format(offer.score))}/100`
        }</td><td>${esc(flags)}</td></tr>`;
      })
      .join('\n');
  const offerSection = sealed
    ? `<p>De offertes blijven verzegeld tot ${esc(brusselsTime.format(new Date(call.offersDueAt!)))}.</p>`
    : call.offersDueAt === undefined
      ? '<p>Deze oproep nam geen offertes via de dienst aan: de gunningen zijn rechtstreeks geregistreerd.</p>'
      : ranking
          .map(
            (lot) => `<h3>${lotTitle(lot.lot)}</h3>
<table><thead><tr><th>Rang</th><th>Inschrijver</th><th>Bedrag</th>${criteria.map((c) => `<th>${esc(c.name)}</th>`).join('')}<th>Totaal</th><th>Opmerking</th></tr></thead>
<tbody>${offerRows(lot) || `<tr><td colspan="${criteria.length + 5}">Geen offertes.</td></tr>`}</tbody></table>`,
          )
          .join('\n') + `<p>Vervangen of ingetrokken offertes: ${offers.filter((o) => o.status !== 'standing').length}.</p>`;
  const awardRows = awards
    .map(
      ({ granted, withdrawn }) =>
        `<tr><td>${granted.lot ?? '–'}</td><td>${holder(granted.enterpriseNumber)}</td><td>${money(granted.amountCents)}</td><td>${esc(
          granted.awardedOn,
        )}</td><td>${esc(granted.juryReport.motivation)}${withdrawn ? `<br><em>Ingetrokken op ${esc(withdrawn.withdrawnOn)}: ${esc(withdrawn.reason)}</em>` : ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Juryverslag – ${esc(call.title)}</title>
<style>body{font-family:sans-serif;margin:2cm}table{border-collapse:collapse;width:100%;margin-bottom:1em}th,td{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}@media print{body{margin:0}h2{page-break-after:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid}}</style>
</head><body>
<h1>Juryverslag</h1>
<h2>${esc(call.title)}</h2>
<dl><dt>Product</dt><dd>${esc(PRODUCT_NL[call.product])}</dd><dt>Publicatiereferentie</dt><dd>${esc(call.publicationRef)}</dd>
<dt>Contactpersoon</dt><dd>${esc(call.contactAdviser)}</dd><dt>Gelanceerd op</dt><dd>${esc(call.launchedOn)}</dd>
<dt>Offertes tot</dt><dd>${call.offersDueAt ? esc(brusselsTime.format(new Date(call.offersDueAt))) : 'geen (rechtstreekse gunning)'}</dd></dl>
<h2>Gunningscriteria</h2>
<table><thead><tr><th>Criterium</th><th>Gewicht</th></tr></thead><tbody>${criteria.map((c) => `<tr><td>${esc(c.name)}</td><td>${esc(c.weight)}%</td></tr>`).join('')}</tbody></table>
<h2>Jury</h2>
<ul>${members.map((m) => `<li>${esc(m.name)}${m.external ? ' (extern)' : ''}</li>`).join('') || '<li>Nog geen juryleden.</li>'}</ul>
<h2>Offertes</h2>
${offerSection}
<h2>Gunningen</h2>
${awards.length === 0 ? '<p>Nog geen gunning.</p>' : `<table><thead><tr><th>Perceel</th><th>Begunstigde</th><th>Bedrag</th><th>Gegund op</th><th>Motivering</th></tr></thead><tbody>${awardRows}</tbody></table>`}
</body></html>
`;
}

/** The members who scored offers and those named in the awards' reports, each once. */
function juryMembers(offers: readonly Offer[], awards: JuryReportInput['awards']): JuryMember[] {
  const all = [
    ...offers.flatMap((offer) => offer.marks.map((mark) => ({ name: mark.member, external: mark.external }))),
    ...awards.flatMap((award) => award.granted.juryReport.members),
  ];
  return [...new Map(all.map((member) => [member.name, member])).values()];
}
